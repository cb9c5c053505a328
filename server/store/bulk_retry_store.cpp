#include "bulk_retry_store.h"

#include "core/caller.h"
#include "core/clock.h"
#include "core/ids.h"
#include "core/page_token.h"
#include "core/status_error.h"
#include "database.h"
#include "run_query.h"
#include "run_rows.h"
#include "workflow_store.h"

#include <SQLiteCpp/Savepoint.h>
#include <SQLiteCpp/Statement.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>
#include <set>

namespace ameide::platform {

namespace {

namespace jobs = ameide_core_proto::jobs::v1;
using grpc::StatusCode;

enum ItemState { kWaiting = 0, kRetried = 1, kSkipped = 2 };

constexpr const char *kJobSelect =
    "SELECT id, tenant_id, state, total, retried, skipped, rate_per_second, from_failed_step, created_at, ended_at,"
    " created_by, description, seq, skipped_recovered, skipped_earlier_attempt, skipped_in_progress,"
    " skipped_not_failed, to_retry, retry_superseded, action, canary_runs, canary_max_failed_percent, phase,"
    " canary_started, canary_ended, canary_failed_same, pause_reason FROM bulk_retry_jobs";

wf::BulkRetryJob readJob(SQLite::Statement &q)
{
    wf::BulkRetryJob j;
    j.set_id(q.getColumn(0).getString());
    j.set_tenant_id(q.getColumn(1).getString());
    j.set_state(static_cast<wf::BulkRetryJobState>(q.getColumn(2).getInt()));
    j.set_total(q.getColumn(3).getInt64());
    j.set_retried(q.getColumn(4).getInt64());
    j.set_skipped(q.getColumn(5).getInt64());
    j.set_rate_per_second(q.getColumn(6).getInt());
    j.set_from_failed_step(q.getColumn(7).getInt() != 0);
    setTimestamp(j.mutable_created_at(), q.getColumn(8).getInt64());
    if (!q.getColumn(9).isNull())
        setTimestamp(j.mutable_ended_at(), q.getColumn(9).getInt64());
    j.set_created_by(q.getColumn(10).getString());
    j.set_description(q.getColumn(11).getString());
    j.set_skipped_recovered(q.getColumn(13).getInt64());
    j.set_skipped_earlier_attempt(q.getColumn(14).getInt64());
    j.set_skipped_in_progress(q.getColumn(15).getInt64());
    j.set_skipped_not_failed(q.getColumn(16).getInt64());
    j.set_to_retry(q.getColumn(17).getInt64());
    j.set_retry_superseded(q.getColumn(18).getInt() != 0);
    j.set_action(static_cast<wf::BulkJobAction>(q.getColumn(19).getInt()));
    j.set_canary_runs(q.getColumn(20).getInt());
    j.set_canary_max_failed_percent(q.getColumn(21).getInt());
    j.set_phase(static_cast<wf::BulkJobPhase>(q.getColumn(22).getInt()));
    j.set_canary_started(q.getColumn(23).getInt());
    j.set_canary_ended(q.getColumn(24).getInt());
    j.set_canary_failed_same(q.getColumn(25).getInt());
    j.set_pause_reason(q.getColumn(26).getString());
    *j.mutable_job() = sharedJobOf(j, false);
    return j;
}

wf::BulkRetryJob requireJob(SQLite::Database &db, const std::string &tenantId, const std::string &jobId)
{
    SQLite::Statement q(db, std::string(kJobSelect) + " WHERE id = ? AND tenant_id = ?");
    q.bind(1, jobId);
    q.bind(2, tenantId);
    if (!q.executeStep())
        fail(StatusCode::NOT_FOUND, "bulk retry job " + jobId + " does not exist");
    return readJob(q);
}

// The runs a job may act on: FAILED ones for a retry, PENDING and RUNNING
// ones for a cancel.
std::vector<wf::WorkflowRunStatus> actionable(wf::BulkJobAction action)
{
    if (action == wf::BULK_JOB_ACTION_CANCEL)
        return {wf::WORKFLOW_RUN_STATUS_PENDING, wf::WORKFLOW_RUN_STATUS_RUNNING};
    return {wf::WORKFLOW_RUN_STATUS_FAILED};
}

// The query target: the runs matching the query whose status the action
// takes (a retry ignores the statuses the query names; a cancel keeps those
// of them it can cancel). Empty when nothing can match.
std::string snapshotWhere(const std::string &tenantId, const wf::WorkflowRunQuery &query, wf::BulkJobAction action,
                          std::vector<Param> *params)
{
    wf::WorkflowRunQuery narrowed = query;
    narrowed.clear_statuses();
    for (const auto status : actionable(action)) {
        const bool named = std::find(query.statuses().begin(), query.statuses().end(), status) != query.statuses().end();
        if (action == wf::BULK_JOB_ACTION_RETRY || query.statuses().empty() || named)
            narrowed.add_statuses(status);
    }
    if (narrowed.statuses().empty())
        return {};
    std::string where = " FROM workflow_runs r WHERE r.tenant_id = ?";
    params->emplace_back(tenantId);
    appendRunQuery(narrowed, tenantId, &where, params);
    return where;
}

// What the snapshot made of the runs it looked at.
struct Snapshot
{
    std::int64_t total = 0;
    std::int64_t byPosition[4] = {};
    std::int64_t notFailed = 0;

    void count(ChainPosition position) { ++byPosition[static_cast<int>(position)]; }
    std::int64_t toRetry() const { return byPosition[static_cast<int>(ChainPosition::Latest)]; }
    std::int64_t skipped() const { return total - toRetry(); }
};

// What a job was asked to act on.
struct Target
{
    wf::BulkJobAction action = wf::BULK_JOB_ACTION_RETRY;
    const wf::RunIdList *runIds = nullptr; // or the query
    const wf::WorkflowRunQuery *query = nullptr;
    // The chain rule applies (retries without retry_superseded).
    bool chainRule = false;
};

// Counts and, when store, lists the job's items. The chain rule keeps one
// run per retry chain (its latest attempt) unless the request overrides it.
Snapshot takeSnapshot(SQLite::Database &db, const Caller &caller, const Target &target, const std::string &jobId,
                      bool store)
{
    Snapshot snap;
    const std::string position = target.chainRule ? chainPositionSql() : std::string("0");
    SQLite::Statement item(db, "INSERT INTO bulk_retry_job_items(job_id, position, run_seq) VALUES (?, ?, ?)");
    std::int64_t items = 0;
    auto add = [&](std::int64_t seq, ChainPosition where) {
        snap.count(where);
        if (!store || where != ChainPosition::Latest)
            return;
        item.bind(1, jobId);
        item.bind(2, items++);
        item.bind(3, seq);
        item.exec();
        item.reset();
    };
    const auto statuses = actionable(target.action);
    if (target.runIds) {
        std::set<std::string> seen;
        SQLite::Statement run(db, "SELECT r.seq, r.status, " + position
                                      + " FROM workflow_runs r WHERE r.id = ? AND r.tenant_id = ?");
        for (const auto &id : target.runIds->run_ids()) {
            if (!seen.insert(id).second)
                continue;
            ++snap.total;
            run.bind(1, id);
            run.bind(2, caller.tenantId);
            if (run.executeStep()
                && std::find(statuses.begin(), statuses.end(), run.getColumn(1).getInt()) != statuses.end())
                add(run.getColumn(0).getInt64(), static_cast<ChainPosition>(run.getColumn(2).getInt()));
            else
                ++snap.notFailed; // not actionable, or not a run of this tenant
            run.reset();
        }
        return snap;
    }
    std::vector<Param> params;
    const std::string where = snapshotWhere(caller.tenantId, *target.query, target.action, &params);
    if (where.empty())
        return snap;
    if (!store) {
        // A dry run only counts: one grouped pass. With the chain rule the
        // runs are first put in chain order, so each run's look at its
        // chain's later attempts reads the index next to where the previous
        // one did, and each position is worked out once, before grouping.
        const std::string sql = target.chainRule
            ? "WITH f AS MATERIALIZED (SELECT r.seq, r.tenant_id, r.original_run_id" + where
                + " ORDER BY r.original_run_id, r.seq), g AS MATERIALIZED (SELECT " + position
                + " AS p FROM f r) SELECT p, COUNT(*) FROM g GROUP BY p"
            : "SELECT 0, COUNT(*)" + where;
        SQLite::Statement q(db, sql);
        bindParams(q, params);
        while (q.executeStep()) {
            const auto n = q.getColumn(1).getInt64();
            snap.byPosition[q.getColumn(0).getInt()] += n;
            snap.total += n;
        }
        return snap;
    }
    SQLite::Statement q(db, "SELECT r.seq, " + position + where + " ORDER BY r.seq");
    bindParams(q, params);
    while (q.executeStep()) {
        ++snap.total;
        add(q.getColumn(0).getInt64(), static_cast<ChainPosition>(q.getColumn(1).getInt()));
    }
    return snap;
}

template <typename Request>
std::string defaultDescription(const Request &req, const char *verb, const char *which)
{
    if (req.has_run_ids())
        return std::string(verb) + " of " + std::to_string(req.run_ids().run_ids_size()) + " selected runs";
    return std::string(verb) + " of the " + which + " runs matching a query";
}

// The canary's progress, for people.
std::string phaseText(const wf::BulkRetryJob &job)
{
    const std::string of = std::to_string(job.canary_runs());
    switch (job.phase()) {
    case wf::BULK_JOB_PHASE_CANARY:
        return "canary: " + std::to_string(job.canary_started()) + " of " + of + " retries started";
    case wf::BULK_JOB_PHASE_CANARY_WAIT:
        return "canary: " + std::to_string(job.canary_ended()) + " of " + std::to_string(job.canary_started())
            + " retries ended; the rest waits for them";
    case wf::BULK_JOB_PHASE_REST:
        return "canary passed (" + std::to_string(job.canary_failed_same()) + " of "
            + std::to_string(job.canary_started()) + " failed again the same way); the rest";
    default:
        return {};
    }
}

} // namespace

jobs::Job sharedJobOf(const wf::BulkRetryJob &job, bool planned)
{
    jobs::Job out;
    out.set_id(job.id());
    out.set_tenant_id(job.tenant_id());
    out.set_kind(job.action() == wf::BULK_JOB_ACTION_CANCEL ? "bulk_cancel" : "bulk_retry");
    switch (job.state()) {
    case wf::BULK_RETRY_JOB_STATE_RUNNING:
        out.set_state(planned ? jobs::JOB_STATE_PLANNED : jobs::JOB_STATE_RUNNING);
        break;
    case wf::BULK_RETRY_JOB_STATE_COMPLETED:
        out.set_state(jobs::JOB_STATE_SUCCEEDED);
        break;
    case wf::BULK_RETRY_JOB_STATE_CANCELLED:
        out.set_state(jobs::JOB_STATE_STOPPED);
        break;
    case wf::BULK_RETRY_JOB_STATE_PAUSED:
        out.set_state(jobs::JOB_STATE_PAUSED);
        break;
    default:
        break;
    }
    out.set_total(job.total());
    out.set_succeeded(job.retried());
    out.set_skipped(job.skipped());
    // A plan has done nothing yet, whatever it would skip.
    out.set_processed(planned ? 0 : job.retried() + job.skipped());
    out.set_created_by(job.created_by());
    if (job.has_created_at())
        *out.mutable_created_at() = job.created_at();
    if (job.has_ended_at())
        *out.mutable_ended_at() = job.ended_at();
    out.set_description(job.description());
    out.set_message(job.pause_reason());
    if (job.state() == wf::BULK_RETRY_JOB_STATE_RUNNING || job.state() == wf::BULK_RETRY_JOB_STATE_PAUSED)
        out.set_phase(phaseText(job));
    return out;
}

BulkRetryStore::BulkRetryStore(Database &db)
    : m_db(db)
{
}

namespace {

// A job to start, whatever its action.
struct JobSpec
{
    Target target;
    int rate = 0;
    bool fromFailedStep = false;
    int canaryRuns = 0;
    int canaryMaxFailedPercent = 0;
    std::string description;
    std::string cancelReason;
    std::string idempotencyKey;
    bool dryRun = false;
};

BulkRetryStarted startJob(Database &database, const Caller &caller, const JobSpec &spec)
{
    auto build = [&](SQLite::Database &db, const std::string &jobId, bool store) {
        const Snapshot snap = takeSnapshot(db, caller, spec.target, jobId, store);
        wf::BulkRetryJob job;
        job.set_id(jobId);
        job.set_tenant_id(caller.tenantId);
        job.set_state(wf::BULK_RETRY_JOB_STATE_RUNNING);
        job.set_action(spec.target.action);
        job.set_total(snap.total);
        job.set_skipped(snap.skipped());
        job.set_skipped_recovered(snap.byPosition[static_cast<int>(ChainPosition::Recovered)]);
        job.set_skipped_earlier_attempt(snap.byPosition[static_cast<int>(ChainPosition::EarlierAttempt)]);
        job.set_skipped_in_progress(snap.byPosition[static_cast<int>(ChainPosition::InProgress)]);
        job.set_skipped_not_failed(snap.notFailed);
        job.set_to_retry(snap.toRetry());
        job.set_retry_superseded(spec.target.action == wf::BULK_JOB_ACTION_RETRY && !spec.target.chainRule);
        job.set_rate_per_second(spec.rate);
        job.set_from_failed_step(spec.fromFailedStep);
        job.set_canary_runs(spec.canaryRuns);
        job.set_canary_max_failed_percent(spec.canaryMaxFailedPercent);
        job.set_phase(spec.canaryRuns > 0 ? wf::BULK_JOB_PHASE_CANARY : wf::BULK_JOB_PHASE_UNSPECIFIED);
        setTimestamp(job.mutable_created_at(), nowMs());
        job.set_created_by(caller.userId);
        job.set_description(spec.description);
        return job;
    };

    if (spec.dryRun) {
        return database.read([&](SQLite::Database &db) {
            auto job = build(db, std::string(), false);
            *job.mutable_job() = sharedJobOf(job, true);
            return BulkRetryStarted{std::move(job), false};
        });
    }
    return database.write([&](SQLite::Database &db) {
        SQLite::Statement prior(db, "SELECT id FROM bulk_retry_jobs WHERE tenant_id = ? AND idempotency_key = ?");
        prior.bind(1, caller.tenantId);
        prior.bind(2, spec.idempotencyKey);
        if (prior.executeStep())
            return BulkRetryStarted{requireJob(db, caller.tenantId, prior.getColumn(0).getString()), false};
        const std::string jobId = newId("bulk");
        // The job row first: its items refer to it.
        SQLite::Statement insert(db,
                                 "INSERT INTO bulk_retry_jobs(id, tenant_id, state, total, skipped, rate_per_second,"
                                 " from_failed_step, created_at, created_by, description, idempotency_key, action,"
                                 " cancel_reason, canary_runs, canary_max_failed_percent)"
                                 " VALUES (?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const std::int64_t now = nowMs();
        insert.bind(1, jobId);
        insert.bind(2, caller.tenantId);
        insert.bind(3, static_cast<int>(wf::BULK_RETRY_JOB_STATE_RUNNING));
        insert.bind(4, spec.rate);
        insert.bind(5, spec.fromFailedStep ? 1 : 0);
        insert.bind(6, now);
        insert.bind(7, caller.userId);
        insert.bind(8, spec.description);
        insert.bind(9, spec.idempotencyKey);
        insert.bind(10, static_cast<int>(spec.target.action));
        insert.bind(11, spec.cancelReason);
        insert.bind(12, spec.canaryRuns);
        insert.bind(13, spec.canaryMaxFailedPercent);
        insert.exec();
        const auto job = build(db, jobId, true);
        // A job with nothing to do is complete at once.
        const bool empty = job.total() == job.skipped();
        SQLite::Statement counts(db, "UPDATE bulk_retry_jobs SET total = ?, skipped = ?, state = ?, ended_at = ?,"
                                     " skipped_recovered = ?, skipped_earlier_attempt = ?, skipped_in_progress = ?,"
                                     " skipped_not_failed = ?, to_retry = ?, retry_superseded = ?, phase = ? WHERE id = ?");
        counts.bind(1, job.total());
        counts.bind(2, job.skipped());
        counts.bind(3, static_cast<int>(empty ? wf::BULK_RETRY_JOB_STATE_COMPLETED : wf::BULK_RETRY_JOB_STATE_RUNNING));
        if (empty)
            counts.bind(4, now);
        else
            counts.bind(4);
        counts.bind(5, job.skipped_recovered());
        counts.bind(6, job.skipped_earlier_attempt());
        counts.bind(7, job.skipped_in_progress());
        counts.bind(8, job.skipped_not_failed());
        counts.bind(9, job.to_retry());
        counts.bind(10, job.retry_superseded() ? 1 : 0);
        counts.bind(11, static_cast<int>(job.phase()));
        counts.bind(12, jobId);
        counts.exec();
        return BulkRetryStarted{requireJob(db, caller.tenantId, jobId), true};
    });
}

} // namespace

BulkRetryStarted BulkRetryStore::start(const Caller &caller, const wf::StartBulkRetryRequest &req)
{
    JobSpec spec;
    spec.target.action = wf::BULK_JOB_ACTION_RETRY;
    spec.target.runIds = req.has_run_ids() ? &req.run_ids() : nullptr;
    spec.target.query = &req.query();
    spec.target.chainRule = !req.retry_superseded();
    spec.rate = req.rate_per_second() == 0 ? kDefaultBulkRetryRate : req.rate_per_second();
    spec.fromFailedStep = req.from_failed_step();
    spec.canaryRuns = req.no_canary() ? 0 : req.canary_runs() == 0 ? kDefaultCanaryRuns : req.canary_runs();
    spec.canaryMaxFailedPercent = req.canary_max_failed_percent();
    spec.description = req.description().empty() ? defaultDescription(req, "retry", "failed") : req.description();
    spec.idempotencyKey = req.idempotency_key();
    spec.dryRun = req.dry_run();
    return startJob(m_db, caller, spec);
}

BulkRetryStarted BulkRetryStore::startCancel(const Caller &caller, const wf::StartBulkCancelRequest &req)
{
    JobSpec spec;
    spec.target.action = wf::BULK_JOB_ACTION_CANCEL;
    spec.target.runIds = req.has_run_ids() ? &req.run_ids() : nullptr;
    spec.target.query = &req.query();
    spec.rate = req.rate_per_second() == 0 ? kDefaultBulkCancelRate : req.rate_per_second();
    spec.description = req.description().empty() ? defaultDescription(req, "cancel", "pending and running")
                                                  : req.description();
    spec.cancelReason = req.reason();
    spec.idempotencyKey = req.idempotency_key();
    spec.dryRun = req.dry_run();
    return startJob(m_db, caller, spec);
}

wf::BulkRetryJob BulkRetryStore::get(const Caller &caller, const std::string &jobId)
{
    return m_db.read([&](SQLite::Database &db) { return requireJob(db, caller.tenantId, jobId); });
}

wf::BulkRetryJob BulkRetryStore::cancel(const Caller &caller, const std::string &jobId)
{
    return m_db.write([&](SQLite::Database &db) {
        const auto job = requireJob(db, caller.tenantId, jobId);
        if (job.state() != wf::BULK_RETRY_JOB_STATE_RUNNING && job.state() != wf::BULK_RETRY_JOB_STATE_PAUSED)
            fail(StatusCode::FAILED_PRECONDITION,
                 "bulk job " + jobId + " has already ended (" + wf::BulkRetryJobState_Name(job.state()) + ")");
        SQLite::Statement q(db, "UPDATE bulk_retry_jobs SET state = ?, ended_at = ? WHERE id = ?");
        q.bind(1, static_cast<int>(wf::BULK_RETRY_JOB_STATE_CANCELLED));
        q.bind(2, nowMs());
        q.bind(3, jobId);
        q.exec();
        return requireJob(db, caller.tenantId, jobId);
    });
}

wf::BulkRetryJob BulkRetryStore::resume(const Caller &caller, const std::string &jobId)
{
    return m_db.write([&](SQLite::Database &db) {
        const auto job = requireJob(db, caller.tenantId, jobId);
        if (job.state() != wf::BULK_RETRY_JOB_STATE_PAUSED)
            fail(StatusCode::FAILED_PRECONDITION,
                 "bulk job " + jobId + " is not paused (" + wf::BulkRetryJobState_Name(job.state()) + ")");
        // The person overrules the canary: the rest goes at the job's rate.
        SQLite::Statement q(db, "UPDATE bulk_retry_jobs SET state = ?, phase = ? WHERE id = ?");
        q.bind(1, static_cast<int>(wf::BULK_RETRY_JOB_STATE_RUNNING));
        q.bind(2, static_cast<int>(wf::BULK_JOB_PHASE_REST));
        q.bind(3, jobId);
        q.exec();
        return requireJob(db, caller.tenantId, jobId);
    });
}

std::vector<wf::BulkRetryJob> BulkRetryStore::list(const Caller &caller, const PageRequest &page,
                                                   std::string *nextToken, const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        SQLite::Statement q(db, std::string(kJobSelect) + " WHERE tenant_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?");
        q.bind(1, caller.tenantId);
        q.bind(2, page.hasCursor ? cursorNumber(page.cursor.at(0)) : std::numeric_limits<std::int64_t>::max());
        q.bind(3, page.pageSize + 1);
        std::vector<wf::BulkRetryJob> out;
        std::int64_t lastSeq = 0;
        while (q.executeStep()) {
            if (static_cast<int>(out.size()) == page.pageSize) {
                *nextToken = makePageToken(scope, {std::to_string(lastSeq)});
                break;
            }
            lastSeq = q.getColumn(12).getInt64();
            out.push_back(readJob(q));
        }
        return out;
    });
}

std::vector<RunningBulkRetryJob> BulkRetryStore::runningJobs()
{
    return m_db.read([](SQLite::Database &db) {
        SQLite::Statement q(db, "SELECT id, rate_per_second FROM bulk_retry_jobs WHERE state = ? ORDER BY seq");
        q.bind(1, static_cast<int>(wf::BULK_RETRY_JOB_STATE_RUNNING));
        std::vector<RunningBulkRetryJob> out;
        while (q.executeStep())
            out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt()});
        return out;
    });
}

namespace {

// Reads how the canary retries ended. While one still runs the job waits;
// then it pauses when more than the allowed share failed again the same
// way, and goes on with the rest otherwise.
void judgeCanary(SQLite::Database &db, const std::string &jobId, int maxFailedPercent, BulkRetryBatch *batch)
{
    SQLite::Statement q(db, "SELECT n.status, n.failure_signature = o.failure_signature AND n.failure_signature <> '',"
                            " n.failure_reason FROM bulk_retry_job_items i JOIN workflow_runs o ON o.seq = i.run_seq"
                            " JOIN workflow_runs n ON n.id = i.retry_run_id WHERE i.job_id = ? AND i.canary = 1");
    q.bind(1, jobId);
    int started = 0;
    int ended = 0;
    int failedSame = 0;
    std::string example;
    while (q.executeStep()) {
        ++started;
        const auto status = static_cast<wf::WorkflowRunStatus>(q.getColumn(0).getInt());
        if (!isTerminal(status))
            continue;
        ++ended;
        if (status == wf::WORKFLOW_RUN_STATUS_FAILED && q.getColumn(1).getInt() != 0) {
            ++failedSame;
            if (example.empty())
                example = q.getColumn(2).getString();
        }
    }
    const bool waiting = ended < started;
    const std::int64_t failedShare = std::int64_t{failedSame} * 100;
    const std::int64_t allowedShare = std::int64_t{maxFailedPercent} * started;
    const bool pause = !waiting && failedShare > allowedShare;
    std::string reason;
    if (pause) {
        SQLite::Statement left(db, "SELECT COUNT(*) FROM bulk_retry_job_items WHERE job_id = ? AND state = ?");
        left.bind(1, jobId);
        left.bind(2, kWaiting);
        left.executeStep();
        reason = std::to_string(failedSame) + " of " + std::to_string(started)
            + " canary retries failed again the same way (\"" + example + "\"), more than the "
            + std::to_string(maxFailedPercent) + "% allowed; " + std::to_string(left.getColumn(0).getInt64())
            + " runs were not retried. Resume the job to retry them anyway, or stop it.";
    }
    SQLite::Statement update(db, "UPDATE bulk_retry_jobs SET canary_ended = ?, canary_failed_same = ?, state = ?,"
                                 " phase = ?, pause_reason = ? WHERE id = ?");
    update.bind(1, ended);
    update.bind(2, failedSame);
    update.bind(3, static_cast<int>(pause ? wf::BULK_RETRY_JOB_STATE_PAUSED : wf::BULK_RETRY_JOB_STATE_RUNNING));
    update.bind(4, static_cast<int>(waiting || pause ? wf::BULK_JOB_PHASE_CANARY_WAIT : wf::BULK_JOB_PHASE_REST));
    update.bind(5, reason);
    update.bind(6, jobId);
    update.exec();
    batch->finished = pause;
}

} // namespace

BulkRetryBatch BulkRetryStore::processBatch(const std::string &jobId, int maxItems)
{
    return m_db.write([&](SQLite::Database &db) {
        BulkRetryBatch batch;
        SQLite::Statement jobRow(db, "SELECT tenant_id, state, created_by, from_failed_step, created_at,"
                                     " retry_superseded, action, phase, canary_runs, canary_started,"
                                     " canary_max_failed_percent, cancel_reason FROM bulk_retry_jobs WHERE id = ?");
        jobRow.bind(1, jobId);
        if (!jobRow.executeStep() || jobRow.getColumn(1).getInt() != wf::BULK_RETRY_JOB_STATE_RUNNING) {
            batch.finished = true;
            return batch;
        }
        const std::string tenantId = jobRow.getColumn(0).getString();
        const std::string createdBy = jobRow.getColumn(2).getString();
        RetryOptions options;
        options.fromFailedStep = jobRow.getColumn(3).getInt() != 0;
        // The job judges each run's chain itself, just below.
        options.retrySuperseded = true;
        const std::int64_t jobCreated = jobRow.getColumn(4).getInt64();
        const bool chainRule = jobRow.getColumn(5).getInt() == 0;
        const bool cancelling = jobRow.getColumn(6).getInt() == wf::BULK_JOB_ACTION_CANCEL;
        auto phase = static_cast<wf::BulkJobPhase>(jobRow.getColumn(7).getInt());
        const int canaryRuns = jobRow.getColumn(8).getInt();
        int canaryStarted = jobRow.getColumn(9).getInt();
        const std::string cancelMessage = jobRow.getColumn(11).getString().empty()
            ? "cancelled by bulk job " + jobId + " of " + createdBy
            : jobRow.getColumn(11).getString();
        if (phase == wf::BULK_JOB_PHASE_CANARY_WAIT) {
            judgeCanary(db, jobId, jobRow.getColumn(10).getInt(), &batch);
            return batch;
        }
        // The canary goes no further than its size.
        if (phase == wf::BULK_JOB_PHASE_CANARY)
            maxItems = std::min(maxItems, canaryRuns - canaryStarted);

        struct Due
        {
            std::int64_t position;
            std::int64_t runSeq;
            std::string runId;
            std::string originalRunId;
            wf::WorkflowRunStatus status;
        };
        SQLite::Statement items(db, "SELECT i.position, r.seq, r.id, r.original_run_id, r.status"
                                    " FROM bulk_retry_job_items i JOIN workflow_runs r ON r.seq = i.run_seq"
                                    " WHERE i.job_id = ? AND i.state = ? ORDER BY i.position LIMIT ?");
        items.bind(1, jobId);
        items.bind(2, kWaiting);
        items.bind(3, maxItems);
        std::vector<Due> due;
        while (items.executeStep())
            due.push_back({items.getColumn(0).getInt64(), items.getColumn(1).getInt64(), items.getColumn(2).getString(),
                           items.getColumn(3).getString(),
                           static_cast<wf::WorkflowRunStatus>(items.getColumn(4).getInt())});

        // The run's chain moved on after the snapshot (someone retried it, or
        // a retry of it is running): it is no longer this job's to retry.
        SQLite::Statement chainMoved(db, "SELECT 1 FROM workflow_runs INDEXED BY runs_by_original WHERE tenant_id = ?"
                                         " AND original_run_id = ? AND seq > ? AND status <> ?"
                                         " AND COALESCE(idempotency_key, '') <> ? LIMIT 1");
        // With retry_superseded only a retry of this very run made since the job started counts.
        // (Named index: without statistics SQLite prefers the tenant's time index and scans it.)
        SQLite::Statement retriedMeanwhile(db,
                                           "SELECT 1 FROM workflow_runs INDEXED BY runs_retry_of WHERE retry_of_run_id = ?"
                                           " AND retry_of_run_id <> '' AND tenant_id = ? AND created_at >= ?"
                                           " AND COALESCE(idempotency_key, '') <> ? LIMIT 1");
        SQLite::Statement mark(db, "UPDATE bulk_retry_job_items SET state = ?, retry_run_id = ?, canary = ?"
                                   " WHERE job_id = ? AND position = ?");
        // The batch's retries share their prepared statements.
        RunRetrier retrier(db);
        std::int64_t done = 0;
        std::int64_t skipped = 0;
        for (const auto &[position, runSeq, runId, originalRunId, status] : due) {
            std::string doneId;
            if (cancelling) {
                // A run that ended since the snapshot is no longer to cancel.
                if (!isTerminal(status)) {
                    batch.lastUpdate = cancelRunIn(db, tenantId, runSeq, cancelMessage);
                    doneId = runId;
                }
            } else {
                std::string key = "bulk:";
                key.append(jobId).append(1, ':').append(runId);
                bool taken = false;
                if (chainRule) {
                    chainMoved.bind(1, tenantId);
                    chainMoved.bind(2, originalRunId.empty() ? runId : originalRunId);
                    chainMoved.bind(3, runSeq);
                    chainMoved.bind(4, static_cast<int>(wf::WORKFLOW_RUN_STATUS_CANCELLED));
                    chainMoved.bind(5, key);
                    taken = chainMoved.executeStep();
                    chainMoved.reset();
                } else {
                    retriedMeanwhile.bind(1, runId);
                    retriedMeanwhile.bind(2, tenantId);
                    retriedMeanwhile.bind(3, jobCreated);
                    retriedMeanwhile.bind(4, key);
                    taken = retriedMeanwhile.executeStep();
                    retriedMeanwhile.reset();
                }
                if (!taken) {
                    SQLite::Savepoint savepoint(db, "bulk_retry_item");
                    try {
                        auto result = retrier.retry(tenantId, createdBy, runId, key, options, &batch.lastUpdate, false);
                        savepoint.release();
                        doneId = result.run.id();
                        if (result.created)
                            batch.newRunSeqs.push_back(result.runSeq);
                    } catch (const StatusError &e) {
                        // Not retryable (definition archived, no failed step): skipped.
                        savepoint.rollback();
                        db.exec("RELEASE SAVEPOINT bulk_retry_item");
                        spdlog::info("bulk retry {}: run {} skipped: {}", jobId, runId, e.what());
                    }
                }
            }
            const bool canary = !doneId.empty() && phase == wf::BULK_JOB_PHASE_CANARY;
            mark.bind(1, doneId.empty() ? kSkipped : kRetried);
            mark.bind(2, doneId);
            mark.bind(3, canary ? 1 : 0);
            mark.bind(4, jobId);
            mark.bind(5, position);
            mark.exec();
            mark.reset();
            ++(doneId.empty() ? skipped : done);
            canaryStarted += canary ? 1 : 0;
        }
        SQLite::Statement remaining(db, "SELECT EXISTS (SELECT 1 FROM bulk_retry_job_items WHERE job_id = ? AND state = ?)");
        remaining.bind(1, jobId);
        remaining.bind(2, kWaiting);
        remaining.executeStep();
        batch.finished = remaining.getColumn(0).getInt() == 0;
        // A full canary waits for its retries to end before the rest.
        if (phase == wf::BULK_JOB_PHASE_CANARY && canaryStarted >= canaryRuns && !batch.finished)
            phase = wf::BULK_JOB_PHASE_CANARY_WAIT;
        SQLite::Statement update(db, "UPDATE bulk_retry_jobs SET retried = retried + ?, skipped = skipped + ?,"
                                     " state = ?, ended_at = ?, phase = ?, canary_started = ? WHERE id = ?");
        update.bind(1, done);
        update.bind(2, skipped);
        update.bind(3, static_cast<int>(batch.finished ? wf::BULK_RETRY_JOB_STATE_COMPLETED
                                                       : wf::BULK_RETRY_JOB_STATE_RUNNING));
        if (batch.finished)
            update.bind(4, nowMs());
        else
            update.bind(4);
        update.bind(5, static_cast<int>(phase));
        update.bind(6, canaryStarted);
        update.bind(7, jobId);
        update.exec();
        return batch;
    });
}

} // namespace ameide::platform
