#include "bulk_retry_runner.h"

#include "run_executor.h"
#include "store/bulk_retry_store.h"
#include "store/update_feed.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace ameide::platform {

namespace {
// With no job running, look at the store this often anyway.
constexpr std::chrono::seconds kIdleInterval{5};
} // namespace

BulkRetryRunner::BulkRetryRunner(BulkRetryStore &store, RunExecutor &executor, UpdateFeed &feed)
    : m_store(store)
    , m_executor(executor)
    , m_feed(feed)
{
}

BulkRetryRunner::~BulkRetryRunner()
{
    stop();
}

void BulkRetryRunner::start()
{
    m_thread = std::thread([this] { loop(); });
}

void BulkRetryRunner::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BulkRetryRunner::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

bool BulkRetryRunner::tick()
{
    const auto jobs = m_store.runningJobs();
    std::map<std::string, Allowance> allowance;
    for (const auto &job : jobs) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return false;
        }
        const auto now = std::chrono::steady_clock::now();
        const double perTick = job.ratePerSecond * std::chrono::duration<double>(kTick).count();
        const auto known = m_allowance.find(job.id);
        Allowance &left = allowance[job.id];
        if (known == m_allowance.end()) {
            left.items = std::max(1.0, perTick);
        } else {
            // Earned since the job's last turn: a turn that came late (behind
            // a long write) is made up, up to kMaxBurstTicks' worth.
            const double earned = job.ratePerSecond * std::chrono::duration<double>(now - known->second.at).count();
            left.items = std::min(std::max(1.0, perTick * kMaxBurstTicks), known->second.items + earned);
        }
        left.at = now;
        const int items = static_cast<int>(left.items);
        if (items < 1)
            continue;
        left.items -= items;
        try {
            const auto batch = m_store.processBatch(job.id, items);
            if (batch.lastUpdate > 0)
                m_feed.publish(batch.lastUpdate);
            for (const auto seq : batch.newRunSeqs)
                m_executor.schedule(seq);
        } catch (const std::exception &e) {
            // The batch rolled back as a whole; the next tick tries it again.
            spdlog::error("bulk retry {}: {}", job.id, e.what());
        }
    }
    m_allowance = std::move(allowance); // jobs that ended drop out
    return !jobs.empty();
}

void BulkRetryRunner::loop()
{
    auto next = std::chrono::steady_clock::now();
    while (true) {
        bool busy = false;
        try {
            busy = tick();
        } catch (const std::exception &e) {
            spdlog::error("bulk retry runner: {}", e.what());
        }
        next += kTick;
        const auto now = std::chrono::steady_clock::now();
        if (next < now)
            next = now; // behind (a slow batch): do not try to catch up in a burst
        std::unique_lock lock(m_mutex);
        const auto until = busy ? next : now + kIdleInterval;
        m_cv.wait_until(lock, until, [&] { return m_stopping || m_woken; });
        if (m_stopping)
            return;
        if (m_woken) {
            m_woken = false;
            next = std::chrono::steady_clock::now();
        }
    }
}

} // namespace ameide::platform
