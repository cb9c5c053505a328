// StartBulkRetry and its job: idempotent start, counts, cancel, roles, the
// shared Job shape it carries, and a job that keeps running after its client
// has gone.
#include "platform_fixture.h"
#include "store/database.h"

#include <SQLiteCpp/Statement.h>
#include <google/protobuf/util/json_util.h>

#include <thread>

using namespace ameide::test;
namespace jv1 = ameide_core_proto::jobs::v1;

class BulkRetryTest : public PlatformFixture
{
protected:
    // BulkRetryJob.job tells the same story as the bulk retry job itself.
    static void expectSharedJob(const wf::BulkRetryJob &job, jv1::JobState state)
    {
        const auto &shared = job.job();
        EXPECT_EQ(shared.kind(), job.action() == wf::BULK_JOB_ACTION_CANCEL ? "bulk_cancel" : "bulk_retry");
        EXPECT_EQ(shared.id(), job.id());
        EXPECT_EQ(shared.tenant_id(), job.tenant_id());
        EXPECT_EQ(shared.state(), state) << jv1::JobState_Name(shared.state());
        EXPECT_EQ(shared.total(), job.total());
        EXPECT_EQ(shared.processed(), state == jv1::JOB_STATE_PLANNED ? 0 : job.retried() + job.skipped());
        EXPECT_EQ(shared.succeeded(), job.retried());
        EXPECT_EQ(shared.skipped(), job.skipped());
        EXPECT_EQ(shared.failed(), 0);
        EXPECT_EQ(shared.created_by(), job.created_by());
        EXPECT_EQ(shared.description(), job.description());
        EXPECT_EQ(shared.created_at().SerializeAsString(), job.created_at().SerializeAsString());
        EXPECT_EQ(shared.has_ended_at(), job.has_ended_at());
        EXPECT_EQ(shared.ended_at().SerializeAsString(), job.ended_at().SerializeAsString());
    }

    static wf::StartBulkRetryRequest failedQuery(const std::string &key, int rate = 5000)
    {
        wf::StartBulkRetryRequest req;
        req.mutable_query()->add_statuses(wf::WORKFLOW_RUN_STATUS_COMPLETED); // ignored: FAILED is forced
        req.set_rate_per_second(rate);
        req.set_idempotency_key(key);
        req.set_no_canary(true); // the canary has its own tests
        return req;
    }

    grpc::Status start(PlatformClient &c, const wf::StartBulkRetryRequest &req, wf::StartBulkRetryResponse *resp,
                       const std::string &role = "contributor")
    {
        auto ctx = c.context(token("ameide", role));
        return c.operations().StartBulkRetry(ctx.get(), req, resp);
    }

    wf::BulkRetryJob get(const std::string &jobId)
    {
        wf::GetBulkRetryJobRequest req;
        req.set_job_id(jobId);
        wf::GetBulkRetryJobResponse resp;
        auto ctx = client().context(token("ameide", "viewer"));
        EXPECT_TRUE(client().operations().GetBulkRetryJob(ctx.get(), req, &resp).ok());
        return resp.job();
    }

    // Polls like the console's progress dialog: the shared job's progress
    // only grows and never passes its total.
    wf::BulkRetryJob waitForEnd(const std::string &jobId, std::chrono::seconds timeout = std::chrono::seconds(30))
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        wf::BulkRetryJob job;
        std::int64_t processed = 0;
        while (std::chrono::steady_clock::now() < deadline) {
            job = get(jobId);
            EXPECT_GE(job.job().processed(), processed);
            EXPECT_LE(job.job().processed(), job.job().total());
            processed = job.job().processed();
            if (job.state() != wf::BULK_RETRY_JOB_STATE_RUNNING)
                return job;
            expectSharedJob(job, jv1::JOB_STATE_RUNNING);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        ADD_FAILURE() << "bulk retry job " << jobId << " did not end";
        return job;
    }
};

TEST_F(BulkRetryTest, PressingTwiceStartsOneJobThatRetriesEachFailedRunOnce)
{
    const auto failed =
        sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide' AND status = 4");
    ASSERT_GT(failed, 10);

    auto dry = failedQuery("");
    dry.set_dry_run(true);
    wf::StartBulkRetryResponse dryResp;
    ASSERT_TRUE(start(client(), dry, &dryResp).ok());
    EXPECT_EQ(dryResp.job().total(), failed);
    expectSharedJob(dryResp.job(), jv1::JOB_STATE_PLANNED);
    EXPECT_EQ(dryResp.job().job().processed(), 0);
    EXPECT_FALSE(dryResp.created());
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM bulk_retry_jobs"), 0);

    // The chain rule, counted here per chain: a chain's latest non-cancelled
    // attempt is retried when it failed; every other failed run is skipped.
    const auto latestFailed = sqlScalar(
        "SELECT COUNT(*) FROM workflow_runs f WHERE f.tenant_id = 'tenant-ameide' AND f.status = 4 AND f.seq ="
        " (SELECT MAX(seq) FROM workflow_runs c WHERE c.tenant_id = f.tenant_id AND c.original_run_id ="
        " f.original_run_id AND c.status <> 5)");
    ASSERT_GT(latestFailed, 0);
    EXPECT_EQ(dryResp.job().to_retry(), latestFailed);
    EXPECT_EQ(dryResp.job().skipped(), failed - latestFailed);
    EXPECT_EQ(dryResp.job().skipped_recovered() + dryResp.job().skipped_earlier_attempt()
                  + dryResp.job().skipped_in_progress(),
              failed - latestFailed);

    wf::StartBulkRetryResponse first;
    wf::StartBulkRetryResponse second;
    ASSERT_TRUE(start(client(), failedQuery("press"), &first).ok());
    ASSERT_TRUE(start(client(), failedQuery("press"), &second).ok());
    EXPECT_TRUE(first.created());
    EXPECT_FALSE(second.created());
    EXPECT_EQ(first.job().id(), second.job().id());
    EXPECT_EQ(first.job().total(), failed);
    EXPECT_EQ(first.job().created_by(), "user-ameide-contributor");
    expectSharedJob(first.job(), jv1::JOB_STATE_RUNNING);

    const auto job = waitForEnd(first.job().id());
    EXPECT_EQ(job.state(), wf::BULK_RETRY_JOB_STATE_COMPLETED);
    EXPECT_EQ(job.retried() + job.skipped(), job.total());
    EXPECT_EQ(job.retried(), latestFailed);
    EXPECT_TRUE(job.has_ended_at());
    expectSharedJob(job, jv1::JOB_STATE_SUCCEEDED);
    EXPECT_EQ(job.job().processed(), failed);
    // Exactly one retry per chain, made with the job's key.
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE idempotency_key LIKE 'bulk:" + job.id() + ":%'"),
              latestFailed);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM (SELECT original_run_id FROM workflow_runs WHERE idempotency_key LIKE"
                     " 'bulk:" + job.id() + ":%' GROUP BY original_run_id HAVING COUNT(*) > 1)"),
              0);
    // The job's new runs are a query away.
    {
        wf::SearchWorkflowRunsRequest search;
        search.mutable_query()->set_bulk_job_id(job.id());
        search.mutable_pagination()->set_page_size(1000);
        wf::SearchWorkflowRunsResponse found;
        auto ctx = client().context(token("ameide", "viewer"));
        ASSERT_TRUE(client().operations().SearchWorkflowRuns(ctx.get(), search, &found).ok());
        EXPECT_EQ(found.runs_size(), latestFailed);
        for (const auto &run : found.runs())
            EXPECT_GT(run.attempt(), 1);
    }
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM (SELECT retry_of_run_id FROM workflow_runs WHERE idempotency_key LIKE"
                     " 'bulk:" + job.id() + ":%' GROUP BY retry_of_run_id HAVING COUNT(*) > 1)"),
              0);

    // A later press with the same key still answers the same job.
    ASSERT_TRUE(start(client(), failedQuery("press"), &second).ok());
    EXPECT_EQ(second.job().id(), job.id());
    EXPECT_EQ(second.job().state(), wf::BULK_RETRY_JOB_STATE_COMPLETED);
    expectSharedJob(second.job(), jv1::JOB_STATE_SUCCEEDED);

    wf::ListBulkRetryJobsRequest list;
    list.mutable_pagination()->set_page_size(10);
    wf::ListBulkRetryJobsResponse jobs;
    auto ctx = client().context(token("ameide", "viewer"));
    ASSERT_TRUE(client().operations().ListBulkRetryJobs(ctx.get(), list, &jobs).ok());
    ASSERT_EQ(jobs.jobs_size(), 1);
    EXPECT_EQ(jobs.jobs(0).id(), job.id());
    expectSharedJob(jobs.jobs(0), jv1::JOB_STATE_SUCCEEDED);
}

TEST_F(BulkRetryTest, RunIdsThatAreNotFailedAreSkippedAndViewersCannotStart)
{
    const std::string failedId = server().database().read([](SQLite::Database &db) {
        SQLite::Statement q(db, "SELECT id FROM workflow_runs f WHERE tenant_id = 'tenant-ameide' AND status = 4"
                                " AND NOT EXISTS (SELECT 1 FROM workflow_runs c WHERE c.original_run_id ="
                                " f.original_run_id AND c.seq > f.seq) LIMIT 1");
        q.executeStep();
        return q.getColumn(0).getString();
    });
    const std::string completedId = server().database().read([](SQLite::Database &db) {
        SQLite::Statement q(db, "SELECT id FROM workflow_runs WHERE tenant_id = 'tenant-ameide' AND status = 3 LIMIT 1");
        q.executeStep();
        return q.getColumn(0).getString();
    });
    wf::StartBulkRetryRequest req;
    req.mutable_run_ids()->add_run_ids(failedId);
    req.mutable_run_ids()->add_run_ids(completedId);
    req.mutable_run_ids()->add_run_ids("run-of-nobody");
    req.set_idempotency_key("selected");
    req.set_no_canary(true);
    wf::StartBulkRetryResponse resp;
    EXPECT_EQ(start(client(), req, &resp, "viewer").error_code(), grpc::StatusCode::PERMISSION_DENIED);
    ASSERT_TRUE(start(client(), req, &resp).ok());
    EXPECT_EQ(resp.job().total(), 3);
    EXPECT_EQ(resp.job().skipped(), 2);
    EXPECT_EQ(resp.job().skipped_not_failed(), 2);
    EXPECT_EQ(resp.job().to_retry(), 1);
    // The two skipped at once are already through.
    expectSharedJob(resp.job(), jv1::JOB_STATE_RUNNING);
    EXPECT_EQ(resp.job().job().processed(), 2);
    const auto job = waitForEnd(resp.job().id());
    EXPECT_EQ(job.retried(), 1);
    EXPECT_EQ(job.skipped(), 2);
    expectSharedJob(job, jv1::JOB_STATE_SUCCEEDED);
    EXPECT_EQ(job.job().processed(), 3);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE retry_of_run_id = '" + failedId + "'"), 1);

    wf::StartBulkRetryRequest none;
    none.set_idempotency_key("no-target");
    const auto status = start(client(), none, &resp);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(status.error_message().find("target"), std::string::npos);
    auto noKey = failedQuery("");
    EXPECT_EQ(start(client(), noKey, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(BulkRetryTest, CancelLeavesTheRestUntouched)
{
    wf::StartBulkRetryResponse started;
    ASSERT_TRUE(start(client(), failedQuery("slow", 1), &started).ok());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    wf::CancelBulkRetryJobRequest cancel;
    cancel.set_job_id(started.job().id());
    wf::CancelBulkRetryJobResponse cancelled;
    {
        auto ctx = client().context(token("ameide", "viewer"));
        EXPECT_EQ(client().operations().CancelBulkRetryJob(ctx.get(), cancel, &cancelled).error_code(),
                  grpc::StatusCode::PERMISSION_DENIED);
    }
    {
        auto ctx = client().context(token("ameide", "contributor"));
        ASSERT_TRUE(client().operations().CancelBulkRetryJob(ctx.get(), cancel, &cancelled).ok());
    }
    EXPECT_EQ(cancelled.job().state(), wf::BULK_RETRY_JOB_STATE_CANCELLED);
    expectSharedJob(cancelled.job(), jv1::JOB_STATE_STOPPED);
    const auto retried = cancelled.job().retried();
    EXPECT_LT(retried, cancelled.job().total());
    EXPECT_LT(cancelled.job().job().processed(), cancelled.job().job().total());
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    const auto later = get(started.job().id());
    EXPECT_EQ(later.state(), wf::BULK_RETRY_JOB_STATE_CANCELLED);
    EXPECT_EQ(later.retried(), retried);
    expectSharedJob(later, jv1::JOB_STATE_STOPPED);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE idempotency_key LIKE 'bulk:" + later.id() + ":%'"),
              retried);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM bulk_retry_job_items WHERE job_id = '" + later.id() + "' AND state = 0"),
              later.total() - later.retried() - later.skipped());
    {
        auto ctx = client().context(token("ameide", "contributor"));
        EXPECT_EQ(client().operations().CancelBulkRetryJob(ctx.get(), cancel, &cancelled).error_code(),
                  grpc::StatusCode::FAILED_PRECONDITION);
    }
    // Another tenant cannot see it.
    wf::GetBulkRetryJobRequest getReq;
    getReq.set_job_id(later.id());
    wf::GetBulkRetryJobResponse got;
    auto acme = client().context(token("acme", "admin"));
    EXPECT_EQ(client().operations().GetBulkRetryJob(acme.get(), getReq, &got).error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(BulkRetryTest, TheJobKeepsRunningAfterItsClientDisconnects)
{
    std::string jobId;
    {
        auto own = std::make_unique<PlatformClient>(server().address());
        wf::StartBulkRetryResponse started;
        ASSERT_TRUE(start(*own, failedQuery("fire-and-forget", 50), &started).ok());
        jobId = started.job().id();
    } // the channel closes here
    PlatformClient fresh(server().address());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    wf::BulkRetryJob job;
    while (std::chrono::steady_clock::now() < deadline) {
        wf::GetBulkRetryJobRequest req;
        req.set_job_id(jobId);
        wf::GetBulkRetryJobResponse resp;
        auto ctx = fresh.context(token("ameide", "viewer"));
        ASSERT_TRUE(fresh.operations().GetBulkRetryJob(ctx.get(), req, &resp).ok());
        job = resp.job();
        if (job.state() != wf::BULK_RETRY_JOB_STATE_RUNNING)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(job.state(), wf::BULK_RETRY_JOB_STATE_COMPLETED);
    EXPECT_EQ(job.retried() + job.skipped(), job.total());
}

// One run per retry chain: recovered chains, earlier attempts and chains with
// a retry in progress are left alone, each counted under its reason; the
// override retries them all; a run's chain moving on after the snapshot
// skips it; a single retry of a superseded run asks for the override.
TEST_F(BulkRetryTest, TheChainRuleRetriesOnlyTheLatestFailedAttemptOfEachChain)
{
    google::protobuf::Timestamp since;
    since.set_seconds(std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count()
                      - 1);
    auto retryOnce = [&](const std::string &runId, const std::string &key, const std::string &inputJson = {}) {
        wf::RetryWorkflowRunRequest req;
        req.set_run_id(runId);
        req.set_idempotency_key(key);
        if (!inputJson.empty()) {
            EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(inputJson, req.mutable_input()).ok());
        }
        wf::RetryWorkflowRunResponse resp;
        auto ctx = client().context(token("ameide", "contributor"));
        const auto status = client().operations().RetryWorkflowRun(ctx.get(), req, &resp);
        EXPECT_TRUE(status.ok()) << statusText(status);
        return resp.run();
    };
    auto ended = [](const wf::WorkflowRun &r) {
        return r.status() == wf::WORKFLOW_RUN_STATUS_COMPLETED || r.status() == wf::WORKFLOW_RUN_STATUS_FAILED;
    };
    // Recovered: fails once, the retry completes.
    const auto recovered =
        runToEnd("ameide", "docs-publish", R"({"duration_ms": 1, "simulate_failure": "publish", "fail_attempts": 1})");
    waitForRun("ameide", retryOnce(recovered.id(), "a2").id(), ended);
    // Two failed attempts: only the second is retried.
    const auto firstAttempt = runToEnd("ameide", "docs-publish", R"({"duration_ms": 1, "simulate_failure": "publish"})");
    const auto secondAttempt = waitForRun("ameide", retryOnce(firstAttempt.id(), "b2").id(), ended);
    ASSERT_EQ(secondAttempt.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    // A retry still running.
    const auto busy = runToEnd("ameide", "docs-publish", R"({"duration_ms": 1, "simulate_failure": "publish"})");
    const auto busyRetry = retryOnce(busy.id(), "c2", R"({"duration_ms": 600000})");
    // Failed once, never retried.
    const auto lone = runToEnd("ameide", "docs-publish", R"({"duration_ms": 1, "simulate_failure": "publish"})");

    auto request = [&](const std::string &key) {
        wf::StartBulkRetryRequest req;
        req.mutable_query()->add_definition_ids(lone.definition_id());
        *req.mutable_query()->mutable_created_after() = since;
        req.set_rate_per_second(5000);
        req.set_idempotency_key(key);
        req.set_no_canary(true);
        return req;
    };
    auto dry = request("");
    dry.set_dry_run(true);
    wf::StartBulkRetryResponse planned;
    ASSERT_TRUE(start(client(), dry, &planned).ok());
    EXPECT_EQ(planned.job().total(), 5);
    EXPECT_EQ(planned.job().to_retry(), 2);
    EXPECT_EQ(planned.job().skipped_recovered(), 1);
    EXPECT_EQ(planned.job().skipped_earlier_attempt(), 1);
    EXPECT_EQ(planned.job().skipped_in_progress(), 1);
    EXPECT_EQ(planned.job().skipped_not_failed(), 0);
    EXPECT_EQ(planned.job().skipped(), 3);
    EXPECT_FALSE(planned.job().retry_superseded());

    // The override is explicit and counts every failed run as to retry.
    auto everything = dry;
    everything.set_retry_superseded(true);
    ASSERT_TRUE(start(client(), everything, &planned).ok());
    EXPECT_EQ(planned.job().to_retry(), 5);
    EXPECT_EQ(planned.job().skipped(), 0);
    EXPECT_TRUE(planned.job().retry_superseded());

    // Single retries of superseded runs say why and need the override.
    auto single = [&](const std::string &runId, bool superseded, wf::RetryWorkflowRunResponse *resp) {
        wf::RetryWorkflowRunRequest req;
        req.set_run_id(runId);
        req.set_idempotency_key("single-" + runId + (superseded ? "-anyway" : ""));
        req.set_retry_superseded(superseded);
        auto ctx = client().context(token("ameide", "contributor"));
        return client().operations().RetryWorkflowRun(ctx.get(), req, resp);
    };
    wf::RetryWorkflowRunResponse resp;
    auto status = single(recovered.id(), false, &resp);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(status.error_message().find("recovered"), std::string::npos) << status.error_message();
    EXPECT_NE(status.error_message().find("retry_superseded"), std::string::npos) << status.error_message();
    status = single(firstAttempt.id(), false, &resp);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(status.error_message().find("earlier attempt"), std::string::npos) << status.error_message();
    status = single(busy.id(), false, &resp);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(status.error_message().find("in progress"), std::string::npos) << status.error_message();
    wf::StartBulkRetryResponse started;
    ASSERT_TRUE(start(client(), request("chain-rule"), &started).ok());
    const auto job = waitForEnd(started.job().id());
    EXPECT_EQ(job.retried(), 2);
    EXPECT_EQ(job.skipped(), 3);
    EXPECT_EQ(job.skipped_recovered(), 1);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE retry_of_run_id = '" + secondAttempt.id() + "'"), 1);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE retry_of_run_id = '" + lone.id() + "'"), 1);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE idempotency_key LIKE 'bulk:" + job.id() + ":%'"), 2);

    status = single(recovered.id(), true, &resp);
    EXPECT_TRUE(status.ok()) << statusText(status);
    EXPECT_EQ(resp.run().retry_of_run_id(), recovered.id());

    // A chain that moves on between the snapshot and the run's turn is
    // skipped: at one retry a second, the second run's turn comes a second
    // after the first, and a person retries it in between.
    const auto first = runToEnd("ameide", "docs-publish", R"({"duration_ms": 1, "simulate_failure": "publish"})");
    const auto late = runToEnd("ameide", "docs-publish", R"({"duration_ms": 1, "simulate_failure": "publish"})");
    wf::StartBulkRetryRequest slow;
    slow.mutable_run_ids()->add_run_ids(first.id());
    slow.mutable_run_ids()->add_run_ids(late.id());
    // The job above retried it: an earlier attempt now (or one whose retry is still running).
    slow.mutable_run_ids()->add_run_ids(lone.id());
    slow.set_no_canary(true);
    slow.set_rate_per_second(1);
    slow.set_idempotency_key("slow");
    ASSERT_TRUE(start(client(), slow, &started).ok());
    EXPECT_EQ(started.job().to_retry(), 2);
    EXPECT_EQ(started.job().skipped_earlier_attempt() + started.job().skipped_in_progress(), 1);
    const auto byHand = retryOnce(late.id(), "by-hand");
    const auto lateJob = waitForEnd(started.job().id());
    EXPECT_EQ(lateJob.retried(), 1);
    EXPECT_EQ(lateJob.skipped(), 2);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE retry_of_run_id = '" + late.id() + "'"), 1);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE retry_of_run_id = '" + first.id() + "'"), 1);
    EXPECT_FALSE(byHand.id().empty());

    // Cancel the long retry so nothing outlives the test.
    wf::CancelWorkflowRunRequest cancel;
    cancel.set_run_id(busyRetry.id());
    wf::CancelWorkflowRunResponse cancelled;
    auto ctx = client().context(token("ameide", "contributor"));
    EXPECT_TRUE(client().workflows().CancelWorkflowRun(ctx.get(), cancel, &cancelled).ok());
}

// ---------------------------------------------------------------------------
// The canary, bulk cancel

TEST_F(BulkRetryTest, TheDryRunPlacesEveryChainAsTheJobDoes)
{
    // The seeded tenant holds chains of every shape; the dry run counts them
    // in memory and the job's snapshot with one look per run: the same answer.
    wf::StartBulkRetryRequest req;
    req.mutable_query()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
    req.set_rate_per_second(1);
    req.set_no_canary(true);
    req.set_dry_run(true);
    wf::StartBulkRetryResponse planned;
    ASSERT_TRUE(start(client(), req, &planned).ok());
    req.set_dry_run(false);
    req.set_idempotency_key("every-chain");
    wf::StartBulkRetryResponse started;
    ASSERT_TRUE(start(client(), req, &started).ok());
    EXPECT_GT(planned.job().skipped_recovered() + planned.job().skipped_earlier_attempt(), 0)
        << "the seed has chains that moved on";
    EXPECT_EQ(started.job().total(), planned.job().total());
    EXPECT_EQ(started.job().to_retry(), planned.job().to_retry());
    EXPECT_EQ(started.job().skipped_recovered(), planned.job().skipped_recovered());
    EXPECT_EQ(started.job().skipped_earlier_attempt(), planned.job().skipped_earlier_attempt());
    EXPECT_EQ(started.job().skipped_in_progress(), planned.job().skipped_in_progress());
    wf::CancelBulkRetryJobRequest cancel;
    cancel.set_job_id(started.job().id());
    wf::CancelBulkRetryJobResponse cancelled;
    auto ctx = client().context(token("ameide", "admin"));
    EXPECT_TRUE(client().operations().CancelBulkRetryJob(ctx.get(), cancel, &cancelled).ok());
}

class BulkJobTest : public BulkRetryTest
{
protected:
    // Failed runs of docs-publish, oldest first: each fails again when
    // retried unless recovers is set (it then fails only its first attempt).
    std::vector<std::string> failedRuns(const std::vector<bool> &recovers)
    {
        std::vector<std::string> ids;
        for (const bool ok : recovers) {
            const auto run = runToEnd("ameide", "docs-publish",
                                      ok ? R"({"duration_ms": 1, "simulate_failure": "publish", "fail_attempts": 1})"
                                         : R"({"duration_ms": 1, "simulate_failure": "publish"})");
            EXPECT_EQ(run.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
            ids.push_back(run.id());
        }
        return ids;
    }

    static wf::StartBulkRetryRequest withCanary(const std::vector<std::string> &ids, int canary, int percent,
                                                const std::string &key)
    {
        wf::StartBulkRetryRequest req;
        for (const auto &id : ids)
            req.mutable_run_ids()->add_run_ids(id);
        req.set_rate_per_second(5000);
        req.set_canary_runs(canary);
        req.set_canary_max_failed_percent(percent);
        req.set_idempotency_key(key);
        return req;
    }

    wf::BulkRetryJob waitForState(const std::string &jobId, wf::BulkRetryJobState state)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        wf::BulkRetryJob job;
        while (std::chrono::steady_clock::now() < deadline) {
            job = get(jobId);
            if (job.state() == state)
                return job;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        ADD_FAILURE() << "job " << jobId << " is " << wf::BulkRetryJobState_Name(job.state()) << ", not "
                      << wf::BulkRetryJobState_Name(state);
        return job;
    }

    // A run that stays RUNNING (or PENDING) until someone cancels it.
    std::string longRun()
    {
        wf::StartWorkflowRunRequest req;
        req.set_definition_id("wfd-ameide-docs-publish");
        EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(R"({"duration_ms": 3600000})", req.mutable_input()).ok());
        wf::StartWorkflowRunResponse resp;
        auto ctx = client().context(token("ameide", "contributor"));
        EXPECT_TRUE(client().workflows().StartWorkflowRun(ctx.get(), req, &resp).ok());
        return resp.run().id();
    }

    grpc::Status startCancel(const wf::StartBulkCancelRequest &req, wf::StartBulkCancelResponse *resp,
                             const std::string &role = "contributor")
    {
        auto ctx = client().context(token("ameide", role));
        return client().operations().StartBulkCancel(ctx.get(), req, resp);
    }

    grpc::Status resume(const std::string &jobId, wf::ResumeBulkRetryJobResponse *resp,
                        const std::string &role = "contributor")
    {
        wf::ResumeBulkRetryJobRequest req;
        req.set_job_id(jobId);
        auto ctx = client().context(token("ameide", role));
        return client().operations().ResumeBulkRetryJob(ctx.get(), req, resp);
    }
};

TEST_F(BulkJobTest, TheCanaryPausesTheJobWhenItsRetriesFailAgainTheSameWay)
{
    const auto ids = failedRuns({false, false, false, false, false, false, false});
    wf::StartBulkRetryResponse started;
    ASSERT_TRUE(start(client(), withCanary(ids, 3, 0, "canary-fails"), &started).ok());
    EXPECT_EQ(started.job().canary_runs(), 3);
    EXPECT_EQ(started.job().phase(), wf::BULK_JOB_PHASE_CANARY);
    EXPECT_NE(started.job().job().phase().find("canary"), std::string::npos) << started.job().job().phase();

    const auto paused = waitForState(started.job().id(), wf::BULK_RETRY_JOB_STATE_PAUSED);
    EXPECT_EQ(paused.retried(), 3); // the canary only
    EXPECT_EQ(paused.canary_started(), 3);
    EXPECT_EQ(paused.canary_ended(), 3);
    EXPECT_EQ(paused.canary_failed_same(), 3);
    EXPECT_NE(paused.pause_reason().find("3 of 3 canary retries failed again the same way"), std::string::npos)
        << paused.pause_reason();
    EXPECT_NE(paused.pause_reason().find("4 runs were not retried"), std::string::npos) << paused.pause_reason();
    EXPECT_EQ(paused.job().state(), jv1::JOB_STATE_PAUSED);
    EXPECT_EQ(paused.job().message(), paused.pause_reason());
    EXPECT_FALSE(paused.has_ended_at());
    // It stays paused: nothing more is retried while nobody decides.
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    EXPECT_EQ(get(paused.id()).retried(), 3);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE idempotency_key LIKE 'bulk:" + paused.id() + ":%'"), 3);
    // The first three runs were the canary.
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM bulk_retry_job_items WHERE job_id = '" + paused.id()
                        + "' AND canary = 1 AND position < 3"),
              3);

    wf::ResumeBulkRetryJobResponse resumed;
    EXPECT_EQ(resume(paused.id(), &resumed, "viewer").error_code(), grpc::StatusCode::PERMISSION_DENIED);
    ASSERT_TRUE(resume(paused.id(), &resumed).ok());
    EXPECT_EQ(resumed.job().state(), wf::BULK_RETRY_JOB_STATE_RUNNING);
    EXPECT_EQ(resumed.job().phase(), wf::BULK_JOB_PHASE_REST);
    const auto done = waitForEnd(paused.id());
    EXPECT_EQ(done.state(), wf::BULK_RETRY_JOB_STATE_COMPLETED);
    EXPECT_EQ(done.retried(), 7);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE idempotency_key LIKE 'bulk:" + done.id() + ":%'"), 7);
    EXPECT_EQ(resume(done.id(), &resumed).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
}

TEST_F(BulkJobTest, TheCanaryLetsTheRestGoWhenAtMostTheAllowedShareFailsAgain)
{
    // Canary of four: two fail again, two recover; 50% allowed.
    const auto ids = failedRuns({false, true, false, true, true, true});
    wf::StartBulkRetryResponse started;
    ASSERT_TRUE(start(client(), withCanary(ids, 4, 50, "canary-passes"), &started).ok());
    const auto done = waitForEnd(started.job().id());
    EXPECT_EQ(done.state(), wf::BULK_RETRY_JOB_STATE_COMPLETED);
    EXPECT_EQ(done.retried(), 6);
    EXPECT_EQ(done.canary_started(), 4);
    EXPECT_EQ(done.canary_ended(), 4);
    EXPECT_EQ(done.canary_failed_same(), 2);
    EXPECT_EQ(done.phase(), wf::BULK_JOB_PHASE_REST);
    EXPECT_TRUE(done.pause_reason().empty());

    // The same canary with 25% allowed pauses; a pause can be stopped.
    const auto again = failedRuns({false, true, false, true, true, true});
    ASSERT_TRUE(start(client(), withCanary(again, 4, 25, "canary-strict"), &started).ok());
    const auto paused = waitForState(started.job().id(), wf::BULK_RETRY_JOB_STATE_PAUSED);
    EXPECT_EQ(paused.canary_failed_same(), 2);
    wf::CancelBulkRetryJobRequest stop;
    stop.set_job_id(paused.id());
    wf::CancelBulkRetryJobResponse stopped;
    auto ctx = client().context(token("ameide", "contributor"));
    ASSERT_TRUE(client().operations().CancelBulkRetryJob(ctx.get(), stop, &stopped).ok());
    EXPECT_EQ(stopped.job().state(), wf::BULK_RETRY_JOB_STATE_CANCELLED);
    EXPECT_EQ(stopped.job().retried(), 4);
}

TEST_F(BulkJobTest, TheCanaryIsValidatedAndOffWhenAsked)
{
    const auto ids = failedRuns({false, false});
    wf::StartBulkRetryResponse resp;
    auto bad = withCanary(ids, 101, 0, "k");
    EXPECT_EQ(start(client(), bad, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    bad = withCanary(ids, 0, 101, "k");
    EXPECT_EQ(start(client(), bad, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    bad = withCanary(ids, -1, 0, "k");
    EXPECT_EQ(start(client(), bad, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);

    // 0 means the default canary of 5.
    auto dry = withCanary(ids, 0, 0, "");
    dry.set_dry_run(true);
    ASSERT_TRUE(start(client(), dry, &resp).ok());
    EXPECT_EQ(resp.job().canary_runs(), 5);
    dry.set_no_canary(true);
    ASSERT_TRUE(start(client(), dry, &resp).ok());
    EXPECT_EQ(resp.job().canary_runs(), 0);
    EXPECT_EQ(resp.job().phase(), wf::BULK_JOB_PHASE_UNSPECIFIED);
    EXPECT_TRUE(resp.job().job().phase().empty());
}

TEST_F(BulkJobTest, BulkCancelCancelsEachRunningRunOnceAndLeavesEndedOnesAlone)
{
    std::vector<std::string> running;
    for (int i = 0; i < 6; ++i)
        running.push_back(longRun());
    const auto ended = runToEnd("ameide", "docs-publish", R"({"duration_ms": 1})");

    wf::StartBulkCancelRequest req;
    for (const auto &id : running)
        req.mutable_run_ids()->add_run_ids(id);
    req.mutable_run_ids()->add_run_ids(ended.id());
    req.mutable_run_ids()->add_run_ids("run-of-nobody");
    req.set_reason("deploy rolled back");
    req.set_dry_run(true);
    wf::StartBulkCancelResponse resp;
    ASSERT_TRUE(startCancel(req, &resp).ok());
    EXPECT_EQ(resp.job().action(), wf::BULK_JOB_ACTION_CANCEL);
    EXPECT_EQ(resp.job().total(), 8);
    EXPECT_EQ(resp.job().to_retry(), 6);
    EXPECT_EQ(resp.job().skipped_not_failed(), 2);
    EXPECT_EQ(resp.job().job().kind(), "bulk_cancel");
    EXPECT_EQ(resp.job().job().state(), jv1::JOB_STATE_PLANNED);
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM bulk_retry_jobs"), 0);

    req.set_dry_run(false);
    EXPECT_EQ(startCancel(req, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT); // no key
    req.set_idempotency_key("stop-them");
    EXPECT_EQ(startCancel(req, &resp, "viewer").error_code(), grpc::StatusCode::PERMISSION_DENIED);
    ASSERT_TRUE(startCancel(req, &resp).ok());
    EXPECT_TRUE(resp.created());
    const auto job = waitForEnd(resp.job().id());
    EXPECT_EQ(job.state(), wf::BULK_RETRY_JOB_STATE_COMPLETED);
    EXPECT_EQ(job.retried(), 6);
    EXPECT_EQ(job.skipped(), 2);
    EXPECT_EQ(job.job().kind(), "bulk_cancel");
    for (const auto &id : running) {
        EXPECT_EQ(sqlScalar("SELECT status FROM workflow_runs WHERE id = '" + id + "'"), wf::WORKFLOW_RUN_STATUS_CANCELLED);
        EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflows_execution_status_updates u JOIN workflow_runs r"
                            " ON r.seq = u.run_seq WHERE r.id = '" + id + "' AND u.run_status = 5"
                            " AND u.message = 'deploy rolled back'"),
                  1);
    }
    EXPECT_EQ(sqlScalar("SELECT status FROM workflow_runs WHERE id = '" + ended.id() + "'"),
              wf::WORKFLOW_RUN_STATUS_COMPLETED);

    // The same key answers the same job and cancels nothing more.
    wf::StartBulkCancelResponse again;
    ASSERT_TRUE(startCancel(req, &again).ok());
    EXPECT_FALSE(again.created());
    EXPECT_EQ(again.job().id(), job.id());

    // A query naming only statuses a cancel cannot take selects nothing.
    wf::StartBulkCancelRequest none;
    none.mutable_query()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
    none.set_dry_run(true);
    ASSERT_TRUE(startCancel(none, &resp).ok());
    EXPECT_EQ(resp.job().total(), 0);
    // No target, or a reason too long, is refused.
    wf::StartBulkCancelRequest bad;
    bad.set_dry_run(true);
    EXPECT_EQ(startCancel(bad, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    bad.mutable_query();
    bad.set_reason(std::string(501, 'x'));
    EXPECT_EQ(startCancel(bad, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(BulkJobTest, BulkCancelByQueryTakesOnlyPendingAndRunningRuns)
{
    const auto a = longRun();
    const auto b = longRun();
    wf::StartBulkCancelRequest req;
    req.mutable_query()->add_definition_ids("wfd-ameide-docs-publish");
    req.set_dry_run(true);
    wf::StartBulkCancelResponse resp;
    ASSERT_TRUE(startCancel(req, &resp).ok());
    const auto active = sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide'"
                                  " AND definition_id = 'wfd-ameide-docs-publish' AND status IN (1, 2)");
    EXPECT_EQ(resp.job().total(), active);
    EXPECT_GE(active, 2);
    EXPECT_EQ(resp.job().to_retry(), active);
    req.set_dry_run(false);
    req.set_idempotency_key("by-query");
    ASSERT_TRUE(startCancel(req, &resp).ok());
    EXPECT_EQ(resp.job().description(), "cancel of the pending and running runs matching a query");
    const auto job = waitForEnd(resp.job().id());
    EXPECT_EQ(job.retried() + job.skipped(), active);
    EXPECT_EQ(sqlScalar("SELECT status FROM workflow_runs WHERE id = '" + a + "'"), wf::WORKFLOW_RUN_STATUS_CANCELLED);
    EXPECT_EQ(sqlScalar("SELECT status FROM workflow_runs WHERE id = '" + b + "'"), wf::WORKFLOW_RUN_STATUS_CANCELLED);
}
