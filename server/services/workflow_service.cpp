#include "workflow_service.h"

#include "auth/authenticator.h"
#include "executor/run_executor.h"
#include "guarded.h"
#include "store/workflow_store.h"
#include "validation.h"


namespace ameide::platform {

namespace {

constexpr int kMaxSteps = 100;
constexpr int kMaxFilterStatuses = 5;

void validateDefinitionFields(const wf::WorkflowDefinition &d, bool requireId_)
{
    if (requireId_)
        requireId("definition.id", d.id());
    else
        optionalId("definition.id", d.id());
    requireText("definition.name", d.name(), kMaxNameLength);
    optionalText("definition.description", d.description(), kMaxTextLength);
    requireEnum("definition.status", d.status(), wf::WorkflowDefinitionStatus_IsValid, !requireId_);
}

void validateSpec(const wf::WorkflowSpec &spec)
{
    if (spec.steps_size() == 0)
        invalidArgument("spec.steps must contain at least one step");
    if (spec.steps_size() > kMaxSteps)
        invalidArgument("spec.steps has more than " + std::to_string(kMaxSteps) + " steps");
    std::vector<std::string> seen;
    for (int i = 0; i < spec.steps_size(); ++i) {
        const auto &step = spec.steps(i);
        const std::string at = "spec.steps[" + std::to_string(i) + "]";
        requireId(at + ".id", step.id());
        for (const auto &id : seen) {
            if (id == step.id())
                invalidArgument(at + ".id repeats step id " + step.id());
        }
        seen.push_back(step.id());
        requireText(at + ".name", step.name(), kMaxNameLength);
        requireEnum(at + ".type", step.type(), wf::WorkflowStepType_IsValid, false);
        validateStruct(at + ".input", step.input());
        if (step.timeout_ms() < 0)
            invalidArgument(at + ".timeout_ms must not be negative");
        if (step.retry_policy().max_attempts() < 0 || step.retry_policy().initial_backoff_ms() < 0
            || step.retry_policy().backoff_multiplier() < 0)
            invalidArgument(at + ".retry_policy values must not be negative");
    }
}

void validateRuleFields(const wf::WorkflowRule &r, bool update)
{
    if (update)
        requireId("rule.id", r.id());
    requireText("rule.name", r.name(), kMaxNameLength);
    requireId("rule.definition_id", r.definition_id());
    requireText("rule.trigger_event", r.trigger_event(), kMaxNameLength);
    optionalText("rule.condition", r.condition(), kMaxTextLength);
}


} // namespace

void validateRunFilter(const wf::WorkflowRunFilter &filter)
{
    optionalId("filter.definition_id", filter.definition_id());
    optionalId("filter.element_id", filter.element_id());
    if (filter.statuses_size() > kMaxFilterStatuses)
        invalidArgument("filter.statuses lists more than " + std::to_string(kMaxFilterStatuses) + " statuses");
    for (int i = 0; i < filter.statuses_size(); ++i)
        requireEnum("filter.statuses[" + std::to_string(i) + "]", filter.statuses(i), wf::WorkflowRunStatus_IsValid,
                    false);
}

WorkflowService::WorkflowService(Authenticator &auth, WorkflowStore &store, RunExecutor &executor)
    : m_auth(auth)
    , m_store(store)
    , m_executor(executor)
{
}

grpc::Status WorkflowService::CreateWorkflowDefinition(grpc::ServerContext *ctx,
                                                       const wf::CreateWorkflowDefinitionRequest *req,
                                                       wf::CreateWorkflowDefinitionResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateDefinitionFields(req->definition(), false);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_definition() = m_store.createDefinition(caller, req->definition());
    });
}

grpc::Status WorkflowService::UpdateWorkflowDefinition(grpc::ServerContext *ctx,
                                                       const wf::UpdateWorkflowDefinitionRequest *req,
                                                       wf::UpdateWorkflowDefinitionResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateDefinitionFields(req->definition(), true);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_definition() = m_store.updateDefinition(caller, req->definition());
    });
}

grpc::Status WorkflowService::ListWorkflowDefinitions(grpc::ServerContext *ctx,
                                                      const wf::ListWorkflowDefinitionsRequest *req,
                                                      wf::ListWorkflowDefinitionsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireEnum("status", req->status(), wf::WorkflowDefinitionStatus_IsValid, true);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        wf::ListWorkflowDefinitionsRequest filter;
        filter.set_status(req->status());
        const auto scope = pageScope("definitions", caller.tenantId, filter);
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        for (auto &d : m_store.listDefinitions(caller, req->status(), page, &next, scope))
            *resp->add_definitions() = std::move(d);
        resp->mutable_pagination()->set_next_page_token(next);
    });
}

grpc::Status WorkflowService::CreateWorkflowVersion(grpc::ServerContext *ctx,
                                                    const wf::CreateWorkflowVersionRequest *req,
                                                    wf::CreateWorkflowVersionResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("definition_id", req->definition_id());
        optionalText("tag", req->tag(), kMaxNameLength);
        validateSpec(req->spec());
        requireEnum("status", req->status(), wf::WorkflowDefinitionStatus_IsValid, true);
        if (req->status() == wf::WORKFLOW_DEFINITION_STATUS_ARCHIVED)
            invalidArgument("status of a new version must be DRAFT or ACTIVE");
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_version() =
            m_store.createVersion(caller, req->definition_id(), req->tag(), req->spec(), req->status());
    });
}

grpc::Status WorkflowService::ListWorkflowVersions(grpc::ServerContext *ctx, const wf::ListWorkflowVersionsRequest *req,
                                                   wf::ListWorkflowVersionsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("definition_id", req->definition_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        wf::ListWorkflowVersionsRequest filter;
        filter.set_definition_id(req->definition_id());
        const auto scope = pageScope("versions", caller.tenantId, filter);
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        for (auto &v : m_store.listVersions(caller, req->definition_id(), page, &next, scope))
            *resp->add_versions() = std::move(v);
        resp->mutable_pagination()->set_next_page_token(next);
    });
}

grpc::Status WorkflowService::StartWorkflowRun(grpc::ServerContext *ctx, const wf::StartWorkflowRunRequest *req,
                                               wf::StartWorkflowRunResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("definition_id", req->definition_id());
        if (req->version_number() < 0)
            invalidArgument("version_number must not be negative");
        validateStruct("input", req->input());
        optionalId("element_id", req->element_id());
        optionalText("idempotency_key", req->idempotency_key(), kMaxIdLength);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        auto [run, seq] = m_store.startRun(caller, *req);
        if (seq > 0)
            m_executor.schedule(seq);
        *resp->mutable_run() = std::move(run);
    });
}

grpc::Status WorkflowService::ListWorkflowRuns(grpc::ServerContext *ctx, const wf::ListWorkflowRunsRequest *req,
                                               wf::ListWorkflowRunsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateRunFilter(req->filter());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        const auto scope = pageScope("runs", caller.tenantId, req->filter());
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        auto runs = m_store.listRuns(caller, req->filter(), page, &next, scope);
        resp->mutable_runs()->Reserve(static_cast<int>(runs.size()));
        for (auto &r : runs)
            *resp->add_runs() = std::move(r);
        resp->mutable_pagination()->set_next_page_token(next);
    });
}

grpc::Status WorkflowService::DescribeWorkflowRun(grpc::ServerContext *ctx, const wf::DescribeWorkflowRunRequest *req,
                                                  wf::DescribeWorkflowRunResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("run_id", req->run_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        *resp->mutable_run() = m_store.describeRun(caller, req->run_id());
    });
}

grpc::Status WorkflowService::CancelWorkflowRun(grpc::ServerContext *ctx, const wf::CancelWorkflowRunRequest *req,
                                                wf::CancelWorkflowRunResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("run_id", req->run_id());
        optionalText("reason", req->reason(), kMaxTextLength);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_run() = m_store.cancelRun(caller, req->run_id(), req->reason());
    });
}

grpc::Status WorkflowService::CreateWorkflowRule(grpc::ServerContext *ctx, const wf::CreateWorkflowRuleRequest *req,
                                                 wf::CreateWorkflowRuleResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateRuleFields(req->rule(), false);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_rule() = m_store.createRule(caller, req->rule());
    });
}

grpc::Status WorkflowService::UpdateWorkflowRule(grpc::ServerContext *ctx, const wf::UpdateWorkflowRuleRequest *req,
                                                 wf::UpdateWorkflowRuleResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateRuleFields(req->rule(), true);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_rule() = m_store.updateRule(caller, req->rule());
    });
}

grpc::Status WorkflowService::ListWorkflowRules(grpc::ServerContext *ctx, const wf::ListWorkflowRulesRequest *req,
                                                wf::ListWorkflowRulesResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        const std::string scope = "rules|" + caller.tenantId;
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        for (auto &r : m_store.listRules(caller, page, &next, scope))
            *resp->add_rules() = std::move(r);
        resp->mutable_pagination()->set_next_page_token(next);
    });
}

grpc::Status WorkflowService::DeleteWorkflowRule(grpc::ServerContext *ctx, const wf::DeleteWorkflowRuleRequest *req,
                                                 wf::DeleteWorkflowRuleResponse *)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("rule_id", req->rule_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        m_store.deleteRule(caller, req->rule_id());
    });
}

grpc::Status WorkflowService::ReportWorkflowStatus(grpc::ServerContext *ctx, const wf::ReportWorkflowStatusRequest *req,
                                                   wf::ReportWorkflowStatusResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("run_id", req->run_id());
        optionalId("step_id", req->step_id());
        requireText("message", req->message(), kMaxTextLength);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ReportStatus);
        *resp->mutable_update() = m_store.reportStatus(caller, *req);
    });
}

} // namespace ameide::platform
