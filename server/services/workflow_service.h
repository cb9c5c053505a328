#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_service.grpc.pb.h"

namespace ameide::platform {

class Authenticator;
class RunExecutor;
class WorkflowStore;

namespace wf = ameide_core_proto::workflows_runtime::v1;

class WorkflowService final : public wf::WorkflowService::Service
{
public:
    WorkflowService(Authenticator &auth, WorkflowStore &store, RunExecutor &executor);

    grpc::Status CreateWorkflowDefinition(grpc::ServerContext *ctx, const wf::CreateWorkflowDefinitionRequest *req,
                                          wf::CreateWorkflowDefinitionResponse *resp) override;
    grpc::Status UpdateWorkflowDefinition(grpc::ServerContext *ctx, const wf::UpdateWorkflowDefinitionRequest *req,
                                          wf::UpdateWorkflowDefinitionResponse *resp) override;
    grpc::Status ListWorkflowDefinitions(grpc::ServerContext *ctx, const wf::ListWorkflowDefinitionsRequest *req,
                                         wf::ListWorkflowDefinitionsResponse *resp) override;
    grpc::Status CreateWorkflowVersion(grpc::ServerContext *ctx, const wf::CreateWorkflowVersionRequest *req,
                                       wf::CreateWorkflowVersionResponse *resp) override;
    grpc::Status ListWorkflowVersions(grpc::ServerContext *ctx, const wf::ListWorkflowVersionsRequest *req,
                                      wf::ListWorkflowVersionsResponse *resp) override;
    grpc::Status StartWorkflowRun(grpc::ServerContext *ctx, const wf::StartWorkflowRunRequest *req,
                                  wf::StartWorkflowRunResponse *resp) override;
    grpc::Status ListWorkflowRuns(grpc::ServerContext *ctx, const wf::ListWorkflowRunsRequest *req,
                                  wf::ListWorkflowRunsResponse *resp) override;
    grpc::Status DescribeWorkflowRun(grpc::ServerContext *ctx, const wf::DescribeWorkflowRunRequest *req,
                                     wf::DescribeWorkflowRunResponse *resp) override;
    grpc::Status CancelWorkflowRun(grpc::ServerContext *ctx, const wf::CancelWorkflowRunRequest *req,
                                   wf::CancelWorkflowRunResponse *resp) override;
    grpc::Status CreateWorkflowRule(grpc::ServerContext *ctx, const wf::CreateWorkflowRuleRequest *req,
                                    wf::CreateWorkflowRuleResponse *resp) override;
    grpc::Status UpdateWorkflowRule(grpc::ServerContext *ctx, const wf::UpdateWorkflowRuleRequest *req,
                                    wf::UpdateWorkflowRuleResponse *resp) override;
    grpc::Status ListWorkflowRules(grpc::ServerContext *ctx, const wf::ListWorkflowRulesRequest *req,
                                   wf::ListWorkflowRulesResponse *resp) override;
    grpc::Status DeleteWorkflowRule(grpc::ServerContext *ctx, const wf::DeleteWorkflowRuleRequest *req,
                                    wf::DeleteWorkflowRuleResponse *resp) override;
    grpc::Status ReportWorkflowStatus(grpc::ServerContext *ctx, const wf::ReportWorkflowStatusRequest *req,
                                      wf::ReportWorkflowStatusResponse *resp) override;

private:
    Authenticator &m_auth;
    WorkflowStore &m_store;
    RunExecutor &m_executor;
};

// Shared by the watch stream: checks a run filter's fields.
void validateRunFilter(const wf::WorkflowRunFilter &filter);

} // namespace ameide::platform
