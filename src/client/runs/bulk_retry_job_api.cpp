#include "client/runs/bulk_retry_job_api.h"

#include "client/api_call.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <cstdint>

namespace ameide::client {

namespace {

namespace wf = ameide_core_proto::workflows_runtime::v1;

const QString kOperations = QStringLiteral("WorkflowOperationsService");

// The translation context of this file's texts.
struct BulkText
{
    Q_DECLARE_TR_FUNCTIONS(BulkRetryJobApi)
};

// Where a job with a canary is, from its phase and counts.
QString phaseText(const wf::BulkRetryJob &bulk)
{
    switch (bulk.phase()) {
    case wf::BULK_JOB_PHASE_CANARY:
        return BulkText::tr("Canary: %1 of %2 retries started").arg(bulk.canary_started()).arg(bulk.canary_runs());
    case wf::BULK_JOB_PHASE_CANARY_WAIT:
        return BulkText::tr("Canary: %1 of %2 retries ended; the rest waits for them")
            .arg(bulk.canary_ended())
            .arg(bulk.canary_started());
    case wf::BULK_JOB_PHASE_REST:
        return BulkText::tr("Canary passed (%1 of %2 failed again the same way); the rest")
            .arg(bulk.canary_failed_same())
            .arg(bulk.canary_started());
    default: return {};
    }
}

// Why a job paused: its canary failed again. The platform's own sentence
// quotes one of the failures; that quote is run data and stays as it is.
QString pauseText(const wf::BulkRetryJob &bulk)
{
    static const QRegularExpression quoted(QStringLiteral("\\(\"(.*)\"\\)"));
    const auto match = quoted.match(QString::fromStdString(bulk.pause_reason()));
    const int left = static_cast<int>(std::max<std::int64_t>(0, bulk.to_retry() - bulk.retried()));
    QString text = BulkText::tr("%1 of %2 canary retries failed again the same way, more than the %3% allowed.")
                       .arg(bulk.canary_failed_same())
                       .arg(bulk.canary_started())
                       .arg(bulk.canary_max_failed_percent());
    if (match.hasMatch())
        text += QLatin1Char(' ') + BulkText::tr("For example: “%1”.").arg(match.captured(1));
    return text + QLatin1Char(' ')
        + BulkText::tr("%n run(s) were not retried. Resume the job to retry them anyway, or stop it.", nullptr, left);
}

// A bulk retry job as every job reads: the platform fills the shared shape;
// the reasons for skipping, where a canary is and why the job paused are
// said by the console from the bulk retry's own counts.
Job toJob(const wf::BulkRetryJob &bulk)
{
    Job job = jobFromProto(bulk.job());
    if (bulk.state() == wf::BULK_RETRY_JOB_STATE_RUNNING || bulk.state() == wf::BULK_RETRY_JOB_STATE_PAUSED)
        job.phase = phaseText(bulk);
    if (bulk.state() == wf::BULK_RETRY_JOB_STATE_PAUSED)
        job.message = pauseText(bulk);
    auto reason = [&job](qint64 count, const char *text) {
        if (count > 0)
            job.skippedBecause.append({BulkText::tr(text, nullptr, static_cast<int>(count)), count});
    };
    reason(bulk.skipped_recovered(),
           QT_TRANSLATE_N_NOOP("BulkRetryJobApi", "%n already recovered: a later attempt completed"));
    reason(bulk.skipped_earlier_attempt(),
           QT_TRANSLATE_N_NOOP("BulkRetryJobApi", "%n earlier attempt(s): a later attempt of the same chain failed "
                                                  "too, and only that one is retried"));
    reason(bulk.skipped_in_progress(),
           QT_TRANSLATE_N_NOOP("BulkRetryJobApi", "%n with a later attempt still pending or running"));
    if (bulk.action() == wf::BULK_JOB_ACTION_CANCEL)
        reason(bulk.skipped_not_failed(),
               QT_TRANSLATE_N_NOOP("BulkRetryJobApi", "%n already ended, or no longer there"));
    else
        reason(bulk.skipped_not_failed(), QT_TRANSLATE_N_NOOP("BulkRetryJobApi", "%n not failed, or no longer there"));
    return job;
}

// What a bulk retry and a bulk cancel request share: the target, the rate,
// dry run or key, and the description (for the filter, or for the count).
// A filter is read as at `countedAt`, the moment of the count the person
// confirmed: "since" counts back from it, and runs created after it are not
// part of the job, so the job acts on the runs that were counted and not on
// those that arrived while the dialog was open.
template <typename Request>
void fillBulkRequest(Request &request, const std::optional<RunFilter> &filter, const QStringList &runIds, int rate,
                     bool dryRun, const QString &key, const QDateTime &countedAt, const QString &forFilter,
                     const QString &forSelection)
{
    if (filter) {
        toProto(*filter, countedAt, request.mutable_query());
        if (!filter->before)
            *request.mutable_query()->mutable_created_before() =
                google::protobuf::util::TimeUtil::MillisecondsToTimestamp(countedAt.toMSecsSinceEpoch() + 1);
    } else {
        for (const auto &id : runIds)
            request.mutable_run_ids()->add_run_ids(id.toStdString());
    }
    request.set_rate_per_second(rate);
    request.set_dry_run(dryRun);
    if (!dryRun)
        request.set_idempotency_key(key.toStdString());
    request.set_description((filter ? forFilter.arg(formatRunQuery(*filter)) : forSelection).toStdString());
}

} // namespace

BulkRetryJobApi::BulkRetryJobApi(PlatformConnection *connection, const RunFilter &filter, Action action)
    : m_connection(connection)
    , m_filter(filter)
    , m_action(action)
    , m_rate(action == Action::Cancel ? kDefaultCancelRate : kDefaultRate)
{
}

BulkRetryJobApi::BulkRetryJobApi(PlatformConnection *connection, const QStringList &runIds, Action action)
    : m_connection(connection)
    , m_runIds(runIds)
    , m_action(action)
    , m_rate(action == Action::Cancel ? kDefaultCancelRate : kDefaultRate)
{
}

PlatformConnection *BulkRetryJobApi::connection() const
{
    return qobject_cast<PlatformConnection *>(m_connection.data());
}

CallHandle BulkRetryJobApi::startCancelRequest(QObject *receiver, bool dryRun, const QString &key,
                                               ApiCallback<Job> done)
{
    wf::StartBulkCancelRequest request;
    const int selected = static_cast<int>(m_runIds.size());
    fillBulkRequest(request, m_filter, m_runIds, m_rate, dryRun, key, countedAt(dryRun),
                    BulkText::tr("Cancel of the pending and running runs matching: %1"),
                    BulkText::tr("Cancel of %n selected run(s)", nullptr, selected));
    request.set_reason(m_cancelReason.trimmed().toStdString());
    PlatformConnection *c = connection();
    return invoke<wf::StartBulkCancelRequest, wf::StartBulkCancelResponse, Job>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->StartBulkCancel(ctx, req, resp, std::move(cb));
        },
        kOperations, [](const wf::StartBulkCancelResponse &r, qint64) { return toJob(r.job()); }, std::move(done));
}

CallHandle BulkRetryJobApi::startRequest(QObject *receiver, bool dryRun, const QString &key, ApiCallback<Job> done)
{
    if (m_action == Action::Cancel)
        return startCancelRequest(receiver, dryRun, key, std::move(done));
    wf::StartBulkRetryRequest request;
    const int selected = static_cast<int>(m_runIds.size());
    fillBulkRequest(request, m_filter, m_runIds, m_rate, dryRun, key, countedAt(dryRun),
                    BulkText::tr("Retry of all failed runs matching: %1"),
                    BulkText::tr("Retry of %n selected run(s)", nullptr, selected));
    request.set_from_failed_step(m_fromFailedStep);
    request.set_retry_superseded(m_retrySuperseded);
    request.set_no_canary(m_canaryRuns <= 0);
    request.set_canary_runs(std::max(0, m_canaryRuns));
    request.set_canary_max_failed_percent(m_canaryMaxFailedPercent);
    PlatformConnection *c = connection();
    return invoke<wf::StartBulkRetryRequest, wf::StartBulkRetryResponse, Job>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->StartBulkRetry(ctx, req, resp, std::move(cb));
        },
        kOperations, [](const wf::StartBulkRetryResponse &r, qint64) { return toJob(r.job()); },
        std::move(done));
}

QDateTime BulkRetryJobApi::countedAt(bool dryRun)
{
    // A count is made now; a start reads the filter as the last count did.
    if (dryRun || !m_countedAt.isValid())
        m_countedAt = QDateTime::currentDateTimeUtc();
    return m_countedAt;
}

CallHandle BulkRetryJobApi::plan(QObject *receiver, ApiCallback<Job> done)
{
    return startRequest(receiver, true, {}, std::move(done));
}

CallHandle BulkRetryJobApi::start(QObject *receiver, const QString &idempotencyKey, ApiCallback<Job> done)
{
    return startRequest(receiver, false, idempotencyKey, std::move(done));
}

CallHandle BulkRetryJobApi::get(QObject *receiver, const QString &jobId, ApiCallback<Job> done)
{
    wf::GetBulkRetryJobRequest request;
    request.set_job_id(jobId.toStdString());
    PlatformConnection *c = connection();
    return invoke<wf::GetBulkRetryJobRequest, wf::GetBulkRetryJobResponse, Job>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->GetBulkRetryJob(ctx, req, resp, std::move(cb));
        },
        kOperations, [](const wf::GetBulkRetryJobResponse &r, qint64) { return toJob(r.job()); },
        std::move(done));
}

CallHandle BulkRetryJobApi::stop(QObject *receiver, const QString &jobId, ApiCallback<Job> done)
{
    wf::CancelBulkRetryJobRequest request;
    request.set_job_id(jobId.toStdString());
    PlatformConnection *c = connection();
    return invoke<wf::CancelBulkRetryJobRequest, wf::CancelBulkRetryJobResponse, Job>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->CancelBulkRetryJob(ctx, req, resp, std::move(cb));
        },
        kOperations, [](const wf::CancelBulkRetryJobResponse &r, qint64) { return toJob(r.job()); },
        std::move(done));
}

CallHandle BulkRetryJobApi::resume(QObject *receiver, const QString &jobId, ApiCallback<Job> done)
{
    wf::ResumeBulkRetryJobRequest request;
    request.set_job_id(jobId.toStdString());
    PlatformConnection *c = connection();
    return invoke<wf::ResumeBulkRetryJobRequest, wf::ResumeBulkRetryJobResponse, Job>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->ResumeBulkRetryJob(ctx, req, resp, std::move(cb));
        },
        kOperations, [](const wf::ResumeBulkRetryJobResponse &r, qint64) { return toJob(r.job()); },
        std::move(done));
}

CallHandle BulkRetryJobApi::list(QObject *receiver, const std::string &pageToken, int pageSize,
                                 ApiCallback<JobPage> done)
{
    wf::ListBulkRetryJobsRequest request;
    request.mutable_pagination()->set_page_size(pageSize);
    request.mutable_pagination()->set_page_token(pageToken);
    PlatformConnection *c = connection();
    return invoke<wf::ListBulkRetryJobsRequest, wf::ListBulkRetryJobsResponse, JobPage>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->ListBulkRetryJobs(ctx, req, resp, std::move(cb));
        },
        kOperations,
        [](const wf::ListBulkRetryJobsResponse &r, qint64) {
            JobPage page;
            for (const auto &job : r.jobs())
                page.jobs.append(toJob(job));
            page.nextPageToken = r.pagination().next_page_token();
            return page;
        },
        std::move(done));
}

} // namespace ameide::client
