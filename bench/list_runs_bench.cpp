// ListWorkflowRuns latency against a real ameide-platformd seeded with a
// large history, next to the floor measured in the same run: an empty unary
// call on the same channel, and the same query run straight on SQLite.
#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.grpc.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_service.grpc.pb.h"
#include "core/caller.h"
#include "core/page_token.h"
#include "platform_server.h"
#include "store/database.h"
#include "store/update_feed.h"
#include "store/workflow_store.h"

#include <CLI/CLI.hpp>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

namespace wf = ameide_core_proto::workflows_runtime::v1;
namespace platform = ameide::platform;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, p99 = 0;
};

Stats measure(int calls, const std::function<void()> &call)
{
    for (int i = 0; i < 20; ++i)
        call();
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(calls));
    for (int i = 0; i < calls; ++i) {
        const auto t0 = Clock::now();
        call();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    return {at(0.50), at(0.95), at(0.99)};
}

std::string runCommand(const std::vector<std::string> &args)
{
    std::string cmd;
    for (const auto &a : args)
        cmd += "'" + a + "' ";
    FILE *pipe = popen(cmd.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run " + cmd);
    std::string out;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, pipe))
        out += buf;
    if (pclose(pipe) != 0)
        throw std::runtime_error("command failed: " + cmd);
    return out;
}

std::string fmt(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app{"ListWorkflowRuns benchmark against a real ameide-platformd"};
    std::string data = "bench-data";
    std::int64_t runs = 1000000;
    int calls = 200;
    int pageSize = 200;
    std::string report;
    bool bulkOnly = false;
    app.add_option("--data", data, "Data folder; seeded when empty")->capture_default_str();
    app.add_option("--runs", runs, "Runs to seed into an empty data folder")->capture_default_str();
    app.add_option("--calls", calls, "Measured calls per case")->capture_default_str();
    app.add_option("--page-size", pageSize, "Rows per page")->capture_default_str();
    app.add_option("--report", report, "Also write the Markdown table here");
    app.add_flag("--bulk-retry-only", bulkOnly, "Measure only the bulk retry of 10,000 runs");
    CLI11_PARSE(app, argc, argv);

    const std::string platformd = AMEIDE_PLATFORMD_PATH;
    std::filesystem::create_directories(data);
    double seedSeconds = -1;
    if (!std::filesystem::exists(platform::databaseFile(data))) {
        std::cerr << "seeding " << runs << " runs into " << data << " ...\n";
        const auto t0 = Clock::now();
        runCommand({platformd, "seed", "--data", data, "--runs", std::to_string(runs)});
        seedSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    }
    auto makeToken = [&](const std::string &role) {
        std::string t = runCommand({platformd, "token", "create", "--data", data, "--tenant", "tenant-ameide", "--user",
                                    "user-ameide-" + role, "--role", role});
        return t.substr(0, t.find('\n'));
    };
    const std::string token = makeToken("viewer");
    const std::string contributorToken = makeToken("contributor");

    const std::string ready = data + "/bench-ready.txt";
    std::filesystem::remove(ready);
    const pid_t pid = fork();
    if (pid == 0) {
        if (std::freopen((data + "/platformd.log").c_str(), "w", stderr) == nullptr)
            _exit(126);
        execl(platformd.c_str(), platformd.c_str(), "serve", "--data", data.c_str(), "--listen", "127.0.0.1:0",
              "--ready-file", ready.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    std::string address;
    for (int i = 0; i < 600 && address.empty(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        std::ifstream in(ready);
        std::getline(in, address);
    }
    if (address.empty()) {
        kill(pid, SIGKILL);
        std::cerr << "ameide-platformd did not start\n";
        return 1;
    }

    auto channel = grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
    auto stub = wf::WorkflowService::NewStub(channel);
    auto operations = wf::WorkflowOperationsService::NewStub(channel);
    grpc::GenericStub generic(channel);

    auto list = [&](const wf::ListWorkflowRunsRequest &req, wf::ListWorkflowRunsResponse *resp) {
        grpc::ClientContext ctx;
        ctx.AddMetadata("authorization", "Bearer " + token);
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
        const auto status = stub->ListWorkflowRuns(&ctx, req, resp);
        if (!status.ok())
            throw std::runtime_error("ListWorkflowRuns: " + status.error_message());
    };
    // The empty unary call: a health check with an empty request, on the same channel.
    auto emptyCall = [&] {
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
        grpc::ByteBuffer request;
        grpc::ByteBuffer response;
        grpc::Slice empty;
        request = grpc::ByteBuffer(&empty, 1);
        std::mutex m;
        std::condition_variable cv;
        bool done = false;
        grpc::Status status;
        generic.UnaryCall(&ctx, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request, &response,
                          [&](grpc::Status s) {
                              std::lock_guard lock(m);
                              status = s;
                              done = true;
                              cv.notify_one();
                          });
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return done; });
        if (!status.ok())
            throw std::runtime_error("health check: " + status.error_message());
    };

    // The same query on SQLite, through the store the server uses.
    platform::Database db(platform::databaseFile(data));
    platform::UpdateFeed feed;
    platform::WorkflowStore store(db, feed);
    platform::Caller caller{"tenant-ameide", "user-ameide-viewer", ameide_core_proto::platform::v1::ROLE_VIEWER};

    struct Case
    {
        std::string name;
        wf::WorkflowRunFilter filter;
        int depth; // pages skipped before the measured page
    };
    wf::WorkflowRunFilter none;
    wf::WorkflowRunFilter failed;
    failed.add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
    std::vector<Case> cases = {
        {"first page, unfiltered", none, 0},
        {"deep page (row 100,000), unfiltered", none, 100000 / pageSize},
        {"first page, status FAILED", failed, 0},
        {"deep page (row 20,000), status FAILED", failed, 20000 / pageSize},
    };

    if (bulkOnly)
        cases.clear();
    const Stats floorCall = measure(calls, emptyCall);
    std::ostringstream table;
    table << "| case | p50 ms | p95 ms | p99 ms | SQLite query p95 ms | floor p95 ms | p95 / floor | target |\n"
          << "|---|---:|---:|---:|---:|---:|---:|---|\n";
    table << "| empty unary call (same channel) | " << fmt(floorCall.p50) << " | " << fmt(floorCall.p95) << " | "
          << fmt(floorCall.p99) << " | | | | |\n";
    bool allPass = true;
    for (const auto &c : cases) {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(pageSize);
        *req.mutable_filter() = c.filter;
        for (int i = 0; i < c.depth; ++i) {
            wf::ListWorkflowRunsResponse resp;
            list(req, &resp);
            req.mutable_pagination()->set_page_token(resp.pagination().next_page_token());
        }
        std::size_t rows = 0;
        const Stats rpc = measure(calls, [&] {
            wf::ListWorkflowRunsResponse resp;
            list(req, &resp);
            rows = static_cast<std::size_t>(resp.runs_size());
        });
        // The page token the server issued is the store's own cursor format.
        const std::string scope = platform::pageScope("runs", "tenant-ameide", c.filter);
        const auto page = platform::parsePage(req.pagination(), scope);
        const Stats sql = measure(calls, [&] {
            std::string next;
            store.listRuns(caller, c.filter, page, &next, scope);
        });
        const double floorP95 = floorCall.p95 + sql.p95;
        const double ratio = rpc.p95 / floorP95;
        const bool pass = rpc.p95 <= 20.0 && ratio <= 3.0;
        allPass = allPass && pass;
        table << "| " << c.name << " (" << rows << " rows) | " << fmt(rpc.p50) << " | " << fmt(rpc.p95) << " | "
              << fmt(rpc.p99) << " | " << fmt(sql.p95) << " | " << fmt(floorP95) << " | " << fmt(ratio) << "x | "
              << (pass ? "met" : "MISSED") << " |\n";
    }

    // SearchWorkflowRuns (first page) and CountWorkflowRuns, the runs screen's queries.
    auto sqlText = [&](const std::string &sql) {
        return db.read([&](SQLite::Database &c) {
            SQLite::Statement q(c, sql);
            return q.executeStep() ? q.getColumn(0).getString() : std::string();
        });
    };
    const std::string bigGroup = sqlText("SELECT failure_signature FROM workflow_runs INDEXED BY runs_by_signature"
                                         " WHERE tenant_id = 'tenant-ameide' AND failure_signature <> ''"
                                         " GROUP BY failure_signature ORDER BY COUNT(*) DESC LIMIT 1");
    auto call = [&](auto rpc, const auto &req, auto *resp, const std::string &tok) {
        grpc::ClientContext ctx;
        ctx.AddMetadata("authorization", "Bearer " + tok);
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
        const auto st = ((*operations).*rpc)(&ctx, req, resp);
        if (!st.ok())
            throw std::runtime_error("WorkflowOperationsService: " + st.error_message());
    };
    struct QueryCase
    {
        std::string name;
        wf::WorkflowRunQuery query;
        wf::RunSort sort;
    };
    std::vector<QueryCase> queries;
    queries.push_back({"no filter", {}, {}});
    {
        QueryCase c{"status FAILED", {}, {}};
        c.query.add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
        queries.push_back(c);
    }
    {
        QueryCase c{"definition name \"coding\"", {}, {}};
        c.query.set_definition_name("coding");
        queries.push_back(c);
    }
    {
        // The seeded history ends a few days before the seed ran (retries use
        // up part of the run budget), so "the last 24 h" is those of the history.
        QueryCase c{"created in the last 24 h of the history", {}, {}};
        // The showcase runs the seeder adds (and earlier benches' retries) come after the
        // long-history run, which it creates 3 days before the seed.
        const auto newest = std::stoll(sqlText("SELECT MAX(created_at) FROM workflow_runs WHERE tenant_id = 'tenant-ameide'"
                                               " AND created_at < (SELECT created_at FROM workflow_runs"
                                               " WHERE element_id = 'element-history-20k')"));
        c.query.mutable_created_after()->set_seconds(newest / 1000 - 24 * 3600);
        queries.push_back(c);
    }
    {
        QueryCase c{"sorted by duration", {}, {}};
        c.sort.set_field(wf::RUN_SORT_FIELD_DURATION);
        queries.push_back(c);
    }
    {
        QueryCase c{"failure signature (largest group)", {}, {}};
        c.query.set_failure_signature(bigGroup);
        queries.push_back(c);
    }
    {
        QueryCase c{"unrecovered failures", {}, {}};
        c.query.set_recovery(wf::RUN_RECOVERY_UNRECOVERED);
        queries.push_back(c);
    }
    if (bulkOnly)
        queries.clear();
    std::ostringstream searchTable;
    searchTable << "| query | first page rows | search p50 ms | search p95 ms | target 50 ms | total | count p50 ms |"
                   " count p95 ms | target 150 ms |\n"
                << "|---|---:|---:|---:|---|---:|---:|---:|---|\n";
    for (const auto &q : queries) {
        wf::SearchWorkflowRunsRequest req;
        *req.mutable_query() = q.query;
        *req.mutable_sort() = q.sort;
        req.mutable_pagination()->set_page_size(pageSize);
        int rows = 0;
        const Stats search = measure(calls, [&] {
            wf::SearchWorkflowRunsResponse resp;
            call(&wf::WorkflowOperationsService::Stub::SearchWorkflowRuns, req, &resp, token);
            rows = resp.runs_size();
        });
        wf::CountWorkflowRunsRequest countReq;
        *countReq.mutable_query() = q.query;
        std::int64_t total = 0;
        const Stats count = measure(std::max(20, calls / 4), [&] {
            wf::CountWorkflowRunsResponse resp;
            call(&wf::WorkflowOperationsService::Stub::CountWorkflowRuns, countReq, &resp, token);
            total = resp.total();
        });
        const bool searchOk = search.p95 <= 50.0;
        const bool countOk = count.p95 <= 150.0;
        allPass = allPass && searchOk && countOk;
        searchTable << "| " << q.name << " | " << rows << " | " << fmt(search.p50) << " | " << fmt(search.p95) << " | "
                    << (searchOk ? "met" : "MISSED") << " | " << total << " | " << fmt(count.p50) << " | "
                    << fmt(count.p95) << " | " << (countOk ? "met" : "MISSED") << " |\n";
    }

    const std::int64_t seeded = db.read([](SQLite::Database &c) {
        SQLite::Statement q(c, "SELECT COUNT(*) FROM workflow_runs");
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
    // ListFailureGroups: the triage view's first answer.
    std::ostringstream groupsTable;
    groupsTable << "| query | groups | p50 ms | p95 ms |\n|---|---:|---:|---:|\n";
    using GroupCase = std::pair<const char *, wf::RunRecovery>;
    const std::vector<GroupCase> groupCases = bulkOnly ? std::vector<GroupCase>{}
        : std::vector<GroupCase>{{"all failed runs", wf::RUN_RECOVERY_ANY}, {"unrecovered", wf::RUN_RECOVERY_UNRECOVERED}};
    for (const auto &[name, recovery] : groupCases) {
        wf::ListFailureGroupsRequest req;
        req.mutable_query()->set_recovery(recovery);
        int groups = 0;
        const Stats st = measure(std::max(20, calls / 4), [&] {
            wf::ListFailureGroupsResponse resp;
            call(&wf::WorkflowOperationsService::Stub::ListFailureGroups, req, &resp, token);
            groups = resp.groups_size();
        });
        groupsTable << "| " << name << " | " << groups << " | " << fmt(st.p50) << " | " << fmt(st.p95) << " |\n";
    }

    // The count a bulk retry shows before it starts: a dry run over every
    // failed run of tenant-ameide, with the chain rule (each run's later
    // attempts looked up) and without it (a plain count: the floor).
    auto dryRun = [&](bool chainRule, wf::BulkRetryJob *planned) {
        std::vector<double> ms;
        if (bulkOnly)
            return Stats{};
        for (int i = 0; i < 13; ++i) {
            wf::StartBulkRetryRequest req;
            req.mutable_query(); // every failed run of the tenant
            req.set_dry_run(true);
            req.set_retry_superseded(!chainRule);
            wf::StartBulkRetryResponse resp;
            const auto t0 = Clock::now();
            call(&wf::WorkflowOperationsService::Stub::StartBulkRetry, req, &resp, contributorToken);
            if (i >= 3) // three warm-up calls
                ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            *planned = resp.job();
        }
        std::sort(ms.begin(), ms.end());
        return Stats{ms[ms.size() / 2], ms[ms.size() - 1], ms[ms.size() - 1]};
    };
    wf::BulkRetryJob withRule;
    wf::BulkRetryJob withoutRule;
    const Stats ruleStats = dryRun(true, &withRule);
    const Stats floorStats = dryRun(false, &withoutRule);
    // The target is for 100,000 failed runs; the store holds what its seed
    // made, so the time is also given per 100,000 (the work is linear in
    // the runs counted).
    const double per100k = ruleStats.p95 * 100000.0 / static_cast<double>(std::max<std::int64_t>(1, withRule.total()));
    const bool dryOk = bulkOnly || per100k <= 500.0;
    allPass = allPass && dryOk;
    std::ostringstream dryTable;
    dryTable << "| dry run | failed runs counted | to retry | left alone | p50 ms | max ms | max ms per 100,000 runs |"
                " floor (no chain rule) max ms | / floor | target 500 ms per 100,000 |\n"
             << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"
             << "| all failed runs of tenant-ameide | " << withRule.total() << " | " << withRule.to_retry() << " | "
             << withRule.skipped() << " | " << fmt(ruleStats.p50) << " | " << fmt(ruleStats.p95) << " | "
             << fmt(per100k) << " | " << fmt(floorStats.p95) << " | " << fmt(ruleStats.p95 / floorStats.p95)
             << "x | " << (dryOk ? "met" : "MISSED") << " |\n";

    // A bulk retry of 10,000 failed runs, start to COMPLETED, at 5000 a second.
    std::vector<std::string> failedIds = db.read([](SQLite::Database &c) {
        // The latest attempt of each chain, so the chain rule retries every one of them.
        SQLite::Statement q(c, "SELECT id FROM workflow_runs r WHERE tenant_id = 'tenant-ameide' AND status = 4"
                               " AND NOT EXISTS (SELECT 1 FROM workflow_runs n INDEXED BY runs_by_original"
                               " WHERE n.tenant_id = r.tenant_id AND n.original_run_id = r.original_run_id"
                               " AND n.seq > r.seq AND n.status <> 5) ORDER BY created_at DESC LIMIT 10000");
        std::vector<std::string> out;
        while (q.executeStep())
            out.push_back(q.getColumn(0).getString());
        return out;
    });
    // Each run of this benchmark retries 10,000 of them (and the retries
    // that complete recover their chains), so a data folder runs out.
    if (failedIds.size() < 10000) {
        kill(pid, SIGTERM);
        waitpid(pid, nullptr, 0);
        std::cerr << "the data holds only " << failedIds.size()
                  << " failed runs that are the latest of their chain (earlier runs of this benchmark retried the"
                     " rest); seed a fresh data folder (--data <empty folder>)\n";
        return 1;
    }
    wf::StartBulkRetryRequest bulk;
    for (const auto &id : failedIds)
        bulk.mutable_run_ids()->add_run_ids(id);
    bulk.set_rate_per_second(5000);
    bulk.set_no_canary(true); // the rate, not the wait for a canary
    bulk.set_idempotency_key("bench-" + std::to_string(std::chrono::system_clock::now().time_since_epoch().count()));
    const auto bulkStart = Clock::now();
    wf::StartBulkRetryResponse started;
    call(&wf::WorkflowOperationsService::Stub::StartBulkRetry, bulk, &started, contributorToken);
    const double startMs = std::chrono::duration<double, std::milli>(Clock::now() - bulkStart).count();
    wf::BulkRetryJob job = started.job();
    while (job.state() == wf::BULK_RETRY_JOB_STATE_RUNNING
           && Clock::now() - bulkStart < std::chrono::seconds(120)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        wf::GetBulkRetryJobRequest get;
        get.set_job_id(job.id());
        wf::GetBulkRetryJobResponse resp;
        call(&wf::WorkflowOperationsService::Stub::GetBulkRetryJob, get, &resp, token);
        job = resp.job();
    }
    const double bulkSeconds = std::chrono::duration<double>(Clock::now() - bulkStart).count();
    // What the rate limit allows is 10,000 / 5000 = 2 s; the target is within 1.5x of that.
    const double allowedSeconds = static_cast<double>(job.total()) / 5000.0;
    const bool bulkOk = job.state() == wf::BULK_RETRY_JOB_STATE_COMPLETED && bulkSeconds <= 1.5 * allowedSeconds;
    allPass = allPass && bulkOk;
    std::ostringstream bulkTable;
    bulkTable << "| runs | rate / s | StartBulkRetry (snapshot) ms | start to COMPLETED s | the rate allows s |"
                 " / allowed | retried | skipped | target 1.5x allowed |\n"
              << "|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"
              << "| " << job.total() << " | 5000 | " << fmt(startMs) << " | " << fmt(bulkSeconds) << " | "
              << fmt(allowedSeconds) << " | " << fmt(bulkSeconds / allowedSeconds) << "x | " << job.retried() << " | "
              << job.skipped() << " | " << (bulkOk ? "met" : "MISSED") << " |\n";

    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);

    std::ostringstream head;
    head << "Platform with " << seeded << " runs (tenant-ameide holds about 60 %), " << calls
         << " measured calls per case after 20 warm-up calls, " << pageSize << " rows per page, "
         << std::thread::hardware_concurrency() << " cores.";
    if (seedSeconds >= 0)
        head << " Seeding took " << fmt(seedSeconds) << " s.";
    head << " Target: p95 at most 20 ms and at most 3x the floor (empty call p95 + SQLite query p95).\n\n";
    const std::string text = bulkOnly ? "### Bulk retry\n\n" + bulkTable.str() : head.str() + table.str() + "\n### SearchWorkflowRuns and CountWorkflowRuns\n\n"
        + std::to_string(calls) + " measured searches (first page, " + std::to_string(pageSize)
        + " rows, newest first unless noted) and " + std::to_string(std::max(20, calls / 4))
        + " counts per query, as a viewer of tenant-ameide.\n\n" + searchTable.str()
        + "\n### ListFailureGroups (default limit, 50 groups)\n\n" + groupsTable.str()
        + "\n### Bulk retry: the count before it starts (chain rule)\n\n10 measured dry runs after 3 warm-up"
          " calls; \"max\" is the slowest of them.\n\n" + dryTable.str()
        + "\n### Bulk retry\n\n" + bulkTable.str();
    std::cout << text;
    if (!report.empty())
        std::ofstream(report) << text;
    return allPass ? 0 : 3;
}
