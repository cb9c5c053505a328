#pragma once

#include "client/jobs/job.h"
#include "client/runs/run_filter.h"

#include <QPointer>
#include <QStringList>

#include <optional>

namespace ameide::client {

class PlatformConnection;

// A bulk retry as a job: every failed run a filter matches, or a selection
// of runs, retried by the platform at a set rate, each exactly once.
class BulkRetryJobApi final : public JobBackend
{
public:
    // Every failed run the filter matches.
    BulkRetryJobApi(PlatformConnection *connection, const RunFilter &filter);
    // These runs; those that are not failed are skipped.
    BulkRetryJobApi(PlatformConnection *connection, const QStringList &runIds);

    // Gentle by default: failures are often rate limits or exhausted
    // resources, and a flood of retries makes both worse.
    static constexpr int kDefaultRate = 20;
    static constexpr int kMaxRate = 5000;

    void setRatePerSecond(int rate) { m_rate = rate; }
    int ratePerSecond() const { return m_rate; }
    void setFromFailedStep(bool on) { m_fromFailedStep = on; }
    bool fromFailedStep() const { return m_fromFailedStep; }
    // Off (the default): one run per retry chain, its latest attempt, and
    // only when nothing later in the chain is pending, running or completed.
    void setRetrySuperseded(bool on) { m_retrySuperseded = on; }
    bool retrySuperseded() const { return m_retrySuperseded; }
    const std::optional<RunFilter> &filter() const { return m_filter; }
    const QStringList &runIds() const { return m_runIds; }

    CallHandle plan(QObject *receiver, ApiCallback<Job> done) override;
    CallHandle start(QObject *receiver, const QString &idempotencyKey, ApiCallback<Job> done) override;
    CallHandle get(QObject *receiver, const QString &jobId, ApiCallback<Job> done) override;
    CallHandle stop(QObject *receiver, const QString &jobId, ApiCallback<Job> done) override;
    CallHandle list(QObject *receiver, const std::string &pageToken, int pageSize,
                    ApiCallback<JobPage> done) override;

private:
    PlatformConnection *connection() const;
    CallHandle startRequest(QObject *receiver, bool dryRun, const QString &key, ApiCallback<Job> done);

    // A PlatformConnection; QObject here so this header needs no gRPC.
    QPointer<QObject> m_connection;
    std::optional<RunFilter> m_filter;
    QStringList m_runIds;
    int m_rate = kDefaultRate;
    bool m_fromFailedStep = false;
    bool m_retrySuperseded = false;
};

} // namespace ameide::client
