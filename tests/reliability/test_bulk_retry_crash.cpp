// kill -9 of ameide-platformd while a bulk retry job runs, several times:
// after the restarts the job completes and every run of its snapshot was
// retried exactly once by it, none skipped.
#include "platform_client.h"
#include "platform_process.h"
#include "platform_server.h"
#include "store/database.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <thread>

using namespace ameide::test;
namespace platform = ameide::platform;

namespace {

std::int64_t count(const std::filesystem::path &dir, const std::string &sql)
{
    platform::Database db(platform::databaseFile(dir));
    return db.read([&](SQLite::Database &c) {
        SQLite::Statement q(c, sql);
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
}

// Polls the job until it is no longer RUNNING (at most a minute).
wf::BulkRetryJob waitUntilNotRunning(PlatformClient &client, const std::string &token, const std::string &jobId)
{
    wf::BulkRetryJob job;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        wf::GetBulkRetryJobRequest req;
        req.set_job_id(jobId);
        wf::GetBulkRetryJobResponse resp;
        auto ctx = client.context(token);
        EXPECT_TRUE(client.operations().GetBulkRetryJob(ctx.get(), req, &resp).ok());
        job = resp.job();
        if (job.state() != wf::BULK_RETRY_JOB_STATE_RUNNING)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return job;
}

} // namespace

TEST(BulkRetryCrash, KillsMidJobNeitherRepeatNorSkipARetry)
{
    TempDir dir;
    std::string out;
    ASSERT_EQ(PlatformProcess::run({"seed", "--data", dir.path().string(), "--runs", "40000"}, &out), 0);
    ASSERT_EQ(PlatformProcess::run({"token", "create", "--data", dir.path().string(), "--tenant", "tenant-ameide",
                                    "--user", "user-ameide-contributor", "--role", "contributor"},
                                   &out),
              0);
    const std::string token = out.substr(0, out.find('\n'));
    const auto failed = count(dir.path(), "SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide'"
                                          " AND status = 4");
    ASSERT_GT(failed, 1000);

    PlatformProcess platformd(dir.path(), {"--activity-ms", "30"});
    platformd.start();
    std::string jobId;
    std::int64_t toRetry = 0;
    {
        PlatformClient client(platformd.address());
        wf::StartBulkRetryRequest req;
        req.mutable_query(); // every failed run of the tenant
        req.set_rate_per_second(600);
        req.set_idempotency_key("crash-test");
        req.set_no_canary(true);
        wf::StartBulkRetryResponse resp;
        auto ctx = client.context(token);
        const auto status = client.operations().StartBulkRetry(ctx.get(), req, &resp);
        ASSERT_TRUE(status.ok()) << status.error_message();
        jobId = resp.job().id();
        ASSERT_EQ(resp.job().total(), failed);
        // One run per retry chain: the seed's recovered chains and earlier attempts are left alone.
        toRetry = resp.job().to_retry();
        ASSERT_GT(toRetry, 1000);
        ASSERT_LT(toRetry, failed);
        ASSERT_EQ(resp.job().skipped(), failed - toRetry);
    }
    const std::string byJob = "idempotency_key LIKE 'bulk:" + jobId + ":%'";
    int killedMidJob = 0;
    for (int round = 0; round < 3; ++round) {
        std::this_thread::sleep_for(std::chrono::milliseconds(700 + 300 * round));
        platformd.kill();
        const auto retried = count(dir.path(), "SELECT COUNT(*) FROM workflow_runs WHERE " + byJob);
        if (retried > 0 && retried < toRetry)
            ++killedMidJob;
        // What the job says it did is exactly what is in the store.
        EXPECT_EQ(count(dir.path(), "SELECT retried FROM bulk_retry_jobs WHERE id = '" + jobId + "'"), retried);
        platformd.start();
    }
    EXPECT_GT(killedMidJob, 0) << "the kills should land while the job runs";

    PlatformClient client(platformd.address());
    const wf::BulkRetryJob job = waitUntilNotRunning(client, token, jobId);
    EXPECT_EQ(platformd.terminate(), 0);
    ASSERT_EQ(job.state(), wf::BULK_RETRY_JOB_STATE_COMPLETED);
    EXPECT_EQ(job.total(), failed);
    EXPECT_EQ(job.retried(), toRetry);
    EXPECT_EQ(job.skipped(), failed - toRetry);

    // In SQLite: every snapshot run has exactly one retry made by the job, the item names it, and no
    // chain got two.
    EXPECT_EQ(count(dir.path(), "SELECT COUNT(*) FROM workflow_runs WHERE " + byJob), toRetry);
    EXPECT_EQ(count(dir.path(), "SELECT COUNT(*) FROM (SELECT original_run_id FROM workflow_runs WHERE " + byJob
                                + " GROUP BY original_run_id HAVING COUNT(*) > 1)"),
              0);
    EXPECT_EQ(count(dir.path(), "SELECT COUNT(*) FROM bulk_retry_job_items i JOIN workflow_runs r ON r.seq = i.run_seq"
                                " WHERE i.job_id = '" + jobId + "' AND i.state = 1 AND (SELECT COUNT(*) FROM"
                                " workflow_runs x WHERE x.retry_of_run_id = r.id AND x.idempotency_key = 'bulk:"
                                + jobId + ":' || r.id AND x.id = i.retry_run_id) = 1"),
              toRetry);
    EXPECT_EQ(count(dir.path(), "SELECT COUNT(*) FROM bulk_retry_job_items WHERE job_id = '" + jobId
                                + "' AND state <> 1"),
              0);
    EXPECT_EQ(count(dir.path(), "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
    std::printf("FIGURE: bulk-retry-crash snapshot=%lld to_retry=%lld kills=3 killed_mid_job=%d\n", static_cast<long long>(failed),
                static_cast<long long>(toRetry), killedMidJob);
}

// The same for a bulk cancel: every run of the snapshot ends CANCELLED by the
// job exactly once (one cancellation in its history), whatever the kills.
TEST(BulkRetryCrash, KillsMidBulkCancelNeitherRepeatNorSkipACancellation)
{
    TempDir dir;
    std::string out;
    ASSERT_EQ(PlatformProcess::run({"seed", "--data", dir.path().string(), "--runs", "500"}, &out), 0);
    ASSERT_EQ(PlatformProcess::run({"token", "create", "--data", dir.path().string(), "--tenant", "tenant-ameide",
                                    "--user", "user-ameide-contributor", "--role", "contributor"},
                                   &out),
              0);
    const std::string token = out.substr(0, out.find('\n'));
    PlatformProcess platformd(dir.path(), {"--activity-ms", "30"});
    platformd.start();
    constexpr int kRuns = 1500;
    std::string jobId;
    {
        PlatformClient client(platformd.address());
        for (int i = 0; i < kRuns; ++i) {
            wf::StartWorkflowRunRequest req;
            req.set_definition_id("wfd-ameide-docs-publish");
            (*req.mutable_input()->mutable_fields())["duration_ms"].set_number_value(3600000);
            (*req.mutable_input()->mutable_fields())["batch"].set_string_value("crash-cancel");
            wf::StartWorkflowRunResponse resp;
            auto ctx = client.context(token);
            ASSERT_TRUE(client.workflows().StartWorkflowRun(ctx.get(), req, &resp).ok());
        }
        wf::StartBulkCancelRequest req;
        req.mutable_query()->add_definition_ids("wfd-ameide-docs-publish");
        req.set_rate_per_second(300);
        req.set_reason("crash-test cancel");
        req.set_idempotency_key("crash-cancel");
        wf::StartBulkCancelResponse resp;
        auto ctx = client.context(token);
        const auto status = client.operations().StartBulkCancel(ctx.get(), req, &resp);
        ASSERT_TRUE(status.ok()) << status.error_message();
        jobId = resp.job().id();
        ASSERT_GE(resp.job().to_retry(), kRuns);
    }
    const std::string cancelledByJob = "SELECT COUNT(*) FROM workflows_execution_status_updates WHERE run_status = 5"
                                       " AND message = 'crash-test cancel'";
    int killedMidJob = 0;
    for (int round = 0; round < 3; ++round) {
        std::this_thread::sleep_for(std::chrono::milliseconds(700 + 300 * round));
        platformd.kill();
        const auto cancelled = count(dir.path(), cancelledByJob);
        if (cancelled > 0 && cancelled < kRuns)
            ++killedMidJob;
        EXPECT_EQ(count(dir.path(), "SELECT retried FROM bulk_retry_jobs WHERE id = '" + jobId + "'"), cancelled);
        platformd.start();
    }
    EXPECT_GT(killedMidJob, 0) << "the kills should land while the job runs";

    PlatformClient client(platformd.address());
    const wf::BulkRetryJob job = waitUntilNotRunning(client, token, jobId);
    EXPECT_EQ(platformd.terminate(), 0);
    ASSERT_EQ(job.state(), wf::BULK_RETRY_JOB_STATE_COMPLETED);
    EXPECT_EQ(job.retried() + job.skipped(), job.total());
    // Every long run was cancelled, by the job, once.
    EXPECT_EQ(count(dir.path(), "SELECT COUNT(*) FROM workflow_runs WHERE input LIKE '%crash-cancel%' AND status = 5"),
              kRuns);
    EXPECT_EQ(count(dir.path(), cancelledByJob), job.retried());
    EXPECT_EQ(count(dir.path(), "SELECT COUNT(*) FROM (SELECT run_seq FROM workflows_execution_status_updates"
                                " WHERE run_status = 5 GROUP BY run_seq HAVING COUNT(*) > 1)"),
              0);
    EXPECT_EQ(count(dir.path(), "SELECT COUNT(*) FROM bulk_retry_job_items WHERE job_id = '" + jobId
                                + "' AND state = 0"),
              0);
    EXPECT_EQ(count(dir.path(), "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
}
