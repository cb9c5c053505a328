#pragma once

// Reading and writing workflow rows: shared by the stores of the workflow
// runtime (runs, search, bulk retry). Internal to server/store.

#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ameide::platform {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The columns readRun reads, in its order, from kRunFrom (runs r, definitions d).
inline constexpr const char *kRunColumns =
    "r.seq, r.id, r.tenant_id, r.definition_id, d.name, r.version_number, r.element_id, r.status,"
    " r.created_at, r.started_at, r.ended_at, r.failure_reason, r.error_class, r.failed_step_id,"
    " r.started_by, r.retry_of_run_id, r.original_run_id, r.attempt, r.input, r.output, r.recovered,"
    " r.failure_signature";
inline constexpr const char *kRunFrom = " FROM workflow_runs r JOIN workflow_definitions d ON d.id = r.definition_id";

inline constexpr const char *kDefinitionSelect =
    "SELECT d.id, d.tenant_id, d.name, d.description, d.status,"
    " (SELECT COALESCE(MAX(version_number), 0) FROM workflow_versions v WHERE v.definition_id = d.id),"
    " d.created_at, d.updated_at, d.created_by, d.updated_by FROM workflow_definitions d";

void setOptionalTime(google::protobuf::Timestamp *ts, const SQLite::Column &col);
// The reverse of structToJson (workflow_store.h), for stored input and output.
void jsonToStruct(const std::string &json, google::protobuf::Struct *out);

// Reads the kRunColumns starting at column `first`; input and output only when full.
wf::WorkflowRun readRun(SQLite::Statement &q, int first, bool full);

// Reads the columns u.seq, u.run_status, u.step_id, u.step_status,
// u.message, u.failure_reason, u.error_class, u.occurred_at of a status
// update (columns 0 to 7); run_id and tenant_id are the caller's to set.
wf::WorkflowStatusUpdate readStatusUpdate(SQLite::Statement &q);

struct RunRef
{
    std::int64_t seq = 0;
    wf::WorkflowRun run;
};

std::optional<RunRef> findRun(SQLite::Database &db, const std::string &tenantId, const std::string &runId, bool full);
// NOT_FOUND when the run is not the tenant's.
RunRef requireRun(SQLite::Database &db, const std::string &tenantId, const std::string &runId, bool full);
void readSteps(SQLite::Database &db, std::int64_t runSeq, wf::WorkflowRun *run);

wf::WorkflowDefinition readDefinition(SQLite::Statement &q);
wf::WorkflowDefinition requireDefinition(SQLite::Database &db, const std::string &tenantId, const std::string &id);

bool isTerminal(wf::WorkflowRunStatus s);

// Where a FAILED run stands in its retry chain (the runs sharing its
// original_run_id), judged by the later attempts that are not CANCELLED.
enum class ChainPosition {
    Latest = 0,         // no later attempt: the one to retry
    Recovered = 1,      // a later attempt COMPLETED
    InProgress = 2,     // a later attempt is PENDING or RUNNING
    EarlierAttempt = 3, // only later FAILED attempts
};
// SQL for the ChainPosition of the run aliased r (a number, 0 to 3). The
// later attempts are read through runs_by_original (tenant, chain, seq).
std::string chainPositionSql();

struct LaterAttempt
{
    std::string runId;
    int attempt = 0;
    wf::WorkflowRunStatus status = wf::WORKFLOW_RUN_STATUS_UNSPECIFIED;
};
// The newest later attempt of the run's chain that is not CANCELLED, if any.
std::optional<LaterAttempt> latestLaterAttempt(SQLite::Database &db, const std::string &tenantId,
                                               const wf::WorkflowRun &run, std::int64_t runSeq);

// Positional parameters of a query assembled from optional conditions.
using Param = std::variant<std::string, std::int64_t>;
void bindParams(SQLite::Statement &q, const std::vector<Param> &params);

} // namespace ameide::platform
