#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace ameide::platform {

class BulkRetryStore;
class RunExecutor;
class UpdateFeed;

// Works through RUNNING bulk retry jobs: every tick (100 ms) it processes,
// per job, up to rate_per_second / 10 items (at least one) in one write
// transaction, then hands the new runs to the executor. Jobs are read from
// the store each tick, so jobs RUNNING when the platform stopped resume on
// start, and a cancelled job stops at the next tick.
class BulkRetryRunner
{
public:
    BulkRetryRunner(BulkRetryStore &store, RunExecutor &executor, UpdateFeed &feed);
    ~BulkRetryRunner();
    BulkRetryRunner(const BulkRetryRunner &) = delete;
    BulkRetryRunner &operator=(const BulkRetryRunner &) = delete;

    void start();
    // Finishes the batch in progress and stops.
    void stop();
    // A job was started: do not wait for the next tick.
    void wake();

    static constexpr std::chrono::milliseconds kTick{100};

private:
    void loop();
    // One tick over every running job; true while any job is running.
    bool tick();

    BulkRetryStore &m_store;
    RunExecutor &m_executor;
    UpdateFeed &m_feed;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stopping = false;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace ameide::platform
