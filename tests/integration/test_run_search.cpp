// SearchWorkflowRuns, CountWorkflowRuns, ListWorkflowRunUpdates and the
// RetryWorkflowRun extensions against the real platform.
#include "platform_fixture.h"
#include "store/database.h"

#include <SQLiteCpp/Statement.h>
#include <google/protobuf/util/json_util.h>

#include <limits>
#include <set>

using namespace ameide::test;

class RunSearchTest : public PlatformFixture
{
protected:
    grpc::Status search(const wf::WorkflowRunQuery &query, const wf::RunSort &sort, int pageSize,
                        const std::string &pageToken, wf::SearchWorkflowRunsResponse *resp,
                        const std::string &role = "viewer")
    {
        wf::SearchWorkflowRunsRequest req;
        *req.mutable_query() = query;
        *req.mutable_sort() = sort;
        req.mutable_pagination()->set_page_size(pageSize);
        req.mutable_pagination()->set_page_token(pageToken);
        auto ctx = client().context(token("ameide", role));
        return client().operations().SearchWorkflowRuns(ctx.get(), req, resp);
    }

    // Every page of the search, in order.
    std::vector<wf::WorkflowRun> searchAll(const wf::WorkflowRunQuery &query, const wf::RunSort &sort, int pageSize)
    {
        std::vector<wf::WorkflowRun> out;
        std::string pageToken;
        do {
            wf::SearchWorkflowRunsResponse resp;
            const auto status = search(query, sort, pageSize, pageToken, &resp);
            EXPECT_TRUE(status.ok()) << statusText(status);
            if (!status.ok())
                break;
            EXPECT_LE(resp.runs_size(), pageSize);
            out.insert(out.end(), resp.runs().begin(), resp.runs().end());
            pageToken = resp.pagination().next_page_token();
        } while (!pageToken.empty());
        return out;
    }

    wf::CountWorkflowRunsResponse count(const wf::WorkflowRunQuery &query)
    {
        wf::CountWorkflowRunsRequest req;
        *req.mutable_query() = query;
        wf::CountWorkflowRunsResponse resp;
        auto ctx = client().context(token("ameide", "viewer"));
        const auto status = client().operations().CountWorkflowRuns(ctx.get(), req, &resp);
        EXPECT_TRUE(status.ok()) << statusText(status);
        return resp;
    }

    static std::int64_t ms(const google::protobuf::Timestamp &ts) { return ts.seconds() * 1000 + ts.nanos() / 1000000; }
};

TEST_F(RunSearchTest, EverySortPagesThroughEveryRunOnceInOrder)
{
    // A run not yet started (started_at NULL) and not ended (no duration) must page like any other.
    server().database().write([](SQLite::Database &db) {
        db.exec("UPDATE workflow_runs SET status = 1, started_at = NULL, ended_at = NULL WHERE seq ="
                " (SELECT MAX(seq) FROM workflow_runs WHERE tenant_id = 'tenant-ameide' AND status = 3)");
    });
    const auto total = sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide'");
    for (int field = wf::RunSortField_MIN; field <= wf::RunSortField_MAX; ++field) {
        for (const bool asc : {false, true}) {
            wf::RunSort sort;
            sort.set_field(static_cast<wf::RunSortField>(field));
            sort.set_ascending(asc);
            SCOPED_TRACE(wf::RunSortField_Name(sort.field()) + (asc ? " ascending" : " descending"));
            const auto runs = searchAll({}, sort, 37);
            ASSERT_EQ(static_cast<std::int64_t>(runs.size()), total);
            std::set<std::string> ids;
            for (const auto &r : runs)
                ids.insert(r.id());
            EXPECT_EQ(static_cast<std::int64_t>(ids.size()), total) << "no run twice";
            auto key = [&](const wf::WorkflowRun &r) -> std::int64_t {
                switch (sort.field()) {
                case wf::RUN_SORT_FIELD_STARTED_AT:
                    return r.started_at().seconds() == 0 ? INT64_MAX : ms(r.started_at());
                case wf::RUN_SORT_FIELD_DURATION:
                    return r.ended_at().seconds() == 0 || r.started_at().seconds() == 0
                        ? -1
                        : ms(r.ended_at()) - ms(r.started_at());
                case wf::RUN_SORT_FIELD_STATUS:
                    return r.status();
                case wf::RUN_SORT_FIELD_ATTEMPT:
                    return r.attempt();
                default:
                    return ms(r.created_at());
                }
            };
            for (std::size_t i = 1; i < runs.size(); ++i) {
                if (sort.field() == wf::RUN_SORT_FIELD_DEFINITION) {
                    if (asc)
                        EXPECT_LE(runs[i - 1].definition_id(), runs[i].definition_id());
                    else
                        EXPECT_GE(runs[i - 1].definition_id(), runs[i].definition_id());
                } else if (asc) {
                    EXPECT_LE(key(runs[i - 1]), key(runs[i])) << i;
                } else {
                    EXPECT_GE(key(runs[i - 1]), key(runs[i])) << i;
                }
            }
        }
    }
}

TEST_F(RunSearchTest, FiltersNarrowAndCountsAgree)
{
    wf::WorkflowRunQuery failed;
    failed.add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
    const auto failedRuns = searchAll(failed, {}, 100);
    ASSERT_FALSE(failedRuns.empty());
    for (const auto &r : failedRuns) {
        EXPECT_EQ(r.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
        EXPECT_EQ(r.failure_signature().size(), 16u) << r.id();
    }
    const auto all = count({});
    EXPECT_EQ(all.total(), sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide'"));
    EXPECT_EQ(all.total(), all.pending() + all.running() + all.completed() + all.failed() + all.cancelled());
    EXPECT_EQ(all.failed(), static_cast<std::int64_t>(failedRuns.size()));

    wf::WorkflowRunQuery recovered;
    recovered.set_recovery(wf::RUN_RECOVERY_RECOVERED);
    wf::WorkflowRunQuery unrecovered;
    unrecovered.set_recovery(wf::RUN_RECOVERY_UNRECOVERED);
    const auto rec = searchAll(recovered, {}, 100);
    const auto unrec = searchAll(unrecovered, {}, 100);
    EXPECT_FALSE(rec.empty());
    EXPECT_FALSE(unrec.empty());
    for (const auto &r : rec)
        EXPECT_TRUE(r.status() == wf::WORKFLOW_RUN_STATUS_FAILED && r.recovered());
    for (const auto &r : unrec)
        EXPECT_TRUE(r.status() == wf::WORKFLOW_RUN_STATUS_FAILED && !r.recovered());
    EXPECT_EQ(rec.size() + unrec.size(), failedRuns.size());
    EXPECT_EQ(all.recovered(), static_cast<std::int64_t>(rec.size()));
    EXPECT_EQ(count(recovered).failed(), static_cast<std::int64_t>(rec.size()));

    // A recovered run's chain really ended COMPLETED.
    wf::WorkflowRunQuery chain;
    chain.set_original_run_id(rec.front().original_run_id());
    bool completed = false;
    for (const auto &r : searchAll(chain, {}, 100)) {
        EXPECT_EQ(r.original_run_id(), rec.front().original_run_id());
        completed = completed || r.status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;
    }
    EXPECT_TRUE(completed);

    wf::WorkflowRunQuery byName;
    byName.set_definition_name("CODING-ag");
    const auto coding = searchAll(byName, {}, 100);
    ASSERT_FALSE(coding.empty());
    for (const auto &r : coding)
        EXPECT_EQ(r.definition_name(), "coding-agent");
    EXPECT_EQ(count(byName).total(), static_cast<std::int64_t>(coding.size()));

    wf::WorkflowRunQuery signature;
    signature.set_failure_signature(failedRuns.front().failure_signature());
    for (const auto &r : searchAll(signature, {}, 100))
        EXPECT_EQ(r.failure_signature(), failedRuns.front().failure_signature());

    wf::WorkflowRunQuery prefix;
    prefix.set_run_id_prefix(failedRuns.front().id().substr(0, 6));
    const auto byPrefix = searchAll(prefix, {}, 100);
    ASSERT_FALSE(byPrefix.empty());
    for (const auto &r : byPrefix)
        EXPECT_EQ(r.id().substr(0, 6), failedRuns.front().id().substr(0, 6));

    wf::WorkflowRunQuery window;
    const auto created = failedRuns.front().created_at();
    *window.mutable_created_after() = created;
    window.mutable_created_before()->set_seconds(created.seconds() + 1);
    for (const auto &r : searchAll(window, {}, 100)) {
        EXPECT_GE(ms(r.created_at()), ms(created));
        EXPECT_LT(r.created_at().seconds(), created.seconds() + 1);
    }
}

TEST_F(RunSearchTest, InvalidQueriesNameTheField)
{
    auto expectInvalid = [&](const wf::WorkflowRunQuery &query, const std::string &field) {
        wf::SearchWorkflowRunsResponse resp;
        const auto status = search(query, {}, 10, "", &resp);
        EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << field;
        EXPECT_NE(status.error_message().find(field), std::string::npos) << status.error_message();
    };
    wf::WorkflowRunQuery q;
    q.set_run_id_prefix("abc");
    expectInvalid(q, "query.run_id_prefix");
    q.Clear();
    q.mutable_created_after()->set_seconds(100);
    q.mutable_created_before()->set_seconds(100);
    expectInvalid(q, "query.created_after");
    q.Clear();
    q.set_failure_signature("XYZ");
    expectInvalid(q, "query.failure_signature");
    q.Clear();
    q.add_statuses(wf::WORKFLOW_RUN_STATUS_UNSPECIFIED);
    expectInvalid(q, "query.statuses[0]");
    q.Clear();
    q.add_definition_ids("bad id");
    expectInvalid(q, "query.definition_ids[0]");
    q.Clear();
    q.set_recovery(static_cast<wf::RunRecovery>(9));
    expectInvalid(q, "query.recovery");

    // A page token belongs to its query and sort.
    wf::SearchWorkflowRunsResponse first;
    ASSERT_TRUE(search({}, {}, 5, "", &first).ok());
    wf::RunSort other;
    other.set_field(wf::RUN_SORT_FIELD_DURATION);
    wf::SearchWorkflowRunsResponse resp;
    EXPECT_EQ(search({}, other, 5, first.pagination().next_page_token(), &resp).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(RunSearchTest, TheLongHistoryPagesOldestFirstWithItsTotal)
{
    wf::WorkflowRunQuery q;
    q.set_element_id("element-history-20k");
    const auto runs = searchAll(q, {}, 10);
    ASSERT_EQ(runs.size(), 1u);
    std::string pageToken;
    std::int64_t last = 0;
    std::int64_t seen = 0;
    int pages = 0;
    do {
        wf::ListWorkflowRunUpdatesRequest req;
        req.set_run_id(runs.front().id());
        req.mutable_pagination()->set_page_size(1000);
        req.mutable_pagination()->set_page_token(pageToken);
        wf::ListWorkflowRunUpdatesResponse resp;
        auto ctx = client().context(token("ameide", "viewer"));
        const auto status = client().operations().ListWorkflowRunUpdates(ctx.get(), req, &resp);
        ASSERT_TRUE(status.ok()) << statusText(status);
        EXPECT_EQ(resp.total(), 20000);
        for (const auto &u : resp.updates()) {
            EXPECT_GT(u.sequence(), last);
            EXPECT_EQ(u.run_id(), runs.front().id());
            last = u.sequence();
            ++seen;
        }
        pageToken = resp.pagination().next_page_token();
        ++pages;
    } while (!pageToken.empty());
    EXPECT_EQ(seen, 20000);
    EXPECT_EQ(pages, 20);

    wf::ListWorkflowRunUpdatesRequest req;
    req.set_run_id(runs.front().id());
    req.mutable_pagination()->set_page_size(1001);
    wf::ListWorkflowRunUpdatesResponse resp;
    auto ctx = client().context(token("ameide", "viewer"));
    EXPECT_EQ(client().operations().ListWorkflowRunUpdates(ctx.get(), req, &resp).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);
    req.mutable_pagination()->set_page_size(10);
    auto other = client().context(token("acme", "viewer"));
    EXPECT_EQ(client().operations().ListWorkflowRunUpdates(other.get(), req, &resp).error_code(),
              grpc::StatusCode::NOT_FOUND);
}

TEST_F(RunSearchTest, TheLongHistoryPagesNewestFirstAndATokenKeepsItsOrder)
{
    wf::WorkflowRunQuery q;
    q.set_element_id("element-history-20k");
    const auto runs = searchAll(q, {}, 10);
    ASSERT_EQ(runs.size(), 1u);
    const auto page = [&](bool newestFirst, const std::string &pageToken, wf::ListWorkflowRunUpdatesResponse *resp) {
        wf::ListWorkflowRunUpdatesRequest req;
        req.set_run_id(runs.front().id());
        req.set_newest_first(newestFirst);
        req.mutable_pagination()->set_page_size(1000);
        req.mutable_pagination()->set_page_token(pageToken);
        auto ctx = client().context(token("ameide", "viewer"));
        return client().operations().ListWorkflowRunUpdates(ctx.get(), req, resp);
    };
    std::string pageToken;
    std::int64_t last = std::numeric_limits<std::int64_t>::max();
    std::int64_t seen = 0;
    std::int64_t newest = 0;
    std::int64_t oldest = 0;
    do {
        wf::ListWorkflowRunUpdatesResponse resp;
        const auto status = page(true, pageToken, &resp);
        ASSERT_TRUE(status.ok()) << statusText(status);
        EXPECT_EQ(resp.total(), 20000);
        for (const auto &u : resp.updates()) {
            EXPECT_LT(u.sequence(), last);
            if (seen == 0)
                newest = u.sequence();
            last = oldest = u.sequence();
            ++seen;
        }
        pageToken = resp.pagination().next_page_token();
    } while (!pageToken.empty());
    EXPECT_EQ(seen, 20000);

    // The ends agree with oldest first.
    wf::ListWorkflowRunUpdatesResponse first;
    ASSERT_TRUE(page(false, "", &first).ok());
    ASSERT_GT(first.updates_size(), 0);
    EXPECT_EQ(first.updates(0).sequence(), oldest);
    wf::ListWorkflowRunUpdatesResponse top;
    ASSERT_TRUE(page(true, "", &top).ok());
    EXPECT_EQ(top.updates(0).sequence(), newest);
    // A token of one order means nothing in the other.
    wf::ListWorkflowRunUpdatesResponse resp;
    EXPECT_EQ(page(true, first.pagination().next_page_token(), &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(page(false, top.pagination().next_page_token(), &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

class RetryExtensionsTest : public RunSearchTest
{
protected:
    grpc::Status retry(const wf::RetryWorkflowRunRequest &req, wf::RetryWorkflowRunResponse *resp)
    {
        auto ctx = client().context(token("ameide", "contributor"));
        return client().operations().RetryWorkflowRun(ctx.get(), req, resp);
    }
};

TEST_F(RetryExtensionsTest, FromTheFailedStepCarriesTheEarlierStepsOverAndRecoversTheChain)
{
    const auto failed = runToEnd("ameide", "docs-publish",
                                 R"({"duration_ms": 5, "simulate_failure": "link-check", "fail_attempts": 1})");
    ASSERT_EQ(failed.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    EXPECT_FALSE(failed.recovered());
    EXPECT_EQ(failed.failure_signature().size(), 16u);
    wf::RetryWorkflowRunRequest req;
    req.set_run_id(failed.id());
    req.set_idempotency_key("from-step");
    req.set_from_failed_step(true);
    wf::RetryWorkflowRunResponse resp;
    ASSERT_TRUE(retry(req, &resp).ok());
    const auto done = waitForRun("ameide", resp.run().id(), [](const wf::WorkflowRun &r) {
        return r.status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;
    });
    ASSERT_EQ(done.steps_size(), 3);
    EXPECT_EQ(done.steps(0).status(), wf::WORKFLOW_STEP_STATUS_COMPLETED);
    EXPECT_EQ(ms(done.steps(0).started_at()), ms(failed.steps(0).started_at()));
    EXPECT_EQ(ms(done.steps(0).ended_at()), ms(failed.steps(0).ended_at()));
    EXPECT_GE(ms(done.steps(1).started_at()), ms(done.created_at()));
    // Only the failed step and the ones after it ran again.
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM workflows_execution_status_updates u JOIN workflow_runs r ON r.seq ="
                     " u.run_seq WHERE r.id = '" + done.id() + "' AND u.step_id = 'render'"),
              0);
    const auto original = waitForRun("ameide", failed.id(), [](const wf::WorkflowRun &r) { return r.recovered(); });
    EXPECT_TRUE(original.recovered());

    // The same key again is the same retry.
    wf::RetryWorkflowRunResponse again;
    ASSERT_TRUE(retry(req, &again).ok());
    EXPECT_FALSE(again.created());
    EXPECT_EQ(again.run().id(), resp.run().id());

    // Only failed runs (with a failed step) can be retried from it.
    req.set_run_id(done.id());
    req.set_idempotency_key("from-step-completed");
    const auto status = retry(req, &again);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
}

TEST_F(RetryExtensionsTest, ReplacedInputIsTheRetrysInput)
{
    const auto failed = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5, "simulate_failure": "render"})");
    ASSERT_EQ(failed.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    wf::RetryWorkflowRunRequest req;
    req.set_run_id(failed.id());
    req.set_idempotency_key("new-input");
    req.set_replace_input(true);
    ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(R"({"duration_ms": 5, "ticket": "AM-1"})",
                                                            req.mutable_input())
                    .ok());
    wf::RetryWorkflowRunResponse resp;
    ASSERT_TRUE(retry(req, &resp).ok());
    const auto done = waitForRun("ameide", resp.run().id(), [](const wf::WorkflowRun &r) {
        return r.status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;
    });
    EXPECT_EQ(done.input().fields().at("ticket").string_value(), "AM-1");
    EXPECT_EQ(done.input().fields().count("simulate_failure"), 0u);

    // An oversized input is refused, naming the field.
    wf::RetryWorkflowRunRequest big = req;
    big.set_idempotency_key("big-input");
    (*big.mutable_input()->mutable_fields())["blob"].set_string_value(std::string(70 * 1024, 'x'));
    const auto status = retry(big, &resp);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(status.error_message().find("input"), std::string::npos);
}
