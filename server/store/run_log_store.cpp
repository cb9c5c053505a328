#include "run_log_store.h"

#include "core/caller.h"
#include "core/clock.h"
#include "core/page_token.h"
#include "core/status_error.h"
#include "database.h"
#include "run_rows.h"

#include <SQLiteCpp/Database.h>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>

namespace ameide::platform {

namespace {

// Escapes LIKE's wildcards, so `contains` is matched as plain text.
std::string likePattern(const std::string &text)
{
    std::string out = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('%');
    return out;
}

} // namespace

std::string encodeLogFields(const std::vector<std::pair<std::string, std::string>> &fields)
{
    google::protobuf::Struct object;
    for (const auto &[key, value] : fields)
        (*object.mutable_fields())[key].set_string_value(value);
    std::string out;
    // A line is written whatever its fields hold: fields protobuf cannot print are left out.
    if (!google::protobuf::util::MessageToJsonString(object, &out).ok())
        return "{}";
    return out;
}

void decodeLogFields(const std::string &json, google::protobuf::Map<std::string, std::string> *out)
{
    google::protobuf::Struct object;
    jsonToStruct(json, &object);
    for (const auto &[key, value] : object.fields()) {
        if (value.kind_case() == google::protobuf::Value::kStringValue)
            (*out)[key] = value.string_value();
    }
}

RunLogWriter::RunLogWriter(SQLite::Database &db)
    : m_db(db)
{
}

void RunLogWriter::startRun(std::int64_t runSeq)
{
    m_runSeq = runSeq;
    m_sequence = 0;
    m_known = true;
}

void RunLogWriter::forget()
{
    m_known = false;
}

std::int64_t RunLogWriter::append(const RunLogRow &row)
{
    if (!m_known || m_runSeq != row.runSeq) {
        if (!m_last)
            m_last.emplace(m_db, "SELECT COALESCE(MAX(sequence), 0) FROM workflow_run_logs WHERE run_seq = ?");
        else
            m_last->reset();
        m_last->bind(1, row.runSeq);
        m_last->executeStep();
        m_sequence = m_last->getColumn(0).getInt64();
        m_runSeq = row.runSeq;
        m_known = true;
    }
    if (!m_insert)
        m_insert.emplace(m_db, "INSERT INTO workflow_run_logs(run_seq, sequence, step_id, level, at, message, fields)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)");
    else
        m_insert->reset();
    m_fieldsJson = encodeLogFields(row.fields);
    auto &q = *m_insert;
    q.bind(1, row.runSeq);
    q.bind(2, m_sequence + 1);
    q.bind(3, row.stepId);
    q.bind(4, static_cast<int>(row.level));
    q.bind(5, row.at);
    q.bind(6, row.message);
    q.bind(7, m_fieldsJson);
    q.exec();
    return ++m_sequence;
}

RunLogStore::RunLogStore(Database &db)
    : m_db(db)
{
}

RunLogPage RunLogStore::list(const Caller &caller, const RunLogQuery &query, const PageRequest &page,
                             const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        SQLite::Statement run(db, "SELECT seq FROM workflow_runs WHERE id = ? AND tenant_id = ?");
        run.bind(1, query.runId);
        run.bind(2, caller.tenantId);
        if (!run.executeStep())
            fail(grpc::StatusCode::NOT_FOUND, "workflow run " + query.runId + " does not exist");
        const std::int64_t runSeq = run.getColumn(0).getInt64();

        std::string where = " WHERE run_seq = ?";
        std::vector<Param> params{runSeq};
        if (!query.stepId.empty()) {
            where += " AND step_id = ?";
            params.emplace_back(query.stepId);
        }
        if (query.minLevel != wf::RUN_LOG_LEVEL_UNSPECIFIED) {
            where += " AND level >= ?";
            params.emplace_back(static_cast<std::int64_t>(query.minLevel));
        }
        if (!query.contains.empty()) {
            where += " AND message LIKE ? ESCAPE '\\'";
            params.emplace_back(likePattern(query.contains));
        }

        RunLogPage out;
        SQLite::Statement last(db, "SELECT COALESCE(MAX(sequence), 0) FROM workflow_run_logs WHERE run_seq = ?");
        last.bind(1, runSeq);
        last.executeStep();
        out.lastSequence = last.getColumn(0).getInt64();
        if (out.lastSequence == 0)
            return out;

        SQLite::Statement count(db, "SELECT COUNT(*) FROM workflow_run_logs" + where);
        bindParams(count, params);
        count.executeStep();
        out.total = count.getColumn(0).getInt64();

        const std::int64_t after = page.hasCursor ? cursorNumber(page.cursor.at(0)) : query.afterSequence;
        auto rowsParams = params;
        rowsParams.emplace_back(after);
        rowsParams.emplace_back(static_cast<std::int64_t>(page.pageSize) + 1);
        SQLite::Statement q(db, "SELECT sequence, step_id, level, at, message, fields FROM workflow_run_logs" + where
                                    + " AND sequence > ? ORDER BY sequence LIMIT ?");
        bindParams(q, rowsParams);
        out.lines.reserve(static_cast<std::size_t>(std::min<std::int64_t>(out.total, page.pageSize + 1)));
        while (q.executeStep()) {
            wf::RunLogLine &line = out.lines.emplace_back();
            line.set_sequence(q.getColumn(0).getInt64());
            line.set_step_id(q.getColumn(1).getString());
            const int level = q.getColumn(2).getInt();
            line.set_level(wf::RunLogLevel_IsValid(level) ? static_cast<wf::RunLogLevel>(level)
                                                          : wf::RUN_LOG_LEVEL_UNSPECIFIED);
            setTimestamp(line.mutable_time(), q.getColumn(3).getInt64());
            line.set_message(q.getColumn(4).getString());
            decodeLogFields(q.getColumn(5).getString(), line.mutable_fields());
        }
        endPage(out.lines, page, scope, &out.nextToken,
                [](const wf::RunLogLine &l) { return std::to_string(l.sequence()); });
        return out;
    });
}

} // namespace ameide::platform
