// 200 concurrent watch streams plus about 100 mixed requests per second
// against one platform, for AMEIDE_LOAD_SECONDS (60 by default): every call
// must succeed, every stream must stay open, and the latencies are printed
// as FIGURE lines for docs/reliability.md.
#include "platform_client.h"
#include "platform_process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace ameide::test;

namespace {

constexpr int kStreams = 200;
constexpr int kRequestsPerSecond = 100;

class Watcher final : public grpc::ClientReadReactor<wf::WatchWorkflowRunsResponse>
{
public:
    Watcher(wf::WorkflowOperationsService::Stub &stub, const std::string &token)
    {
        m_ctx.AddMetadata("authorization", "Bearer " + token);
        stub.async()->WatchWorkflowRuns(&m_ctx, &m_request, this);
        StartRead(&m_message);
        StartCall();
    }
    void OnReadDone(bool ok) override
    {
        if (!ok)
            return;
        if (!m_message.heartbeat())
            ++events;
        StartRead(&m_message);
    }
    void OnDone(const grpc::Status &s) override
    {
        std::lock_guard lock(m_mutex);
        status = s;
        done = true;
        m_cv.notify_all();
    }
    void cancelAndWait()
    {
        m_ctx.TryCancel();
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return done; });
    }
    bool finished()
    {
        std::lock_guard lock(m_mutex);
        return done;
    }

    std::atomic<std::int64_t> events{0};
    grpc::Status status;
    bool done = false;

private:
    grpc::ClientContext m_ctx;
    wf::WatchWorkflowRunsRequest m_request;
    wf::WatchWorkflowRunsResponse m_message;
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

} // namespace

TEST(Load, TwoHundredStreamsAndAHundredRequestsASecond)
{
    const char *configured = std::getenv("AMEIDE_LOAD_SECONDS");
    const int seconds = configured ? std::max(1, std::atoi(configured)) : 60;
    TempDir dir;
    std::string out;
    ASSERT_EQ(PlatformProcess::run({"seed", "--data", dir.path().string(), "--runs", "20000"}, &out), 0);
    ASSERT_EQ(PlatformProcess::run({"token", "create", "--data", dir.path().string(), "--tenant", "tenant-ameide",
                                    "--user", "user-ameide-service", "--role", "service"},
                                   &out),
              0);
    const std::string token = out.substr(0, out.find('\n'));
    PlatformProcess platformd(dir.path(), {"--activity-ms", "200"});
    platformd.start();
    PlatformClient client(platformd.address());

    // Failed runs to retry during the load.
    std::vector<std::string> failed;
    {
        wf::ListWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(1000);
        req.mutable_filter()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
        wf::ListWorkflowRunsResponse resp;
        auto ctx = client.context(token);
        ASSERT_TRUE(client.workflows().ListWorkflowRuns(ctx.get(), req, &resp).ok());
        for (const auto &r : resp.runs())
            failed.push_back(r.id());
    }
    ASSERT_FALSE(failed.empty());

    std::vector<std::unique_ptr<Watcher>> watchers;
    for (int i = 0; i < kStreams; ++i)
        watchers.push_back(std::make_unique<Watcher>(client.operations(), token));

    std::map<std::string, std::vector<double>> latencies;
    std::map<std::string, int> errors;
    std::map<std::string, std::string> lastError;
    std::mt19937 rng(7);
    const auto start = std::chrono::steady_clock::now();
    const auto end = start + std::chrono::seconds(seconds);
    std::size_t retryIndex = 0;
    std::vector<std::string> recent;
    int sent = 0;
    while (std::chrono::steady_clock::now() < end) {
        // Pace to kRequestsPerSecond.
        const auto due = start + std::chrono::microseconds(1000000LL * sent / kRequestsPerSecond);
        std::this_thread::sleep_until(due);
        ++sent;
        const int pick = std::uniform_int_distribution<int>(0, 99)(rng);
        grpc::Status status;
        std::string name;
        const auto t0 = std::chrono::steady_clock::now();
        auto ctx = client.context(token);
        if (pick < 50) {
            name = "ListWorkflowRuns";
            wf::ListWorkflowRunsRequest req;
            req.mutable_pagination()->set_page_size(200);
            if (pick < 15)
                req.mutable_filter()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
            wf::ListWorkflowRunsResponse resp;
            status = client.workflows().ListWorkflowRuns(ctx.get(), req, &resp);
            if (status.ok() && resp.runs_size() > 0)
                recent.push_back(resp.runs(0).id());
        } else if (pick < 70) {
            name = "DescribeWorkflowRun";
            wf::DescribeWorkflowRunRequest req;
            req.set_run_id(recent.empty() ? failed.front() : recent.back());
            wf::DescribeWorkflowRunResponse resp;
            status = client.workflows().DescribeWorkflowRun(ctx.get(), req, &resp);
        } else if (pick < 85) {
            name = "StartWorkflowRun";
            wf::StartWorkflowRunRequest req;
            req.set_definition_id("wfd-ameide-docs-publish");
            (*req.mutable_input()->mutable_fields())["duration_ms"].set_number_value(100);
            wf::StartWorkflowRunResponse resp;
            status = client.workflows().StartWorkflowRun(ctx.get(), req, &resp);
        } else if (pick < 95) {
            name = "ListTenants";
            pv1::ListTenantsRequest req;
            req.mutable_pagination()->set_page_size(10);
            pv1::ListTenantsResponse resp;
            status = client.tenants().ListTenants(ctx.get(), req, &resp);
        } else {
            name = "RetryWorkflowRun";
            wf::RetryWorkflowRunRequest req;
            req.set_run_id(failed[retryIndex % failed.size()]);
            req.set_idempotency_key("load-" + std::to_string(retryIndex++));
            // The same failed runs over and over, on purpose: load, not the chain rule, is measured.
            req.set_retry_superseded(true);
            wf::RetryWorkflowRunResponse resp;
            status = client.operations().RetryWorkflowRun(ctx.get(), req, &resp);
        }
        latencies[name].push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        if (!status.ok()) {
            ++errors[name];
            lastError[name] = status.error_message();
        }
    }
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    int closedStreams = 0;
    std::int64_t events = 0;
    for (auto &w : watchers) {
        closedStreams += w->finished() ? 1 : 0;
        events += w->events;
    }
    for (auto &w : watchers)
        w->cancelAndWait();
    EXPECT_EQ(platformd.terminate(), 0);

    int totalErrors = 0;
    for (const auto &[name, count] : errors) {
        totalErrors += count;
        ADD_FAILURE() << name << ": " << count << " errors, last: " << lastError[name];
    }
    EXPECT_EQ(totalErrors, 0);
    EXPECT_EQ(closedStreams, 0) << "watch streams ended during the load";
    EXPECT_GT(events, 0);
    std::printf("FIGURE: load seconds=%.0f requests=%d rate=%.1f/s streams=%d watch_events=%lld errors=%d\n", elapsed,
                sent, sent / elapsed, kStreams, static_cast<long long>(events), totalErrors);
    for (const auto &[name, v] : latencies) {
        std::printf("FIGURE: load rpc=%s calls=%zu p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n", name.c_str(), v.size(),
                    percentile(v, 0.50), percentile(v, 0.95), percentile(v, 0.99));
    }
}
