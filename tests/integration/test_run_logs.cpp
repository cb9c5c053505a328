// ListWorkflowRunLogs against the in-process platform: paging past 5,000
// lines, each filter, following a running run with after_sequence, the
// executor's lines for a failure, the seeder's, tenants and bad input.
#include "platform_fixture.h"
#include "platform_server.h"
#include "store/database.h"
#include "store/run_log_store.h"

#include <SQLiteCpp/Statement.h>

#include <google/protobuf/util/json_util.h>

#include <set>
#include <thread>

using namespace ameide::test;
namespace platform = ameide::platform;

class RunLogsTest : public PlatformFixture
{
protected:
    grpc::Status list(const wf::ListWorkflowRunLogsRequest &req, wf::ListWorkflowRunLogsResponse *resp,
                      const std::string &tenant = "ameide", const std::string &role = "viewer")
    {
        auto ctx = client().context(token(tenant, role));
        return client().operations().ListWorkflowRunLogs(ctx.get(), req, resp);
    }

    // Every line of the request, page by page.
    std::vector<wf::RunLogLine> listAll(wf::ListWorkflowRunLogsRequest req, int *pages = nullptr)
    {
        std::vector<wf::RunLogLine> out;
        int count = 0;
        while (true) {
            wf::ListWorkflowRunLogsResponse resp;
            const auto status = list(req, &resp);
            EXPECT_TRUE(status.ok()) << statusText(status);
            if (!status.ok())
                break;
            ++count;
            out.insert(out.end(), resp.lines().begin(), resp.lines().end());
            if (resp.pagination().next_page_token().empty())
                break;
            req.mutable_pagination()->set_page_token(resp.pagination().next_page_token());
        }
        if (pages)
            *pages = count;
        return out;
    }

    std::int64_t runSeqOf(const std::string &runId)
    {
        return server().database().read([&](SQLite::Database &db) {
            SQLite::Statement q(db, "SELECT seq FROM workflow_runs WHERE id = ?");
            q.bind(1, runId);
            q.executeStep();
            return q.getColumn(0).getInt64();
        });
    }

    // Appends `count` lines straight through the store: levels cycle from
    // DEBUG to ERROR, steps alternate between "alpha" and "beta", and every
    // 100th message says "Needle".
    void appendLines(const std::string &runId, int count)
    {
        const auto seq = runSeqOf(runId);
        server().database().write([&](SQLite::Database &db) {
            platform::RunLogWriter writer(db);
            for (int i = 0; i < count; ++i) {
                platform::RunLogRow row;
                row.runSeq = seq;
                row.stepId = i % 2 == 0 ? "alpha" : "beta";
                row.level = static_cast<wf::RunLogLevel>(1 + i % 4);
                row.at = 1700000000000 + i;
                row.message = (i % 100 == 0 ? "Needle " : "line ") + std::to_string(i) + " 50%_done";
                row.fields = {{"i", std::to_string(i)}};
                writer.append(row);
            }
        });
    }

    static wf::ListWorkflowRunLogsRequest request(const std::string &runId, int pageSize = 0)
    {
        wf::ListWorkflowRunLogsRequest req;
        req.set_run_id(runId);
        req.mutable_pagination()->set_page_size(pageSize);
        return req;
    }
};

TEST_F(RunLogsTest, PagesThroughMoreThanFiveThousandLinesOldestFirst)
{
    const auto run = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5})");
    ASSERT_EQ(run.status(), wf::WORKFLOW_RUN_STATUS_COMPLETED);
    wf::ListWorkflowRunLogsResponse first;
    ASSERT_TRUE(list(request(run.id()), &first).ok());
    const std::int64_t own = first.total();
    ASSERT_GT(own, 0) << "the executor wrote the run's lines";
    EXPECT_EQ(first.last_sequence(), own);
    appendLines(run.id(), 12000);

    int pages = 0;
    const auto lines = listAll(request(run.id(), 5000), &pages);
    EXPECT_EQ(pages, 3);
    ASSERT_EQ(static_cast<std::int64_t>(lines.size()), own + 12000);
    for (std::size_t i = 0; i < lines.size(); ++i)
        ASSERT_EQ(lines[i].sequence(), static_cast<std::int64_t>(i) + 1) << "in order, none repeated or skipped";
    EXPECT_EQ(lines.back().message(), "line 11999 50%_done");
    EXPECT_EQ(lines.back().fields().at("i"), "11999");
    EXPECT_EQ(lines.back().time().seconds(), 1700000011);
    EXPECT_EQ(lines.back().time().nanos(), 999000000);

    // The default page is 1,000 lines; total and last_sequence describe the whole log.
    wf::ListWorkflowRunLogsResponse page;
    ASSERT_TRUE(list(request(run.id()), &page).ok());
    EXPECT_EQ(page.lines_size(), 1000);
    EXPECT_EQ(page.total(), own + 12000);
    EXPECT_EQ(page.last_sequence(), own + 12000);
    EXPECT_FALSE(page.pagination().next_page_token().empty());
}

TEST_F(RunLogsTest, FiltersByStepLevelAndTextOnTheServer)
{
    const auto run = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5})");
    appendLines(run.id(), 6000);
    const std::int64_t last = sqlScalar("SELECT MAX(sequence) FROM workflow_run_logs");

    auto req = request(run.id(), 5000);
    req.set_step_id("alpha");
    auto lines = listAll(req);
    ASSERT_EQ(lines.size(), 3000u);
    for (const auto &l : lines)
        ASSERT_EQ(l.step_id(), "alpha");

    req = request(run.id(), 5000);
    req.set_min_level(wf::RUN_LOG_LEVEL_WARNING);
    lines = listAll(req);
    std::size_t appendedWarnings = 0;
    for (const auto &l : lines) {
        ASSERT_GE(l.level(), wf::RUN_LOG_LEVEL_WARNING);
        appendedWarnings += l.step_id() == "alpha" || l.step_id() == "beta";
    }
    EXPECT_EQ(appendedWarnings, 3000u);

    // Case-insensitive, and LIKE's wildcards are plain text.
    req = request(run.id());
    req.set_contains("nEEDLE");
    wf::ListWorkflowRunLogsResponse resp;
    ASSERT_TRUE(list(req, &resp).ok());
    EXPECT_EQ(resp.total(), 60);
    EXPECT_EQ(resp.lines_size(), 60);
    EXPECT_EQ(resp.last_sequence(), last) << "last_sequence ignores the filters";
    req.set_contains("9 50%_done");
    ASSERT_TRUE(list(req, &resp).ok());
    EXPECT_EQ(resp.total(), 600);
    // Unescaped, these would match every appended line.
    req.set_contains("line%done");
    ASSERT_TRUE(list(req, &resp).ok());
    EXPECT_EQ(resp.total(), 0);
    req.set_contains("50_");
    ASSERT_TRUE(list(req, &resp).ok());
    EXPECT_EQ(resp.total(), 0);
    EXPECT_EQ(resp.lines_size(), 0);

    // All three at once: lines ending in 2 are alpha's, half of them warnings.
    req = request(run.id());
    req.set_step_id("alpha");
    req.set_min_level(wf::RUN_LOG_LEVEL_WARNING);
    req.set_contains("2 50%");
    ASSERT_TRUE(list(req, &resp).ok());
    for (const auto &l : resp.lines()) {
        EXPECT_EQ(l.step_id(), "alpha");
        EXPECT_EQ(l.level(), wf::RUN_LOG_LEVEL_WARNING);
    }
    EXPECT_EQ(resp.total(), 300);
    EXPECT_EQ(resp.lines_size(), 300);

    // A token is bound to its filter.
    req = request(run.id(), 10);
    req.set_step_id("alpha");
    ASSERT_TRUE(list(req, &resp).ok());
    req.set_step_id("beta");
    req.mutable_pagination()->set_page_token(resp.pagination().next_page_token());
    const auto status = list(req, &resp);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(status.error_message(), "pagination.page_token does not belong to this list and filter");
}

TEST_F(RunLogsTest, AfterSequenceFollowsARunningRun)
{
    wf::StartWorkflowRunRequest start;
    start.set_definition_id("wfd-ameide-docs-publish");
    ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(R"({"duration_ms": 150})", start.mutable_input()).ok());
    wf::StartWorkflowRunResponse started;
    {
        auto ctx = client().context(token("ameide", "contributor"));
        ASSERT_TRUE(client().workflows().StartWorkflowRun(ctx.get(), start, &started).ok());
    }
    const std::string runId = started.run().id();
    std::vector<wf::RunLogLine> followed;
    std::int64_t after = 0;
    int polls = 0;
    bool ended = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        // Whether the run had ended before this poll: then the poll sees its last line.
        wf::DescribeWorkflowRunResponse described;
        wf::DescribeWorkflowRunRequest describe;
        describe.set_run_id(runId);
        auto ctx = client().context(token("ameide", "viewer"));
        ASSERT_TRUE(client().workflows().DescribeWorkflowRun(ctx.get(), describe, &described).ok());
        const bool endedBefore = described.run().status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;

        auto req = request(runId);
        req.set_after_sequence(after);
        wf::ListWorkflowRunLogsResponse resp;
        ASSERT_TRUE(list(req, &resp).ok());
        ++polls;
        for (const auto &l : resp.lines()) {
            ASSERT_GT(l.sequence(), after);
            followed.push_back(l);
        }
        // Nothing filtered, so the last line sent is the run's last.
        if (!resp.lines().empty()) {
            EXPECT_EQ(resp.lines(resp.lines_size() - 1).sequence(), resp.last_sequence());
        }
        after = resp.last_sequence();
        if (endedBefore) {
            ended = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
    ASSERT_TRUE(ended);
    EXPECT_GT(polls, 3) << "the run was followed while it ran";
    const auto all = listAll(request(runId));
    ASSERT_EQ(followed.size(), all.size()) << "following missed or repeated lines";
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(followed[i].sequence(), all[i].sequence());
        EXPECT_EQ(followed[i].message(), all[i].message());
    }
    EXPECT_EQ(all.front().message(), "run started, attempt 1");
    EXPECT_EQ(all.back().message().rfind("run completed: 3 steps in ", 0), 0u) << all.back().message();
    // Each step: started (INFO with its input), scheduled (DEBUG), returned (DEBUG), completed (INFO).
    int stepsStarted = 0;
    int completed = 0;
    for (const auto &l : all) {
        if (l.message().find(" started (") != std::string::npos) {
            ++stepsStarted;
            EXPECT_EQ(l.level(), wf::RUN_LOG_LEVEL_INFO);
            EXPECT_EQ(l.fields().at("run_input"), R"({"duration_ms":150})");
            EXPECT_EQ(l.fields().at("step_type"), "activity");
        }
        if (l.message().find(" completed in ") != std::string::npos) {
            ++completed;
            EXPECT_GE(std::stoll(l.fields().at("duration_ms")), 150);
        }
        if (l.message().rfind("activity scheduled to take 150 ms", 0) == 0) {
            EXPECT_EQ(l.level(), wf::RUN_LOG_LEVEL_DEBUG);
        }
    }
    EXPECT_EQ(stepsStarted, 3);
    EXPECT_EQ(completed, 3);
}

TEST_F(RunLogsTest, AFailedStepWritesAnErrorLineWithItsContext)
{
    const auto run = runToEnd("ameide", "docs-publish",
                              R"({"duration_ms": 5, "simulate_failure": "link-check", "fail_attempts": 2,
                                  "failure_reason": "404 on /runs", "error_class": "LinkError"})");
    ASSERT_EQ(run.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    auto req = request(run.id());
    req.set_min_level(wf::RUN_LOG_LEVEL_ERROR);
    wf::ListWorkflowRunLogsResponse resp;
    ASSERT_TRUE(list(req, &resp).ok());
    ASSERT_EQ(resp.lines_size(), 1);
    const auto &error = resp.lines(0);
    EXPECT_EQ(error.step_id(), "link-check");
    EXPECT_EQ(error.message(), "404 on /runs");
    EXPECT_EQ(error.fields().at("error_class"), "LinkError");
    EXPECT_EQ(error.fields().at("attempt"), "1");
    EXPECT_EQ(error.fields().at("step_type"), "activity");
    EXPECT_EQ(error.fields().at("step_name"), "Check links");
    EXPECT_EQ(error.fields().at("position"), "2");
    EXPECT_EQ(error.fields().at("failure_source"), "run input");
    EXPECT_EQ(error.fields().at("fail_attempts"), "2");

    // The step's own lines, and none of the step that never ran.
    req = request(run.id());
    req.set_step_id("link-check");
    ASSERT_TRUE(list(req, &resp).ok());
    ASSERT_GE(resp.lines_size(), 4);
    EXPECT_EQ(resp.lines(resp.lines_size() - 2).level(), wf::RUN_LOG_LEVEL_WARNING);
    req.set_step_id("publish");
    ASSERT_TRUE(list(req, &resp).ok());
    EXPECT_EQ(resp.total(), 0);
    EXPECT_GT(resp.last_sequence(), 0);

    // The run's last line says where it failed.
    const auto all = listAll(request(run.id()));
    EXPECT_EQ(all.back().step_id(), "");
    EXPECT_EQ(all.back().fields().at("failed_step_id"), "link-check");
}

TEST_F(RunLogsTest, SeededFailedRunsHaveTheirFailureInTheLog)
{
    const auto runId = server().database().read([](SQLite::Database &db) {
        SQLite::Statement q(db, "SELECT id FROM workflow_runs WHERE tenant_id = 'tenant-ameide' AND status = 4"
                                " ORDER BY seq DESC LIMIT 1");
        q.executeStep();
        return q.getColumn(0).getString();
    });
    wf::DescribeWorkflowRunResponse described;
    {
        wf::DescribeWorkflowRunRequest req;
        req.set_run_id(runId);
        auto ctx = client().context(token("ameide", "viewer"));
        ASSERT_TRUE(client().workflows().DescribeWorkflowRun(ctx.get(), req, &described).ok());
    }
    const auto lines = listAll(request(runId));
    ASSERT_FALSE(lines.empty());
    int errors = 0;
    for (const auto &l : lines) {
        if (l.level() != wf::RUN_LOG_LEVEL_ERROR)
            continue;
        ++errors;
        EXPECT_EQ(l.message(), described.run().failure_reason());
        EXPECT_EQ(l.step_id(), described.run().failed_step_id());
        EXPECT_EQ(l.fields().at("error_class"), described.run().error_class());
    }
    EXPECT_EQ(errors, 1);
    // Lines are in time order, like the run's steps.
    for (std::size_t i = 1; i < lines.size(); ++i)
        EXPECT_LE(lines[i - 1].time().seconds(), lines[i].time().seconds());
}

TEST_F(RunLogsTest, AnotherTenantsRunIsNotFound)
{
    const auto run = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5})");
    wf::ListWorkflowRunLogsResponse resp;
    for (const char *role : {"admin", "viewer", "service"}) {
        const auto status = list(request(run.id()), &resp, "acme", role);
        EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND) << role;
        EXPECT_EQ(resp.lines_size(), 0);
    }
    EXPECT_EQ(list(request("no-such-run"), &resp).error_code(), grpc::StatusCode::NOT_FOUND);
    EXPECT_EQ(list(request(run.id()), &resp, "ameide", "guest").error_code(), grpc::StatusCode::PERMISSION_DENIED);
    EXPECT_TRUE(list(request(run.id()), &resp, "ameide", "viewer").ok());
}

TEST_F(RunLogsTest, BadRequestsAreInvalidArgumentNamingTheField)
{
    const auto run = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5})");
    const auto expectInvalid = [&](const wf::ListWorkflowRunLogsRequest &req, const std::string &message) {
        wf::ListWorkflowRunLogsResponse resp;
        const auto status = list(req, &resp);
        EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << message;
        EXPECT_EQ(status.error_message(), message);
    };
    expectInvalid(request(""), "run_id is required");
    auto req = request(run.id());
    req.set_contains(std::string(201, 'x'));
    expectInvalid(req, "contains is longer than 200 bytes");
    // proto3 strings must be UTF-8: the server refuses such a request before the handler sees it.
    req.set_contains(std::string("\xff\xfe", 2));
    {
        wf::ListWorkflowRunLogsResponse resp;
        EXPECT_EQ(list(req, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    }
    req = request(run.id(), 5001);
    expectInvalid(req, "pagination.page_size must be between 1 and 5000 (0: 1000)");
    req = request(run.id(), -1);
    expectInvalid(req, "pagination.page_size must be between 1 and 5000 (0: 1000)");
    req = request(run.id());
    req.set_min_level(static_cast<wf::RunLogLevel>(42));
    {
        wf::ListWorkflowRunLogsResponse resp;
        const auto status = list(req, &resp);
        EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        EXPECT_NE(status.error_message().find("min_level"), std::string::npos) << status.error_message();
    }
    req = request(run.id());
    req.set_after_sequence(-1);
    expectInvalid(req, "after_sequence must not be negative");
    req = request(run.id(), 2);
    wf::ListWorkflowRunLogsResponse page;
    ASSERT_TRUE(list(req, &page).ok());
    req.mutable_pagination()->set_page_token(page.pagination().next_page_token());
    req.set_after_sequence(1);
    expectInvalid(req, "after_sequence and pagination.page_token cannot be used together: a page token already says "
                       "where the page starts");
    req = request(run.id());
    req.set_step_id("no spaces");
    expectInvalid(req, "step_id may contain only letters, digits and - _ . :");
    req = request(run.id());
    req.mutable_pagination()->set_page_token("zz");
    expectInvalid(req, "pagination.page_token is not a token this server issued");
    // Checked before the token: a bad request without one is still INVALID_ARGUMENT.
    auto ctx = client().context("");
    wf::ListWorkflowRunLogsResponse resp;
    EXPECT_EQ(client().operations().ListWorkflowRunLogs(ctx.get(), request(""), &resp).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);
}

TEST(RunLogFields, RoundTripThroughTheirJsonForm)
{
    const std::vector<std::pair<std::string, std::string>> fields = {
        {"quote\"back\\slash", "tab\tnew\nline\x01"}, {"unicode", "gr\xc3\xbc\xc3\x9f dich"}, {"", ""}};
    const std::string json = platform::encodeLogFields(fields);
    EXPECT_EQ(json.find('\n'), std::string::npos);
    google::protobuf::Map<std::string, std::string> decoded;
    platform::decodeLogFields(json, &decoded);
    ASSERT_EQ(decoded.size(), fields.size());
    for (const auto &[key, value] : fields)
        EXPECT_EQ(decoded.at(key), value);
    // A damaged row gives no fields, never a half-read or a crash.
    google::protobuf::Map<std::string, std::string> broken;
    platform::decodeLogFields(R"({"a":"1","b":)", &broken);
    EXPECT_TRUE(broken.empty());
    platform::decodeLogFields("not json", &broken);
    EXPECT_TRUE(broken.empty());
}
