// ListWorkflowRuns latency against a real ameide-platformd seeded with a
// large history, next to the floor measured in the same run: an empty unary
// call on the same channel, and the same query run straight on SQLite.
#include "ameide_core_proto/workflows_runtime/v1/workflows_service.grpc.pb.h"
#include "auth/caller.h"
#include "platform_server.h"
#include "services/validation.h"
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
    app.add_option("--data", data, "Data folder; seeded when empty")->capture_default_str();
    app.add_option("--runs", runs, "Runs to seed into an empty data folder")->capture_default_str();
    app.add_option("--calls", calls, "Measured calls per case")->capture_default_str();
    app.add_option("--page-size", pageSize, "Rows per page")->capture_default_str();
    app.add_option("--report", report, "Also write the Markdown table here");
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
    const std::string token = [&] {
        std::string t = runCommand({platformd, "token", "create", "--data", data, "--tenant", "tenant-ameide", "--user",
                                    "user-ameide-viewer", "--role", "viewer"});
        return t.substr(0, t.find('\n'));
    }();

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
    const std::vector<Case> cases = {
        {"first page, unfiltered", none, 0},
        {"deep page (row 100,000), unfiltered", none, 100000 / pageSize},
        {"first page, status FAILED", failed, 0},
        {"deep page (row 20,000), status FAILED", failed, 20000 / pageSize},
    };

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

    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);

    const std::int64_t seeded = db.read([](SQLite::Database &c) {
        SQLite::Statement q(c, "SELECT COUNT(*) FROM workflow_runs");
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
    std::ostringstream head;
    head << "Platform with " << seeded << " runs (tenant-ameide holds about 60 %), " << calls
         << " measured calls per case after 20 warm-up calls, " << pageSize << " rows per page, "
         << std::thread::hardware_concurrency() << " cores.";
    if (seedSeconds >= 0)
        head << " Seeding took " << fmt(seedSeconds) << " s.";
    head << " Target: p95 at most 20 ms and at most 3x the floor (empty call p95 + SQLite query p95).\n\n";
    const std::string text = head.str() + table.str();
    std::cout << text;
    if (!report.empty())
        std::ofstream(report) << text;
    return allPass ? 0 : 3;
}
