#include "platform_client.h"
#include "platform_process.h"
#include "platform_server.h"
#include "store/database.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <fstream>
#include <sstream>
#include <thread>

using namespace ameide::test;
namespace platform = ameide::platform;

namespace {

class DurabilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::string out;
        ASSERT_EQ(PlatformProcess::run({"seed", "--data", m_dir.path().string(), "--runs", "200"}, &out), 0);
        ASSERT_EQ(PlatformProcess::run({"token", "create", "--data", m_dir.path().string(), "--tenant",
                                        "tenant-ameide", "--user", "user-ameide-admin", "--role", "admin"},
                                       &out),
                  0);
        m_token = out.substr(0, out.find('\n'));
        ASSERT_EQ(m_token.rfind("amd_", 0), 0u) << out;
    }

    std::vector<std::string> startRuns(PlatformClient &client, int count)
    {
        std::vector<std::string> ids;
        for (int i = 0; i < count; ++i) {
            wf::StartWorkflowRunRequest req;
            req.set_definition_id("wfd-ameide-coding-agent");
            req.set_version_number(1);
            auto &fields = *req.mutable_input()->mutable_fields();
            fields["duration_ms"].set_number_value(150);
            if (i % 3 == 0)
                fields["simulate_failure"].set_string_value("build");
            wf::StartWorkflowRunResponse resp;
            auto ctx = client.context(m_token);
            const auto status = client.workflows().StartWorkflowRun(ctx.get(), req, &resp);
            EXPECT_TRUE(status.ok()) << status.error_message();
            ids.push_back(resp.run().id());
        }
        return ids;
    }

    std::int64_t scalar(const std::string &sql, const std::string &bind = {})
    {
        platform::Database db(platform::databaseFile(m_dir.path()));
        return db.read([&](SQLite::Database &c) {
            SQLite::Statement q(c, sql);
            if (!bind.empty())
                q.bind(1, bind);
            q.executeStep();
            return q.getColumn(0).getInt64();
        });
    }

    std::string integrity()
    {
        platform::Database db(platform::databaseFile(m_dir.path()));
        return db.read([](SQLite::Database &c) {
            SQLite::Statement q(c, "PRAGMA integrity_check");
            q.executeStep();
            return q.getColumn(0).getString();
        });
    }

    // Every started run ends as its input says, with each executed step
    // recorded once: no update lost, none written twice.
    void expectFinishedExactlyOnce(const std::vector<std::string> &ids)
    {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            SCOPED_TRACE(ids[i]);
            const bool fails = i % 3 == 0;
            const std::int64_t status = scalar("SELECT status FROM workflow_runs WHERE id = ?", ids[i]);
            EXPECT_EQ(status, fails ? 4 : 3);
            const std::string perRun = " FROM workflows_execution_status_updates u JOIN workflow_runs r"
                                       " ON r.seq = u.run_seq WHERE r.id = ?";
            EXPECT_EQ(scalar("SELECT COUNT(*)" + perRun + " AND u.message = 'run created'", ids[i]), 1);
            EXPECT_EQ(scalar("SELECT COUNT(*)" + perRun + " AND u.message = 'run started'", ids[i]), 1);
            // Version 1 of coding-agent has four steps; "build" is the third.
            const int executed = fails ? 3 : 4;
            EXPECT_EQ(scalar("SELECT COUNT(*)" + perRun + " AND u.message = 'step started'", ids[i]), executed);
            EXPECT_EQ(scalar("SELECT COUNT(*)" + perRun + " AND u.message IN ('step completed', 'step failed')", ids[i]),
                      executed);
            EXPECT_EQ(scalar("SELECT COUNT(*)" + perRun + " AND u.message IN ('run completed', 'run failed')", ids[i]), 1);
        }
    }

    void waitUntilEnded(PlatformClient &client, const std::vector<std::string> &ids)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        for (const auto &id : ids) {
            while (std::chrono::steady_clock::now() < deadline) {
                wf::DescribeWorkflowRunRequest req;
                req.set_run_id(id);
                wf::DescribeWorkflowRunResponse resp;
                auto ctx = client.context(m_token);
                if (client.workflows().DescribeWorkflowRun(ctx.get(), req, &resp).ok()
                    && (resp.run().status() == wf::WORKFLOW_RUN_STATUS_COMPLETED
                        || resp.run().status() == wf::WORKFLOW_RUN_STATUS_FAILED))
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
    }

    void waitUntilSomeRun(PlatformClient &client, const std::vector<std::string> &ids)
    {
        for (int i = 0; i < 200; ++i) {
            wf::DescribeWorkflowRunRequest req;
            req.set_run_id(ids.back());
            wf::DescribeWorkflowRunResponse resp;
            auto ctx = client.context(m_token);
            if (client.workflows().DescribeWorkflowRun(ctx.get(), req, &resp).ok()
                && resp.run().status() == wf::WORKFLOW_RUN_STATUS_RUNNING)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }

    TempDir m_dir;
    std::string m_token;
};

} // namespace

TEST_F(DurabilityTest, RunsInFlightFinishAfterAGracefulStop)
{
    PlatformProcess platformd(m_dir.path(), {"--activity-ms", "150"});
    platformd.start();
    std::vector<std::string> ids;
    {
        PlatformClient client(platformd.address());
        ids = startRuns(client, 12);
        waitUntilSomeRun(client, ids);
    }
    const auto runsBefore = scalar("SELECT COUNT(*) FROM workflow_runs");
    EXPECT_EQ(platformd.terminate(), 0);
    EXPECT_GT(scalar("SELECT COUNT(*) FROM workflow_runs WHERE status IN (1, 2) AND id IN (SELECT id FROM"
                     " workflow_runs ORDER BY seq DESC LIMIT 12)"),
              0)
        << "the stop should have caught runs in flight";

    platformd.start();
    PlatformClient client(platformd.address());
    waitUntilEnded(client, ids);
    EXPECT_EQ(platformd.terminate(), 0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM workflow_runs"), runsBefore);
    expectFinishedExactlyOnce(ids);
    EXPECT_EQ(integrity(), "ok");
}

TEST_F(DurabilityTest, RunsInFlightFinishAfterAKill)
{
    PlatformProcess platformd(m_dir.path(), {"--activity-ms", "150"});
    platformd.start();
    std::vector<std::string> ids;
    {
        PlatformClient client(platformd.address());
        ids = startRuns(client, 12);
        waitUntilSomeRun(client, ids);
        std::this_thread::sleep_for(std::chrono::milliseconds(120));
    }
    platformd.kill();
    EXPECT_EQ(integrity(), "ok");

    platformd.start();
    PlatformClient client(platformd.address());
    waitUntilEnded(client, ids);
    EXPECT_EQ(platformd.terminate(), 0);
    expectFinishedExactlyOnce(ids);
    EXPECT_EQ(integrity(), "ok");
}

TEST_F(DurabilityTest, StopEndsWatchStreamsSoClientsCanResume)
{
    PlatformProcess platformd(m_dir.path());
    platformd.start();
    PlatformClient client(platformd.address());
    wf::WatchWorkflowRunsRequest req;
    auto ctx = client.context(m_token, std::chrono::seconds(30));
    auto stream = client.operations().WatchWorkflowRuns(ctx.get(), req);
    wf::WatchWorkflowRunsResponse msg;
    ASSERT_TRUE(stream->Read(&msg));
    const auto stoppedAt = std::chrono::steady_clock::now();
    std::thread stopper([&] { EXPECT_EQ(platformd.terminate(), 0); });
    while (stream->Read(&msg)) {
    }
    const auto status = stream->Finish();
    stopper.join();
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE) << status.error_message();
    EXPECT_LT(std::chrono::steady_clock::now() - stoppedAt, std::chrono::seconds(5));
}

TEST_F(DurabilityTest, TokensAreStoredOnlyAsHashes)
{
    std::ifstream in(platform::databaseFile(m_dir.path()), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    std::ifstream wal(platform::databaseFile(m_dir.path()).string() + "-wal", std::ios::binary);
    bytes << wal.rdbuf();
    EXPECT_EQ(bytes.str().find(m_token), std::string::npos);
    EXPECT_EQ(bytes.str().find(m_token.substr(4)), std::string::npos);
}

TEST_F(DurabilityTest, OffLoopbackListeningNeedsTls)
{
    std::string out;
    EXPECT_NE(PlatformProcess::run({"serve", "--data", m_dir.path().string(), "--listen", "0.0.0.0:0"}, &out), 0);
}

TEST_F(DurabilityTest, TokensCarryTheUsersOwnRole)
{
    std::string out;
    EXPECT_NE(PlatformProcess::run({"token", "create", "--data", m_dir.path().string(), "--tenant", "tenant-ameide",
                                    "--user", "user-ameide-guest", "--role", "admin"},
                                   &out),
              0);
    EXPECT_EQ(out, "");
    EXPECT_NE(PlatformProcess::run({"token", "create", "--data", m_dir.path().string(), "--tenant", "tenant-acme",
                                    "--user", "user-ameide-admin", "--role", "admin"},
                                   &out),
              0);
}
