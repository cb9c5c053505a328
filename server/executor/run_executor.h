#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <queue>
#include <thread>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
}

namespace ameide::platform {

class Database;
class UpdateFeed;

struct ExecutorOptions
{
    // How long an activity takes unless its input says otherwise.
    std::chrono::milliseconds defaultActivity{1500};
    // Most runs advanced in one transaction.
    int maxBatch = 500;
    // A transaction commits after this long even with due runs left (they
    // follow in the next one), so other writers (a bulk job's batch, an
    // RPC) wait at most about this long for the one writer.
    std::chrono::milliseconds maxTransaction{20};
};

// Drives runs through their version's steps: PENDING, RUNNING, then
// COMPLETED or FAILED. Every state change is written in one transaction
// together with its status updates; the time the running step is due is
// stored too, so a restart resumes each run where it was.
//
// Activities follow their input: "duration_ms" sets how long a step takes;
// "simulate_failure" fails a step (true in the step's own input, or the
// step's id in the run's input), with "failure_reason" and "error_class";
// "fail_attempts": N in the run's input limits the failure to attempts 1..N,
// so a retry can succeed. Each step writes its log lines (started, the
// activity's time, completed or failed with its context) beside its status
// updates.
class RunExecutor
{
public:
    RunExecutor(Database &db, UpdateFeed &feed, ExecutorOptions options);
    ~RunExecutor();
    RunExecutor(const RunExecutor &) = delete;
    RunExecutor &operator=(const RunExecutor &) = delete;

    // Picks up every run still PENDING or RUNNING and starts the worker.
    void start();
    // Finishes the transaction in progress and stops; runs stay where they are.
    void stop();
    // A run was created: advance it as soon as possible.
    void schedule(std::int64_t runSeq);

private:
    using Due = std::pair<std::int64_t, std::int64_t>; // due time (ms), run seq

    void loop();
    void recover();
    // The statements of one transaction, each prepared once for all its runs.
    struct Writer;
    // Advances one run; returns when it is next due, or 0 when it has ended.
    // Its rows and log lines go through `w`, in the same transaction.
    std::int64_t advance(Writer &w, std::int64_t runSeq, std::int64_t now, std::int64_t *lastUpdate);
    const ameide_core_proto::workflows_runtime::v1::WorkflowSpec &spec(SQLite::Database &db,
                                                                       const std::string &definitionId,
                                                                       int version);

    Database &m_db;
    UpdateFeed &m_feed;
    ExecutorOptions m_options;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
    std::map<std::pair<std::string, int>, ameide_core_proto::workflows_runtime::v1::WorkflowSpec> m_specs;
};

} // namespace ameide::platform
