#include "run_log_store.h"

#include "core/caller.h"
#include "core/clock.h"
#include "core/page_token.h"
#include "core/status_error.h"
#include "database.h"
#include "run_rows.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>

namespace ameide::platform {

namespace {

void appendJsonString(std::string &out, const std::string &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out.push_back(hex[u >> 4]);
                out.push_back(hex[u & 0xf]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

void appendUtf8(std::string &out, unsigned code)
{
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xe0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    }
}

// Reads a JSON string starting at json[i] == '"'; false when it is not one.
bool readJsonString(const std::string &json, std::size_t &i, std::string *out)
{
    if (i >= json.size() || json[i] != '"')
        return false;
    ++i;
    out->clear();
    while (i < json.size()) {
        const char c = json[i++];
        if (c == '"')
            return true;
        if (c != '\\') {
            out->push_back(c);
            continue;
        }
        if (i >= json.size())
            return false;
        const char e = json[i++];
        switch (e) {
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'u': {
            if (i + 4 > json.size())
                return false;
            unsigned code = 0;
            for (int k = 0; k < 4; ++k) {
                const char h = json[i++];
                code <<= 4;
                if (h >= '0' && h <= '9')
                    code |= static_cast<unsigned>(h - '0');
                else if (h >= 'a' && h <= 'f')
                    code |= static_cast<unsigned>(h - 'a' + 10);
                else if (h >= 'A' && h <= 'F')
                    code |= static_cast<unsigned>(h - 'A' + 10);
                else
                    return false;
            }
            appendUtf8(*out, code);
            break;
        }
        default: out->push_back(e); break; // \" \\ \/
        }
    }
    return false;
}

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
    std::string out = "{";
    for (const auto &[key, value] : fields) {
        if (out.size() > 1)
            out.push_back(',');
        appendJsonString(out, key);
        out.push_back(':');
        appendJsonString(out, value);
    }
    out.push_back('}');
    return out;
}

void decodeLogFields(const std::string &json, google::protobuf::Map<std::string, std::string> *out)
{
    std::size_t i = 0;
    if (json.empty() || json[0] != '{')
        return;
    ++i;
    std::string key;
    std::string value;
    while (i < json.size() && json[i] != '}') {
        if (!readJsonString(json, i, &key) || i >= json.size() || json[i] != ':')
            return;
        ++i;
        if (!readJsonString(json, i, &value))
            return;
        (*out)[key] = value;
        if (i < json.size() && json[i] == ',')
            ++i;
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
