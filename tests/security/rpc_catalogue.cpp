#include "rpc_catalogue.h"

#include <atomic>

namespace ameide::test {

namespace {

template<typename Response, typename Request, typename Method>
grpc::Status unary(PlatformClient &c, const std::string &token, const Request &req, Method method,
                   std::string *payload)
{
    Response resp;
    auto ctx = c.context(token);
    const auto status = method(ctx.get(), req, &resp);
    *payload = resp.SerializeAsString();
    return status;
}

std::string unique(const std::string &prefix)
{
    static std::atomic<int> n{0};
    return prefix + std::to_string(++n);
}

} // namespace

#define AMEIDE_RPC(Service, Stub, Rpc, Build)                                                                   \
    RpcCase                                                                                                    \
    {                                                                                                          \
        #Service, #Rpc, [](PlatformClient &c, const std::string &token, std::string *payload) {                \
            auto req = Build();                                                                                \
            return unary<decltype(Service##Rpc##Response())>(                                                  \
                c, token, req,                                                                                 \
                [&c](grpc::ClientContext *ctx, const auto &r, auto *resp) { return c.Stub().Rpc(ctx, r, resp); }, \
                payload);                                                                                      \
        }                                                                                                      \
    }

namespace {
using WorkflowServiceCreateWorkflowDefinitionResponse = wf::CreateWorkflowDefinitionResponse;
using WorkflowServiceUpdateWorkflowDefinitionResponse = wf::UpdateWorkflowDefinitionResponse;
using WorkflowServiceListWorkflowDefinitionsResponse = wf::ListWorkflowDefinitionsResponse;
using WorkflowServiceCreateWorkflowVersionResponse = wf::CreateWorkflowVersionResponse;
using WorkflowServiceListWorkflowVersionsResponse = wf::ListWorkflowVersionsResponse;
using WorkflowServiceStartWorkflowRunResponse = wf::StartWorkflowRunResponse;
using WorkflowServiceListWorkflowRunsResponse = wf::ListWorkflowRunsResponse;
using WorkflowServiceDescribeWorkflowRunResponse = wf::DescribeWorkflowRunResponse;
using WorkflowServiceCancelWorkflowRunResponse = wf::CancelWorkflowRunResponse;
using WorkflowServiceCreateWorkflowRuleResponse = wf::CreateWorkflowRuleResponse;
using WorkflowServiceUpdateWorkflowRuleResponse = wf::UpdateWorkflowRuleResponse;
using WorkflowServiceListWorkflowRulesResponse = wf::ListWorkflowRulesResponse;
using WorkflowServiceDeleteWorkflowRuleResponse = wf::DeleteWorkflowRuleResponse;
using WorkflowServiceReportWorkflowStatusResponse = wf::ReportWorkflowStatusResponse;
using WorkflowOperationsServiceRetryWorkflowRunResponse = wf::RetryWorkflowRunResponse;
using WorkflowOperationsServiceSearchWorkflowRunsResponse = wf::SearchWorkflowRunsResponse;
using WorkflowOperationsServiceCountWorkflowRunsResponse = wf::CountWorkflowRunsResponse;
using WorkflowOperationsServiceListWorkflowRunUpdatesResponse = wf::ListWorkflowRunUpdatesResponse;
using WorkflowOperationsServiceListFailureGroupsResponse = wf::ListFailureGroupsResponse;
using WorkflowOperationsServiceOpenRemediationItemResponse = wf::OpenRemediationItemResponse;
using WorkflowOperationsServiceStartBulkRetryResponse = wf::StartBulkRetryResponse;
using WorkflowOperationsServiceGetBulkRetryJobResponse = wf::GetBulkRetryJobResponse;
using WorkflowOperationsServiceCancelBulkRetryJobResponse = wf::CancelBulkRetryJobResponse;
using WorkflowOperationsServiceListBulkRetryJobsResponse = wf::ListBulkRetryJobsResponse;
using WorkflowOperationsServiceListWorkflowRunLogsResponse = wf::ListWorkflowRunLogsResponse;
using WorkflowOperationsServiceResumeBulkRetryJobResponse = wf::ResumeBulkRetryJobResponse;
using WorkflowOperationsServiceStartBulkCancelResponse = wf::StartBulkCancelResponse;
using WorkflowOperationsServiceAcknowledgeFailureGroupResponse = wf::AcknowledgeFailureGroupResponse;
using FeedbackIntakeServiceSubmitFeedbackResponse = fb::SubmitFeedbackResponse;
using FeedbackIntakeServiceGetFeedbackResponse = fb::GetFeedbackResponse;
using FeedbackIntakeServiceListFeedbackResponse = fb::ListFeedbackResponse;
using FeedbackIntakeServiceUpdateFeedbackStateResponse = fb::UpdateFeedbackStateResponse;
using FeedbackIntakeServiceAddFeedbackSubscriberResponse = fb::AddFeedbackSubscriberResponse;
using FeedbackIntakeServiceRemoveFeedbackSubscriberResponse = fb::RemoveFeedbackSubscriberResponse;
using TenantServiceCreateTenantResponse = pv1::CreateTenantResponse;
using TenantServiceListTenantsResponse = pv1::ListTenantsResponse;
using TenantServiceUpdateTenantResponse = pv1::UpdateTenantResponse;
using OrganizationServiceCreateOrganizationResponse = pv1::CreateOrganizationResponse;
using OrganizationServiceGetOrganizationResponse = pv1::GetOrganizationResponse;
using OrganizationServiceListOrganizationsResponse = pv1::ListOrganizationsResponse;
using OrganizationServiceUpdateOrganizationResponse = pv1::UpdateOrganizationResponse;
using OrganizationServiceDeleteOrganizationResponse = pv1::DeleteOrganizationResponse;
using OrganizationServiceListOrganizationMembershipsResponse = pv1::ListOrganizationMembershipsResponse;

template<typename T>
T paged()
{
    T r;
    r.mutable_pagination()->set_page_size(50);
    return r;
}
} // namespace

const std::vector<RpcCase> &rpcCatalogue()
{
    static const std::vector<RpcCase> all = {
        AMEIDE_RPC(WorkflowService, workflows, CreateWorkflowDefinition,
                   [] {
                       wf::CreateWorkflowDefinitionRequest r;
                       r.mutable_definition()->set_name(unique("security-definition-"));
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, UpdateWorkflowDefinition,
                   [] {
                       wf::UpdateWorkflowDefinitionRequest r;
                       r.mutable_definition()->set_id("wfd-ameide-docs-publish");
                       r.mutable_definition()->set_name("docs-publish");
                       r.mutable_definition()->set_status(wf::WORKFLOW_DEFINITION_STATUS_ACTIVE);
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, ListWorkflowDefinitions, paged<wf::ListWorkflowDefinitionsRequest>),
        AMEIDE_RPC(WorkflowService, workflows, CreateWorkflowVersion,
                   [] {
                       wf::CreateWorkflowVersionRequest r;
                       r.set_definition_id("wfd-ameide-docs-publish");
                       auto *step = r.mutable_spec()->add_steps();
                       step->set_id("render");
                       step->set_name("Render");
                       step->set_type(wf::WORKFLOW_STEP_TYPE_ACTIVITY);
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, ListWorkflowVersions,
                   [] {
                       auto r = paged<wf::ListWorkflowVersionsRequest>();
                       r.set_definition_id("wfd-ameide-docs-publish");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, StartWorkflowRun,
                   [] {
                       wf::StartWorkflowRunRequest r;
                       r.set_definition_id("wfd-ameide-docs-publish");
                       (*r.mutable_input()->mutable_fields())["duration_ms"].set_number_value(1);
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, ListWorkflowRuns, paged<wf::ListWorkflowRunsRequest>),
        AMEIDE_RPC(WorkflowService, workflows, DescribeWorkflowRun,
                   [] {
                       wf::DescribeWorkflowRunRequest r;
                       r.set_run_id("run-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, CancelWorkflowRun,
                   [] {
                       wf::CancelWorkflowRunRequest r;
                       r.set_run_id("run-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, CreateWorkflowRule,
                   [] {
                       wf::CreateWorkflowRuleRequest r;
                       r.mutable_rule()->set_name("security rule");
                       r.mutable_rule()->set_definition_id("wfd-ameide-docs-publish");
                       r.mutable_rule()->set_trigger_event("element.updated");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, UpdateWorkflowRule,
                   [] {
                       wf::UpdateWorkflowRuleRequest r;
                       r.mutable_rule()->set_id("rule-that-does-not-exist");
                       r.mutable_rule()->set_name("security rule");
                       r.mutable_rule()->set_definition_id("wfd-ameide-docs-publish");
                       r.mutable_rule()->set_trigger_event("element.updated");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, ListWorkflowRules, paged<wf::ListWorkflowRulesRequest>),
        AMEIDE_RPC(WorkflowService, workflows, DeleteWorkflowRule,
                   [] {
                       wf::DeleteWorkflowRuleRequest r;
                       r.set_rule_id("rule-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowService, workflows, ReportWorkflowStatus,
                   [] {
                       wf::ReportWorkflowStatusRequest r;
                       r.set_run_id("run-that-does-not-exist");
                       r.set_message("progress");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, RetryWorkflowRun,
                   [] {
                       wf::RetryWorkflowRunRequest r;
                       r.set_run_id("run-that-does-not-exist");
                       r.set_idempotency_key(unique("security-key-"));
                       return r;
                   }),
        RpcCase{"WorkflowOperationsService", "WatchWorkflowRuns",
                [](PlatformClient &c, const std::string &token, std::string *payload) {
                    wf::WatchWorkflowRunsRequest req;
                    auto ctx = c.context(token, std::chrono::seconds(5));
                    auto stream = c.operations().WatchWorkflowRuns(ctx.get(), req);
                    wf::WatchWorkflowRunsResponse msg;
                    payload->clear();
                    if (stream->Read(&msg)) {
                        *payload = msg.SerializeAsString();
                        ctx->TryCancel();
                        stream->Finish();
                        return grpc::Status::OK;
                    }
                    return stream->Finish();
                }},
        AMEIDE_RPC(WorkflowOperationsService, operations, SearchWorkflowRuns, paged<wf::SearchWorkflowRunsRequest>),
        AMEIDE_RPC(WorkflowOperationsService, operations, CountWorkflowRuns,
                   [] {
                       wf::CountWorkflowRunsRequest r;
                       r.mutable_query()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, ListWorkflowRunUpdates,
                   [] {
                       auto r = paged<wf::ListWorkflowRunUpdatesRequest>();
                       r.set_run_id("run-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, ListFailureGroups,
                   [] {
                       wf::ListFailureGroupsRequest r;
                       r.set_limit(5);
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, OpenRemediationItem,
                   [] {
                       wf::OpenRemediationItemRequest r;
                       r.set_failure_signature("0000000000000000");
                       r.set_idempotency_key(unique("security-remediation-"));
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, StartBulkRetry,
                   [] {
                       wf::StartBulkRetryRequest r;
                       r.mutable_query()->set_recovery(wf::RUN_RECOVERY_UNRECOVERED);
                       r.set_dry_run(true);
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, GetBulkRetryJob,
                   [] {
                       wf::GetBulkRetryJobRequest r;
                       r.set_job_id("bulk-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, CancelBulkRetryJob,
                   [] {
                       wf::CancelBulkRetryJobRequest r;
                       r.set_job_id("bulk-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, ListBulkRetryJobs, paged<wf::ListBulkRetryJobsRequest>),
        AMEIDE_RPC(WorkflowOperationsService, operations, ResumeBulkRetryJob,
                   [] {
                       wf::ResumeBulkRetryJobRequest r;
                       r.set_job_id("bulk-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, StartBulkCancel,
                   [] {
                       wf::StartBulkCancelRequest r;
                       r.mutable_query()->add_statuses(wf::WORKFLOW_RUN_STATUS_RUNNING);
                       r.set_dry_run(true);
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, AcknowledgeFailureGroup,
                   [] {
                       wf::AcknowledgeFailureGroupRequest r;
                       r.set_failure_signature("0000000000000000");
                       return r;
                   }),
        AMEIDE_RPC(WorkflowOperationsService, operations, ListWorkflowRunLogs,
                   [] {
                       auto r = paged<wf::ListWorkflowRunLogsRequest>();
                       r.set_run_id("run-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(FeedbackIntakeService, feedback, SubmitFeedback,
                   [] {
                       fb::SubmitFeedbackRequest r;
                       r.mutable_item()->set_title("Security feedback");
                       return r;
                   }),
        AMEIDE_RPC(FeedbackIntakeService, feedback, GetFeedback,
                   [] {
                       fb::GetFeedbackRequest r;
                       r.set_item_id("fb-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(FeedbackIntakeService, feedback, ListFeedback, paged<fb::ListFeedbackRequest>),
        AMEIDE_RPC(FeedbackIntakeService, feedback, UpdateFeedbackState,
                   [] {
                       fb::UpdateFeedbackStateRequest r;
                       r.set_item_id("fb-that-does-not-exist");
                       r.set_state(fb::FEEDBACK_STATE_TRIAGED);
                       return r;
                   }),
        AMEIDE_RPC(FeedbackIntakeService, feedback, AddFeedbackSubscriber,
                   [] {
                       fb::AddFeedbackSubscriberRequest r;
                       r.set_item_id("fb-that-does-not-exist");
                       r.set_user_id("user-ameide-viewer");
                       return r;
                   }),
        AMEIDE_RPC(FeedbackIntakeService, feedback, RemoveFeedbackSubscriber,
                   [] {
                       fb::RemoveFeedbackSubscriberRequest r;
                       r.set_item_id("fb-that-does-not-exist");
                       r.set_user_id("user-ameide-viewer");
                       return r;
                   }),
        AMEIDE_RPC(TenantService, tenants, CreateTenant,
                   [] {
                       pv1::CreateTenantRequest r;
                       r.mutable_tenant()->set_name("Security test tenant");
                       return r;
                   }),
        AMEIDE_RPC(TenantService, tenants, ListTenants, paged<pv1::ListTenantsRequest>),
        AMEIDE_RPC(TenantService, tenants, UpdateTenant,
                   [] {
                       pv1::UpdateTenantRequest r;
                       r.mutable_tenant()->set_id("tenant-ameide");
                       r.mutable_tenant()->set_name("Ameide");
                       r.mutable_tenant()->set_status(pv1::TENANT_STATUS_ACTIVE);
                       return r;
                   }),
        AMEIDE_RPC(OrganizationService, organizations, CreateOrganization,
                   [] {
                       pv1::CreateOrganizationRequest r;
                       r.mutable_organization()->set_name("Security squad");
                       return r;
                   }),
        AMEIDE_RPC(OrganizationService, organizations, GetOrganization,
                   [] {
                       pv1::GetOrganizationRequest r;
                       r.set_organization_id("org-ameide-root");
                       return r;
                   }),
        AMEIDE_RPC(OrganizationService, organizations, ListOrganizations, paged<pv1::ListOrganizationsRequest>),
        AMEIDE_RPC(OrganizationService, organizations, UpdateOrganization,
                   [] {
                       pv1::UpdateOrganizationRequest r;
                       r.mutable_organization()->set_id("org-ameide-platform");
                       r.mutable_organization()->set_name("Platform program");
                       r.mutable_organization()->set_parent_organization_id("org-ameide-root");
                       return r;
                   }),
        AMEIDE_RPC(OrganizationService, organizations, DeleteOrganization,
                   [] {
                       pv1::DeleteOrganizationRequest r;
                       r.set_organization_id("org-that-does-not-exist");
                       return r;
                   }),
        AMEIDE_RPC(OrganizationService, organizations, ListOrganizationMemberships,
                   [] {
                       auto r = paged<pv1::ListOrganizationMembershipsRequest>();
                       r.set_organization_id("org-ameide-root");
                       return r;
                   }),
    };
    return all;
}

#undef AMEIDE_RPC

} // namespace ameide::test
