#pragma once

#include "client/api_result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <string>

namespace ameide_core_proto::jobs::v1 {
class Job;
}

namespace ameide::client {

// A long piece of server work as every screen shows it, whatever it does
// (bulk retry now; bootstrap apply and imports next): the contract's Job.
struct Job
{
    // Paused: waiting for a person to resume or stop it (e.g. its canary failed).
    enum class State { Unspecified, Planned, Running, Succeeded, Stopped, Failed, Paused };

    QString id;
    QString kind;
    State state = State::Unspecified;
    qint64 total = 0;
    qint64 processed = 0;
    qint64 succeeded = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    QString createdBy;
    QDateTime createdAt;
    QDateTime endedAt;
    QString description;
    // Why it failed, stopped or paused.
    QString message;
    // Where a job of several phases is (e.g. its canary), in the platform's
    // words; empty for a job of one phase.
    QString phase;
    // Why items were skipped, when the kind of job says (e.g. a bulk retry's
    // "already recovered"), with how many; in the order to show them.
    struct Reason
    {
        QString text;
        qint64 count = 0;
    };
    QList<Reason> skippedBecause;

    bool isFinished() const { return state == State::Succeeded || state == State::Stopped || state == State::Failed; }
};

Job jobFromProto(const ameide_core_proto::jobs::v1::Job &job);

// One page of a job list, newest first, and where the next starts (empty: none).
struct JobPage
{
    QList<Job> jobs;
    std::string nextPageToken;
};

// What the client-side job models need of one kind of job: plan it (a dry
// run that stores nothing), start it once under an idempotency key, read
// it, stop it, list them. Each feature's API implements it for its jobs.
class JobBackend
{
public:
    JobBackend() = default;
    virtual ~JobBackend() = default;
    JobBackend(const JobBackend &) = delete;
    JobBackend &operator=(const JobBackend &) = delete;
    JobBackend(JobBackend &&) = delete;
    JobBackend &operator=(JobBackend &&) = delete;

    virtual CallHandle plan(QObject *receiver, ApiCallback<Job> done) = 0;
    virtual CallHandle start(QObject *receiver, const QString &idempotencyKey, ApiCallback<Job> done) = 0;
    virtual CallHandle get(QObject *receiver, const QString &jobId, ApiCallback<Job> done) = 0;
    virtual CallHandle stop(QObject *receiver, const QString &jobId, ApiCallback<Job> done) = 0;
    // Goes on with a paused job.
    virtual CallHandle resume(QObject *receiver, const QString &jobId, ApiCallback<Job> done) = 0;
    // The tenant's jobs of this kind, whoever started them, newest first.
    virtual CallHandle list(QObject *receiver, const std::string &pageToken, int pageSize,
                            ApiCallback<JobPage> done) = 0;
};

} // namespace ameide::client
