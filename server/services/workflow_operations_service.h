#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.grpc.pb.h"
#include "watch_hub.h"

#include <string>

namespace ameide::platform {

class Authenticator;
class RunExecutor;
class UpdateFeed;
class WorkflowStore;

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The console's additions to the workflow runtime: retries and the live
// status stream.
class WorkflowOperationsService final : public wf::WorkflowOperationsService::Service
{
public:
    WorkflowOperationsService(Authenticator &auth, WorkflowStore &store, RunExecutor &executor, UpdateFeed &feed);

    grpc::Status RetryWorkflowRun(grpc::ServerContext *ctx, const wf::RetryWorkflowRunRequest *req,
                                  wf::RetryWorkflowRunResponse *resp) override;
    grpc::Status WatchWorkflowRuns(grpc::ServerContext *ctx, const wf::WatchWorkflowRunsRequest *req,
                                   grpc::ServerWriter<wf::WatchWorkflowRunsResponse> *writer) override;

private:
    Authenticator &m_auth;
    WorkflowStore &m_store;
    RunExecutor &m_executor;
    UpdateFeed &m_feed;
    WatchHub m_hub;
};

// Watch cursors: opaque to clients, carrying the store's instance id and a
// status update sequence. A cursor of another instance is OUT_OF_RANGE;
// one that is not a cursor at all is INVALID_ARGUMENT.
std::string encodeWatchCursor(const std::string &instanceId, std::int64_t sequence);
std::int64_t decodeWatchCursor(const std::string &instanceId, const std::string &cursor);

} // namespace ameide::platform
