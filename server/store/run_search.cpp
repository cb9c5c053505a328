// WorkflowStore: run search, counts, run history and failure groups.
#include "workflow_store.h"

#include "ameide_core_proto/feedback/v1/feedback_types.pb.h"

#include "core/caller.h"
#include "core/clock.h"
#include "core/failure_signature.h"
#include "core/page_token.h"
#include "core/status_error.h"
#include "database.h"
#include "run_query.h"
#include "run_rows.h"

#include <SQLiteCpp/Statement.h>

#include <limits>

namespace ameide::platform {

namespace {

namespace fb = ameide_core_proto::feedback::v1;

struct SortKey
{
    const char *column;
    bool text;
};

SortKey sortKey(wf::RunSortField field)
{
    switch (field) {
    case wf::RUN_SORT_FIELD_STARTED_AT:
        return {"r.started_key", false};
    case wf::RUN_SORT_FIELD_DURATION:
        return {"r.duration_ms", false};
    case wf::RUN_SORT_FIELD_STATUS:
        return {"r.status", false};
    case wf::RUN_SORT_FIELD_DEFINITION:
        return {"r.definition_id", true};
    case wf::RUN_SORT_FIELD_ATTEMPT:
        return {"r.attempt", false};
    default:
        return {"r.created_at", false};
    }
}

} // namespace

std::vector<wf::WorkflowRun> WorkflowStore::searchRuns(const Caller &caller, const wf::WorkflowRunQuery &query,
                                                       const wf::RunSort &sort, const PageRequest &page,
                                                       std::string *nextToken, const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        std::vector<wf::WorkflowRun> out;
        if (!canMatch(db, query, caller.tenantId))
            return out;
        const SortKey key = sortKey(sort.field());
        const bool asc = sort.ascending();
        // The sort key is selected after the run columns, for the page token.
        std::string sql = std::string("SELECT ") + kRunColumns + ", " + key.column + kRunFrom + " WHERE r.tenant_id = ?";
        std::vector<Param> params{caller.tenantId};
        appendRunQuery(query, caller.tenantId, &sql, &params);
        if (page.hasCursor) {
            requireCursorKeys(page, 2);
            const Param value = key.text ? Param(page.cursor[0]) : Param(cursorNumber(page.cursor[0]));
            // The first term bounds the index range; the second breaks ties by sequence.
            sql += std::string(" AND ") + key.column + (asc ? " >= ?" : " <= ?") + " AND (" + key.column
                + (asc ? " > ?" : " < ?") + " OR r.seq " + (asc ? "> ?" : "< ?") + ")";
            params.push_back(value);
            params.push_back(value);
            params.emplace_back(cursorNumber(page.cursor[1]));
        }
        const char *dir = asc ? " ASC" : " DESC";
        sql += std::string(" ORDER BY ") + key.column + dir + ", r.seq" + dir + " LIMIT ?";
        params.emplace_back(std::int64_t{page.pageSize + 1});
        SQLite::Statement q(db, sql);
        bindParams(q, params);
        out.reserve(static_cast<std::size_t>(page.pageSize) + 1);
        std::string lastKey;
        std::int64_t lastSeq = 0;
        constexpr int kKeyColumn = 22;
        while (q.executeStep()) {
            if (static_cast<int>(out.size()) == page.pageSize) {
                *nextToken = makePageToken(scope, {lastKey, std::to_string(lastSeq)});
                break;
            }
            lastSeq = q.getColumn(0).getInt64();
            lastKey = key.text ? q.getColumn(kKeyColumn).getString() : std::to_string(q.getColumn(kKeyColumn).getInt64());
            out.push_back(readRun(q, 0, false));
        }
        return out;
    });
}

wf::CountWorkflowRunsResponse WorkflowStore::countRuns(const Caller &caller, const wf::WorkflowRunQuery &query)
{
    return m_db.read([&](SQLite::Database &db) {
        wf::CountWorkflowRunsResponse out;
        if (!canMatch(db, query, caller.tenantId))
            return out;
        // Statuses and recovery alone are counted straight from runs_count.
        // Any other filter goes through a materialized subquery, so SQLite
        // picks the index for the filter rather than runs_count, whose order
        // suits GROUP BY but would scan the whole tenant.
        wf::WorkflowRunQuery rest = query;
        rest.clear_statuses();
        rest.clear_recovery();
        const bool byStatusOnly = rest.ByteSizeLong() == 0;
        std::string sql = byStatusOnly ? "SELECT r.status, COUNT(*), SUM(r.recovered) FROM workflow_runs r WHERE r.tenant_id = ?"
                                       : "WITH m AS MATERIALIZED (SELECT r.status AS status, r.recovered AS recovered"
                                         " FROM workflow_runs r WHERE r.tenant_id = ?";
        std::vector<Param> params{caller.tenantId};
        appendRunQuery(query, caller.tenantId, &sql, &params);
        sql += byStatusOnly ? " GROUP BY r.status" : ") SELECT status, COUNT(*), SUM(recovered) FROM m GROUP BY status";
        SQLite::Statement q(db, sql);
        bindParams(q, params);
        while (q.executeStep()) {
            const std::int64_t n = q.getColumn(1).getInt64();
            out.set_total(out.total() + n);
            switch (q.getColumn(0).getInt()) {
            case wf::WORKFLOW_RUN_STATUS_PENDING:
                out.set_pending(n);
                break;
            case wf::WORKFLOW_RUN_STATUS_RUNNING:
                out.set_running(n);
                break;
            case wf::WORKFLOW_RUN_STATUS_COMPLETED:
                out.set_completed(n);
                break;
            case wf::WORKFLOW_RUN_STATUS_FAILED:
                out.set_failed(n);
                out.set_recovered(q.getColumn(2).getInt64());
                break;
            case wf::WORKFLOW_RUN_STATUS_CANCELLED:
                out.set_cancelled(n);
                break;
            default:
                break;
            }
        }
        return out;
    });
}

std::vector<wf::WorkflowStatusUpdate> WorkflowStore::listRunUpdates(const Caller &caller, const std::string &runId,
                                                                    const PageRequest &page, std::string *nextToken,
                                                                    const std::string &scope, std::int64_t *total,
                                                                    bool newestFirst)
{
    return m_db.read([&](SQLite::Database &db) {
        const auto ref = requireRun(db, caller.tenantId, runId, false);
        SQLite::Statement count(db, "SELECT COUNT(*) FROM workflows_execution_status_updates WHERE run_seq = ?");
        count.bind(1, ref.seq);
        count.executeStep();
        *total = count.getColumn(0).getInt64();
        SQLite::Statement q(db, newestFirst ? "SELECT seq, run_status, step_id, step_status, message, failure_reason,"
                                              " error_class, occurred_at FROM workflows_execution_status_updates"
                                              " WHERE run_seq = ? AND seq < ? ORDER BY seq DESC LIMIT ?"
                                            : "SELECT seq, run_status, step_id, step_status, message, failure_reason,"
                                              " error_class, occurred_at FROM workflows_execution_status_updates"
                                              " WHERE run_seq = ? AND seq > ? ORDER BY seq LIMIT ?");
        q.bind(1, ref.seq);
        if (page.hasCursor)
            q.bind(2, cursorNumber(page.cursor.at(0)));
        else
            q.bind(2, newestFirst ? std::numeric_limits<std::int64_t>::max() : std::int64_t{0});
        q.bind(3, page.pageSize + 1);
        std::vector<wf::WorkflowStatusUpdate> out;
        while (q.executeStep()) {
            auto u = readStatusUpdate(q);
            u.set_run_id(runId);
            u.set_tenant_id(caller.tenantId);
            out.push_back(std::move(u));
        }
        endPage(out, page, scope, nextToken,
                [](const auto &row) { return std::to_string(row.sequence()); });
        return out;
    });
}

std::vector<wf::FailureGroup> failureGroupsIn(SQLite::Database &db, const std::string &tenantId,
                                              const wf::WorkflowRunQuery &query, const std::string &signature, int limit)
{
    wf::WorkflowRunQuery narrowed = query;
    narrowed.clear_statuses();
    narrowed.clear_failure_signature();
    // Only FAILED runs have a signature, and a FAILED run never changes
    // status, so the status is not tested: the groups then read
    // runs_by_signature alone.
    std::string where = " WHERE r.tenant_id = ? AND r.failure_signature <> ''";
    std::vector<Param> params{tenantId};
    if (!signature.empty()) {
        where += " AND r.failure_signature = ?";
        params.emplace_back(signature);
    }
    // Likewise recovery needs only the recovered flag here.
    if (narrowed.recovery() != wf::RUN_RECOVERY_ANY) {
        where += " AND r.recovered = ?";
        params.emplace_back(std::int64_t{narrowed.recovery() == wf::RUN_RECOVERY_RECOVERED ? 1 : 0});
        narrowed.clear_recovery();
    }
    appendRunQuery(narrowed, tenantId, &where, &params);

    std::string sql = "SELECT r.failure_signature, COUNT(*), SUM(r.recovered = 0), MIN(r.created_at),"
                      " MAX(r.created_at), MAX(r.seq) FROM workflow_runs r"
        + where + " GROUP BY r.failure_signature ORDER BY COUNT(*) DESC, r.failure_signature LIMIT ?";
    auto groupParams = params;
    groupParams.emplace_back(std::int64_t{limit});
    SQLite::Statement q(db, sql);
    bindParams(q, groupParams);
    std::vector<std::pair<wf::FailureGroup, std::int64_t>> groups;
    while (q.executeStep()) {
        wf::FailureGroup g;
        g.set_signature(q.getColumn(0).getString());
        g.set_failed_runs(q.getColumn(1).getInt64());
        g.set_unrecovered_runs(q.getColumn(2).getInt64());
        setTimestamp(g.mutable_first_seen(), q.getColumn(3).getInt64());
        setTimestamp(g.mutable_last_seen(), q.getColumn(4).getInt64());
        groups.emplace_back(std::move(g), q.getColumn(5).getInt64());
    }

    SQLite::Statement example(db, "SELECT failed_step_id, error_class, failure_reason FROM workflow_runs WHERE seq = ?");
    std::string definitionsSql = "SELECT d.id, d.name FROM workflow_definitions d WHERE d.tenant_id = ? AND d.id IN"
                                 " (SELECT DISTINCT r.definition_id FROM workflow_runs r INDEXED BY runs_by_signature"
        + where + " AND r.failure_signature = ?) ORDER BY d.name";
    SQLite::Statement definitions(db, definitionsSql);
    SQLite::Statement feedback(db,
                               "SELECT id, state, sla_due_at FROM feedback_items WHERE tenant_id = ?"
                               " AND remediation_signature = ? ORDER BY state IN (4, 5), seq DESC LIMIT 1");
    // The trend reads the signature's index whatever the query: 7 days of 24 hours back from now.
    constexpr std::int64_t kDayMs = std::int64_t{24} * 60 * 60 * 1000;
    constexpr int kTrendDays = 7;
    const std::int64_t trendStart = nowMs() - kTrendDays * kDayMs;
    SQLite::Statement trend(db, "SELECT (created_at - ?) / ?, COUNT(*) FROM workflow_runs INDEXED BY runs_by_signature"
                                " WHERE tenant_id = ? AND failure_signature = ? AND failure_signature <> ''"
                                " AND created_at >= ? GROUP BY 1");
    SQLite::Statement ack(db, "SELECT assignee, acknowledged_by, acknowledged_at, note FROM failure_group_acks"
                              " WHERE tenant_id = ? AND signature = ?");
    std::vector<wf::FailureGroup> out;
    out.reserve(groups.size());
    for (auto &[g, exampleSeq] : groups) {
        std::int64_t days[kTrendDays] = {};
        trend.bind(1, trendStart);
        trend.bind(2, kDayMs);
        trend.bind(3, tenantId);
        trend.bind(4, g.signature());
        trend.bind(5, trendStart);
        while (trend.executeStep()) {
            const auto day = trend.getColumn(0).getInt64();
            if (day >= 0 && day < kTrendDays) // a run created after the request started counts nowhere
                days[day] += trend.getColumn(1).getInt64();
        }
        trend.reset();
        for (const auto n : days)
            g.add_daily_failed(n);
        ack.bind(1, tenantId);
        ack.bind(2, g.signature());
        if (ack.executeStep()) {
            g.set_assignee(ack.getColumn(0).getString());
            g.set_acknowledged_by(ack.getColumn(1).getString());
            setTimestamp(g.mutable_acknowledged_at(), ack.getColumn(2).getInt64());
            g.set_acknowledgement_note(ack.getColumn(3).getString());
        }
        ack.reset();
        example.bind(1, exampleSeq);
        if (example.executeStep()) {
            g.set_step_id(example.getColumn(0).getString());
            g.set_error_class(example.getColumn(1).getString());
            g.set_example_message(example.getColumn(2).getString());
            g.set_normalized_message(normalizeFailureMessage(g.example_message()));
        }
        example.reset();
        std::vector<Param> defParams{tenantId};
        defParams.insert(defParams.end(), params.begin(), params.end());
        defParams.emplace_back(g.signature());
        bindParams(definitions, defParams);
        while (definitions.executeStep()) {
            g.add_definition_ids(definitions.getColumn(0).getString());
            g.add_definition_names(definitions.getColumn(1).getString());
        }
        definitions.reset();
        feedback.bind(1, tenantId);
        feedback.bind(2, g.signature());
        if (feedback.executeStep()) {
            g.set_feedback_item_id(feedback.getColumn(0).getString());
            g.set_feedback_state(fb::FeedbackState_Name(static_cast<fb::FeedbackState>(feedback.getColumn(1).getInt())));
            setOptionalTime(g.mutable_feedback_sla_due_at(), feedback.getColumn(2));
        }
        feedback.reset();
        out.push_back(std::move(g));
    }
    return out;
}

wf::FailureGroup WorkflowStore::acknowledgeFailureGroup(const Caller &caller, const std::string &signature,
                                                        const std::string &assignee, const std::string &note, bool clear)
{
    return m_db.write([&](SQLite::Database &db) {
        auto groups = failureGroupsIn(db, caller.tenantId, wf::WorkflowRunQuery(), signature, 1);
        if (groups.empty())
            fail(grpc::StatusCode::NOT_FOUND, "no failed run of this tenant has the failure signature " + signature);
        if (clear) {
            SQLite::Statement q(db, "DELETE FROM failure_group_acks WHERE tenant_id = ? AND signature = ?");
            q.bind(1, caller.tenantId);
            q.bind(2, signature);
            q.exec();
        } else {
            SQLite::Statement q(db, "INSERT INTO failure_group_acks(tenant_id, signature, assignee, acknowledged_by,"
                                    " acknowledged_at, note) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, signature)"
                                    " DO UPDATE SET assignee = excluded.assignee, acknowledged_by = excluded.acknowledged_by,"
                                    " acknowledged_at = excluded.acknowledged_at, note = excluded.note");
            q.bind(1, caller.tenantId);
            q.bind(2, signature);
            q.bind(3, assignee.empty() ? caller.userId : assignee);
            q.bind(4, caller.userId);
            q.bind(5, nowMs());
            q.bind(6, note);
            q.exec();
        }
        return failureGroupsIn(db, caller.tenantId, wf::WorkflowRunQuery(), signature, 1).at(0);
    });
}

std::vector<wf::FailureGroup> WorkflowStore::listFailureGroups(const Caller &caller, const wf::WorkflowRunQuery &query,
                                                               int limit)
{
    return m_db.read(
        [&](SQLite::Database &db) { return failureGroupsIn(db, caller.tenantId, query, std::string(), limit); });
}

} // namespace ameide::platform
