#include "platform_fixture.h"
#include "platform_server.h"
#include "store/database.h"

#include <SQLiteCpp/Statement.h>

#include <cmath>
#include <limits>
#include <set>

using namespace ameide::test;

namespace {

grpc::Status listRuns(PlatformClient &c, const std::string &token, wf::ListWorkflowRunsRequest req,
                      wf::ListWorkflowRunsResponse *resp = nullptr,
                      const std::function<void(grpc::ClientContext &)> &decorate = {})
{
    wf::ListWorkflowRunsResponse ignored;
    auto ctx = c.context(token);
    if (decorate)
        decorate(*ctx);
    if (req.pagination().page_size() == 0 && !req.has_pagination())
        req.mutable_pagination()->set_page_size(50);
    return c.workflows().ListWorkflowRuns(ctx.get(), req, resp ? resp : &ignored);
}

} // namespace

class AuthValidationTest : public PlatformFixture
{
};

TEST_F(AuthValidationTest, CallsWithoutAValidTokenAreUnauthenticated)
{
    EXPECT_EQ(listRuns(client(), "", {}).error_code(), grpc::StatusCode::UNAUTHENTICATED);
    EXPECT_EQ(listRuns(client(), "amd_0000", {}).error_code(), grpc::StatusCode::UNAUTHENTICATED);
    EXPECT_EQ(listRuns(client(), std::string(5000, 'x'), {}).error_code(), grpc::StatusCode::UNAUTHENTICATED);
    EXPECT_TRUE(listRuns(client(), token("ameide", "viewer"), {}).ok());
}

TEST_F(AuthValidationTest, ATenantOtherThanTheTokensIsPermissionDenied)
{
    const auto &t = token("ameide", "admin");
    auto header = [](const std::string &tenant) {
        return [tenant](grpc::ClientContext &ctx) { ctx.AddMetadata("x-tenant-id", tenant); };
    };
    EXPECT_EQ(listRuns(client(), t, {}, nullptr, header("tenant-acme")).error_code(),
              grpc::StatusCode::PERMISSION_DENIED);
    EXPECT_TRUE(listRuns(client(), t, {}, nullptr, header("tenant-ameide")).ok());

    wf::ListWorkflowRunsRequest req;
    req.mutable_context()->set_tenant_id("tenant-acme");
    EXPECT_EQ(listRuns(client(), t, req).error_code(), grpc::StatusCode::PERMISSION_DENIED);
    req.mutable_context()->set_tenant_id("tenant-ameide");
    EXPECT_TRUE(listRuns(client(), t, req).ok());
}

TEST_F(AuthValidationTest, RolesAreEnforced)
{
    wf::StartWorkflowRunRequest start;
    start.set_definition_id("wfd-ameide-docs-publish");
    (*start.mutable_input()->mutable_fields())["duration_ms"].set_number_value(1);
    for (const auto *role : {"viewer", "guest"}) {
        wf::StartWorkflowRunResponse resp;
        auto ctx = client().context(token("ameide", role));
        const auto status = client().workflows().StartWorkflowRun(ctx.get(), start, &resp);
        EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED) << role;
        EXPECT_NE(status.error_message().find("ROLE_CONTRIBUTOR"), std::string::npos) << status.error_message();
    }
    for (const auto *role : {"admin", "contributor", "service"}) {
        wf::StartWorkflowRunResponse resp;
        auto ctx = client().context(token("ameide", role));
        EXPECT_TRUE(client().workflows().StartWorkflowRun(ctx.get(), start, &resp).ok()) << role;
    }
    EXPECT_EQ(listRuns(client(), token("ameide", "guest"), {}).error_code(), grpc::StatusCode::PERMISSION_DENIED);

    wf::CancelWorkflowRunRequest cancel;
    cancel.set_run_id("does-not-matter");
    wf::CancelWorkflowRunResponse cancelled;
    auto ctx = client().context(token("ameide", "viewer"));
    EXPECT_EQ(client().workflows().CancelWorkflowRun(ctx.get(), cancel, &cancelled).error_code(),
              grpc::StatusCode::PERMISSION_DENIED);

    wf::RetryWorkflowRunRequest retry;
    retry.set_run_id("does-not-matter");
    retry.set_idempotency_key("k");
    wf::RetryWorkflowRunResponse retried;
    auto ctx2 = client().context(token("ameide", "viewer"));
    EXPECT_EQ(client().operations().RetryWorkflowRun(ctx2.get(), retry, &retried).error_code(),
              grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(AuthValidationTest, BadRequestsAreInvalidArgumentNamingTheField)
{
    const auto &t = token("ameide", "admin");
    auto expectInvalid = [](const grpc::Status &status, const std::string &field) {
        EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << field;
        EXPECT_NE(status.error_message().find(field), std::string::npos) << status.error_message();
    };
    for (int size : {0, -5, 1001}) {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(size);
        expectInvalid(listRuns(client(), t, req), "pagination.page_size");
    }
    {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(10);
        req.mutable_pagination()->set_page_token("garbage");
        expectInvalid(listRuns(client(), t, req), "pagination.page_token");
    }
    {
        wf::ListWorkflowRunsRequest req;
        req.mutable_filter()->add_statuses(static_cast<wf::WorkflowRunStatus>(99));
        expectInvalid(listRuns(client(), t, req), "filter.statuses[0]");
    }
    {
        wf::ListWorkflowRunsRequest req;
        req.mutable_filter()->set_definition_id(std::string(10000, 'd'));
        expectInvalid(listRuns(client(), t, req), "filter.definition_id");
    }
    {
        wf::DescribeWorkflowRunRequest req;
        req.set_run_id("../../etc/passwd");
        wf::DescribeWorkflowRunResponse resp;
        auto ctx = client().context(t);
        expectInvalid(client().workflows().DescribeWorkflowRun(ctx.get(), req, &resp), "run_id");
    }
    {
        wf::CreateWorkflowVersionRequest req;
        req.set_definition_id("wfd-ameide-docs-publish");
        auto *step = req.mutable_spec()->add_steps();
        step->set_id("a");
        step->set_name("A");
        step->set_type(static_cast<wf::WorkflowStepType>(42));
        wf::CreateWorkflowVersionResponse resp;
        auto ctx = client().context(t);
        expectInvalid(client().workflows().CreateWorkflowVersion(ctx.get(), req, &resp), "spec.steps[0].type");
    }
    {
        wf::CreateWorkflowDefinitionRequest req;
        req.mutable_definition()->set_name(std::string(300, 'n'));
        wf::CreateWorkflowDefinitionResponse resp;
        auto ctx = client().context(t);
        expectInvalid(client().workflows().CreateWorkflowDefinition(ctx.get(), req, &resp), "definition.name");
    }
    {
        wf::StartWorkflowRunRequest req;
        req.set_definition_id("wfd-ameide-docs-publish");
        (*req.mutable_input()->mutable_fields())["blob"].set_string_value(std::string(70000, 'x'));
        wf::StartWorkflowRunResponse resp;
        auto ctx = client().context(t);
        expectInvalid(client().workflows().StartWorkflowRun(ctx.get(), req, &resp), "input");
    }
    // JSON has no NaN or Infinity, wherever they sit in the input.
    {
        wf::StartWorkflowRunRequest req;
        req.set_definition_id("wfd-ameide-docs-publish");
        (*req.mutable_input()->mutable_fields())["duration_ms"].set_number_value(std::nan(""));
        wf::StartWorkflowRunResponse resp;
        auto ctx = client().context(t);
        expectInvalid(client().workflows().StartWorkflowRun(ctx.get(), req, &resp), "input.duration_ms");
    }
    {
        wf::StartWorkflowRunRequest req;
        req.set_definition_id("wfd-ameide-docs-publish");
        auto &nested = *(*req.mutable_input()->mutable_fields())["limits"].mutable_struct_value()->mutable_fields();
        auto *list = nested["steps"].mutable_list_value();
        list->add_values()->set_number_value(1);
        list->add_values()->set_number_value(std::numeric_limits<double>::infinity());
        wf::StartWorkflowRunResponse resp;
        auto ctx = client().context(t);
        expectInvalid(client().workflows().StartWorkflowRun(ctx.get(), req, &resp), "input.limits.steps[1]");
    }
    {
        wf::RetryWorkflowRunRequest req;
        req.set_run_id("run-any");
        req.set_idempotency_key("nan-input");
        (*req.mutable_input()->mutable_fields())["x"].set_number_value(-std::numeric_limits<double>::infinity());
        wf::RetryWorkflowRunResponse resp;
        auto ctx = client().context(t);
        expectInvalid(client().operations().RetryWorkflowRun(ctx.get(), req, &resp), "input.x");
    }
    // Text that is not UTF-8 cannot even be parsed (proto3 refuses it): still
    // INVALID_ARGUMENT with a sentence, on any method. The stub sends the
    // bytes as they are, as an independent client would.
    {
        wf::SearchWorkflowRunsRequest req;
        req.mutable_query()->set_definition_name(std::string("\xff\xfe", 2));
        wf::SearchWorkflowRunsResponse resp;
        auto ctx = client().context(t);
        expectInvalid(client().operations().SearchWorkflowRuns(ctx.get(), req, &resp), "UTF-8");
    }
    {
        wf::StartWorkflowRunRequest req;
        req.set_definition_id("wfd-ameide-docs-publish");
        (*req.mutable_input()->mutable_fields())["note"].set_string_value(std::string("ok \xc3\x28", 5));
        wf::StartWorkflowRunResponse resp;
        auto ctx = client().context(t);
        expectInvalid(client().workflows().StartWorkflowRun(ctx.get(), req, &resp), "UTF-8");
    }
    {
        wf::DescribeWorkflowRunRequest req;
        req.set_run_id("run-that-does-not-exist");
        wf::DescribeWorkflowRunResponse resp;
        auto ctx = client().context(t);
        EXPECT_EQ(client().workflows().DescribeWorkflowRun(ctx.get(), req, &resp).error_code(),
                  grpc::StatusCode::NOT_FOUND);
    }
}

TEST_F(AuthValidationTest, KeysetPagesStayCorrectWhileRunsAreInserted)
{
    const auto &t = token("ameide", "admin");
    const auto expected = server().database().read([](SQLite::Database &db) {
        SQLite::Statement q(db, "SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide'");
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
    std::set<std::string> seen;
    std::string pageToken;
    int pages = 0;
    google::protobuf::Timestamp previous;
    do {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(37);
        req.mutable_pagination()->set_page_token(pageToken);
        wf::ListWorkflowRunsResponse resp;
        ASSERT_TRUE(listRuns(client(), t, req, &resp).ok());
        for (const auto &run : resp.runs()) {
            EXPECT_TRUE(seen.insert(run.id()).second) << "duplicate " << run.id();
            EXPECT_EQ(run.tenant_id(), "tenant-ameide");
            if (previous.seconds() != 0) {
                EXPECT_LE(run.created_at().seconds(), previous.seconds());
            }
            previous = run.created_at();
        }
        pageToken = resp.pagination().next_page_token();
        // New runs arrive while the client pages; they are newer, so they
        // never shift the rest of the listing.
        if (++pages == 2) {
            wf::StartWorkflowRunRequest start;
            start.set_definition_id("wfd-ameide-docs-publish");
            wf::StartWorkflowRunResponse started;
            auto ctx = client().context(t);
            ASSERT_TRUE(client().workflows().StartWorkflowRun(ctx.get(), start, &started).ok());
        }
    } while (!pageToken.empty());
    EXPECT_EQ(static_cast<std::int64_t>(seen.size()), expected);
    EXPECT_GT(pages, 2);
}

TEST_F(AuthValidationTest, FiltersReachTheServer)
{
    wf::ListWorkflowRunsRequest req;
    req.mutable_pagination()->set_page_size(1000);
    req.mutable_filter()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
    req.mutable_filter()->set_definition_id("wfd-ameide-coding-agent");
    wf::ListWorkflowRunsResponse resp;
    ASSERT_TRUE(listRuns(client(), token("ameide", "viewer"), req, &resp).ok());
    for (const auto &run : resp.runs()) {
        EXPECT_EQ(run.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
        EXPECT_EQ(run.definition_id(), "wfd-ameide-coding-agent");
        EXPECT_FALSE(run.failure_reason().empty());
        EXPECT_FALSE(run.error_class().empty());
    }
}
