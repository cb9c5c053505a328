#include "platform_fixture.h"
#include "platform_server.h"
#include "store/database.h"

#include <SQLiteCpp/Statement.h>

#include <thread>

using namespace ameide::test;

class RetryTest : public PlatformFixture
{
protected:
    grpc::Status retry(const std::string &runId, const std::string &key, wf::RetryWorkflowRunResponse *resp,
                       const std::string &role = "contributor")
    {
        wf::RetryWorkflowRunRequest req;
        req.set_run_id(runId);
        req.set_idempotency_key(key);
        auto ctx = client().context(token("ameide", role));
        return client().operations().RetryWorkflowRun(ctx.get(), req, resp);
    }

    std::int64_t retriesOf(const std::string &runId)
    {
        return server().database().read([&](SQLite::Database &db) {
            SQLite::Statement q(db, "SELECT COUNT(*) FROM workflow_runs WHERE retry_of_run_id = ?");
            q.bind(1, runId);
            q.executeStep();
            return q.getColumn(0).getInt64();
        });
    }
};

TEST_F(RetryTest, AFailingActivityFailsTheRunWithReasonAndClass)
{
    const auto run = runToEnd("ameide", "docs-publish",
                              R"({"duration_ms": 5, "simulate_failure": "link-check",
                                  "failure_reason": "404 on /runs", "error_class": "LinkError"})");
    ASSERT_EQ(run.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    EXPECT_EQ(run.failed_step_id(), "link-check");
    EXPECT_EQ(run.failure_reason(), "404 on /runs");
    EXPECT_EQ(run.error_class(), "LinkError");
    ASSERT_EQ(run.steps_size(), 3);
    EXPECT_EQ(run.steps(0).status(), wf::WORKFLOW_STEP_STATUS_COMPLETED);
    EXPECT_EQ(run.steps(1).status(), wf::WORKFLOW_STEP_STATUS_FAILED);
    EXPECT_EQ(run.steps(1).error_class(), "LinkError");
    EXPECT_EQ(run.steps(2).status(), wf::WORKFLOW_STEP_STATUS_PENDING);
    EXPECT_TRUE(run.has_started_at());
    EXPECT_TRUE(run.has_ended_at());
}

TEST_F(RetryTest, TheSameRequestTwiceMakesOneRun)
{
    const auto failed = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5, "simulate_failure": "render"})");
    ASSERT_EQ(failed.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    wf::RetryWorkflowRunResponse first;
    wf::RetryWorkflowRunResponse second;
    ASSERT_TRUE(retry(failed.id(), "key-1", &first).ok());
    ASSERT_TRUE(retry(failed.id(), "key-1", &second).ok());
    EXPECT_TRUE(first.created());
    EXPECT_FALSE(second.created());
    EXPECT_EQ(first.run().id(), second.run().id());
    EXPECT_EQ(retriesOf(failed.id()), 1);
    EXPECT_EQ(first.run().retry_of_run_id(), failed.id());
    EXPECT_EQ(first.run().original_run_id(), failed.id());
    EXPECT_EQ(first.run().attempt(), 2);
    EXPECT_EQ(first.run().definition_id(), failed.definition_id());
    EXPECT_EQ(first.run().version_number(), failed.version_number());
}

TEST_F(RetryTest, ConcurrentDuplicatesStillMakeOneRun)
{
    const auto failed = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5, "simulate_failure": "render"})");
    std::vector<std::thread> threads;
    std::vector<wf::RetryWorkflowRunResponse> responses(8);
    std::vector<grpc::Status> statuses(8);
    for (std::size_t i = 0; i < responses.size(); ++i)
        threads.emplace_back([&, i] { statuses[i] = retry(failed.id(), "same-key", &responses[i]); });
    for (auto &t : threads)
        t.join();
    int created = 0;
    for (std::size_t i = 0; i < responses.size(); ++i) {
        ASSERT_TRUE(statuses[i].ok()) << statusText(statuses[i]);
        EXPECT_EQ(responses[i].run().id(), responses[0].run().id());
        created += responses[i].created() ? 1 : 0;
    }
    EXPECT_EQ(created, 1);
    EXPECT_EQ(retriesOf(failed.id()), 1);
}

TEST_F(RetryTest, ARetryCanRecoverTheRunAndKeepsTheChain)
{
    const auto failed =
        runToEnd("ameide", "docs-publish", R"({"duration_ms": 5, "simulate_failure": "publish", "fail_attempts": 1})");
    ASSERT_EQ(failed.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    wf::RetryWorkflowRunResponse resp;
    ASSERT_TRUE(retry(failed.id(), "recover", &resp).ok());
    const auto recovered = waitForRun("ameide", resp.run().id(), [](const wf::WorkflowRun &r) {
        return r.status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;
    });
    EXPECT_EQ(recovered.retry_of_run_id(), failed.id());
    EXPECT_EQ(recovered.input().fields().at("simulate_failure").string_value(), "publish");
}

TEST_F(RetryTest, OnlyFailedRunsCanBeRetried)
{
    const auto completed = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5})");
    ASSERT_EQ(completed.status(), wf::WORKFLOW_RUN_STATUS_COMPLETED);
    wf::RetryWorkflowRunResponse resp;
    EXPECT_EQ(retry(completed.id(), "k", &resp).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_EQ(retriesOf(completed.id()), 0);
}

TEST_F(RetryTest, KeysAreRequiredAndCannotBeReusedForAnotherRun)
{
    const auto a = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5, "simulate_failure": "render"})");
    const auto b = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5, "simulate_failure": "render"})");
    wf::RetryWorkflowRunResponse resp;
    const auto missing = retry(a.id(), "", &resp);
    EXPECT_EQ(missing.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(missing.error_message().find("idempotency_key"), std::string::npos);
    ASSERT_TRUE(retry(a.id(), "shared", &resp).ok());
    EXPECT_EQ(retry(b.id(), "shared", &resp).error_code(), grpc::StatusCode::ALREADY_EXISTS);
    EXPECT_EQ(retriesOf(b.id()), 0);
}

TEST_F(RetryTest, CancelStopsARunningRun)
{
    wf::StartWorkflowRunRequest start;
    start.set_definition_id("wfd-ameide-docs-publish");
    (*start.mutable_input()->mutable_fields())["duration_ms"].set_number_value(60000);
    wf::StartWorkflowRunResponse started;
    auto c1 = client().context(token("ameide", "contributor"));
    ASSERT_TRUE(client().workflows().StartWorkflowRun(c1.get(), start, &started).ok());
    waitForRun("ameide", started.run().id(),
               [](const wf::WorkflowRun &r) { return r.status() == wf::WORKFLOW_RUN_STATUS_RUNNING; });
    wf::CancelWorkflowRunRequest cancel;
    cancel.set_run_id(started.run().id());
    wf::CancelWorkflowRunResponse cancelled;
    auto c2 = client().context(token("ameide", "contributor"));
    ASSERT_TRUE(client().workflows().CancelWorkflowRun(c2.get(), cancel, &cancelled).ok());
    EXPECT_EQ(cancelled.run().status(), wf::WORKFLOW_RUN_STATUS_CANCELLED);
    auto c3 = client().context(token("ameide", "contributor"));
    EXPECT_EQ(client().workflows().CancelWorkflowRun(c3.get(), cancel, &cancelled).error_code(),
              grpc::StatusCode::FAILED_PRECONDITION);
    const auto described = waitForRun("ameide", started.run().id(), [](const wf::WorkflowRun &) { return true; });
    EXPECT_EQ(described.steps(0).status(), wf::WORKFLOW_STEP_STATUS_CANCELLED);
}
