#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
}

namespace ameide::platform {

class Database;
struct Caller;
struct PageRequest;

namespace wf = ameide_core_proto::workflows_runtime::v1;

// One line a run's step (or the run itself: empty stepId) wrote.
struct RunLogRow
{
    std::int64_t runSeq = 0;
    std::string stepId;
    wf::RunLogLevel level = wf::RUN_LOG_LEVEL_INFO;
    std::int64_t at = 0;
    std::string message;
    // Kept in this order; stored as a flat JSON object of strings.
    std::vector<std::pair<std::string, std::string>> fields;
};

// Appends log lines inside the caller's write transaction, numbering each
// run's lines 1, 2, 3... The insert is prepared once per writer, and the
// last run's sequence is remembered, so a writer kept for a batch (the
// executor's transaction, the seeder's load) looks a run's sequence up once.
class RunLogWriter
{
public:
    explicit RunLogWriter(SQLite::Database &db);
    RunLogWriter(const RunLogWriter &) = delete;
    RunLogWriter &operator=(const RunLogWriter &) = delete;

    // Returns the line's sequence.
    std::int64_t append(const RunLogRow &row);
    // For a run that is new in this transaction (the seeder): its lines
    // start at 1 without looking.
    void startRun(std::int64_t runSeq);
    // After a rollback: the remembered sequence may be ahead of the table.
    void forget();

private:
    SQLite::Database &m_db;
    std::optional<SQLite::Statement> m_insert;
    std::optional<SQLite::Statement> m_last;
    std::int64_t m_runSeq = 0;
    std::int64_t m_sequence = 0;
    bool m_known = false;
    std::string m_fieldsJson;
};

// The filters of ListWorkflowRunLogs.
struct RunLogQuery
{
    std::string runId;
    std::string stepId;
    wf::RunLogLevel minLevel = wf::RUN_LOG_LEVEL_UNSPECIFIED;
    // Case-insensitive (ASCII) substring of the message.
    std::string contains;
    std::int64_t afterSequence = 0;
};

struct RunLogPage
{
    std::vector<wf::RunLogLine> lines;
    std::string nextToken;
    // Lines matching the filters, whatever the page or after_sequence.
    std::int64_t total = 0;
    // The run's greatest sequence (0: no lines yet).
    std::int64_t lastSequence = 0;
};

// Reads step logs, tenant-scoped: a run of another tenant is NOT_FOUND.
class RunLogStore
{
public:
    explicit RunLogStore(Database &db);

    // Oldest first, keyset pages on the sequence (cursor: one key).
    RunLogPage list(const Caller &caller, const RunLogQuery &query, const PageRequest &page,
                    const std::string &scope);

private:
    Database &m_db;
};

// The flat JSON object the fields are stored as (protobuf's JSON of a
// Struct of strings, as run input is stored), and back. Exposed for the
// tests; text that is not such an object decodes to no fields.
std::string encodeLogFields(const std::vector<std::pair<std::string, std::string>> &fields);
void decodeLogFields(const std::string &json, google::protobuf::Map<std::string, std::string> *out);

} // namespace ameide::platform
