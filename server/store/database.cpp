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
    // Checkpoints leave the writer: SQLite's own (after the commit that
    // takes the log past 1,000 pages, in that commit's time, under the write
    // lock: about 100 ms each during a bulk retry) is replaced by this hook,
    // which wakes a thread of our own.
    sqlite3_wal_hook(m_writer->getHandle(), &Database::walCommitted, this);
}

Database::~Database()
{
    {
        std::lock_guard lock(m_checkpointMutex);
        m_checkpointStopping = true;
    }
    m_checkpointWake.notify_all();
    if (m_checkpointer.joinable())
        m_checkpointer.join();
    // The writer's hook must not call into a Database that is gone.
    sqlite3_wal_hook(m_writer->getHandle(), nullptr, nullptr);
}

int Database::walCommitted(void *self, sqlite3 *, const char *, int pages)
{
    auto *db = static_cast<Database *>(self);
    if (pages >= kWalPagesCheckpoint) {
        std::lock_guard lock(db->m_checkpointMutex);
        db->m_checkpointWanted = true;
        if (!db->m_checkpointer.joinable() && !db->m_checkpointStopping)
            db->m_checkpointer = std::thread([db] { db->checkpointLoop(); });
        db->m_checkpointWake.notify_all();
    }
    return SQLITE_OK;
}

void Database::checkpointLoop()
{
    std::unique_ptr<SQLite::Database> connection;
    while (true) {
        {
            std::unique_lock lock(m_checkpointMutex);
            m_checkpointWake.wait(lock, [&] { return m_checkpointStopping || m_checkpointWanted; });
            if (m_checkpointStopping)
                return;
            m_checkpointWanted = false;
        }
        try {
            if (!connection) {
                connection = std::make_unique<SQLite::Database>(m_file.string(), SQLite::OPEN_READWRITE, kBusyTimeoutMs);
                connection->exec("PRAGMA synchronous=NORMAL");
            }
            // PASSIVE: copies the pages no reader still needs, beside the writer, never waiting for it.
            auto checkpoint = [&] {
                int logPages = 0;
                const int rc = sqlite3_wal_checkpoint_v2(connection->getHandle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                         &logPages, nullptr);
                if (rc != SQLITE_OK && rc != SQLITE_BUSY)
                    spdlog::warn("checkpoint: {}", sqlite3_errstr(rc));
                return logPages;
            };
            if (checkpoint() >= kWalPagesRestart) {
                // Under steady writes the log is never copied to its end, so it
                // only grows; copy the rest (what came during the pass above)
                // with the writer held, and its next transaction starts the
                // log again from the beginning.
                std::lock_guard writes(m_writeMutex);
                checkpoint();
            }
        } catch (const std::exception &e) {
            spdlog::warn("checkpoint: {}", e.what());
        }
    }
}

std::unique_ptr<SQLite::Database> Database::open(bool writer) const
{
    const int flags = writer ? (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX)
                             : (SQLite::OPEN_READONLY | SQLite::OPEN_FULLMUTEX);
    auto db = std::make_unique<SQLite::Database>(m_file.string(), flags, kBusyTimeoutMs);
    if (writer) {
        db->exec("PRAGMA journal_mode=WAL");
        db->exec("PRAGMA synchronous=NORMAL");
        // The log's file is cut back to this size when it starts again (it can grow past it in a burst).
        db->exec("PRAGMA journal_size_limit=67108864");
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
