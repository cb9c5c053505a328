#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;

namespace ameide::platform {

// The platform's SQLite store: one writer connection (writes are serialised
// and each runs in one IMMEDIATE transaction) and a pool of reader
// connections that WAL mode lets run beside it. The write-ahead log is
// checkpointed by a thread of its own, not in the commit that fills it.
class Database
{
public:
    explicit Database(const std::filesystem::path &file);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs fn inside a write transaction; commits when fn returns, rolls back
    // when it throws.
    template<typename Fn>
    auto write(Fn &&fn)
    {
        std::lock_guard lock(m_writeMutex);
        SQLite::Transaction tx(*m_writer, SQLite::TransactionBehavior::IMMEDIATE);
        if constexpr (std::is_void_v<decltype(fn(*m_writer))>) {
            fn(*m_writer);
            tx.commit();
        } else {
            auto result = fn(*m_writer);
            tx.commit();
            return result;
        }
    }

    // Runs fn on a reader connection inside one read transaction, so every
    // query it makes sees the same snapshot.
    template<typename Fn>
    auto read(Fn &&fn)
    {
        Lease lease(*this);
        SQLite::Transaction tx(*lease.db, SQLite::TransactionBehavior::DEFERRED);
        return fn(*lease.db);
    }

    // Bulk loading (seeding): trades durability of the load itself for speed.
    // The previous synchronous mode is restored afterwards.
    void withFastBulkWrites(const std::function<void(SQLite::Database &)> &fn);
    // Refreshes the query planner's statistics (ANALYZE). Without them SQLite
    // can pick an index that reads a whole tenant for a one-group lookup.
    void analyze();

    int schemaVersion();
    const std::filesystem::path &file() const { return m_file; }

private:
    struct Lease
    {
        explicit Lease(Database &owner);
        ~Lease();
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Database &owner;
        std::unique_ptr<SQLite::Database> db;
    };

    std::unique_ptr<SQLite::Database> open(bool writer) const;
    void migrate();
    // The writer's WAL hook, after each commit: wakes the checkpointer.
    static int walCommitted(void *self, sqlite3 *writer, const char *name, int pages);
    void checkpointLoop();

    // A checkpoint is asked for once the log holds this many pages (40 MB),
    // and it finishes with the writer held once the log holds the second
    // figure (160 MB), so the log starts again and stays bounded.
    static constexpr int kWalPagesCheckpoint = 10000;
    static constexpr int kWalPagesRestart = 40000;

    std::filesystem::path m_file;
    std::mutex m_writeMutex;
    std::unique_ptr<SQLite::Database> m_writer;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<SQLite::Database>> m_readers;
    // Checkpoints run on their own thread and connection (started on the
    // first one asked for), so a commit never waits for one.
    std::mutex m_checkpointMutex;
    std::condition_variable m_checkpointWake;
    bool m_checkpointWanted = false;
    bool m_checkpointStopping = false;
    std::thread m_checkpointer;
};

} // namespace ameide::platform
