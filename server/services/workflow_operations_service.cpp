#include "workflow_operations_service.h"

#include "auth/authenticator.h"
#include "core/clock.h"
#include "core/failure_signature.h"
#include "core/ids.h"
#include "executor/bulk_retry_runner.h"
#include "executor/run_executor.h"
#include "guarded.h"
#include "store/bulk_retry_store.h"
#include "store/feedback_store.h"
#include "store/run_log_store.h"
#include "store/update_feed.h"
#include "store/workflow_store.h"
#include "validation.h"
#include "workflow_service.h"

#include <grpcpp/server_context.h>

#include <algorithm>
#include <chrono>

namespace ameide::platform {

namespace {

constexpr int kWatchBatch = 500;
constexpr auto kWakeInterval = std::chrono::milliseconds(500);
constexpr auto kHeartbeatInterval = std::chrono::seconds(10);
constexpr auto kSkipAnnounceInterval = std::chrono::seconds(1);
constexpr const char *kCursorPrefix = "wc1:";
constexpr int kMaxQueryStatuses = 5;
constexpr int kMaxQueryDefinitions = 100;
constexpr std::size_t kMinRunIdPrefix = 4;
constexpr int kDefaultGroupLimit = 50;
constexpr int kMaxGroupLimit = 200;
// 0001-01-01 .. 9999-12-31, as google.protobuf.Timestamp allows.
constexpr std::int64_t kMinTimestampSeconds = -62135596800;
constexpr std::int64_t kMaxTimestampSeconds = 253402300799;
constexpr int kDefaultSlaHours = 72;
constexpr int kMaxSlaHours = 2160;
constexpr int kMaxBulkRunIds = 10000;
constexpr int kMaxBulkRate = 5000;
constexpr int kDefaultLogPageSize = 1000;
constexpr int kMaxLogPageSize = 5000;
constexpr std::size_t kMaxLogContains = 200;
constexpr int kMaxCanaryRuns = 100;
constexpr std::size_t kMaxAckNote = 2000;
constexpr std::size_t kMaxCancelReason = 500;

// The target of a bulk job: a query, or 1..10,000 run ids.
template <typename Request>
void validateBulkTarget(const Request &req)
{
    if (req.has_query()) {
        validateRunQuery("query", req.query());
    } else if (req.has_run_ids()) {
        if (req.run_ids().run_ids_size() == 0 || req.run_ids().run_ids_size() > kMaxBulkRunIds)
            invalidArgument("run_ids.run_ids must list 1 to " + std::to_string(kMaxBulkRunIds) + " runs");
        for (int i = 0; i < req.run_ids().run_ids_size(); ++i)
            requireId("run_ids.run_ids[" + std::to_string(i) + "]", req.run_ids().run_ids(i));
    } else {
        invalidArgument("a target is required: set query or run_ids");
    }
}

// What every bulk job asks for besides its target.
template <typename Request>
void validateBulkCommon(const Request &req, int defaultRate)
{
    if (req.rate_per_second() < 0 || req.rate_per_second() > kMaxBulkRate)
        invalidArgument("rate_per_second must be between 1 and " + std::to_string(kMaxBulkRate) + " (0: "
                        + std::to_string(defaultRate) + ")");
    if (req.dry_run())
        optionalText("idempotency_key", req.idempotency_key(), kMaxIdLength);
    else
        requireText("idempotency_key", req.idempotency_key(), kMaxIdLength);
    optionalText("description", req.description(), kMaxTextLength);
}

void validateTimestamp(const std::string &field, const google::protobuf::Timestamp &ts)
{
    if (ts.seconds() < kMinTimestampSeconds || ts.seconds() > kMaxTimestampSeconds || ts.nanos() < 0
        || ts.nanos() > 999999999)
        invalidArgument(field + " is not a valid timestamp");
}

} // namespace

void validateRunQuery(const std::string &field, const wf::WorkflowRunQuery &query)
{
    if (query.statuses_size() > kMaxQueryStatuses)
        invalidArgument(field + ".statuses lists more than " + std::to_string(kMaxQueryStatuses) + " statuses");
    for (int i = 0; i < query.statuses_size(); ++i)
        requireEnum(field + ".statuses[" + std::to_string(i) + "]", query.statuses(i), wf::WorkflowRunStatus_IsValid,
                    false);
    if (query.definition_ids_size() > kMaxQueryDefinitions)
        invalidArgument(field + ".definition_ids lists more than " + std::to_string(kMaxQueryDefinitions) + " ids");
    for (int i = 0; i < query.definition_ids_size(); ++i)
        requireId(field + ".definition_ids[" + std::to_string(i) + "]", query.definition_ids(i));
    optionalText(field + ".definition_name", query.definition_name(), kMaxNameLength);
    optionalId(field + ".element_id", query.element_id());
    optionalId(field + ".run_id_prefix", query.run_id_prefix());
    if (!query.run_id_prefix().empty() && query.run_id_prefix().size() < kMinRunIdPrefix)
        invalidArgument(field + ".run_id_prefix must be at least " + std::to_string(kMinRunIdPrefix) + " characters");
    if (query.has_created_after())
        validateTimestamp(field + ".created_after", query.created_after());
    if (query.has_created_before())
        validateTimestamp(field + ".created_before", query.created_before());
    if (query.has_created_after() && query.has_created_before()
        && timestampMs(query.created_after()) >= timestampMs(query.created_before()))
        invalidArgument(field + ".created_after must be before " + field + ".created_before");
    if (!query.failure_signature().empty() && !isFailureSignature(query.failure_signature()))
        invalidArgument(field + ".failure_signature must be 16 lower-case hex digits");
    requireEnum(field + ".recovery", query.recovery(), wf::RunRecovery_IsValid, true);
    optionalId(field + ".original_run_id", query.original_run_id());
    optionalId(field + ".bulk_job_id", query.bulk_job_id());
}

void validateRunLogsRequest(const wf::ListWorkflowRunLogsRequest &req)
{
    validateContext(req.context());
    requireId("run_id", req.run_id());
    optionalId("step_id", req.step_id());
    requireEnum("min_level", req.min_level(), wf::RunLogLevel_IsValid, true);
    optionalText("contains", req.contains(), kMaxLogContains);
    if (req.pagination().page_size() < 0 || req.pagination().page_size() > kMaxLogPageSize)
        invalidArgument("pagination.page_size must be between 1 and " + std::to_string(kMaxLogPageSize) + " (0: "
                        + std::to_string(kDefaultLogPageSize) + ")");
    if (req.after_sequence() < 0)
        invalidArgument("after_sequence must not be negative");
    if (req.after_sequence() > 0 && !req.pagination().page_token().empty())
        invalidArgument("after_sequence and pagination.page_token cannot be used together: a page token already "
                        "says where the page starts");
}

std::string encodeWatchCursor(const std::string &instanceId, std::int64_t sequence)
{
    return toHex(kCursorPrefix + instanceId + ':' + std::to_string(sequence));
}

std::int64_t decodeWatchCursor(const std::string &instanceId, const std::string &cursor)
{
    std::string raw;
    const std::string prefix = kCursorPrefix;
    if (cursor.size() > 128 || !fromHex(cursor, &raw) || raw.compare(0, prefix.size(), prefix) != 0)
        invalidArgument("cursor is not a cursor this server issued");
    const auto colon = raw.find(':', prefix.size());
    if (colon == std::string::npos || colon + 1 == raw.size() || raw.size() - colon - 1 > 18)
        invalidArgument("cursor is not a cursor this server issued");
    std::int64_t value = 0;
    for (std::size_t i = colon + 1; i < raw.size(); ++i) {
        if (raw[i] < '0' || raw[i] > '9')
            invalidArgument("cursor is not a cursor this server issued");
        value = value * 10 + (raw[i] - '0');
    }
    if (raw.compare(prefix.size(), colon - prefix.size(), instanceId) != 0)
        fail(grpc::StatusCode::OUT_OF_RANGE,
             "cursor belongs to an earlier instance of this platform's data; watch again without a cursor");
    return value;
}

WorkflowOperationsService::WorkflowOperationsService(Authenticator &auth, WorkflowStore &store, RunExecutor &executor,
                                                     UpdateFeed &feed, FeedbackStore &feedback,
                                                     BulkRetryStore &bulkRetries, BulkRetryRunner &bulkRunner,
                                                     RunLogStore &logs)
    : m_auth(auth)
    , m_store(store)
    , m_executor(executor)
    , m_feed(feed)
    , m_feedback(feedback)
    , m_bulkRetries(bulkRetries)
    , m_bulkRunner(bulkRunner)
    , m_logs(logs)
    , m_hub(store, feed)
{
}

grpc::Status WorkflowOperationsService::RetryWorkflowRun(grpc::ServerContext *ctx, const wf::RetryWorkflowRunRequest *req,
                                                         wf::RetryWorkflowRunResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("run_id", req->run_id());
        requireText("idempotency_key", req->idempotency_key(), kMaxIdLength);
        validateStruct("input", req->input());
        RetryOptions options;
        options.fromFailedStep = req->from_failed_step();
        options.retrySuperseded = req->retry_superseded();
        // input replaces the run's input when set; replace_input alone replaces it with an empty one.
        options.replaceInput = req->replace_input() || req->has_input();
        if (options.replaceInput)
            options.inputJson = structToJson(req->input());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        auto result = m_store.retryRun(caller, req->run_id(), req->idempotency_key(), options);
        if (result.created)
            m_executor.schedule(result.runSeq);
        *resp->mutable_run() = std::move(result.run);
        resp->set_created(result.created);
    });
}

grpc::Status WorkflowOperationsService::SearchWorkflowRuns(grpc::ServerContext *ctx,
                                                           const wf::SearchWorkflowRunsRequest *req,
                                                           wf::SearchWorkflowRunsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateRunQuery("query", req->query());
        requireEnum("sort.field", req->sort().field(), wf::RunSortField_IsValid, true);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        wf::SearchWorkflowRunsRequest bound;
        *bound.mutable_query() = req->query();
        *bound.mutable_sort() = req->sort();
        const auto scope = pageScope("search-runs", caller.tenantId, bound);
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        auto runs = m_store.searchRuns(caller, req->query(), req->sort(), page, &next, scope);
        resp->mutable_runs()->Reserve(static_cast<int>(runs.size()));
        for (auto &r : runs)
            *resp->add_runs() = std::move(r);
        resp->mutable_pagination()->set_next_page_token(next);
    });
}

grpc::Status WorkflowOperationsService::CountWorkflowRuns(grpc::ServerContext *ctx,
                                                          const wf::CountWorkflowRunsRequest *req,
                                                          wf::CountWorkflowRunsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateRunQuery("query", req->query());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        *resp = m_store.countRuns(caller, req->query());
    });
}

grpc::Status WorkflowOperationsService::ListWorkflowRunUpdates(grpc::ServerContext *ctx,
                                                               const wf::ListWorkflowRunUpdatesRequest *req,
                                                               wf::ListWorkflowRunUpdatesResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("run_id", req->run_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        wf::ListWorkflowRunUpdatesRequest bound;
        bound.set_run_id(req->run_id());
        // A token is bound to its order: a cursor of one order means nothing in the other.
        bound.set_newest_first(req->newest_first());
        const auto scope = pageScope("run-updates", caller.tenantId, bound);
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        std::int64_t total = 0;
        auto updates = m_store.listRunUpdates(caller, req->run_id(), page, &next, scope, &total, req->newest_first());
        resp->mutable_updates()->Reserve(static_cast<int>(updates.size()));
        for (auto &u : updates)
            *resp->add_updates() = std::move(u);
        resp->mutable_pagination()->set_next_page_token(next);
        resp->set_total(total);
    });
}

grpc::Status WorkflowOperationsService::ListWorkflowRunLogs(grpc::ServerContext *ctx,
                                                            const wf::ListWorkflowRunLogsRequest *req,
                                                            wf::ListWorkflowRunLogsResponse *resp)
{
    return guarded(__func__, [&] {
        validateRunLogsRequest(*req);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        // Tokens are bound to the run and every filter; after_sequence is
        // not, since a token already carries where the next page starts.
        wf::ListWorkflowRunLogsRequest bound;
        bound.set_run_id(req->run_id());
        bound.set_step_id(req->step_id());
        bound.set_min_level(req->min_level());
        bound.set_contains(req->contains());
        const auto scope = pageScope("run-logs", caller.tenantId, bound);
        auto pagination = req->pagination();
        if (pagination.page_size() == 0)
            pagination.set_page_size(kDefaultLogPageSize);
        const auto page = parsePage(pagination, scope, kMaxLogPageSize);
        RunLogQuery query{req->run_id(), req->step_id(), req->min_level(), req->contains(), req->after_sequence()};
        auto result = m_logs.list(caller, query, page, scope);
        resp->mutable_lines()->Reserve(static_cast<int>(result.lines.size()));
        for (auto &line : result.lines)
            *resp->add_lines() = std::move(line);
        resp->mutable_pagination()->set_next_page_token(result.nextToken);
        resp->set_total(result.total);
        resp->set_last_sequence(result.lastSequence);
    });
}

grpc::Status WorkflowOperationsService::ListFailureGroups(grpc::ServerContext *ctx,
                                                          const wf::ListFailureGroupsRequest *req,
                                                          wf::ListFailureGroupsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateRunQuery("query", req->query());
        if (req->limit() < 0 || req->limit() > kMaxGroupLimit)
            invalidArgument("limit must be between 0 (default " + std::to_string(kDefaultGroupLimit) + ") and "
                            + std::to_string(kMaxGroupLimit));
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        auto groups = m_store.listFailureGroups(caller, req->query(), req->limit() == 0 ? kDefaultGroupLimit : req->limit());
        for (auto &g : groups)
            *resp->add_groups() = std::move(g);
    });
}

grpc::Status WorkflowOperationsService::OpenRemediationItem(grpc::ServerContext *ctx,
                                                            const wf::OpenRemediationItemRequest *req,
                                                            wf::OpenRemediationItemResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        if (!isFailureSignature(req->failure_signature()))
            invalidArgument("failure_signature must be 16 lower-case hex digits");
        optionalText("title", req->title(), kMaxNameLength);
        optionalText("description", req->description(), kMaxTextLength);
        if (req->sla_hours() < 0 || req->sla_hours() > kMaxSlaHours)
            invalidArgument("sla_hours must be between 1 and " + std::to_string(kMaxSlaHours) + " (0: "
                            + std::to_string(kDefaultSlaHours) + ")");
        requireText("idempotency_key", req->idempotency_key(), kMaxIdLength);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        auto result = m_feedback.openRemediation(caller, req->failure_signature(), req->title(), req->description(),
                                                 req->sla_hours() == 0 ? kDefaultSlaHours : req->sla_hours(),
                                                 req->idempotency_key());
        resp->set_feedback_item_id(result.itemId);
        *resp->mutable_group() = std::move(result.group);
        resp->set_created(result.created);
    });
}

grpc::Status WorkflowOperationsService::StartBulkRetry(grpc::ServerContext *ctx, const wf::StartBulkRetryRequest *req,
                                                       wf::StartBulkRetryResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateBulkTarget(*req);
        validateBulkCommon(*req, kDefaultBulkRetryRate);
        if (req->canary_runs() < 0 || req->canary_runs() > kMaxCanaryRuns)
            invalidArgument("canary_runs must be between 1 and " + std::to_string(kMaxCanaryRuns) + " (0: "
                            + std::to_string(kDefaultCanaryRuns) + ")");
        if (req->canary_max_failed_percent() < 0 || req->canary_max_failed_percent() > 100)
            invalidArgument("canary_max_failed_percent must be between 0 and 100");
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        auto started = m_bulkRetries.start(caller, *req);
        if (started.created)
            m_bulkRunner.wake();
        *resp->mutable_job() = std::move(started.job);
        resp->set_created(started.created);
    });
}

grpc::Status WorkflowOperationsService::GetBulkRetryJob(grpc::ServerContext *ctx, const wf::GetBulkRetryJobRequest *req,
                                                        wf::GetBulkRetryJobResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("job_id", req->job_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        *resp->mutable_job() = m_bulkRetries.get(caller, req->job_id());
    });
}

grpc::Status WorkflowOperationsService::CancelBulkRetryJob(grpc::ServerContext *ctx,
                                                           const wf::CancelBulkRetryJobRequest *req,
                                                           wf::CancelBulkRetryJobResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("job_id", req->job_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_job() = m_bulkRetries.cancel(caller, req->job_id());
    });
}

grpc::Status WorkflowOperationsService::ResumeBulkRetryJob(grpc::ServerContext *ctx,
                                                           const wf::ResumeBulkRetryJobRequest *req,
                                                           wf::ResumeBulkRetryJobResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("job_id", req->job_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_job() = m_bulkRetries.resume(caller, req->job_id());
        m_bulkRunner.wake();
    });
}

grpc::Status WorkflowOperationsService::StartBulkCancel(grpc::ServerContext *ctx, const wf::StartBulkCancelRequest *req,
                                                        wf::StartBulkCancelResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateBulkTarget(*req);
        validateBulkCommon(*req, kDefaultBulkCancelRate);
        optionalText("reason", req->reason(), kMaxCancelReason);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        auto started = m_bulkRetries.startCancel(caller, *req);
        if (started.created)
            m_bulkRunner.wake();
        *resp->mutable_job() = std::move(started.job);
        resp->set_created(started.created);
    });
}

grpc::Status WorkflowOperationsService::AcknowledgeFailureGroup(grpc::ServerContext *ctx,
                                                                const wf::AcknowledgeFailureGroupRequest *req,
                                                                wf::AcknowledgeFailureGroupResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        if (!isFailureSignature(req->failure_signature()))
            invalidArgument("failure_signature must be 16 lower-case hex digits");
        optionalText("assignee", req->assignee(), kMaxNameLength);
        optionalText("note", req->note(), kMaxAckNote);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_group() = m_store.acknowledgeFailureGroup(caller, req->failure_signature(), req->assignee(),
                                                                 req->note(), req->clear());
    });
}

grpc::Status WorkflowOperationsService::ListBulkRetryJobs(grpc::ServerContext *ctx,
                                                          const wf::ListBulkRetryJobsRequest *req,
                                                          wf::ListBulkRetryJobsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        const auto scope = pageScope("bulk-retry-jobs", caller.tenantId, wf::ListBulkRetryJobsRequest());
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        for (auto &job : m_bulkRetries.list(caller, page, &next, scope))
            *resp->add_jobs() = std::move(job);
        resp->mutable_pagination()->set_next_page_token(next);
    });
}

grpc::Status WorkflowOperationsService::WatchWorkflowRuns(grpc::ServerContext *ctx,
                                                          const wf::WatchWorkflowRunsRequest *req,
                                                          grpc::ServerWriter<wf::WatchWorkflowRunsResponse> *writer)
{
    const UpdateFeed::Watcher registration(m_feed);
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateRunFilter(req->filter());
        std::int64_t cursor = req->cursor().empty() ? -1 : decodeWatchCursor(m_store.instanceId(), req->cursor());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        if (cursor < 0) {
            cursor = m_store.latestSequence(caller.tenantId);
        } else if (cursor > m_store.globalLatestSequence()) {
            fail(grpc::StatusCode::OUT_OF_RANGE,
                 "cursor is ahead of this platform's history (was its data reset?); watch again without a cursor");
        }

        auto heartbeat = [&] {
            wf::WatchWorkflowRunsResponse beat;
            beat.set_heartbeat(true);
            beat.set_cursor(encodeWatchCursor(m_store.instanceId(), cursor));
            return writer->Write(beat);
        };
        // The first message tells the client where it stands, even when nothing happens.
        if (!heartbeat())
            return;
        auto lastSent = std::chrono::steady_clock::now();
        std::int64_t announced = cursor;
        while (!ctx->IsCancelled()) {
            if (m_feed.closed())
                fail(grpc::StatusCode::UNAVAILABLE, "the platform is shutting down; reconnect with your cursor");
            // Taken before reading, so a commit after the read always wakes the wait below.
            const std::int64_t observed = m_feed.current();
            RunEventBatch batch;
            if (!m_hub.eventsAfter(caller.tenantId, cursor, req->filter(), kWatchBatch, &batch))
                batch = m_store.eventsAfter(caller.tenantId, cursor, req->filter(), kWatchBatch);
            for (const auto &ev : batch.events) {
                wf::WatchWorkflowRunsResponse msg;
                *msg.mutable_update() = ev.update;
                *msg.mutable_run() = ev.run;
                msg.set_cursor(encodeWatchCursor(m_store.instanceId(), ev.update.sequence()));
                if (!writer->Write(msg))
                    return;
                cursor = ev.update.sequence();
                announced = cursor;
                lastSent = std::chrono::steady_clock::now();
            }
            cursor = std::max(cursor, batch.scannedThrough);
            if (static_cast<int>(batch.events.size()) == kWatchBatch)
                continue;
            // Heartbeats carry the cursor past updates the filter skipped, at
            // most once a second, and keep idle connections alive.
            const auto now = std::chrono::steady_clock::now();
            if ((cursor > announced && now - lastSent >= kSkipAnnounceInterval) || now - lastSent >= kHeartbeatInterval) {
                if (!heartbeat())
                    return;
                announced = cursor;
                lastSent = now;
            }
            m_feed.waitPast(observed, kWakeInterval);
        }
    });
}

} // namespace ameide::platform
