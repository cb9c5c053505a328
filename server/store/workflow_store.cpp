#include "workflow_store.h"

#include "core/caller.h"
#include "core/clock.h"
#include "core/ids.h"
#include "core/page_token.h"
#include "core/status_error.h"
#include "database.h"
#include "run_rows.h"
#include "update_feed.h"

#include <google/protobuf/util/json_util.h>

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <map>
#include <memory>
#include <variant>

namespace ameide::platform {

namespace {

using grpc::StatusCode;


wf::WorkflowRule readRule(SQLite::Statement &q)
{
    wf::WorkflowRule r;
    r.set_id(q.getColumn(0).getString());
    r.set_tenant_id(q.getColumn(1).getString());
    r.set_name(q.getColumn(2).getString());
    r.set_definition_id(q.getColumn(3).getString());
    r.set_trigger_event(q.getColumn(4).getString());
    r.set_condition(q.getColumn(5).getString());
    r.set_enabled(q.getColumn(6).getInt() != 0);
    auto *md = r.mutable_metadata();
    setTimestamp(md->mutable_created_at(), q.getColumn(7).getInt64());
    setTimestamp(md->mutable_updated_at(), q.getColumn(8).getInt64());
    md->set_created_by(q.getColumn(9).getString());
    md->set_updated_by(q.getColumn(10).getString());
    return r;
}

constexpr const char *kRuleSelect =
    "SELECT id, tenant_id, name, definition_id, trigger_event, condition, enabled, created_at, updated_at,"
    " created_by, updated_by FROM workflow_rules";

wf::WorkflowRule requireRule(SQLite::Database &db, const std::string &tenantId, const std::string &id)
{
    SQLite::Statement q(db, std::string(kRuleSelect) + " WHERE id = ? AND tenant_id = ?");
    q.bind(1, id);
    q.bind(2, tenantId);
    if (!q.executeStep())
        fail(StatusCode::NOT_FOUND, "workflow rule " + id + " does not exist");
    return readRule(q);
}


// Appends the filter's conditions on the run (alias r) and, for watch, on
// the update's run status (alias u) instead of the run's.
void appendRunFilter(const wf::WorkflowRunFilter &filter, const char *statusColumn, std::string *sql,
                     std::vector<Param> *params)
{
    if (!filter.definition_id().empty()) {
        *sql += " AND r.definition_id = ?";
        params->emplace_back(filter.definition_id());
    }
    if (!filter.element_id().empty()) {
        *sql += " AND r.element_id = ?";
        params->emplace_back(filter.element_id());
    }
    if (filter.statuses_size() > 0) {
        *sql += std::string(" AND ") + statusColumn + " IN (";
        for (int i = 0; i < filter.statuses_size(); ++i) {
            *sql += i == 0 ? "?" : ", ?";
            params->emplace_back(std::int64_t{filter.statuses(i)});
        }
        *sql += ")";
    }
}

constexpr const char *kEventColumns =
    "SELECT u.seq, u.run_status, u.step_id, u.step_status, u.message, u.failure_reason, u.error_class, u.occurred_at, ";
constexpr const char *kEventFrom = " FROM workflows_execution_status_updates u JOIN workflow_runs r ON r.seq = u.run_seq"
                                   " JOIN workflow_definitions d ON d.id = r.definition_id";

// Reads a row of kEventColumns + kRunColumns.
RunEvent readEvent(SQLite::Statement &q)
{
    RunEvent ev;
    ev.update = readStatusUpdate(q);
    ev.run = readRun(q, 8, false);
    ev.update.set_run_id(ev.run.id());
    ev.update.set_tenant_id(ev.run.tenant_id());
    return ev;
}

} // namespace

std::string structToJson(const google::protobuf::Struct &value)
{
    std::string out;
    if (!google::protobuf::util::MessageToJsonString(value, &out).ok())
        invalidArgument("input cannot be represented as JSON");
    return out;
}

wf::WorkflowSpec loadSpec(SQLite::Database &db, const std::string &definitionId, int versionNumber)
{
    SQLite::Statement q(db, "SELECT spec FROM workflow_versions WHERE definition_id = ? AND version_number = ?");
    q.bind(1, definitionId);
    q.bind(2, versionNumber);
    if (!q.executeStep())
        fail(StatusCode::NOT_FOUND,
             "version " + std::to_string(versionNumber) + " of workflow definition " + definitionId + " does not exist");
    wf::WorkflowSpec spec;
    const auto col = q.getColumn(0);
    if (!spec.ParseFromArray(col.getBlob(), col.getBytes()))
        fail(StatusCode::DATA_LOSS, "the stored spec of " + definitionId + " is damaged");
    return spec;
}

std::int64_t insertPendingRun(SQLite::Database &db, const RunRow &run, const wf::WorkflowSpec &spec,
                              std::int64_t *updateSeq)
{
    RunWriter writer(db);
    return insertPendingRun(writer, run, spec, updateSeq);
}

std::int64_t insertPendingRun(RunWriter &writer, const RunRow &run, const wf::WorkflowSpec &spec,
                              std::int64_t *updateSeq)
{
    RunRow pending = run;
    pending.status = wf::WORKFLOW_RUN_STATUS_PENDING;
    const std::int64_t seq = writer.insertRun(pending);
    for (int i = 0; i < spec.steps_size(); ++i) {
        StepRow step;
        step.runSeq = seq;
        step.position = i;
        step.stepId = spec.steps(i).id();
        step.name = spec.steps(i).name();
        writer.insertStep(step);
    }
    StatusUpdateRow u;
    u.tenantId = run.tenantId;
    u.runSeq = seq;
    u.runStatus = wf::WORKFLOW_RUN_STATUS_PENDING;
    u.message = run.retryOfRunId.empty() ? "run created" : "retry of run " + run.retryOfRunId;
    u.occurredAt = run.createdAt;
    const std::int64_t s = writer.appendStatusUpdate(u);
    if (updateSeq)
        *updateSeq = s;
    return seq;
}

void insertDefinition(SQLite::Database &db, const DefinitionRow &row)
{
    SQLite::Statement q(db,
                        "INSERT INTO workflow_definitions(id, tenant_id, name, description, status, created_at,"
                        " updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, row.id);
    q.bind(2, row.tenantId);
    q.bind(3, row.name);
    q.bind(4, row.description);
    q.bind(5, static_cast<int>(row.status));
    q.bind(6, row.at);
    q.bind(7, row.at);
    q.bind(8, row.by);
    q.bind(9, row.by);
    q.exec();
}

void insertVersion(SQLite::Database &db, const VersionRow &row)
{
    const std::string blob = row.spec.SerializeAsString();
    SQLite::Statement q(db,
                        "INSERT INTO workflow_versions(definition_id, version_number, tag, spec, status,"
                        " published_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, row.definitionId);
    q.bind(2, row.number);
    q.bind(3, row.tag);
    q.bind(4, blob.data(), static_cast<int>(blob.size()));
    q.bind(5, static_cast<int>(row.published ? wf::WORKFLOW_DEFINITION_STATUS_ACTIVE
                                             : wf::WORKFLOW_DEFINITION_STATUS_DRAFT));
    if (row.published)
        q.bind(6, row.at);
    else
        q.bind(6);
    q.bind(7, row.at);
    q.exec();
}

WorkflowStore::WorkflowStore(Database &db, UpdateFeed &feed)
    : m_db(db)
    , m_feed(feed)
{
    m_instanceId = m_db.read([](SQLite::Database &c) {
        SQLite::Statement q(c, "SELECT value FROM platform_meta WHERE key = 'instance_id'");
        return q.executeStep() ? q.getColumn(0).getString() : std::string();
    });
}

wf::WorkflowDefinition WorkflowStore::createDefinition(const Caller &caller, const wf::WorkflowDefinition &in)
{
    return m_db.write([&](SQLite::Database &db) {
        SQLite::Statement dup(db, "SELECT 1 FROM workflow_definitions WHERE tenant_id = ? AND name = ?");
        dup.bind(1, caller.tenantId);
        dup.bind(2, in.name());
        if (dup.executeStep())
            fail(StatusCode::ALREADY_EXISTS, "a workflow definition named " + in.name() + " already exists");
        DefinitionRow row;
        row.id = in.id().empty() ? newId("wfd") : in.id();
        row.tenantId = caller.tenantId;
        row.name = in.name();
        row.description = in.description();
        if (in.status() != wf::WORKFLOW_DEFINITION_STATUS_UNSPECIFIED)
            row.status = in.status();
        row.at = nowMs();
        row.by = caller.userId;
        try {
            insertDefinition(db, row);
        } catch (const SQLite::Exception &e) {
            if (e.getErrorCode() != SQLITE_CONSTRAINT)
                throw;
            fail(StatusCode::ALREADY_EXISTS, "workflow definition " + row.id + " already exists");
        }
        return requireDefinition(db, caller.tenantId, row.id);
    });
}

wf::WorkflowDefinition WorkflowStore::updateDefinition(const Caller &caller, const wf::WorkflowDefinition &in)
{
    return m_db.write([&](SQLite::Database &db) {
        requireDefinition(db, caller.tenantId, in.id());
        SQLite::Statement dup(db, "SELECT 1 FROM workflow_definitions WHERE tenant_id = ? AND name = ? AND id <> ?");
        dup.bind(1, caller.tenantId);
        dup.bind(2, in.name());
        dup.bind(3, in.id());
        if (dup.executeStep())
            fail(StatusCode::ALREADY_EXISTS, "a workflow definition named " + in.name() + " already exists");
        SQLite::Statement q(db,
                            "UPDATE workflow_definitions SET name = ?, description = ?, status = ?, updated_at = ?,"
                            " updated_by = ? WHERE id = ? AND tenant_id = ?");
        q.bind(1, in.name());
        q.bind(2, in.description());
        q.bind(3, static_cast<int>(in.status()));
        q.bind(4, nowMs());
        q.bind(5, caller.userId);
        q.bind(6, in.id());
        q.bind(7, caller.tenantId);
        q.exec();
        return requireDefinition(db, caller.tenantId, in.id());
    });
}

std::vector<wf::WorkflowDefinition> WorkflowStore::listDefinitions(const Caller &caller,
                                                                   wf::WorkflowDefinitionStatus status,
                                                                   const PageRequest &page, std::string *nextToken,
                                                                   const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        std::string sql = std::string(kDefinitionSelect) + " WHERE d.tenant_id = ?";
        std::vector<Param> params{caller.tenantId};
        if (page.hasCursor) {
            sql += " AND d.id > ?";
            params.emplace_back(page.cursor.at(0));
        }
        if (status != wf::WORKFLOW_DEFINITION_STATUS_UNSPECIFIED) {
            sql += " AND d.status = ?";
            params.emplace_back(std::int64_t{status});
        }
        sql += " ORDER BY d.id LIMIT ?";
        params.emplace_back(std::int64_t{page.pageSize + 1});
        SQLite::Statement q(db, sql);
        bindParams(q, params);
        std::vector<wf::WorkflowDefinition> out;
        while (q.executeStep())
            out.push_back(readDefinition(q));
        endPage(out, page, scope, nextToken, [](const auto &row) { return row.id(); });
        return out;
    });
}

wf::WorkflowVersion WorkflowStore::createVersion(const Caller &caller, const std::string &definitionId,
                                                 const std::string &tag, const wf::WorkflowSpec &spec,
                                                 wf::WorkflowDefinitionStatus status)
{
    return m_db.write([&](SQLite::Database &db) {
        const auto def = requireDefinition(db, caller.tenantId, definitionId);
        const int number = def.latest_version() + 1;
        const auto now = nowMs();
        const bool publish = status == wf::WORKFLOW_DEFINITION_STATUS_ACTIVE;
        insertVersion(db, VersionRow{.definitionId = definitionId, .number = number, .tag = tag, .spec = spec,
                                     .published = publish, .at = now});
        wf::WorkflowVersion v;
        v.set_definition_id(definitionId);
        v.set_version_number(number);
        v.set_tag(tag);
        *v.mutable_spec() = spec;
        v.set_status(publish ? wf::WORKFLOW_DEFINITION_STATUS_ACTIVE : wf::WORKFLOW_DEFINITION_STATUS_DRAFT);
        if (publish)
            setTimestamp(v.mutable_published_at(), now);
        return v;
    });
}

std::vector<wf::WorkflowVersion> WorkflowStore::listVersions(const Caller &caller, const std::string &definitionId,
                                                             const PageRequest &page, std::string *nextToken,
                                                             const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        requireDefinition(db, caller.tenantId, definitionId);
        SQLite::Statement q(db,
                            "SELECT version_number, tag, spec, status, published_at FROM workflow_versions"
                            " WHERE definition_id = ? AND version_number > ? ORDER BY version_number LIMIT ?");
        q.bind(1, definitionId);
        q.bind(2, page.hasCursor ? cursorNumber(page.cursor.at(0)) : std::int64_t{0});
        q.bind(3, page.pageSize + 1);
        std::vector<wf::WorkflowVersion> out;
        while (q.executeStep()) {
            wf::WorkflowVersion v;
            v.set_definition_id(definitionId);
            v.set_version_number(q.getColumn(0).getInt());
            v.set_tag(q.getColumn(1).getString());
            const auto spec = q.getColumn(2);
            v.mutable_spec()->ParseFromArray(spec.getBlob(), spec.getBytes());
            v.set_status(static_cast<wf::WorkflowDefinitionStatus>(q.getColumn(3).getInt()));
            setOptionalTime(v.mutable_published_at(), q.getColumn(4));
            out.push_back(std::move(v));
        }
        endPage(out, page, scope, nextToken,
                [](const auto &row) { return std::to_string(row.version_number()); });
        return out;
    });
}

std::pair<wf::WorkflowRun, std::int64_t> WorkflowStore::startRun(const Caller &caller,
                                                                 const wf::StartWorkflowRunRequest &req)
{
    std::int64_t updateSeq = 0;
    auto result = m_db.write([&](SQLite::Database &db) {
        if (!req.idempotency_key().empty()) {
            SQLite::Statement prior(db, "SELECT id FROM workflow_runs WHERE tenant_id = ? AND idempotency_key = ?");
            prior.bind(1, caller.tenantId);
            prior.bind(2, req.idempotency_key());
            if (prior.executeStep()) {
                auto ref = requireRun(db, caller.tenantId, prior.getColumn(0).getString(), true);
                const bool sameRequest = ref.run.definition_id() == req.definition_id()
                    && ref.run.retry_of_run_id().empty() && ref.run.element_id() == req.element_id()
                    && (req.version_number() == 0 || req.version_number() == ref.run.version_number());
                if (!sameRequest)
                    fail(StatusCode::ALREADY_EXISTS, "idempotency_key was already used for another request");
                return std::make_pair(ref.run, std::int64_t{0});
            }
        }
        const auto def = requireDefinition(db, caller.tenantId, req.definition_id());
        if (def.status() == wf::WORKFLOW_DEFINITION_STATUS_ARCHIVED)
            fail(StatusCode::FAILED_PRECONDITION, "workflow definition " + def.id() + " is archived");
        int version = req.version_number();
        if (version == 0) {
            SQLite::Statement latest(db,
                                     "SELECT MAX(version_number) FROM workflow_versions WHERE definition_id = ?"
                                     " AND status = ?");
            latest.bind(1, def.id());
            latest.bind(2, static_cast<int>(wf::WORKFLOW_DEFINITION_STATUS_ACTIVE));
            latest.executeStep();
            if (latest.getColumn(0).isNull())
                fail(StatusCode::FAILED_PRECONDITION, "workflow definition " + def.id() + " has no published version");
            version = latest.getColumn(0).getInt();
        }
        const auto spec = loadSpec(db, def.id(), version);
        RunRow run;
        run.id = newUuid();
        run.tenantId = caller.tenantId;
        run.definitionId = def.id();
        run.versionNumber = version;
        run.elementId = req.element_id();
        run.inputJson = structToJson(req.input());
        run.startedBy = caller.userId;
        if (!req.idempotency_key().empty())
            run.idempotencyKey = req.idempotency_key();
        run.createdAt = nowMs();
        const std::int64_t seq = insertPendingRun(db, run, spec, &updateSeq);
        return std::make_pair(requireRun(db, caller.tenantId, run.id, true).run, seq);
    });
    if (updateSeq > 0)
        m_feed.publish(updateSeq);
    return result;
}

std::vector<wf::WorkflowRun> WorkflowStore::listRuns(const Caller &caller, const wf::WorkflowRunFilter &filter,
                                                     const PageRequest &page, std::string *nextToken,
                                                     const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        std::string sql = std::string("SELECT ") + kRunColumns + kRunFrom + " WHERE r.tenant_id = ?";
        std::vector<Param> params{caller.tenantId};
        appendRunFilter(filter, "r.status", &sql, &params);
        if (page.hasCursor) {
            requireCursorKeys(page, 2);
            // The first term bounds the index range; the second breaks ties.
            sql += " AND r.created_at <= ? AND (r.created_at < ? OR r.seq < ?)";
            const auto createdAt = cursorNumber(page.cursor[0]);
            params.emplace_back(createdAt);
            params.emplace_back(createdAt);
            params.emplace_back(cursorNumber(page.cursor[1]));
        }
        sql += " ORDER BY r.created_at DESC, r.seq DESC LIMIT ?";
        params.emplace_back(std::int64_t{page.pageSize + 1});
        SQLite::Statement q(db, sql);
        bindParams(q, params);
        std::vector<wf::WorkflowRun> out;
        out.reserve(static_cast<std::size_t>(page.pageSize) + 1);
        std::int64_t lastSeq = 0;
        std::int64_t lastCreated = 0;
        while (q.executeStep()) {
            if (static_cast<int>(out.size()) == page.pageSize) {
                *nextToken = makePageToken(scope, {std::to_string(lastCreated), std::to_string(lastSeq)});
                break;
            }
            lastSeq = q.getColumn(0).getInt64();
            lastCreated = q.getColumn(8).getInt64();
            out.push_back(readRun(q, 0, false));
        }
        return out;
    });
}

wf::WorkflowRun WorkflowStore::describeRun(const Caller &caller, const std::string &runId)
{
    return m_db.read([&](SQLite::Database &db) {
        auto ref = requireRun(db, caller.tenantId, runId, true);
        readSteps(db, ref.seq, &ref.run);
        return ref.run;
    });
}

wf::WorkflowRun WorkflowStore::cancelRun(const Caller &caller, const std::string &runId, const std::string &reason)
{
    std::int64_t lastUpdate = 0;
    auto run = m_db.write([&](SQLite::Database &db) {
        auto ref = requireRun(db, caller.tenantId, runId, true);
        if (isTerminal(ref.run.status()))
            fail(StatusCode::FAILED_PRECONDITION,
                 "workflow run " + runId + " has already ended (" + wf::WorkflowRunStatus_Name(ref.run.status()) + ")");
        lastUpdate = cancelRunIn(db, caller.tenantId, ref.seq, reason.empty() ? "cancelled by " + caller.userId : reason);
        return requireRun(db, caller.tenantId, runId, true).run;
    });
    m_feed.publish(lastUpdate);
    return run;
}

std::int64_t cancelRunIn(SQLite::Database &db, const std::string &tenantId, std::int64_t runSeq,
                         const std::string &message)
{
    const auto now = nowMs();
    SQLite::Statement steps(db, "UPDATE workflow_run_steps SET status = ?, ended_at = ? WHERE run_seq = ? AND status = ?");
    steps.bind(1, static_cast<int>(wf::WORKFLOW_STEP_STATUS_CANCELLED));
    steps.bind(2, now);
    steps.bind(3, runSeq);
    steps.bind(4, static_cast<int>(wf::WORKFLOW_STEP_STATUS_RUNNING));
    steps.exec();
    SQLite::Statement q(db, "UPDATE workflow_runs SET status = ?, ended_at = ? WHERE seq = ?");
    q.bind(1, static_cast<int>(wf::WORKFLOW_RUN_STATUS_CANCELLED));
    q.bind(2, now);
    q.bind(3, runSeq);
    q.exec();
    StatusUpdateRow u;
    u.tenantId = tenantId;
    u.runSeq = runSeq;
    u.runStatus = wf::WORKFLOW_RUN_STATUS_CANCELLED;
    u.message = message;
    u.occurredAt = now;
    return appendStatusUpdate(db, u);
}

namespace {

// A SELECT prepared once and reset after each use, so none is left open.
struct Query
{
    Query(SQLite::Database &db, const char *sql)
        : q(db, sql)
    {
    }
    SQLite::Statement &use()
    {
        q.reset();
        q.clearBindings();
        return q;
    }
    SQLite::Statement q;
};

} // namespace

struct RunRetrier::Statements
{
    explicit Statements(SQLite::Database &db)
        : writer(db)
        , prior(db, "SELECT id, retry_of_run_id FROM workflow_runs WHERE tenant_id = ? AND idempotency_key = ?")
        // What a retry copies from the run it retries (readRun's full row is not needed).
        , original(db, "SELECT seq, status, definition_id, version_number, element_id, original_run_id, attempt, input"
                       " FROM workflow_runs WHERE id = ? AND tenant_id = ?")
        , definitionStatus(db, "SELECT status FROM workflow_definitions WHERE id = ? AND tenant_id = ?")
        , failedStep(db, "SELECT position FROM workflow_run_steps WHERE run_seq = ? AND status = ?"
                         " ORDER BY position LIMIT 1")
        , carry(db, "UPDATE workflow_run_steps SET status = o.status, started_at = o.started_at,"
                    " ended_at = o.ended_at FROM (SELECT position, status, started_at, ended_at"
                    " FROM workflow_run_steps WHERE run_seq = ?) o"
                    " WHERE workflow_run_steps.run_seq = ? AND workflow_run_steps.position = o.position"
                    " AND o.position < ?")
        , start(db, "UPDATE workflow_runs SET current_step = ? WHERE seq = ?")
    {
    }
    RunWriter writer;
    Query prior;
    Query original;
    Query definitionStatus;
    Query failedStep;
    Query carry;
    Query start;
    // Within one write transaction a version's spec and a definition's status stay as read.
    std::map<std::pair<std::string, int>, wf::WorkflowSpec> specs;
    std::map<std::string, wf::WorkflowDefinitionStatus> definitions;
};

RunRetrier::RunRetrier(SQLite::Database &db)
    : m_db(db)
    , m_s(std::make_unique<Statements>(db))
{
}

RunRetrier::~RunRetrier() = default;

RetryResult RunRetrier::retry(const std::string &tenantId, const std::string &userId, const std::string &runId,
                              const std::string &idempotencyKey, const RetryOptions &options, std::int64_t *updateSeq,
                              bool readBack)
{
    SQLite::Database &db = m_db;
    auto runOf = [&](const std::string &id) {
        if (readBack)
            return requireRun(db, tenantId, id, true).run;
        wf::WorkflowRun run;
        run.set_id(id);
        return run;
    };
    {
        auto &prior = m_s->prior.use();
        prior.bind(1, tenantId);
        prior.bind(2, idempotencyKey);
        if (prior.executeStep()) {
            const bool same = prior.getColumn(1).getString() == runId;
            const std::string priorId = prior.getColumn(0).getString();
            prior.reset();
            if (!same)
                fail(StatusCode::ALREADY_EXISTS, "idempotency_key was already used for another request");
            return RetryResult{runOf(priorId), false, 0};
        }
        prior.reset();
    }
    RunRow run;
    std::int64_t originalSeq = 0;
    wf::WorkflowRun original; // what latestLaterAttempt and the messages need
    {
        auto &q = m_s->original.use();
        q.bind(1, runId);
        q.bind(2, tenantId);
        if (!q.executeStep())
            fail(StatusCode::NOT_FOUND, "workflow run " + runId + " does not exist");
        originalSeq = q.getColumn(0).getInt64();
        original.set_id(runId);
        original.set_status(static_cast<wf::WorkflowRunStatus>(q.getColumn(1).getInt()));
        original.set_original_run_id(q.getColumn(5).getString());
        original.set_attempt(q.getColumn(6).getInt());
        run.definitionId = q.getColumn(2).getString();
        run.versionNumber = q.getColumn(3).getInt();
        run.elementId = q.getColumn(4).getString();
        run.inputJson = options.replaceInput ? options.inputJson : q.getColumn(7).getString();
        q.reset();
    }
    if (original.status() != wf::WORKFLOW_RUN_STATUS_FAILED)
        fail(StatusCode::FAILED_PRECONDITION,
             "only failed runs can be retried; run " + runId + " is " + wf::WorkflowRunStatus_Name(original.status()));
    if (!options.retrySuperseded) {
        if (const auto later = latestLaterAttempt(db, tenantId, original, originalSeq)) {
            const std::string which = "attempt " + std::to_string(later->attempt) + " (run " + later->runId + ")";
            std::string why;
            switch (later->status) {
            case wf::WORKFLOW_RUN_STATUS_COMPLETED:
                why = "its retry chain has recovered: " + which + " completed";
                break;
            case wf::WORKFLOW_RUN_STATUS_FAILED:
                why = "it is an earlier attempt: " + which + " is the latest and failed too";
                break;
            default:
                why = "a later attempt is in progress: " + which + " is "
                    + wf::WorkflowRunStatus_Name(later->status);
                break;
            }
            fail(StatusCode::FAILED_PRECONDITION,
                 "run " + runId + " (attempt " + std::to_string(original.attempt()) + ") was superseded; " + why
                     + ". Set retry_superseded to retry it anyway");
        }
    }
    auto definition = m_s->definitions.find(run.definitionId);
    if (definition == m_s->definitions.end()) {
        auto &q = m_s->definitionStatus.use();
        q.bind(1, run.definitionId);
        q.bind(2, tenantId);
        if (!q.executeStep())
            fail(StatusCode::NOT_FOUND, "workflow definition " + run.definitionId + " does not exist");
        definition = m_s->definitions
                         .emplace(run.definitionId, static_cast<wf::WorkflowDefinitionStatus>(q.getColumn(0).getInt()))
                         .first;
        q.reset();
    }
    if (definition->second == wf::WORKFLOW_DEFINITION_STATUS_ARCHIVED)
        fail(StatusCode::FAILED_PRECONDITION,
             "workflow definition " + run.definitionId + " is archived; its runs cannot be retried");
    // from_failed_step: the position of the failed step; the steps before it are carried over.
    int failedPosition = 0;
    if (options.fromFailedStep) {
        auto &failed = m_s->failedStep.use();
        failed.bind(1, originalSeq);
        failed.bind(2, static_cast<int>(wf::WORKFLOW_STEP_STATUS_FAILED));
        if (!failed.executeStep())
            fail(StatusCode::FAILED_PRECONDITION,
                 "from_failed_step: run " + runId + " has no failed step to start from");
        failedPosition = failed.getColumn(0).getInt();
        failed.reset();
    }
    run.id = newUuid();
    run.tenantId = tenantId;
    run.startedBy = userId;
    run.retryOfRunId = runId;
    run.originalRunId = original.original_run_id().empty() ? runId : original.original_run_id();
    run.attempt = original.attempt() + 1;
    run.idempotencyKey = idempotencyKey;
    run.createdAt = nowMs();
    const auto specKey = std::make_pair(run.definitionId, run.versionNumber);
    auto spec = m_s->specs.find(specKey);
    if (spec == m_s->specs.end())
        spec = m_s->specs.emplace(specKey, loadSpec(db, run.definitionId, run.versionNumber)).first;
    const std::int64_t seq = insertPendingRun(m_s->writer, run, spec->second, updateSeq);
    if (failedPosition > 0) {
        // The steps before the failed one keep the original's outcome and times.
        auto &carry = m_s->carry.use();
        carry.bind(1, originalSeq);
        carry.bind(2, seq);
        carry.bind(3, failedPosition);
        carry.exec();
        auto &start = m_s->start.use();
        start.bind(1, failedPosition);
        start.bind(2, seq);
        start.exec();
    }
    return RetryResult{runOf(run.id), true, seq};
}

RetryResult retryRunIn(SQLite::Database &db, const std::string &tenantId, const std::string &userId,
                       const std::string &runId, const std::string &idempotencyKey, const RetryOptions &options,
                       std::int64_t *updateSeq)
{
    return RunRetrier(db).retry(tenantId, userId, runId, idempotencyKey, options, updateSeq);
}

RetryResult WorkflowStore::retryRun(const Caller &caller, const std::string &runId, const std::string &idempotencyKey,
                                    const RetryOptions &options)
{
    std::int64_t updateSeq = 0;
    auto result = m_db.write([&](SQLite::Database &db) {
        return retryRunIn(db, caller.tenantId, caller.userId, runId, idempotencyKey, options, &updateSeq);
    });
    if (updateSeq > 0)
        m_feed.publish(updateSeq);
    return result;
}

wf::WorkflowStatusUpdate WorkflowStore::reportStatus(const Caller &caller, const wf::ReportWorkflowStatusRequest &req)
{
    wf::WorkflowStatusUpdate out;
    m_db.write([&](SQLite::Database &db) {
        auto ref = requireRun(db, caller.tenantId, req.run_id(), false);
        if (ref.run.status() != wf::WORKFLOW_RUN_STATUS_RUNNING)
            fail(StatusCode::FAILED_PRECONDITION, "workflow run " + req.run_id() + " is not running");
        wf::WorkflowStepStatus stepStatus = wf::WORKFLOW_STEP_STATUS_UNSPECIFIED;
        if (!req.step_id().empty()) {
            SQLite::Statement step(db, "SELECT status FROM workflow_run_steps WHERE run_seq = ? AND step_id = ?");
            step.bind(1, ref.seq);
            step.bind(2, req.step_id());
            if (!step.executeStep())
                fail(StatusCode::NOT_FOUND, "workflow run " + req.run_id() + " has no step " + req.step_id());
            stepStatus = static_cast<wf::WorkflowStepStatus>(step.getColumn(0).getInt());
        }
        StatusUpdateRow u;
        u.tenantId = caller.tenantId;
        u.runSeq = ref.seq;
        u.runStatus = ref.run.status();
        u.stepId = req.step_id();
        u.stepStatus = stepStatus;
        u.message = req.message();
        u.occurredAt = nowMs();
        out.set_sequence(appendStatusUpdate(db, u));
        out.set_run_id(req.run_id());
        out.set_tenant_id(caller.tenantId);
        out.set_run_status(u.runStatus);
        out.set_step_id(u.stepId);
        out.set_step_status(u.stepStatus);
        out.set_message(u.message);
        setTimestamp(out.mutable_occurred_at(), u.occurredAt);
    });
    m_feed.publish(out.sequence());
    return out;
}

wf::WorkflowRule WorkflowStore::createRule(const Caller &caller, const wf::WorkflowRule &in)
{
    return m_db.write([&](SQLite::Database &db) {
        requireDefinition(db, caller.tenantId, in.definition_id());
        const std::string id = newId("rule");
        const auto now = nowMs();
        SQLite::Statement q(db,
                            "INSERT INTO workflow_rules(id, tenant_id, name, definition_id, trigger_event, condition,"
                            " enabled, created_at, updated_at, created_by, updated_by)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, id);
        q.bind(2, caller.tenantId);
        q.bind(3, in.name());
        q.bind(4, in.definition_id());
        q.bind(5, in.trigger_event());
        q.bind(6, in.condition());
        q.bind(7, in.enabled() ? 1 : 0);
        q.bind(8, now);
        q.bind(9, now);
        q.bind(10, caller.userId);
        q.bind(11, caller.userId);
        q.exec();
        return requireRule(db, caller.tenantId, id);
    });
}

wf::WorkflowRule WorkflowStore::updateRule(const Caller &caller, const wf::WorkflowRule &in)
{
    return m_db.write([&](SQLite::Database &db) {
        requireRule(db, caller.tenantId, in.id());
        requireDefinition(db, caller.tenantId, in.definition_id());
        SQLite::Statement q(db,
                            "UPDATE workflow_rules SET name = ?, definition_id = ?, trigger_event = ?, condition = ?,"
                            " enabled = ?, updated_at = ?, updated_by = ? WHERE id = ? AND tenant_id = ?");
        q.bind(1, in.name());
        q.bind(2, in.definition_id());
        q.bind(3, in.trigger_event());
        q.bind(4, in.condition());
        q.bind(5, in.enabled() ? 1 : 0);
        q.bind(6, nowMs());
        q.bind(7, caller.userId);
        q.bind(8, in.id());
        q.bind(9, caller.tenantId);
        q.exec();
        return requireRule(db, caller.tenantId, in.id());
    });
}

std::vector<wf::WorkflowRule> WorkflowStore::listRules(const Caller &caller, const PageRequest &page,
                                                       std::string *nextToken, const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        SQLite::Statement q(db, std::string(kRuleSelect) + " WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?");
        q.bind(1, caller.tenantId);
        q.bind(2, page.hasCursor ? page.cursor.at(0) : std::string());
        q.bind(3, page.pageSize + 1);
        std::vector<wf::WorkflowRule> out;
        while (q.executeStep())
            out.push_back(readRule(q));
        endPage(out, page, scope, nextToken, [](const auto &row) { return row.id(); });
        return out;
    });
}

void WorkflowStore::deleteRule(const Caller &caller, const std::string &ruleId)
{
    m_db.write([&](SQLite::Database &db) {
        requireRule(db, caller.tenantId, ruleId);
        SQLite::Statement q(db, "DELETE FROM workflow_rules WHERE id = ? AND tenant_id = ?");
        q.bind(1, ruleId);
        q.bind(2, caller.tenantId);
        q.exec();
    });
}

RunEventBatch WorkflowStore::eventsAfter(const std::string &tenantId, std::int64_t afterSequence,
                                         const wf::WorkflowRunFilter &filter, int limit)
{
    return m_db.read([&](SQLite::Database &db) {
        RunEventBatch batch;
        // Scan a bounded window of the tenant's updates; the filter applies
        // within it, so a selective filter never makes one read unbounded.
        SQLite::Statement window(db,
                                 "SELECT COALESCE(MAX(seq), ?) FROM (SELECT seq FROM workflows_execution_status_updates"
                                 " WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?)");
        window.bind(1, afterSequence);
        window.bind(2, tenantId);
        window.bind(3, afterSequence);
        window.bind(4, limit * 8);
        window.executeStep();
        const std::int64_t upTo = window.getColumn(0).getInt64();

        std::string sql = std::string(kEventColumns) + kRunColumns + kEventFrom
            + " WHERE u.tenant_id = ? AND u.seq > ? AND u.seq <= ?";
        std::vector<Param> params{tenantId, afterSequence, upTo};
        appendRunFilter(filter, "u.run_status", &sql, &params);
        sql += " ORDER BY u.seq LIMIT ?";
        params.emplace_back(std::int64_t{limit});
        SQLite::Statement q(db, sql);
        bindParams(q, params);
        std::int64_t last = afterSequence;
        while (q.executeStep()) {
            batch.events.push_back(readEvent(q));
            last = batch.events.back().update.sequence();
        }
        batch.scannedThrough = static_cast<int>(batch.events.size()) == limit ? last : upTo;
        return batch;
    });
}

std::int64_t WorkflowStore::latestSequence(const std::string &tenantId)
{
    return m_db.read([&](SQLite::Database &db) {
        SQLite::Statement q(db, "SELECT COALESCE(MAX(seq), 0) FROM workflows_execution_status_updates WHERE tenant_id = ?");
        q.bind(1, tenantId);
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
}

std::int64_t WorkflowStore::globalLatestSequence()
{
    return m_db.read([](SQLite::Database &db) {
        SQLite::Statement q(db, "SELECT COALESCE(MAX(seq), 0) FROM workflows_execution_status_updates");
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
}

std::vector<RunEvent> WorkflowStore::allEventsAfter(std::int64_t afterSequence, int limit)
{
    return m_db.read([&](SQLite::Database &db) {
        SQLite::Statement q(db, std::string(kEventColumns) + kRunColumns + kEventFrom
                                    + " WHERE u.seq > ? ORDER BY u.seq LIMIT ?");
        q.bind(1, afterSequence);
        q.bind(2, limit);
        std::vector<RunEvent> out;
        while (q.executeStep())
            out.push_back(readEvent(q));
        return out;
    });
}

} // namespace ameide::platform
