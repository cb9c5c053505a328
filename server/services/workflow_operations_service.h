#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.grpc.pb.h"
#include "watch_hub.h"

#include <string>

namespace ameide::platform {

class Authenticator;
class BulkRetryRunner;
class BulkRetryStore;
class FeedbackStore;
class RunExecutor;
class RunLogStore;
class UpdateFeed;
class WorkflowStore;

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The console's additions to the workflow runtime: retries and the live
// status stream.
class WorkflowOperationsService final : public wf::WorkflowOperationsService::Service
{
public:
    WorkflowOperationsService(Authenticator &auth, WorkflowStore &store, RunExecutor &executor, UpdateFeed &feed,
                              FeedbackStore &feedback, BulkRetryStore &bulkRetries, BulkRetryRunner &bulkRunner,
                              RunLogStore &logs);

    grpc::Status RetryWorkflowRun(grpc::ServerContext *ctx, const wf::RetryWorkflowRunRequest *req,
                                  wf::RetryWorkflowRunResponse *resp) override;
    grpc::Status SearchWorkflowRuns(grpc::ServerContext *ctx, const wf::SearchWorkflowRunsRequest *req,
                                    wf::SearchWorkflowRunsResponse *resp) override;
    grpc::Status CountWorkflowRuns(grpc::ServerContext *ctx, const wf::CountWorkflowRunsRequest *req,
                                   wf::CountWorkflowRunsResponse *resp) override;
    grpc::Status ListWorkflowRunUpdates(grpc::ServerContext *ctx, const wf::ListWorkflowRunUpdatesRequest *req,
                                        wf::ListWorkflowRunUpdatesResponse *resp) override;
    grpc::Status ListFailureGroups(grpc::ServerContext *ctx, const wf::ListFailureGroupsRequest *req,
                                   wf::ListFailureGroupsResponse *resp) override;
    grpc::Status OpenRemediationItem(grpc::ServerContext *ctx, const wf::OpenRemediationItemRequest *req,
                                     wf::OpenRemediationItemResponse *resp) override;
    grpc::Status StartBulkRetry(grpc::ServerContext *ctx, const wf::StartBulkRetryRequest *req,
                                wf::StartBulkRetryResponse *resp) override;
    grpc::Status GetBulkRetryJob(grpc::ServerContext *ctx, const wf::GetBulkRetryJobRequest *req,
                                 wf::GetBulkRetryJobResponse *resp) override;
    grpc::Status CancelBulkRetryJob(grpc::ServerContext *ctx, const wf::CancelBulkRetryJobRequest *req,
                                    wf::CancelBulkRetryJobResponse *resp) override;
    grpc::Status ResumeBulkRetryJob(grpc::ServerContext *ctx, const wf::ResumeBulkRetryJobRequest *req,
                                    wf::ResumeBulkRetryJobResponse *resp) override;
    grpc::Status StartBulkCancel(grpc::ServerContext *ctx, const wf::StartBulkCancelRequest *req,
                                 wf::StartBulkCancelResponse *resp) override;
    grpc::Status AcknowledgeFailureGroup(grpc::ServerContext *ctx, const wf::AcknowledgeFailureGroupRequest *req,
                                         wf::AcknowledgeFailureGroupResponse *resp) override;
    grpc::Status ListBulkRetryJobs(grpc::ServerContext *ctx, const wf::ListBulkRetryJobsRequest *req,
                                   wf::ListBulkRetryJobsResponse *resp) override;
    grpc::Status WatchWorkflowRuns(grpc::ServerContext *ctx, const wf::WatchWorkflowRunsRequest *req,
                                   grpc::ServerWriter<wf::WatchWorkflowRunsResponse> *writer) override;
    grpc::Status ListWorkflowRunLogs(grpc::ServerContext *ctx, const wf::ListWorkflowRunLogsRequest *req,
                                     wf::ListWorkflowRunLogsResponse *resp) override;

private:
    Authenticator &m_auth;
    WorkflowStore &m_store;
    RunExecutor &m_executor;
    UpdateFeed &m_feed;
    FeedbackStore &m_feedback;
    BulkRetryStore &m_bulkRetries;
    BulkRetryRunner &m_bulkRunner;
    RunLogStore &m_logs;
    WatchHub m_hub;
};

// ListWorkflowRunLogs validation (everything but the page token, which is
// bound to the caller's tenant).
void validateRunLogsRequest(const wf::ListWorkflowRunLogsRequest &req);

// WorkflowRunQuery validation; messages name fields under `field`.
void validateRunQuery(const std::string &field, const wf::WorkflowRunQuery &query);

// Watch cursors: opaque to clients, carrying the store's instance id and a
// status update sequence. A cursor of another instance is OUT_OF_RANGE;
// one that is not a cursor at all is INVALID_ARGUMENT.
std::string encodeWatchCursor(const std::string &instanceId, std::int64_t sequence);
std::int64_t decodeWatchCursor(const std::string &instanceId, const std::string &cursor);

} // namespace ameide::platform
