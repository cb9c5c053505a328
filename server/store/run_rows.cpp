#include "run_rows.h"

#include "core/clock.h"
#include "core/status_error.h"

#include <google/protobuf/util/json_util.h>

namespace ameide::platform {

using grpc::StatusCode;

void setOptionalTime(google::protobuf::Timestamp *ts, const SQLite::Column &col)
{
    if (!col.isNull())
        setTimestamp(ts, col.getInt64());
}

void jsonToStruct(const std::string &json, google::protobuf::Struct *out)
{
    if (json.empty() || json == "{}")
        return;
    // Stored JSON was produced by structToJson; a failure here means a damaged row.
    if (!google::protobuf::util::JsonStringToMessage(json, out).ok())
        out->Clear();
}

// Reads the run columns starting at `first`; input and output only when full.
wf::WorkflowRun readRun(SQLite::Statement &q, int first, bool full)
{
    wf::WorkflowRun run;
    run.set_id(q.getColumn(first + 1).getString());
    run.set_tenant_id(q.getColumn(first + 2).getString());
    run.set_definition_id(q.getColumn(first + 3).getString());
    run.set_definition_name(q.getColumn(first + 4).getString());
    run.set_version_number(q.getColumn(first + 5).getInt());
    run.set_element_id(q.getColumn(first + 6).getString());
    run.set_status(static_cast<wf::WorkflowRunStatus>(q.getColumn(first + 7).getInt()));
    setTimestamp(run.mutable_created_at(), q.getColumn(first + 8).getInt64());
    setOptionalTime(run.mutable_started_at(), q.getColumn(first + 9));
    setOptionalTime(run.mutable_ended_at(), q.getColumn(first + 10));
    run.set_failure_reason(q.getColumn(first + 11).getString());
    run.set_error_class(q.getColumn(first + 12).getString());
    run.set_failed_step_id(q.getColumn(first + 13).getString());
    run.set_started_by(q.getColumn(first + 14).getString());
    run.set_retry_of_run_id(q.getColumn(first + 15).getString());
    run.set_original_run_id(q.getColumn(first + 16).getString());
    run.set_attempt(q.getColumn(first + 17).getInt());
    if (full) {
        jsonToStruct(q.getColumn(first + 18).getString(), run.mutable_input());
        jsonToStruct(q.getColumn(first + 19).getString(), run.mutable_output());
    }
    run.set_recovered(q.getColumn(first + 20).getInt() != 0);
    run.set_failure_signature(q.getColumn(first + 21).getString());
    return run;
}

wf::WorkflowStatusUpdate readStatusUpdate(SQLite::Statement &q)
{
    wf::WorkflowStatusUpdate u;
    u.set_sequence(q.getColumn(0).getInt64());
    u.set_run_status(static_cast<wf::WorkflowRunStatus>(q.getColumn(1).getInt()));
    u.set_step_id(q.getColumn(2).getString());
    u.set_step_status(static_cast<wf::WorkflowStepStatus>(q.getColumn(3).getInt()));
    u.set_message(q.getColumn(4).getString());
    u.set_failure_reason(q.getColumn(5).getString());
    u.set_error_class(q.getColumn(6).getString());
    setTimestamp(u.mutable_occurred_at(), q.getColumn(7).getInt64());
    return u;
}

std::optional<RunRef> findRun(SQLite::Database &db, const std::string &tenantId, const std::string &runId, bool full)
{
    SQLite::Statement q(db, std::string("SELECT ") + kRunColumns + kRunFrom + " WHERE r.id = ? AND r.tenant_id = ?");
    q.bind(1, runId);
    q.bind(2, tenantId);
    if (!q.executeStep())
        return std::nullopt;
    return RunRef{q.getColumn(0).getInt64(), readRun(q, 0, full)};
}

RunRef requireRun(SQLite::Database &db, const std::string &tenantId, const std::string &runId, bool full)
{
    auto found = findRun(db, tenantId, runId, full);
    if (!found)
        fail(StatusCode::NOT_FOUND, "workflow run " + runId + " does not exist");
    return std::move(*found);
}

void readSteps(SQLite::Database &db, std::int64_t runSeq, wf::WorkflowRun *run)
{
    SQLite::Statement q(db,
                        "SELECT step_id, name, status, started_at, ended_at, failure_reason, error_class"
                        " FROM workflow_run_steps WHERE run_seq = ? ORDER BY position");
    q.bind(1, runSeq);
    while (q.executeStep()) {
        auto *step = run->add_steps();
        step->set_id(q.getColumn(0).getString());
        step->set_name(q.getColumn(1).getString());
        step->set_status(static_cast<wf::WorkflowStepStatus>(q.getColumn(2).getInt()));
        setOptionalTime(step->mutable_started_at(), q.getColumn(3));
        setOptionalTime(step->mutable_ended_at(), q.getColumn(4));
        step->set_failure_reason(q.getColumn(5).getString());
        step->set_error_class(q.getColumn(6).getString());
    }
}

wf::WorkflowDefinition readDefinition(SQLite::Statement &q)
{
    wf::WorkflowDefinition d;
    d.set_id(q.getColumn(0).getString());
    d.set_tenant_id(q.getColumn(1).getString());
    d.set_name(q.getColumn(2).getString());
    d.set_description(q.getColumn(3).getString());
    d.set_status(static_cast<wf::WorkflowDefinitionStatus>(q.getColumn(4).getInt()));
    d.set_latest_version(q.getColumn(5).getInt());
    auto *md = d.mutable_metadata();
    setTimestamp(md->mutable_created_at(), q.getColumn(6).getInt64());
    setTimestamp(md->mutable_updated_at(), q.getColumn(7).getInt64());
    md->set_created_by(q.getColumn(8).getString());
    md->set_updated_by(q.getColumn(9).getString());
    return d;
}

wf::WorkflowDefinition requireDefinition(SQLite::Database &db, const std::string &tenantId, const std::string &id)
{
    SQLite::Statement q(db, std::string(kDefinitionSelect) + " WHERE d.id = ? AND d.tenant_id = ?");
    q.bind(1, id);
    q.bind(2, tenantId);
    if (!q.executeStep())
        fail(StatusCode::NOT_FOUND, "workflow definition " + id + " does not exist");
    return readDefinition(q);
}

bool isTerminal(wf::WorkflowRunStatus s)
{
    return s == wf::WORKFLOW_RUN_STATUS_COMPLETED || s == wf::WORKFLOW_RUN_STATUS_FAILED
        || s == wf::WORKFLOW_RUN_STATUS_CANCELLED;
}

std::string chainPositionSql()
{
    // The smallest code among the later attempts wins: COMPLETED (1) over
    // PENDING or RUNNING (2) over FAILED (3); no later attempt is 0.
    return "COALESCE((SELECT MIN(CASE n.status WHEN " + std::to_string(wf::WORKFLOW_RUN_STATUS_COMPLETED) + " THEN 1 WHEN "
        + std::to_string(wf::WORKFLOW_RUN_STATUS_FAILED) + " THEN 3 ELSE 2 END)"
        + " FROM workflow_runs n INDEXED BY runs_by_original WHERE n.tenant_id = r.tenant_id"
          " AND n.original_run_id = r.original_run_id AND n.seq > r.seq AND n.status <> "
        + std::to_string(wf::WORKFLOW_RUN_STATUS_CANCELLED) + "), 0)";
}

std::optional<LaterAttempt> latestLaterAttempt(SQLite::Database &db, const std::string &tenantId,
                                               const wf::WorkflowRun &run, std::int64_t runSeq)
{
    SQLite::Statement q(db, "SELECT id, attempt, status FROM workflow_runs INDEXED BY runs_by_original"
                            " WHERE tenant_id = ? AND original_run_id = ? AND seq > ? AND status <> ?"
                            " ORDER BY seq DESC LIMIT 1");
    q.bind(1, tenantId);
    q.bind(2, run.original_run_id().empty() ? run.id() : run.original_run_id());
    q.bind(3, runSeq);
    q.bind(4, static_cast<int>(wf::WORKFLOW_RUN_STATUS_CANCELLED));
    if (!q.executeStep())
        return std::nullopt;
    return LaterAttempt{q.getColumn(0).getString(), q.getColumn(1).getInt(),
                        static_cast<wf::WorkflowRunStatus>(q.getColumn(2).getInt())};
}

void bindParams(SQLite::Statement &q, const std::vector<Param> &params)
{
    int i = 1;
    for (const auto &p : params)
        std::visit([&](const auto &v) { q.bind(i++, v); }, p);
}

} // namespace ameide::platform
