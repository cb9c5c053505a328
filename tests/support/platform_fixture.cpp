#include "platform_fixture.h"

#include "platform_server.h"
#include "seed/dogfood_seed.h"
#include "store/database.h"
#include "store/token_store.h"

#include <SQLiteCpp/Statement.h>

#include <google/protobuf/util/json_util.h>

#include <thread>

namespace ameide::test {

namespace {
const char *const kRoles[] = {"admin", "contributor", "viewer", "guest", "service"};
const char *const kTenants[] = {"ameide", "acme"};
} // namespace

std::string statusText(const grpc::Status &status)
{
    return std::to_string(status.error_code()) + ": " + status.error_message();
}

void PlatformFixture::SetUp()
{
    m_dir = std::make_unique<TempDir>();
    {
        platform::Database db(platform::databaseFile(m_dir->path()));
        platform::SeedOptions seed;
        seed.runs = kSeededRuns;
        seed.liveRuns = 0;
        platform::seedDogfood(db, seed);
    }
    platform::PlatformOptions options;
    options.dataDir = m_dir->path();
    options.listen = "127.0.0.1:0";
    options.executor.defaultActivity = std::chrono::milliseconds(20);
    m_server = std::make_unique<platform::PlatformServer>(options);
    m_server->start();
    m_client = std::make_unique<PlatformClient>(m_server->address());
    for (const char *tenant : kTenants) {
        for (const char *role : kRoles) {
            platform::Caller subject;
            subject.tenantId = std::string("tenant-") + tenant;
            subject.userId = std::string("user-") + tenant + '-' + role;
            std::string roleName = std::string("ROLE_") + role;
            for (auto &c : roleName)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            ameide_core_proto::platform::v1::Role_Parse(roleName, &subject.role);
            m_tokens[std::string(tenant) + '/' + role] = m_server->tokens().issue(subject);
        }
    }
}

void PlatformFixture::TearDown()
{
    m_client.reset();
    if (m_server)
        m_server->shutdown(std::chrono::milliseconds(500));
    m_server.reset();
    m_dir.reset();
}

std::int64_t PlatformFixture::sqlScalar(const std::string &sql)
{
    return server().database().read([&](SQLite::Database &db) {
        SQLite::Statement q(db, sql);
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
}

const std::string &PlatformFixture::token(const std::string &tenant, const std::string &role)
{
    return m_tokens.at(tenant + '/' + role);
}

wf::WorkflowRun PlatformFixture::waitForRun(const std::string &tenant, const std::string &runId,
                                            const std::function<bool(const wf::WorkflowRun &)> &pred,
                                            std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    wf::DescribeWorkflowRunResponse resp;
    while (std::chrono::steady_clock::now() < deadline) {
        wf::DescribeWorkflowRunRequest req;
        req.set_run_id(runId);
        auto ctx = client().context(token(tenant, "viewer"));
        const auto status = client().workflows().DescribeWorkflowRun(ctx.get(), req, &resp);
        if (status.ok() && pred(resp.run()))
            return resp.run();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ADD_FAILURE() << "run " << runId << " did not reach the expected state; last status "
                  << wf::WorkflowRunStatus_Name(resp.run().status());
    return resp.run();
}

std::string PlatformFixture::createDefinition(const std::string &tenant, const std::string &name,
                                              const std::vector<std::string> &stepIds)
{
    wf::CreateWorkflowDefinitionRequest req;
    req.mutable_definition()->set_name(name);
    req.mutable_definition()->set_status(wf::WORKFLOW_DEFINITION_STATUS_ACTIVE);
    wf::CreateWorkflowDefinitionResponse resp;
    auto ctx = client().context(token(tenant, "admin"));
    const auto status = client().workflows().CreateWorkflowDefinition(ctx.get(), req, &resp);
    EXPECT_TRUE(status.ok()) << statusText(status);
    publishVersion(tenant, resp.definition().id(), stepIds);
    return resp.definition().id();
}

int PlatformFixture::publishVersion(const std::string &tenant, const std::string &definitionId,
                                    const std::vector<std::string> &stepIds)
{
    wf::CreateWorkflowVersionRequest req;
    req.set_definition_id(definitionId);
    req.set_status(wf::WORKFLOW_DEFINITION_STATUS_ACTIVE);
    for (const auto &id : stepIds) {
        auto *step = req.mutable_spec()->add_steps();
        step->set_id(id);
        step->set_name(id);
        step->set_type(wf::WORKFLOW_STEP_TYPE_ACTIVITY);
    }
    wf::CreateWorkflowVersionResponse resp;
    auto ctx = client().context(token(tenant, "admin"));
    const auto status = client().workflows().CreateWorkflowVersion(ctx.get(), req, &resp);
    EXPECT_TRUE(status.ok()) << statusText(status);
    return resp.version().version_number();
}

wf::WorkflowRun PlatformFixture::runToEnd(const std::string &tenant, const std::string &slug,
                                          const std::string &inputJson)
{
    return runDefinitionToEnd(tenant, "wfd-" + tenant + '-' + slug, inputJson);
}

wf::WorkflowRun PlatformFixture::runDefinitionToEnd(const std::string &tenant, const std::string &definitionId,
                                                    const std::string &inputJson)
{
    wf::StartWorkflowRunRequest req;
    req.set_definition_id(definitionId);
    EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(inputJson, req.mutable_input()).ok());
    wf::StartWorkflowRunResponse resp;
    auto ctx = client().context(token(tenant, "contributor"));
    const auto status = client().workflows().StartWorkflowRun(ctx.get(), req, &resp);
    EXPECT_TRUE(status.ok()) << statusText(status);
    return waitForRun(tenant, resp.run().id(), [](const wf::WorkflowRun &r) {
        return r.status() == wf::WORKFLOW_RUN_STATUS_COMPLETED || r.status() == wf::WORKFLOW_RUN_STATUS_FAILED
            || r.status() == wf::WORKFLOW_RUN_STATUS_CANCELLED;
    });
}

} // namespace ameide::test
