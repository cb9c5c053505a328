#include "platform_fixture.h"

using namespace ameide::test;

class TenantIsolationTest : public PlatformFixture
{
protected:
    wf::WorkflowRun anAmeideRun(wf::WorkflowRunStatus status)
    {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(1);
        req.mutable_filter()->add_statuses(status);
        wf::ListWorkflowRunsResponse resp;
        auto ctx = client().context(token("ameide", "admin"));
        EXPECT_TRUE(client().workflows().ListWorkflowRuns(ctx.get(), req, &resp).ok());
        EXPECT_EQ(resp.runs_size(), 1);
        return resp.runs(0);
    }
};

TEST_F(TenantIsolationTest, ListsReturnOnlyTheCallersTenant)
{
    const auto &acme = token("acme", "admin");
    wf::ListWorkflowRunsRequest runs;
    runs.mutable_pagination()->set_page_size(1000);
    wf::ListWorkflowRunsResponse runsResp;
    auto c1 = client().context(acme);
    ASSERT_TRUE(client().workflows().ListWorkflowRuns(c1.get(), runs, &runsResp).ok());
    ASSERT_GT(runsResp.runs_size(), 0);
    for (const auto &r : runsResp.runs())
        EXPECT_EQ(r.tenant_id(), "tenant-acme");

    wf::ListWorkflowDefinitionsRequest defs;
    defs.mutable_pagination()->set_page_size(1000);
    wf::ListWorkflowDefinitionsResponse defsResp;
    auto c2 = client().context(acme);
    ASSERT_TRUE(client().workflows().ListWorkflowDefinitions(c2.get(), defs, &defsResp).ok());
    ASSERT_GE(defsResp.definitions_size(), 10);
    for (const auto &d : defsResp.definitions())
        EXPECT_EQ(d.tenant_id(), "tenant-acme");

    pv1::ListTenantsRequest tenants;
    tenants.mutable_pagination()->set_page_size(100);
    pv1::ListTenantsResponse tenantsResp;
    auto c3 = client().context(acme);
    ASSERT_TRUE(client().tenants().ListTenants(c3.get(), tenants, &tenantsResp).ok());
    ASSERT_EQ(tenantsResp.tenants_size(), 1);
    EXPECT_EQ(tenantsResp.tenants(0).id(), "tenant-acme");

    pv1::ListOrganizationsRequest orgs;
    orgs.mutable_pagination()->set_page_size(100);
    pv1::ListOrganizationsResponse orgsResp;
    auto c4 = client().context(acme);
    ASSERT_TRUE(client().organizations().ListOrganizations(c4.get(), orgs, &orgsResp).ok());
    for (const auto &o : orgsResp.organizations())
        EXPECT_EQ(o.tenant_id(), "tenant-acme");
}

TEST_F(TenantIsolationTest, AnotherTenantsRowsAreNotFoundAndStayUnchanged)
{
    const auto &acme = token("acme", "admin");
    const auto failed = anAmeideRun(wf::WORKFLOW_RUN_STATUS_FAILED);

    wf::DescribeWorkflowRunRequest describe;
    describe.set_run_id(failed.id());
    wf::DescribeWorkflowRunResponse described;
    auto c1 = client().context(acme);
    EXPECT_EQ(client().workflows().DescribeWorkflowRun(c1.get(), describe, &described).error_code(),
              grpc::StatusCode::NOT_FOUND);

    wf::RetryWorkflowRunRequest retry;
    retry.set_run_id(failed.id());
    retry.set_idempotency_key("cross-tenant");
    wf::RetryWorkflowRunResponse retried;
    auto c2 = client().context(acme);
    EXPECT_EQ(client().operations().RetryWorkflowRun(c2.get(), retry, &retried).error_code(),
              grpc::StatusCode::NOT_FOUND);

    wf::StartWorkflowRunRequest start;
    start.set_definition_id("wfd-ameide-coding-agent");
    wf::StartWorkflowRunResponse started;
    auto c3 = client().context(acme);
    EXPECT_EQ(client().workflows().StartWorkflowRun(c3.get(), start, &started).error_code(),
              grpc::StatusCode::NOT_FOUND);

    pv1::GetOrganizationRequest org;
    org.set_organization_id("org-ameide-root");
    pv1::GetOrganizationResponse orgResp;
    auto c4 = client().context(acme);
    EXPECT_EQ(client().organizations().GetOrganization(c4.get(), org, &orgResp).error_code(),
              grpc::StatusCode::NOT_FOUND);

    pv1::UpdateTenantRequest tenant;
    tenant.mutable_tenant()->set_id("tenant-ameide");
    tenant.mutable_tenant()->set_name("Hijacked");
    tenant.mutable_tenant()->set_status(pv1::TENANT_STATUS_ACTIVE);
    pv1::UpdateTenantResponse tenantResp;
    auto c5 = client().context(acme);
    EXPECT_EQ(client().tenants().UpdateTenant(c5.get(), tenant, &tenantResp).error_code(),
              grpc::StatusCode::PERMISSION_DENIED);

    // Nothing of tenant-ameide changed.
    auto c6 = client().context(token("ameide", "admin"));
    ASSERT_TRUE(client().workflows().DescribeWorkflowRun(c6.get(), describe, &described).ok());
    EXPECT_EQ(described.run().status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    pv1::ListTenantsRequest list;
    list.mutable_pagination()->set_page_size(1);
    pv1::ListTenantsResponse listed;
    auto c7 = client().context(token("ameide", "admin"));
    ASSERT_TRUE(client().tenants().ListTenants(c7.get(), list, &listed).ok());
    EXPECT_EQ(listed.tenants(0).name(), "Ameide");
}

TEST_F(TenantIsolationTest, WatchNeverDeliversAnotherTenantsUpdates)
{
    wf::WatchWorkflowRunsRequest req;
    auto ctx = client().context(token("acme", "viewer"), std::chrono::seconds(30));
    auto stream = client().operations().WatchWorkflowRuns(ctx.get(), req);
    wf::WatchWorkflowRunsResponse msg;
    ASSERT_TRUE(stream->Read(&msg));
    ASSERT_TRUE(msg.heartbeat());

    // Activity in tenant-ameide, then one run in tenant-acme as a marker.
    for (int i = 0; i < 3; ++i)
        runToEnd("ameide", "docs-publish", R"({"duration_ms": 5})");
    const auto marker = runToEnd("acme", "docs-publish", R"({"duration_ms": 5})");
    bool sawMarker = false;
    while (!sawMarker && stream->Read(&msg)) {
        if (msg.heartbeat())
            continue;
        EXPECT_EQ(msg.update().tenant_id(), "tenant-acme");
        EXPECT_EQ(msg.run().tenant_id(), "tenant-acme");
        sawMarker = msg.run().id() == marker.id() && msg.update().run_status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;
    }
    EXPECT_TRUE(sawMarker);
    ctx->TryCancel();
    stream->Finish();
}

TEST_F(TenantIsolationTest, OnlyTheInternalTenantsAdminsCreateTenants)
{
    pv1::CreateTenantRequest req;
    req.mutable_tenant()->set_id("tenant-initech");
    req.mutable_tenant()->set_name("Initech");
    pv1::CreateTenantResponse resp;
    auto c1 = client().context(token("acme", "admin"));
    EXPECT_EQ(client().tenants().CreateTenant(c1.get(), req, &resp).error_code(), grpc::StatusCode::PERMISSION_DENIED);
    auto c2 = client().context(token("ameide", "contributor"));
    EXPECT_EQ(client().tenants().CreateTenant(c2.get(), req, &resp).error_code(), grpc::StatusCode::PERMISSION_DENIED);
    auto c3 = client().context(token("ameide", "admin"));
    ASSERT_TRUE(client().tenants().CreateTenant(c3.get(), req, &resp).ok());
    EXPECT_EQ(resp.tenant().status(), pv1::TENANT_STATUS_PENDING_ONBOARDING);
    auto c4 = client().context(token("ameide", "admin"));
    EXPECT_EQ(client().tenants().CreateTenant(c4.get(), req, &resp).error_code(), grpc::StatusCode::ALREADY_EXISTS);
}
