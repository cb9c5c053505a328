// Writes the seed corpora of fuzz_requests and fuzz_tokens:
//
//   make_corpus <requests-dir> <tokens-dir>
//
// It seeds a temp data folder exactly as fuzz_requests does (the seeder is
// deterministic, so run and organization ids are the same there), starts a
// platform on it and asks it for real ids and page tokens, so the corpus
// reaches the success paths and not only validation. Run once and commit
// the output; fuzz.sh never regenerates it.

#include "fuzz_rpcs.h"

#include "core/caller.h"
#include "platform_server.h"
#include "seed/dogfood_seed.h"
#include "services/validation.h"
#include "services/workflow_operations_service.h"
#include "store/database.h"
#include "store/token_store.h"

#include <google/protobuf/util/json_util.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace ameide::fuzz;
namespace platform = ameide::platform;
namespace fs = std::filesystem;

fs::path g_requestsDir;
fs::path g_tokensDir;

void writeFile(const fs::path &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
}

// One fuzz_requests input: selector, caller byte, serialized request.
void request(const std::string &file, const char *rpc, std::uint8_t caller, const Message &req)
{
    const int index = rpcIndex(rpc);
    if (index < 0)
        throw std::runtime_error(std::string("no RPC named ") + rpc);
    std::string bytes;
    bytes.push_back(static_cast<char>(index));
    bytes.push_back(static_cast<char>(caller));
    bytes += req.SerializeAsString();
    writeFile(g_requestsDir / (std::string(rpc) + '-' + file), bytes);
}

// One fuzz_tokens input; see the layout in fuzz_tokens.cpp.
void tokens(const std::string &file, int pageSize, std::uint8_t flags, const std::string &scope,
            const std::string &token)
{
    std::string bytes;
    bytes.push_back(static_cast<char>(pageSize & 0xff));
    bytes.push_back(static_cast<char>((pageSize >> 8) & 0xff));
    bytes.push_back(static_cast<char>(flags));
    bytes.push_back(static_cast<char>(scope.size()));
    bytes += scope;
    bytes += token;
    writeFile(g_tokensDir / file, bytes);
}

template<typename T>
T json(const std::string &text)
{
    T message;
    if (!google::protobuf::util::JsonStringToMessage(text, &message).ok())
        throw std::runtime_error("bad JSON for " + T::descriptor()->full_name() + ": " + text);
    return message;
}

std::unique_ptr<grpc::ClientContext> context(const std::string &token)
{
    auto ctx = std::make_unique<grpc::ClientContext>();
    ctx->AddMetadata("authorization", "Bearer " + token);
    ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    return ctx;
}

void check(const grpc::Status &status, const char *what)
{
    if (!status.ok())
        throw std::runtime_error(std::string(what) + ": " + std::to_string(status.error_code()) + ' '
                                 + status.error_message());
}

void writeRequests(Stubs &stubs, const std::string &admin)
{
    constexpr std::uint8_t kAdminCaller = kAdmin;
    constexpr std::uint8_t kViewerCaller = kViewer;
    const std::uint8_t kUnknownToken = kGarbage;
    const std::uint8_t kLongToken = kGarbage | (1U << 4);
    const std::uint8_t kLowerBearer = kGarbage | (2U << 4);

    // Real ids and page tokens from the seeded data.
    wf::ListWorkflowRunsResponse failed;
    {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(3);
        req.mutable_filter()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
        check(stubs.workflows->ListWorkflowRuns(context(admin).get(), req, &failed), "list failed runs");
        if (failed.runs_size() == 0)
            throw std::runtime_error("the seeded data has no failed runs");
    }
    const std::string failedRun = failed.runs(0).id();
    wf::ListWorkflowRunsResponse runsPage;
    {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(2);
        check(stubs.workflows->ListWorkflowRuns(context(admin).get(), req, &runsPage), "list runs");
    }
    wf::ListWorkflowDefinitionsResponse definitionsPage;
    {
        wf::ListWorkflowDefinitionsRequest req;
        req.mutable_pagination()->set_page_size(3);
        check(stubs.workflows->ListWorkflowDefinitions(context(admin).get(), req, &definitionsPage),
              "list definitions");
    }
    const std::string definition = "wfd-ameide-coding-agent";
    wf::ListWorkflowVersionsResponse versionsPage;
    {
        wf::ListWorkflowVersionsRequest req;
        req.set_definition_id(definition);
        req.mutable_pagination()->set_page_size(1);
        check(stubs.workflows->ListWorkflowVersions(context(admin).get(), req, &versionsPage), "list versions");
    }
    pv1::ListOrganizationsResponse orgsPage;
    {
        pv1::ListOrganizationsRequest req;
        req.mutable_pagination()->set_page_size(2);
        check(stubs.organizations->ListOrganizations(context(admin).get(), req, &orgsPage), "list organizations");
    }
    pv1::ListOrganizationMembershipsResponse membersPage;
    {
        pv1::ListOrganizationMembershipsRequest req;
        req.set_organization_id("org-ameide-root");
        req.mutable_pagination()->set_page_size(2);
        check(stubs.organizations->ListOrganizationMemberships(context(admin).get(), req, &membersPage),
              "list memberships");
    }
    std::string cursor;
    {
        wf::WatchWorkflowRunsRequest req;
        auto ctx = context(admin);
        auto reader = stubs.operations->WatchWorkflowRuns(ctx.get(), req);
        wf::WatchWorkflowRunsResponse first;
        if (!reader->Read(&first))
            throw std::runtime_error("watch sent no heartbeat");
        cursor = first.cursor();
        ctx->TryCancel();
        reader->Finish();
    }

    // WorkflowService
    request("create", "CreateWorkflowDefinition", kAdminCaller,
            json<wf::CreateWorkflowDefinitionRequest>(
                R"({"definition": {"name": "fuzz-definition", "description": "made by the fuzzer"}})"));
    request("explicit-id", "CreateWorkflowDefinition", kAdminCaller,
            json<wf::CreateWorkflowDefinitionRequest>(
                R"({"context": {"tenantId": "tenant-ameide", "requestId": "r-1", "correlationId": "c-1"},
                    "definition": {"id": "wfd-fuzz-1", "name": "fuzz-one", "status": "WORKFLOW_DEFINITION_STATUS_DRAFT"}})"));
    request("viewer", "CreateWorkflowDefinition", kViewerCaller,
            json<wf::CreateWorkflowDefinitionRequest>(R"({"definition": {"name": "viewer-cannot"}})"));
    request("active", "UpdateWorkflowDefinition", kAdminCaller,
            json<wf::UpdateWorkflowDefinitionRequest>(
                R"({"definition": {"id": "wfd-ameide-pr-review", "name": "pr-review", "description": "updated",
                    "status": "WORKFLOW_DEFINITION_STATUS_ACTIVE"}})"));
    request("archive", "UpdateWorkflowDefinition", kAdminCaller,
            json<wf::UpdateWorkflowDefinitionRequest>(
                R"({"definition": {"id": "wfd-ameide-docs-publish", "name": "docs-publish",
                    "status": "WORKFLOW_DEFINITION_STATUS_ARCHIVED"}})"));
    request("first-page", "ListWorkflowDefinitions", kAdminCaller,
            json<wf::ListWorkflowDefinitionsRequest>(R"({"pagination": {"pageSize": 3}})"));
    {
        wf::ListWorkflowDefinitionsRequest req;
        req.mutable_pagination()->set_page_size(3);
        req.mutable_pagination()->set_page_token(definitionsPage.pagination().next_page_token());
        request("next-page", "ListWorkflowDefinitions", kAdminCaller, req);
    }
    request("active", "ListWorkflowDefinitions", kViewerCaller,
            json<wf::ListWorkflowDefinitionsRequest>(
                R"({"pagination": {"pageSize": 50}, "status": "WORKFLOW_DEFINITION_STATUS_ACTIVE"})"));
    request("active", "CreateWorkflowVersion", kAdminCaller,
            json<wf::CreateWorkflowVersionRequest>(
                R"({"definitionId": "wfd-ameide-coding-agent", "tag": "v-fuzz", "status": "WORKFLOW_DEFINITION_STATUS_ACTIVE",
                    "spec": {"steps": [
                      {"id": "plan", "name": "Plan", "type": "WORKFLOW_STEP_TYPE_ACTIVITY", "input": {"duration_ms": 5}},
                      {"id": "check", "name": "Check", "type": "WORKFLOW_STEP_TYPE_DECISION",
                       "input": {"simulate_failure": true, "failure_reason": "nope", "error_class": "Fuzz"},
                       "retryPolicy": {"maxAttempts": 2, "initialBackoffMs": 10, "backoffMultiplier": 2.0},
                       "timeoutMs": 1000}]}})"));
    request("draft", "CreateWorkflowVersion", kAdminCaller,
            json<wf::CreateWorkflowVersionRequest>(
                R"({"definitionId": "wfd-ameide-pr-review", "status": "WORKFLOW_DEFINITION_STATUS_DRAFT",
                    "spec": {"steps": [{"id": "a", "name": "A", "type": "WORKFLOW_STEP_TYPE_PARALLEL"}]}})"));
    request("first-page", "ListWorkflowVersions", kAdminCaller,
            json<wf::ListWorkflowVersionsRequest>(
                R"({"definitionId": "wfd-ameide-coding-agent", "pagination": {"pageSize": 1}})"));
    {
        wf::ListWorkflowVersionsRequest req;
        req.set_definition_id(definition);
        req.mutable_pagination()->set_page_size(1);
        req.mutable_pagination()->set_page_token(versionsPage.pagination().next_page_token());
        request("next-page", "ListWorkflowVersions", kAdminCaller, req);
    }
    request("succeeds", "StartWorkflowRun", kAdminCaller,
            json<wf::StartWorkflowRunRequest>(
                R"({"definitionId": "wfd-ameide-backlog-triage", "input": {"duration_ms": 5, "ticket": "FUZZ-1"},
                    "elementId": "el-ameide-1001", "idempotencyKey": "fuzz-start-1"})"));
    request("fails-once", "StartWorkflowRun", kAdminCaller,
            json<wf::StartWorkflowRunRequest>(
                R"({"definitionId": "wfd-ameide-coding-agent", "versionNumber": 1,
                    "input": {"duration_ms": 5, "simulate_failure": "build", "fail_attempts": 1,
                              "failure_reason": "fuzz", "error_class": "Fuzz", "nested": {"list": [1, "two", null, true]}}})"));
    request("slow", "StartWorkflowRun", kAdminCaller,
            json<wf::StartWorkflowRunRequest>(
                R"({"definitionId": "wfd-ameide-release-train", "input": {"duration_ms": 60000}})"));
    // Found by fuzzing (UBSan in the executor): a duration_ms beyond int64
    // milliseconds, from the run input or a step of the spec (NaN there).
    request("duration-1e19", "StartWorkflowRun", kAdminCaller,
            json<wf::StartWorkflowRunRequest>(
                R"({"definitionId": "wfd-ameide-backlog-triage", "input": {"duration_ms": 1e19}})"));
    request("duration-near-int64-max", "StartWorkflowRun", kAdminCaller,
            json<wf::StartWorkflowRunRequest>(
                R"({"definitionId": "wfd-ameide-backlog-triage", "input": {"duration_ms": 9.2233e18}})"));
    {
        wf::CreateWorkflowVersionRequest req;
        req.set_definition_id("wfd-ameide-security-scan");
        req.set_status(wf::WORKFLOW_DEFINITION_STATUS_ACTIVE);
        auto *step = req.mutable_spec()->add_steps();
        step->set_id("nan");
        step->set_name("NaN duration");
        step->set_type(wf::WORKFLOW_STEP_TYPE_ACTIVITY);
        (*step->mutable_input()->mutable_fields())["duration_ms"].set_number_value(
            std::numeric_limits<double>::quiet_NaN());
        request("step-duration-nan", "CreateWorkflowVersion", kAdminCaller, req);
        request("latest-security-scan", "StartWorkflowRun", kAdminCaller,
                json<wf::StartWorkflowRunRequest>(R"({"definitionId": "wfd-ameide-security-scan"})"));
    }
    request("viewer", "StartWorkflowRun", kViewerCaller,
            json<wf::StartWorkflowRunRequest>(R"({"definitionId": "wfd-acme-coding-agent"})"));
    request("first-page", "ListWorkflowRuns", kAdminCaller,
            json<wf::ListWorkflowRunsRequest>(R"({"pagination": {"pageSize": 2}})"));
    {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(2);
        req.mutable_pagination()->set_page_token(runsPage.pagination().next_page_token());
        request("next-page", "ListWorkflowRuns", kAdminCaller, req);
    }
    {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(3);
        req.mutable_filter()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
        request("failed", "ListWorkflowRuns", kAdminCaller, req);
        req.mutable_pagination()->set_page_token(failed.pagination().next_page_token());
        request("failed-next-page", "ListWorkflowRuns", kAdminCaller, req);
    }
    request("filtered", "ListWorkflowRuns", kViewerCaller,
            json<wf::ListWorkflowRunsRequest>(
                R"({"pagination": {"pageSize": 10}, "filter": {"definitionId": "wfd-acme-pr-review",
                    "elementId": "el-acme-1003", "statuses": ["WORKFLOW_RUN_STATUS_COMPLETED", "WORKFLOW_RUN_STATUS_FAILED"]}})"));
    {
        wf::DescribeWorkflowRunRequest req;
        req.set_run_id(failedRun);
        request("failed", "DescribeWorkflowRun", kAdminCaller, req);
        request("other-tenant", "DescribeWorkflowRun", kViewerCaller, req);
    }
    {
        wf::CancelWorkflowRunRequest req;
        req.set_run_id(failedRun);
        req.set_reason("ended already");
        request("ended", "CancelWorkflowRun", kAdminCaller, req);
    }
    request("create", "CreateWorkflowRule", kAdminCaller,
            json<wf::CreateWorkflowRuleRequest>(
                R"({"rule": {"name": "page on failure", "definitionId": "wfd-ameide-coding-agent",
                    "triggerEvent": "run.failed", "condition": "attempt > 1", "enabled": true}})"));
    request("missing", "UpdateWorkflowRule", kAdminCaller,
            json<wf::UpdateWorkflowRuleRequest>(
                R"({"rule": {"id": "rule-00000000-0000-4000-8000-000000000000", "name": "x",
                    "definitionId": "wfd-ameide-coding-agent", "triggerEvent": "run.failed"}})"));
    request("page", "ListWorkflowRules", kAdminCaller,
            json<wf::ListWorkflowRulesRequest>(R"({"pagination": {"pageSize": 10}})"));
    request("missing", "DeleteWorkflowRule", kAdminCaller,
            json<wf::DeleteWorkflowRuleRequest>(R"({"ruleId": "rule-00000000-0000-4000-8000-000000000000"})"));
    {
        wf::ReportWorkflowStatusRequest req;
        req.set_run_id(failedRun);
        req.set_step_id("build");
        req.set_message("report from the fuzzer");
        request("ended", "ReportWorkflowStatus", kAdminCaller, req);
    }

    // WorkflowOperationsService
    {
        wf::RetryWorkflowRunRequest req;
        req.set_run_id(failedRun);
        req.set_idempotency_key("fuzz-retry-1");
        request("failed", "RetryWorkflowRun", kAdminCaller, req);
        request("viewer", "RetryWorkflowRun", kViewerCaller, req);
        req.set_run_id(failed.runs(failed.runs_size() - 1).id());
        req.set_idempotency_key("fuzz-start-1");
        request("key-reused", "RetryWorkflowRun", kAdminCaller, req);
    }
    request("present", "WatchWorkflowRuns", kAdminCaller, wf::WatchWorkflowRunsRequest());
    request("filtered", "WatchWorkflowRuns", kViewerCaller,
            json<wf::WatchWorkflowRunsRequest>(
                R"({"filter": {"statuses": ["WORKFLOW_RUN_STATUS_FAILED"], "definitionId": "wfd-acme-coding-agent"}})"));
    {
        wf::WatchWorkflowRunsRequest req;
        req.set_cursor(cursor);
        request("cursor-of-another-instance", "WatchWorkflowRuns", kAdminCaller, req);
        // fuzz_requests puts its server's instance id in place of the placeholder.
        req.set_cursor(platform::encodeWatchCursor(kPlaceholderInstance, 1));
        request("replay", "WatchWorkflowRuns", kAdminCaller, req);
        req.mutable_filter()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
        request("replay-failed", "WatchWorkflowRuns", kViewerCaller, req);
        req.clear_filter();
        req.set_cursor(platform::encodeWatchCursor(kPlaceholderInstance, 999999999));
        request("ahead", "WatchWorkflowRuns", kAdminCaller, req);
        req.set_cursor("zz");
        request("malformed", "WatchWorkflowRuns", kAdminCaller, req);
    }

    // WorkflowOperationsService: search, counts, history, triage, bulk retry
    {
        auto req = json<wf::SearchWorkflowRunsRequest>(R"({"pagination": {"pageSize": 3}})");
        request("first-page", "SearchWorkflowRuns", kViewerCaller, req);
        wf::SearchWorkflowRunsResponse page;
        check(stubs.operations->SearchWorkflowRuns(context(admin).get(), req, &page), "search runs");
        req.mutable_pagination()->set_page_token(page.pagination().next_page_token());
        request("next-page", "SearchWorkflowRuns", kAdminCaller, req);
        request("every-filter", "SearchWorkflowRuns", kAdminCaller,
                json<wf::SearchWorkflowRunsRequest>(
                    R"({"pagination": {"pageSize": 5}, "query": {"statuses": ["WORKFLOW_RUN_STATUS_FAILED"],
                        "definitionIds": ["wfd-ameide-coding-agent"], "definitionName": "coding", "elementId": "el-ameide-1001",
                        "runIdPrefix": "abcd", "createdAfter": "2020-01-01T00:00:00Z", "createdBefore": "2100-01-01T00:00:00Z",
                        "failureSignature": "0123456789abcdef", "recovery": "RUN_RECOVERY_UNRECOVERED",
                        "originalRunId": ")" + failedRun + R"("}, "sort": {"field": "RUN_SORT_FIELD_DURATION", "ascending": true}})"));
        auto sorted = json<wf::SearchWorkflowRunsRequest>(
            R"({"pagination": {"pageSize": 2}, "sort": {"field": "RUN_SORT_FIELD_STARTED_AT"}})");
        check(stubs.operations->SearchWorkflowRuns(context(admin).get(), sorted, &page), "search runs by start");
        sorted.mutable_pagination()->set_page_token(page.pagination().next_page_token());
        request("started-next-page", "SearchWorkflowRuns", kAdminCaller, sorted);
        request("short-prefix", "SearchWorkflowRuns", kAdminCaller,
                json<wf::SearchWorkflowRunsRequest>(R"({"pagination": {"pageSize": 5}, "query": {"runIdPrefix": "ab"}})"));
    }
    request("failed", "CountWorkflowRuns", kViewerCaller,
            json<wf::CountWorkflowRunsRequest>(R"({"query": {"statuses": ["WORKFLOW_RUN_STATUS_FAILED"]}})"));
    request("by-name", "CountWorkflowRuns", kAdminCaller,
            json<wf::CountWorkflowRunsRequest>(R"({"query": {"definitionName": "agent", "recovery": "RUN_RECOVERY_RECOVERED"}})"));
    {
        auto find = json<wf::SearchWorkflowRunsRequest>(
            R"({"pagination": {"pageSize": 1}, "query": {"elementId": "element-history-20k"}})");
        wf::SearchWorkflowRunsResponse found;
        check(stubs.operations->SearchWorkflowRuns(context(admin).get(), find, &found), "find the long history");
        if (found.runs_size() == 1) {
            wf::ListWorkflowRunUpdatesRequest req;
            req.set_run_id(found.runs(0).id());
            req.mutable_pagination()->set_page_size(1000);
            request("long-history", "ListWorkflowRunUpdates", kAdminCaller, req);
            wf::ListWorkflowRunUpdatesResponse updates;
            check(stubs.operations->ListWorkflowRunUpdates(context(admin).get(), req, &updates), "list updates");
            req.mutable_pagination()->set_page_token(updates.pagination().next_page_token());
            request("long-history-next-page", "ListWorkflowRunUpdates", kAdminCaller, req);
        }
        wf::ListWorkflowRunUpdatesRequest other;
        other.set_run_id(failedRun);
        other.mutable_pagination()->set_page_size(10);
        request("other-tenant", "ListWorkflowRunUpdates", kViewerCaller, other);
    }
    {
        wf::ListWorkflowRunLogsRequest logs;
        logs.set_run_id(failedRun);
        logs.set_min_level(wf::RUN_LOG_LEVEL_ERROR);
        request("failed-run-errors", "ListWorkflowRunLogs", kAdminCaller, logs);
        request("other-tenant", "ListWorkflowRunLogs", kViewerCaller, logs);
        logs.set_min_level(wf::RUN_LOG_LEVEL_UNSPECIFIED);
        logs.set_step_id("test");
        logs.set_contains("timeout");
        logs.mutable_pagination()->set_page_size(5000);
        request("filtered", "ListWorkflowRunLogs", kAdminCaller, logs);
        wf::ListWorkflowRunLogsRequest follow;
        follow.set_run_id(failedRun);
        follow.set_after_sequence(3);
        follow.mutable_pagination()->set_page_size(100);
        request("follow", "ListWorkflowRunLogs", kAdminCaller, follow);
    }
    std::string signature = "0123456789abcdef";
    {
        wf::ListFailureGroupsRequest req;
        req.set_limit(5);
        request("top-5", "ListFailureGroups", kViewerCaller, req);
        wf::ListFailureGroupsResponse groups;
        check(stubs.operations->ListFailureGroups(context(admin).get(), req, &groups), "list failure groups");
        if (groups.groups_size() > 0)
            signature = groups.groups(0).signature();
        request("unrecovered", "ListFailureGroups", kAdminCaller,
                json<wf::ListFailureGroupsRequest>(R"({"query": {"recovery": "RUN_RECOVERY_UNRECOVERED"}, "limit": 200})"));
    }
    {
        wf::OpenRemediationItemRequest req;
        req.set_failure_signature(signature);
        req.set_idempotency_key("fuzz-remediation-1");
        req.set_sla_hours(48);
        request("open", "OpenRemediationItem", kAdminCaller, req);
        request("viewer", "OpenRemediationItem", kViewerCaller, req);
        req.set_failure_signature("0000000000000000");
        request("unknown-signature", "OpenRemediationItem", kAdminCaller, req);
        wf::AcknowledgeFailureGroupRequest ack;
        ack.set_failure_signature(signature);
        ack.set_assignee("user-ameide-admin");
        ack.set_note("looking at the rate limit");
        request("assign", "AcknowledgeFailureGroup", kAdminCaller, ack);
        request("viewer", "AcknowledgeFailureGroup", kViewerCaller, ack);
        ack.set_clear(true);
        request("clear", "AcknowledgeFailureGroup", kAdminCaller, ack);
    }
    {
        auto dry = json<wf::StartBulkRetryRequest>(R"({"query": {"recovery": "RUN_RECOVERY_UNRECOVERED"}, "dryRun": true})");
        request("dry-run", "StartBulkRetry", kAdminCaller, dry);
        auto ids = json<wf::StartBulkRetryRequest>(R"({"runIds": {"runIds": [")" + failedRun
                                                   + R"(", "not-a-run"]}, "ratePerSecond": 5000, "fromFailedStep": true,
                                                      "idempotencyKey": "fuzz-bulk-1"})");
        request("run-ids", "StartBulkRetry", kAdminCaller, ids);
        wf::StartBulkRetryResponse started;
        check(stubs.operations->StartBulkRetry(context(admin).get(), ids, &started), "start a bulk retry");
        wf::GetBulkRetryJobRequest get;
        get.set_job_id(started.job().id());
        request("started", "GetBulkRetryJob", kAdminCaller, get);
        request("other-tenant", "GetBulkRetryJob", kViewerCaller, get);
        wf::CancelBulkRetryJobRequest cancel;
        cancel.set_job_id(started.job().id());
        request("started", "CancelBulkRetryJob", kAdminCaller, cancel);
        wf::ResumeBulkRetryJobRequest resume;
        resume.set_job_id(started.job().id());
        request("started", "ResumeBulkRetryJob", kAdminCaller, resume);
        request("canary", "StartBulkRetry", kAdminCaller,
                json<wf::StartBulkRetryRequest>(R"({"query": {}, "canaryRuns": 3, "canaryMaxFailedPercent": 34,
                                                    "idempotencyKey": "fuzz-bulk-canary"})"));
        request("dry-run", "StartBulkCancel", kAdminCaller,
                json<wf::StartBulkCancelRequest>(R"({"query": {"statuses": ["WORKFLOW_RUN_STATUS_RUNNING"]}, "dryRun": true})"));
        request("run-ids", "StartBulkCancel", kAdminCaller,
                json<wf::StartBulkCancelRequest>(R"({"runIds": {"runIds": [")" + failedRun
                                                 + R"(", "not-a-run"]}, "reason": "fuzz", "idempotencyKey": "fuzz-cancel-1"})"));
        request("first-page", "ListBulkRetryJobs", kAdminCaller,
                json<wf::ListBulkRetryJobsRequest>(R"({"pagination": {"pageSize": 10}})"));
    }

    // FeedbackIntakeService
    {
        auto submit = json<fb::SubmitFeedbackRequest>(
            R"({"item": {"title": "Slow runs screen", "persona": "on-call engineer", "channel": "FEEDBACK_CHANNEL_CHAT",
                "tags": ["performance"], "links": ["workflow_run:)" + failedRun + R"("]}, "idempotencyKey": "fuzz-feedback-1"})");
        request("submit", "SubmitFeedback", kViewerCaller, submit);
        fb::SubmitFeedbackResponse submitted;
        check(stubs.feedback->SubmitFeedback(context(admin).get(), submit, &submitted), "submit feedback");
        const std::string item = submitted.item().id();
        fb::GetFeedbackRequest get;
        get.set_item_id(item);
        request("submitted", "GetFeedback", kAdminCaller, get);
        request("first-page", "ListFeedback", kAdminCaller,
                json<fb::ListFeedbackRequest>(R"({"pagination": {"pageSize": 5}, "states": ["FEEDBACK_STATE_NEW"], "tag": "performance"})"));
        fb::UpdateFeedbackStateRequest state;
        state.set_item_id(item);
        state.set_state(fb::FEEDBACK_STATE_TRIAGED);
        request("triage", "UpdateFeedbackState", kAdminCaller, state);
        state.set_state(fb::FEEDBACK_STATE_CLOSED);
        request("close", "UpdateFeedbackState", kAdminCaller, state);
        fb::AddFeedbackSubscriberRequest add;
        add.set_item_id(item);
        add.set_user_id("user-ameide-viewer");
        request("viewer", "AddFeedbackSubscriber", kAdminCaller, add);
        add.set_user_id("user-acme-viewer");
        request("other-tenant-user", "AddFeedbackSubscriber", kAdminCaller, add);
        fb::RemoveFeedbackSubscriberRequest remove;
        remove.set_item_id(item);
        remove.set_user_id("user-ameide-admin");
        request("requester", "RemoveFeedbackSubscriber", kAdminCaller, remove);
    }

    // TenantService
    request("create", "CreateTenant", kAdminCaller,
            json<pv1::CreateTenantRequest>(R"({"tenant": {"name": "Fuzz Tenant"}})"));
    request("explicit-id", "CreateTenant", kAdminCaller,
            json<pv1::CreateTenantRequest>(
                R"({"tenant": {"id": "tenant-fuzz", "name": "Fuzz", "status": "TENANT_STATUS_PENDING_ONBOARDING", "internal": true}})"));
    request("customer-admin", "CreateTenant", kViewerCaller,
            json<pv1::CreateTenantRequest>(R"({"tenant": {"name": "Not allowed"}})"));
    request("page", "ListTenants", kAdminCaller, json<pv1::ListTenantsRequest>(R"({"pagination": {"pageSize": 10}})"));
    request("page", "ListTenants", kViewerCaller, json<pv1::ListTenantsRequest>(R"({"pagination": {"pageSize": 1}})"));
    request("own", "UpdateTenant", kAdminCaller,
            json<pv1::UpdateTenantRequest>(
                R"({"tenant": {"id": "tenant-ameide", "name": "Ameide", "status": "TENANT_STATUS_ACTIVE"}})"));
    request("other", "UpdateTenant", kAdminCaller,
            json<pv1::UpdateTenantRequest>(
                R"({"tenant": {"id": "tenant-acme", "name": "Acme", "status": "TENANT_STATUS_ACTIVE"}})"));

    // OrganizationService
    request("child", "CreateOrganization", kAdminCaller,
            json<pv1::CreateOrganizationRequest>(
                R"({"organization": {"name": "Fuzz squad", "description": "d", "parentOrganizationId": "org-ameide-product"}})"));
    request("explicit-id", "CreateOrganization", kAdminCaller,
            json<pv1::CreateOrganizationRequest>(R"({"organization": {"id": "org-fuzz", "name": "Fuzz"}})"));
    request("root", "GetOrganization", kAdminCaller,
            json<pv1::GetOrganizationRequest>(R"({"organizationId": "org-ameide-root"})"));
    request("other-tenant", "GetOrganization", kViewerCaller,
            json<pv1::GetOrganizationRequest>(R"({"organizationId": "org-ameide-root"})"));
    request("first-page", "ListOrganizations", kAdminCaller,
            json<pv1::ListOrganizationsRequest>(R"({"pagination": {"pageSize": 2}})"));
    {
        pv1::ListOrganizationsRequest req;
        req.mutable_pagination()->set_page_size(2);
        req.mutable_pagination()->set_page_token(orgsPage.pagination().next_page_token());
        request("next-page", "ListOrganizations", kAdminCaller, req);
    }
    request("reparent", "UpdateOrganization", kAdminCaller,
            json<pv1::UpdateOrganizationRequest>(
                R"({"organization": {"id": "org-ameide-squad-console", "name": "Console squad", "parentOrganizationId": "org-ameide-platform"}})"));
    request("cycle", "UpdateOrganization", kAdminCaller,
            json<pv1::UpdateOrganizationRequest>(
                R"({"organization": {"id": "org-ameide-product", "name": "Product squads", "parentOrganizationId": "org-ameide-squad-runtime"}})"));
    request("leaf", "DeleteOrganization", kAdminCaller,
            json<pv1::DeleteOrganizationRequest>(R"({"organizationId": "org-ameide-ea"})"));
    request("has-children", "DeleteOrganization", kAdminCaller,
            json<pv1::DeleteOrganizationRequest>(R"({"organizationId": "org-ameide-root"})"));
    request("first-page", "ListOrganizationMemberships", kAdminCaller,
            json<pv1::ListOrganizationMembershipsRequest>(
                R"({"organizationId": "org-ameide-root", "pagination": {"pageSize": 2}})"));
    {
        pv1::ListOrganizationMembershipsRequest req;
        req.set_organization_id("org-ameide-root");
        req.mutable_pagination()->set_page_size(2);
        req.mutable_pagination()->set_page_token(membersPage.pagination().next_page_token());
        request("next-page", "ListOrganizationMemberships", kAdminCaller, req);
    }

    // Callers that must be turned away.
    const auto listTenants = json<pv1::ListTenantsRequest>(R"({"pagination": {"pageSize": 10}})");
    request("no-token", "ListTenants", kNoToken, listTenants);
    request("unknown-token", "ListTenants", kUnknownToken, listTenants);
    request("long-token", "ListTenants", kLongToken, listTenants);
    request("lower-bearer", "ListTenants", kLowerBearer, listTenants);
    request("foreign-header", "ListTenants", kAdminCaller | kForeignTenantHeader, listTenants);
    request("own-header", "ListTenants", kViewerCaller | kOwnTenantHeader, listTenants);
    request("foreign-context", "ListTenants", kAdminCaller,
            json<pv1::ListTenantsRequest>(R"({"context": {"tenantId": "tenant-acme"}, "pagination": {"pageSize": 10}})"));
}

void writeTokens()
{
    const std::string instance = "0123456789abcdef";
    const std::string runsScope = "runs|tenant-ameide|";
    tokens("runs-token", 50, 1, runsScope, platform::makePageToken(runsScope, {"1764000000000", "4711"}));
    tokens("runs-parts", 50, 1, runsScope, "1764000000000,4711");
    tokens("orgs-token", 2, 0, "organizations|tenant-ameide",
           platform::makePageToken("organizations|tenant-ameide", {"org-ameide-platform"}));
    tokens("rules-wrong-scope", 10, 0, "rules|tenant-acme",
           platform::makePageToken("rules|tenant-ameide", {"rule-1"}));
    tokens("memberships-token", 1000, 1, "memberships|tenant-ameide|org-ameide-root",
           platform::makePageToken("memberships|tenant-ameide|org-ameide-root", {"user-ameide-admin"}));
    tokens("no-parts-token", 10, 0, "tenants|tenant-ameide", platform::makePageToken("tenants|tenant-ameide", {}));
    tokens("page-size-zero", 0, 1, "runs", "a,b");
    tokens("page-size-negative", -1, 1, "runs", "");
    tokens("page-size-too-large", 1001, 1, "runs", "x");
    tokens("odd-hex", 10, 0, "s", "abc");
    tokens("upper-hex", 10, 0, "s", "ABCDEF");
    tokens("long-token", 10, 0, "s", std::string(1100, 'a'));
    tokens("cursor", 10, 2, "", platform::encodeWatchCursor(instance, 123456));
    tokens("cursor-max", 10, 2, "", platform::encodeWatchCursor(instance, 999999999999999999LL));
    tokens("cursor-zero", 10, 2, "", platform::encodeWatchCursor(instance, 0));
    tokens("cursor-other-instance", 10, 2, "", platform::encodeWatchCursor("fedcba9876543210", 7));
    tokens("cursor-scope-instance", 10, 0, "inst", platform::encodeWatchCursor("inst", 42));
    tokens("cursor-negative", 10, 0, "", platform::encodeWatchCursor(instance, -5));
    tokens("cursor-no-digits", 10, 0, "", platform::encodeWatchCursor(instance, 0).substr(0, 40));
    tokens("cursor-bad-prefix", 10, 0, "", "7763323a");
    tokens("id", 128, 0, "", "wfd-ameide-coding-agent");
    tokens("id-chars", 128, 0, "", "a-b_c.d:e");
    tokens("id-128", 128, 0, "", std::string(128, 'x'));
    tokens("id-129", 128, 0, "", std::string(129, 'x'));
    tokens("id-space", 128, 0, "", "has space");
    tokens("text-utf8", 200, 0, "", "Gr\xc3\xbc\xc3\x9f\x65 \xe2\x82\xac \xf0\x9f\x9a\x80");
    tokens("text-truncated-utf8", 200, 0, "", "ab\xe2\x82");
    tokens("text-bad-continuation", 200, 0, "", "\xc3\x28");
    tokens("text-overlong", 200, 0, "", "\xc0\x80");
    tokens("text-surrogate", 200, 0, "", "\xed\xa0\x80");
    tokens("text-too-long", 3, 0, "", "abcd");
    tokens("empty", 0, 0, "", "");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <requests-dir> <tokens-dir>\n", argv[0]);
        return 2;
    }
    g_requestsDir = argv[1];
    g_tokensDir = argv[2];
    fs::create_directories(g_requestsDir);
    fs::create_directories(g_tokensDir);
    spdlog::set_level(spdlog::level::warn);

    std::string pattern = (fs::temp_directory_path() / "ameide-corpus-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        std::perror("mkdtemp");
        return 1;
    }
    const fs::path dir = pattern;
    int rc = 0;
    try {
        {
            platform::Database db(platform::databaseFile(dir));
            platform::SeedOptions seed;
            seed.runs = 200;
            seed.liveRuns = 0;
            platform::seedDogfood(db, seed);
        }
        platform::PlatformOptions options;
        options.dataDir = dir;
        options.listen = "127.0.0.1:0";
        platform::PlatformServer server(options);
        server.start();
        platform::Caller admin;
        admin.tenantId = "tenant-ameide";
        admin.userId = "user-ameide-admin";
        admin.role = pv1::ROLE_ADMIN;
        const std::string token = server.tokens().issue(admin);
        {
            Stubs stubs(grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials()));
            writeRequests(stubs, token);
        }
        writeTokens();
        server.shutdown(std::chrono::milliseconds(500));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "make_corpus: %s\n", e.what());
        rc = 1;
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    return rc;
}
