#include "database.h"

#include "migrations.h"

#include "core/failure_signature.h"

#include <spdlog/spdlog.h>

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace ameide::platform {

namespace {
constexpr int kBusyTimeoutMs = 10000;
constexpr std::size_t kMaxIdleReaders = 16;

std::string textArg(sqlite3_value *value)
{
    const auto *text = sqlite3_value_text(value);
    return text ? std::string(reinterpret_cast<const char *>(text), static_cast<std::size_t>(sqlite3_value_bytes(value)))
                : std::string();
}

// ameide_failure_signature(step_id, error_class, message), for migrations.
void sqlFailureSignature(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 3) {
        sqlite3_result_error(ctx, "ameide_failure_signature takes 3 arguments", -1);
        return;
    }
    const std::string signature = failureSignature(textArg(argv[0]), textArg(argv[1]), textArg(argv[2]));
    sqlite3_result_text(ctx, signature.c_str(), static_cast<int>(signature.size()), SQLITE_TRANSIENT);
}
} // namespace

Database::Database(const std::filesystem::path &file)
    : m_file(file)
{
    m_writer = open(true);
    migrate();
}

std::unique_ptr<SQLite::Database> Database::open(bool writer) const
{
    const int flags = writer ? (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX)
                             : (SQLite::OPEN_READONLY | SQLite::OPEN_FULLMUTEX);
    auto db = std::make_unique<SQLite::Database>(m_file.string(), flags, kBusyTimeoutMs);
    if (writer) {
        db->exec("PRAGMA journal_mode=WAL");
        db->exec("PRAGMA synchronous=NORMAL");
        db->createFunction("ameide_failure_signature", 3, true, nullptr, sqlFailureSignature);
    }
    db->exec("PRAGMA foreign_keys=ON");
    db->exec("PRAGMA cache_size=-65536");
    db->exec("PRAGMA temp_store=MEMORY");
    db->exec("PRAGMA mmap_size=268435456");
    return db;
}

Database::Lease::Lease(Database &o)
    : owner(o)
{
    {
        std::lock_guard lock(owner.m_poolMutex);
        if (!owner.m_readers.empty()) {
            db = std::move(owner.m_readers.back());
            owner.m_readers.pop_back();
        }
    }
    if (!db)
        db = owner.open(false);
}

Database::Lease::~Lease()
{
    std::lock_guard lock(owner.m_poolMutex);
    if (owner.m_readers.size() < kMaxIdleReaders)
        owner.m_readers.push_back(std::move(db));
}

void Database::migrate()
{
    m_writer->exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                   " version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
    const int current = schemaVersion();
    const auto &all = migrations();
    for (std::size_t i = static_cast<std::size_t>(current); i < all.size(); ++i) {
        const int version = static_cast<int>(i) + 1;
        std::lock_guard lock(m_writeMutex);
        SQLite::Transaction tx(*m_writer, SQLite::TransactionBehavior::IMMEDIATE);
        m_writer->exec(all[i]);
        SQLite::Statement mark(*m_writer,
                               "INSERT INTO schema_migrations(version, applied_at)"
                               " VALUES (?, strftime('%s','now'))");
        mark.bind(1, version);
        mark.exec();
        tx.commit();
        spdlog::info("applied schema migration {}", version);
    }
    // New indexes (and the rows a migration rewrote) need fresh statistics.
    if (static_cast<std::size_t>(current) < all.size() && current > 0)
        analyze();
}

void Database::analyze()
{
    std::lock_guard lock(m_writeMutex);
    m_writer->exec("ANALYZE");
}

int Database::schemaVersion()
{
    std::lock_guard lock(m_writeMutex);
    SQLite::Statement q(*m_writer, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    q.executeStep();
    return q.getColumn(0).getInt();
}

void Database::withFastBulkWrites(const std::function<void(SQLite::Database &)> &fn)
{
    std::lock_guard lock(m_writeMutex);
    m_writer->exec("PRAGMA synchronous=OFF");
    try {
        SQLite::Transaction tx(*m_writer, SQLite::TransactionBehavior::IMMEDIATE);
        fn(*m_writer);
        tx.commit();
    } catch (...) {
        m_writer->exec("PRAGMA synchronous=NORMAL");
        throw;
    }
    m_writer->exec("PRAGMA synchronous=NORMAL");
    m_writer->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace ameide::platform
