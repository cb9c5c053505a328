// kill -9 of ameide-platformd at random points while it seeds and while it
// executes runs, many times over: after every restart the store is intact,
// no acknowledged run is lost, no status update is written twice, and the
// runs in flight finish.
#include "platform_client.h"
#include "platform_process.h"
#include "platform_server.h"
#include "store/database.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <random>
#include <thread>

using namespace ameide::test;
namespace platform = ameide::platform;

namespace {

constexpr int kRounds = 50;

std::mt19937 &rng()
{
    static std::mt19937 g(20261125);
    return g;
}

std::int64_t scalar(const std::filesystem::path &dir, const std::string &sql)
{
    platform::Database db(platform::databaseFile(dir));
    return db.read([&](SQLite::Database &c) {
        SQLite::Statement q(c, sql);
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
}

std::string text(const std::filesystem::path &dir, const std::string &sql)
{
    platform::Database db(platform::databaseFile(dir));
    return db.read([&](SQLite::Database &c) {
        SQLite::Statement q(c, sql);
        q.executeStep();
        return q.getColumn(0).getString();
    });
}

void expectIntact(const std::filesystem::path &dir)
{
    EXPECT_EQ(text(dir, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(scalar(dir, "SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
    // Every run was created exactly once and no change of a run or step was recorded twice.
    EXPECT_EQ(scalar(dir, "SELECT COUNT(*) FROM (SELECT run_seq FROM workflows_execution_status_updates"
                          " WHERE run_status = 1 GROUP BY run_seq HAVING COUNT(*) > 1)"),
              0);
    EXPECT_EQ(scalar(dir, "SELECT COUNT(*) FROM (SELECT run_seq, step_id, step_status, message"
                          " FROM workflows_execution_status_updates GROUP BY run_seq, step_id, step_status, message"
                          " HAVING COUNT(*) > 1)"),
              0);
    // A run that ended has its final update, and every run has steps.
    EXPECT_EQ(scalar(dir, "SELECT COUNT(*) FROM workflow_runs r WHERE status IN (3, 4) AND NOT EXISTS (SELECT 1"
                          " FROM workflows_execution_status_updates u WHERE u.run_seq = r.seq AND u.run_status = r.status)"),
              0);
    EXPECT_EQ(scalar(dir, "SELECT COUNT(*) FROM workflow_runs r WHERE NOT EXISTS (SELECT 1 FROM workflow_run_steps s"
                          " WHERE s.run_seq = r.seq)"),
              0);
}

} // namespace

TEST(CrashSafety, KillDuringSeedingLeavesNoStoreOrACompleteOne)
{
    TempDir dir;
    int interrupted = 0;
    for (int round = 0; round < 10; ++round) {
        std::filesystem::remove_all(dir.path() / "seed");
        std::filesystem::create_directories(dir.path() / "seed");
        const auto data = dir.path() / "seed";
        const pid_t pid = fork();
        if (pid == 0) {
            if (std::freopen("/dev/null", "w", stderr) == nullptr)
                _exit(126);
            const std::string bin = PlatformProcess::binary().string();
            execl(bin.c_str(), bin.c_str(), "seed", "--data", data.c_str(), "--runs", "20000",
                  static_cast<char *>(nullptr));
            _exit(127);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(20, 900)(rng())));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        if (WIFSIGNALED(status))
            ++interrupted;
        SCOPED_TRACE("round " + std::to_string(round));
        // A seed is all or nothing: an interrupted one leaves no store at all
        // (only its partial file), so nothing mistakes it for a seeded one.
        if (std::filesystem::exists(platform::databaseFile(data))) {
            expectIntact(data);
            EXPECT_EQ(scalar(data, "SELECT COUNT(*) FROM workflow_runs"), 20000);
        } else {
            // The interrupted seed can simply be run again.
            std::string out;
            EXPECT_EQ(PlatformProcess::run({"seed", "--data", data.string(), "--runs", "500"}, &out), 0);
            ASSERT_TRUE(std::filesystem::exists(platform::databaseFile(data)));
            expectIntact(data);
            EXPECT_EQ(scalar(data, "SELECT COUNT(*) FROM workflow_runs"), 500);
            EXPECT_GT(scalar(data, "SELECT COUNT(*) FROM tenants"), 0);
        }
    }
    EXPECT_GT(interrupted, 0) << "the kills should have caught seeding in progress";
    std::printf("FIGURE: crash-safety seeding rounds=10 interrupted=%d\n", interrupted);
}

TEST(CrashSafety, KillDuringRunExecutionLosesAndRepeatsNothing)
{
    TempDir dir;
    std::string out;
    ASSERT_EQ(PlatformProcess::run({"seed", "--data", dir.path().string(), "--runs", "200"}, &out), 0);
    ASSERT_EQ(PlatformProcess::run({"token", "create", "--data", dir.path().string(), "--tenant", "tenant-ameide",
                                    "--user", "user-ameide-admin", "--role", "admin"},
                                   &out),
              0);
    const std::string token = out.substr(0, out.find('\n'));
    PlatformProcess platformd(dir.path(), {"--activity-ms", "30"});
    std::vector<std::string> acknowledged;
    std::string address = "127.0.0.1:0";
    int killedWithRunsInFlight = 0;
    for (int round = 0; round < kRounds; ++round) {
        platformd.start(address);
        address = platformd.address();
        PlatformClient client(address);
        // Start runs until the kill lands; only acknowledged runs count.
        std::atomic<bool> stop{false};
        std::thread starter([&] {
            for (int i = 0; i < 40 && !stop; ++i) {
                wf::StartWorkflowRunRequest req;
                req.set_definition_id(i % 2 ? "wfd-ameide-docs-publish" : "wfd-ameide-coding-agent");
                auto &f = *req.mutable_input()->mutable_fields();
                f["duration_ms"].set_number_value(std::uniform_int_distribution<int>(5, 40)(rng()));
                if (i % 5 == 0)
                    f["simulate_failure"].set_string_value("render");
                wf::StartWorkflowRunResponse resp;
                auto ctx = client.context(token, std::chrono::seconds(2));
                if (client.workflows().StartWorkflowRun(ctx.get(), req, &resp).ok())
                    acknowledged.push_back(resp.run().id());
            }
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 250)(rng())));
        platformd.kill();
        stop = true;
        starter.join();
        if (scalar(dir.path(), "SELECT COUNT(*) FROM workflow_runs WHERE status IN (1, 2)") > 0)
            ++killedWithRunsInFlight;
        SCOPED_TRACE("round " + std::to_string(round));
        expectIntact(dir.path());
    }
    // A last, clean start lets every run in flight finish.
    platformd.start(address);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline
           && scalar(dir.path(), "SELECT COUNT(*) FROM workflow_runs WHERE status IN (1, 2) AND input NOT LIKE"
                                 " '%\"ticket\"%'")
               > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(platformd.terminate(), 0);
    expectIntact(dir.path());
    EXPECT_EQ(scalar(dir.path(), "SELECT COUNT(*) FROM workflow_runs WHERE status IN (1, 2) AND input NOT LIKE"
                                 " '%\"ticket\"%'"),
              0);
    for (const auto &id : acknowledged)
        EXPECT_EQ(scalar(dir.path(), "SELECT COUNT(*) FROM workflow_runs WHERE id = '" + id + "'"), 1) << id;
    EXPECT_GT(killedWithRunsInFlight, kRounds / 2);
    std::printf("FIGURE: crash-safety execution rounds=%d acknowledged_runs=%zu killed_with_runs_in_flight=%d\n",
                kRounds, acknowledged.size(), killedWithRunsInFlight);
}
