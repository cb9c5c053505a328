#pragma once

#include "client/jobs/job.h"
#include "client/runs/run_filter.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace ameide::client {

class PlatformConnection;

// A bulk job over runs: every run a filter matches, or a selection of runs,
// retried (failed ones) or cancelled (pending and running ones) by the
// platform at a set rate, each exactly once.
class BulkRetryJobApi final : public JobBackend
{
public:
    enum class Action { Retry, Cancel };

    // Every run the filter matches that the action applies to.
    BulkRetryJobApi(PlatformConnection *connection, const RunFilter &filter, Action action = Action::Retry);
    // These runs; those the action does not apply to are skipped.
    BulkRetryJobApi(PlatformConnection *connection, const QStringList &runIds, Action action = Action::Retry);

    // Gentle by default: failures are often rate limits or exhausted
    // resources, and a flood of retries makes both worse.
    static constexpr int kDefaultRate = 20;
    static constexpr int kDefaultCancelRate = 100;
    static constexpr int kMaxRate = 5000;
    // A retry starts with a canary of this many runs by default, and pauses
    // when one of them fails again the same way.
    static constexpr int kDefaultCanaryRuns = 5;
    static constexpr int kMaxCanaryRuns = 100;

    Action action() const { return m_action; }

    void setRatePerSecond(int rate) { m_rate = rate; }
    int ratePerSecond() const { return m_rate; }
    void setFromFailedStep(bool on) { m_fromFailedStep = on; }
    bool fromFailedStep() const { return m_fromFailedStep; }
    // Off (the default): one run per retry chain, its latest attempt, and
    // only when nothing later in the chain is pending, running or completed.
    void setRetrySuperseded(bool on) { m_retrySuperseded = on; }
    bool retrySuperseded() const { return m_retrySuperseded; }
    // The canary of a retry: 0 for none.
    void setCanaryRuns(int runs) { m_canaryRuns = runs; }
    int canaryRuns() const { return m_canaryRuns; }
    // The share of the canary (0..100 %) that may fail again the same way.
    void setCanaryMaxFailedPercent(int percent) { m_canaryMaxFailedPercent = percent; }
    int canaryMaxFailedPercent() const { return m_canaryMaxFailedPercent; }
    // What a cancel writes to each run's history; empty for the platform's default.
    void setCancelReason(const QString &reason) { m_cancelReason = reason; }
    const QString &cancelReason() const { return m_cancelReason; }
    const std::optional<RunFilter> &filter() const { return m_filter; }
    const QStringList &runIds() const { return m_runIds; }

    CallHandle plan(QObject *receiver, ApiCallback<Job> done) override;
    CallHandle start(QObject *receiver, const QString &idempotencyKey, ApiCallback<Job> done) override;
    CallHandle get(QObject *receiver, const QString &jobId, ApiCallback<Job> done) override;
    CallHandle stop(QObject *receiver, const QString &jobId, ApiCallback<Job> done) override;
    CallHandle resume(QObject *receiver, const QString &jobId, ApiCallback<Job> done) override;
    CallHandle list(QObject *receiver, const std::string &pageToken, int pageSize,
                    ApiCallback<JobPage> done) override;

private:
    PlatformConnection *connection() const;
    CallHandle startRequest(QObject *receiver, bool dryRun, const QString &key, ApiCallback<Job> done);
    CallHandle startCancelRequest(QObject *receiver, bool dryRun, const QString &key, ApiCallback<Job> done);
    QDateTime countedAt(bool dryRun);

    // A PlatformConnection; QObject here so this header needs no gRPC.
    QPointer<QObject> m_connection;
    std::optional<RunFilter> m_filter;
    QStringList m_runIds;
    // When the last count (dry run) was made; a start reads the filter as then.
    QDateTime m_countedAt;
    Action m_action = Action::Retry;
    int m_rate = kDefaultRate;
    bool m_fromFailedStep = false;
    bool m_retrySuperseded = false;
    int m_canaryRuns = kDefaultCanaryRuns;
    int m_canaryMaxFailedPercent = 0;
    QString m_cancelReason;
};

} // namespace ameide::client
