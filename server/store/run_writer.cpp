#include "run_writer.h"

#include <SQLiteCpp/Database.h>

namespace ameide::platform {

namespace {

void bindOptional(SQLite::Statement &q, int index, const std::optional<std::int64_t> &value)
{
    if (value)
        q.bind(index, *value);
    else
        q.bind(index);
}

} // namespace

RunWriter::RunWriter(SQLite::Database &db)
    : m_db(db)
{
}

SQLite::Statement &RunWriter::prepared(std::optional<SQLite::Statement> &statement, const char *sql)
{
    if (!statement)
        statement.emplace(m_db, sql);
    else
        statement->reset();
    return *statement;
}

std::int64_t RunWriter::insertRun(const RunRow &run)
{
    auto &q = prepared(m_insertRun,
                       "INSERT INTO workflow_runs(id, tenant_id, definition_id, version_number, element_id, status,"
                       " input, output, created_at, started_at, ended_at, failure_reason, error_class, failed_step_id,"
                       " current_step, started_by, retry_of_run_id, original_run_id, attempt, idempotency_key,"
                       " failure_signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, run.id);
    q.bind(2, run.tenantId);
    q.bind(3, run.definitionId);
    q.bind(4, run.versionNumber);
    q.bind(5, run.elementId);
    q.bind(6, static_cast<int>(run.status));
    q.bind(7, run.inputJson);
    q.bind(8, run.outputJson);
    q.bind(9, run.createdAt);
    bindOptional(q, 10, run.startedAt);
    bindOptional(q, 11, run.endedAt);
    q.bind(12, run.failureReason);
    q.bind(13, run.errorClass);
    q.bind(14, run.failedStepId);
    q.bind(15, run.currentStep);
    q.bind(16, run.startedBy);
    q.bind(17, run.retryOfRunId);
    q.bind(18, run.originalRunId.empty() ? run.id : run.originalRunId);
    q.bind(19, run.attempt);
    if (run.idempotencyKey)
        q.bind(20, *run.idempotencyKey);
    else
        q.bind(20);
    q.bind(21, run.failureSignature);
    q.exec();
    return m_db.getLastInsertRowid();
}

void RunWriter::insertStep(const StepRow &step)
{
    auto &q = prepared(m_insertStep,
                       "INSERT INTO workflow_run_steps(run_seq, position, step_id, name, status, started_at, ended_at,"
                       " failure_reason, error_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, step.runSeq);
    q.bind(2, step.position);
    q.bind(3, step.stepId);
    q.bind(4, step.name);
    q.bind(5, static_cast<int>(step.status));
    bindOptional(q, 6, step.startedAt);
    bindOptional(q, 7, step.endedAt);
    q.bind(8, step.failureReason);
    q.bind(9, step.errorClass);
    q.exec();
}

std::int64_t RunWriter::appendStatusUpdate(const StatusUpdateRow &update)
{
    auto &q = prepared(m_appendUpdate,
                       "INSERT INTO workflows_execution_status_updates(tenant_id, run_seq, run_status, step_id,"
                       " step_status, message, failure_reason, error_class, occurred_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, update.tenantId);
    q.bind(2, update.runSeq);
    q.bind(3, static_cast<int>(update.runStatus));
    q.bind(4, update.stepId);
    q.bind(5, static_cast<int>(update.stepStatus));
    q.bind(6, update.message);
    q.bind(7, update.failureReason);
    q.bind(8, update.errorClass);
    q.bind(9, update.occurredAt);
    q.exec();
    return m_db.getLastInsertRowid();
}

void RunWriter::markChainRecovered(std::int64_t completedRunSeq)
{
    auto &q = prepared(m_markRecovered,
                       "UPDATE workflow_runs INDEXED BY runs_by_original SET recovered = 1 FROM (SELECT tenant_id AS t,"
                       " original_run_id AS o FROM workflow_runs WHERE seq = ?) c WHERE workflow_runs.tenant_id = c.t"
                       " AND c.o <> '' AND workflow_runs.original_run_id = c.o AND workflow_runs.status = ?"
                       " AND workflow_runs.recovered = 0");
    q.bind(1, completedRunSeq);
    q.bind(2, static_cast<int>(wf::WORKFLOW_RUN_STATUS_FAILED));
    q.exec();
}

std::int64_t appendStatusUpdate(SQLite::Database &db, const StatusUpdateRow &update)
{
    return RunWriter(db).appendStatusUpdate(update);
}

void markChainRecovered(SQLite::Database &db, std::int64_t completedRunSeq)
{
    RunWriter(db).markChainRecovered(completedRunSeq);
}

} // namespace ameide::platform
