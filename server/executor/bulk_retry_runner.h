#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace ameide::platform {

class BulkRetryStore;
class RunExecutor;
class UpdateFeed;

// Works through RUNNING bulk retry jobs: every tick (100 ms) each job earns
// rate_per_second items a second of allowance for the time since its last
// turn (a new job starts with one tick's worth, at least one item; a job
// never holds more than two ticks' worth, so a turn that came late, behind
// another transaction, is made up without a burst), and the whole items it
// has are processed in one write transaction; the new runs go to the
// executor. So a rate below 10 a second is kept too. Jobs are read from
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
    // The most allowance a job holds, in ticks' worth.
    static constexpr double kMaxBurstTicks = 2.0;

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
    struct Allowance
    {
        double items = 0; // may still process
        std::chrono::steady_clock::time_point at; // earned up to here
    };
    // Each running job's allowance (runner thread only).
    std::map<std::string, Allowance> m_allowance;
};

} // namespace ameide::platform
