#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_service.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"
#include "run_writer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace ameide::platform {

class Database;
class UpdateFeed;
struct Caller;
struct PageRequest;

namespace wf = ameide_core_proto::workflows_runtime::v1;

// One status update as the watch stream sends it: the update and the run it
// belongs to, as the run is now.
struct RunEvent
{
    wf::WorkflowStatusUpdate update;
    wf::WorkflowRun run;
};

struct RunEventBatch
{
    std::vector<RunEvent> events;
    // Every update of the tenant up to here has been considered.
    std::int64_t scannedThrough = 0;
};

struct RetryOptions
{
    // Start at the failed step; the steps before it are carried over COMPLETED.
    bool fromFailedStep = false;
    // Retry even when a later attempt of the run's chain (other than a
    // cancelled one) exists; without it that is FAILED_PRECONDITION.
    bool retrySuperseded = false;
    // Use inputJson instead of the retried run's input.
    bool replaceInput = false;
    std::string inputJson = "{}";
};

struct RetryResult
{
    wf::WorkflowRun run;
    bool created = false;
    std::int64_t runSeq = 0;
};

// Everything the workflow runtime stores. All methods are tenant-scoped:
// a row of another tenant is reported as not found. Errors are StatusError.
class WorkflowStore
{
public:
    WorkflowStore(Database &db, UpdateFeed &feed);

    wf::WorkflowDefinition createDefinition(const Caller &caller, const wf::WorkflowDefinition &in);
    wf::WorkflowDefinition updateDefinition(const Caller &caller, const wf::WorkflowDefinition &in);
    std::vector<wf::WorkflowDefinition> listDefinitions(const Caller &caller, wf::WorkflowDefinitionStatus status,
                                                        const PageRequest &page, std::string *nextToken,
                                                        const std::string &scope);

    wf::WorkflowVersion createVersion(const Caller &caller, const std::string &definitionId,
                                      const std::string &tag, const wf::WorkflowSpec &spec,
                                      wf::WorkflowDefinitionStatus status);
    std::vector<wf::WorkflowVersion> listVersions(const Caller &caller, const std::string &definitionId,
                                                  const PageRequest &page, std::string *nextToken,
                                                  const std::string &scope);

    // Returns the new run and its internal sequence (for the executor).
    std::pair<wf::WorkflowRun, std::int64_t> startRun(const Caller &caller, const wf::StartWorkflowRunRequest &req);
    std::vector<wf::WorkflowRun> listRuns(const Caller &caller, const wf::WorkflowRunFilter &filter,
                                          const PageRequest &page, std::string *nextToken,
                                          const std::string &scope);
    wf::WorkflowRun describeRun(const Caller &caller, const std::string &runId);
    wf::WorkflowRun cancelRun(const Caller &caller, const std::string &runId, const std::string &reason);
    RetryResult retryRun(const Caller &caller, const std::string &runId, const std::string &idempotencyKey,
                         const RetryOptions &options);
    // SearchWorkflowRuns: keyset pages of the runs matching the query, in the sort's order.
    std::vector<wf::WorkflowRun> searchRuns(const Caller &caller, const wf::WorkflowRunQuery &query,
                                            const wf::RunSort &sort, const PageRequest &page, std::string *nextToken,
                                            const std::string &scope);
    wf::CountWorkflowRunsResponse countRuns(const Caller &caller, const wf::WorkflowRunQuery &query);
    // A run's status updates, oldest first (newest first with newestFirst),
    // and how many it has in all.
    std::vector<wf::WorkflowStatusUpdate> listRunUpdates(const Caller &caller, const std::string &runId,
                                                         const PageRequest &page, std::string *nextToken,
                                                         const std::string &scope, std::int64_t *total,
                                                         bool newestFirst = false);
    std::vector<wf::FailureGroup> listFailureGroups(const Caller &caller, const wf::WorkflowRunQuery &query, int limit);
    // Records who is on a failure group (assignee empty: the caller), or
    // removes that with clear. NOT_FOUND when no failed run has the signature.
    wf::FailureGroup acknowledgeFailureGroup(const Caller &caller, const std::string &signature,
                                             const std::string &assignee, const std::string &note, bool clear);
    wf::WorkflowStatusUpdate reportStatus(const Caller &caller, const wf::ReportWorkflowStatusRequest &req);

    wf::WorkflowRule createRule(const Caller &caller, const wf::WorkflowRule &in);
    wf::WorkflowRule updateRule(const Caller &caller, const wf::WorkflowRule &in);
    std::vector<wf::WorkflowRule> listRules(const Caller &caller, const PageRequest &page, std::string *nextToken,
                                            const std::string &scope);
    void deleteRule(const Caller &caller, const std::string &ruleId);

    // Status updates of the caller's tenant after `afterSequence`, oldest
    // first, at most `limit`, restricted by the filter.
    RunEventBatch eventsAfter(const std::string &tenantId, std::int64_t afterSequence,
                              const wf::WorkflowRunFilter &filter, int limit);
    std::int64_t latestSequence(const std::string &tenantId);
    // Updates of every tenant after `afterSequence`, oldest first; for the watch hub.
    std::vector<RunEvent> allEventsAfter(std::int64_t afterSequence, int limit);
    // The newest sequence of any tenant.
    std::int64_t globalLatestSequence();
    // Random id of this store, made when it was created.
    const std::string &instanceId() const { return m_instanceId; }

private:
    Database &m_db;
    UpdateFeed &m_feed;
    std::string m_instanceId;
};

// The JSON text a run's input is stored as (RetryOptions::inputJson);
// INVALID_ARGUMENT when the value has no JSON form (NaN, Infinity).
std::string structToJson(const google::protobuf::Struct &value);

// Inside the caller's write transaction: the run row (its status PENDING)
// and its step rows (all PENDING) plus the first status update. Used by
// StartWorkflowRun and retries.
std::int64_t insertPendingRun(SQLite::Database &db, const RunRow &run, const wf::WorkflowSpec &spec,
                              std::int64_t *updateSeq);
// The same through the caller's writer, whose statements are prepared once.
std::int64_t insertPendingRun(RunWriter &writer, const RunRow &run, const wf::WorkflowSpec &spec,
                              std::int64_t *updateSeq);

// Rows of the workflow catalogue, inside the caller's write transaction;
// shared by the store's RPCs and the seeder. created_at and updated_at are
// `at`, created_by and updated_by are `by`.
struct DefinitionRow
{
    std::string id;
    std::string tenantId;
    std::string name;
    std::string description;
    wf::WorkflowDefinitionStatus status = wf::WORKFLOW_DEFINITION_STATUS_DRAFT;
    std::int64_t at = 0;
    std::string by;
};
// Throws SQLite::Exception (SQLITE_CONSTRAINT) when the id or the tenant's
// name is taken.
void insertDefinition(SQLite::Database &db, const DefinitionRow &row);

// A published version is ACTIVE from `at`; otherwise it is a DRAFT.
struct VersionRow
{
    std::string definitionId;
    int number = 0;
    std::string tag;
    wf::WorkflowSpec spec;
    bool published = false;
    std::int64_t at = 0;
};
void insertVersion(SQLite::Database &db, const VersionRow &row);

// RetryWorkflowRun inside the caller's write transaction: the run the key
// made before (created false), or a new PENDING run retrying runId.
RetryResult retryRunIn(SQLite::Database &db, const std::string &tenantId, const std::string &userId,
                       const std::string &runId, const std::string &idempotencyKey, const RetryOptions &options,
                       std::int64_t *updateSeq);

// retryRunIn for many runs in one write transaction (a bulk job's batch):
// each statement is prepared once and each version's spec read once, where
// retryRunIn prepares them for its one run. Without readBack the result's
// run holds only its id (retryRunIn reads the whole run back).
class RunRetrier
{
public:
    explicit RunRetrier(SQLite::Database &db);
    ~RunRetrier();
    RunRetrier(const RunRetrier &) = delete;
    RunRetrier &operator=(const RunRetrier &) = delete;

    RetryResult retry(const std::string &tenantId, const std::string &userId, const std::string &runId,
                      const std::string &idempotencyKey, const RetryOptions &options, std::int64_t *updateSeq,
                      bool readBack = true);

private:
    struct Statements;
    SQLite::Database &m_db;
    std::unique_ptr<Statements> m_s;
};

// Cancels the PENDING or RUNNING run runSeq inside the caller's write
// transaction (its running step too) and writes message to its history;
// answers the status update's sequence.
std::int64_t cancelRunIn(SQLite::Database &db, const std::string &tenantId, std::int64_t runSeq,
                         const std::string &message);

// The failure groups of the tenant's FAILED runs matching the query
// (its statuses and failure_signature ignored), most failed first; only the
// group `signature` when it is not empty.
std::vector<wf::FailureGroup> failureGroupsIn(SQLite::Database &db, const std::string &tenantId,
                                              const wf::WorkflowRunQuery &query, const std::string &signature,
                                              int limit);

wf::WorkflowSpec loadSpec(SQLite::Database &db, const std::string &definitionId, int versionNumber);

} // namespace ameide::platform
