#include "run_query.h"

#include "core/clock.h"

namespace ameide::platform {

namespace {

template<typename Values, typename Convert>
void appendIn(const char *column, const Values &values, Convert convert, std::string *sql, std::vector<Param> *params)
{
    if (values.empty())
        return;
    *sql += std::string(" AND ") + column + " IN (";
    bool first = true;
    for (const auto &v : values) {
        *sql += first ? "?" : ", ?";
        first = false;
        params->emplace_back(convert(v));
    }
    *sql += ")";
}

} // namespace

bool canMatch(SQLite::Database &db, const wf::WorkflowRunQuery &query, const std::string &tenantId)
{
    if (query.definition_name().empty())
        return true;
    SQLite::Statement q(db, "SELECT 1 FROM workflow_definitions WHERE tenant_id = ? AND instr(lower(name), lower(?)) > 0"
                            " LIMIT 1");
    q.bind(1, tenantId);
    q.bind(2, query.definition_name());
    return q.executeStep();
}

void appendRunQuery(const wf::WorkflowRunQuery &query, const std::string &tenantId, std::string *sql,
                    std::vector<Param> *params)
{
    appendIn("r.status", query.statuses(), [](int s) { return std::int64_t{s}; }, sql, params);
    appendIn("r.definition_id", query.definition_ids(), [](const std::string &s) { return s; }, sql, params);
    if (!query.definition_name().empty()) {
        *sql += " AND r.definition_id IN (SELECT id FROM workflow_definitions WHERE tenant_id = ?"
                " AND instr(lower(name), lower(?)) > 0)";
        params->emplace_back(tenantId);
        params->emplace_back(query.definition_name());
    }
    if (!query.element_id().empty()) {
        *sql += " AND r.element_id = ?";
        params->emplace_back(query.element_id());
    }
    if (!query.run_id_prefix().empty()) {
        // Ids use only ASCII characters below 0x7f, so this range is the prefix (and uses the id index).
        *sql += " AND r.id >= ? AND r.id < ?";
        params->emplace_back(query.run_id_prefix());
        params->emplace_back(query.run_id_prefix() + '\x7f');
    }
    if (query.has_created_after()) {
        *sql += " AND r.created_at >= ?";
        params->emplace_back(timestampMs(query.created_after()));
    }
    if (query.has_created_before()) {
        *sql += " AND r.created_at < ?";
        params->emplace_back(timestampMs(query.created_before()));
    }
    if (!query.failure_signature().empty()) {
        // The second term lets SQLite use the partial index runs_by_signature.
        *sql += " AND r.failure_signature = ? AND r.failure_signature <> ''";
        params->emplace_back(query.failure_signature());
    }
    if (query.recovery() != wf::RUN_RECOVERY_ANY) {
        // Literals, not parameters: SQLite uses the partial index
        // runs_unrecovered_by_* only when the query names their terms as written.
        static_assert(wf::WORKFLOW_RUN_STATUS_FAILED == 4);
        *sql += query.recovery() == wf::RUN_RECOVERY_RECOVERED ? " AND r.status = 4 AND r.recovered = 1"
                                                              : " AND r.status = 4 AND r.recovered = 0";
    }
    if (!query.original_run_id().empty()) {
        *sql += " AND (r.original_run_id = ? OR r.id = ?)";
        params->emplace_back(query.original_run_id());
        params->emplace_back(query.original_run_id());
    }
    if (!query.bulk_job_id().empty()) {
        // A job's retries carry the idempotency key "bulk:<job id>:<run id>"; the range uses runs_idempotency.
        const std::string prefix = "bulk:" + query.bulk_job_id() + ':';
        *sql += " AND r.idempotency_key >= ? AND r.idempotency_key < ?";
        params->emplace_back(prefix);
        params->emplace_back(prefix.substr(0, prefix.size() - 1) + char(':' + 1));
    }
}

} // namespace ameide::platform
