#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>

namespace SQLite {
class Database;
}

namespace ameide::platform {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// A row of workflow_runs. Unset fields are the schema's defaults, so a new
// PENDING run needs only its identity, definition and input.
struct RunRow
{
    std::string id;
    std::string tenantId;
    std::string definitionId;
    int versionNumber = 0;
    std::string elementId;
    wf::WorkflowRunStatus status = wf::WORKFLOW_RUN_STATUS_PENDING;
    std::string inputJson = "{}";
    std::string outputJson = "{}";
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> startedAt;
    std::optional<std::int64_t> endedAt;
    std::string failureReason;
    std::string errorClass;
    std::string failedStepId;
    std::string failureSignature;
    int currentStep = 0;
    std::string startedBy;
    std::string retryOfRunId;
    // Empty: the run starts its own retry chain (original_run_id is its id).
    std::string originalRunId;
    int attempt = 1;
    std::optional<std::string> idempotencyKey;
};

// A row of workflow_run_steps.
struct StepRow
{
    std::int64_t runSeq = 0;
    int position = 0;
    std::string stepId;
    std::string name;
    wf::WorkflowStepStatus status = wf::WORKFLOW_STEP_STATUS_PENDING;
    std::optional<std::int64_t> startedAt;
    std::optional<std::int64_t> endedAt;
    std::string failureReason;
    std::string errorClass;
};

// One status update; its sequence is given when it is appended.
struct StatusUpdateRow
{
    std::string tenantId;
    std::int64_t runSeq = 0;
    wf::WorkflowRunStatus runStatus = wf::WORKFLOW_RUN_STATUS_UNSPECIFIED;
    std::string stepId;
    wf::WorkflowStepStatus stepStatus = wf::WORKFLOW_STEP_STATUS_UNSPECIFIED;
    std::string message;
    std::string failureReason;
    std::string errorClass;
    std::int64_t occurredAt = 0;
};

// The one place runs, their steps and status updates are inserted, inside
// the caller's write transaction. Each statement is prepared when first used
// and kept for the writer's life, so a bulk load (the seeder) prepares once
// for millions of rows, while a request writing one run pays for what it uses.
class RunWriter
{
public:
    explicit RunWriter(SQLite::Database &db);
    RunWriter(const RunWriter &) = delete;
    RunWriter &operator=(const RunWriter &) = delete;

    // Returns the run's sequence (its rowid).
    std::int64_t insertRun(const RunRow &run);
    void insertStep(const StepRow &step);
    // Returns the update's sequence.
    std::int64_t appendStatusUpdate(const StatusUpdateRow &update);
    // When the run at completedRunSeq has ended COMPLETED: every FAILED run
    // of its retry chain (same original_run_id) is recovered.
    void markChainRecovered(std::int64_t completedRunSeq);

private:
    SQLite::Statement &prepared(std::optional<SQLite::Statement> &statement, const char *sql);

    SQLite::Database &m_db;
    std::optional<SQLite::Statement> m_insertRun;
    std::optional<SQLite::Statement> m_insertStep;
    std::optional<SQLite::Statement> m_appendUpdate;
    std::optional<SQLite::Statement> m_markRecovered;
};

// Single writes, for code that writes one row at a time (the executor, the
// stores' RPCs): the same statements as RunWriter.
std::int64_t appendStatusUpdate(SQLite::Database &db, const StatusUpdateRow &update);
void markChainRecovered(SQLite::Database &db, std::int64_t completedRunSeq);

} // namespace ameide::platform
