#include "workflow_operations_service.h"

#include "auth/authenticator.h"
#include "core/ids.h"
#include "executor/run_executor.h"
#include "guarded.h"
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

} // namespace

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
                                                     UpdateFeed &feed)
    : m_auth(auth)
    , m_store(store)
    , m_executor(executor)
    , m_feed(feed)
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
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        auto result = m_store.retryRun(caller, req->run_id(), req->idempotency_key());
        if (result.created)
            m_executor.schedule(result.runSeq);
        *resp->mutable_run() = std::move(result.run);
        resp->set_created(result.created);
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
