#include "platform_client.h"
#include "platform_server.h"
#include "seed/dogfood_seed.h"
#include "store/database.h"
#include "store/migrations.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

using namespace ameide::platform;
using ameide::test::TempDir;

namespace {

std::int64_t scalar(Database &db, const std::string &sql)
{
    return db.read([&](SQLite::Database &c) {
        SQLite::Statement q(c, sql);
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
}

std::string text(Database &db, const std::string &sql)
{
    return db.read([&](SQLite::Database &c) {
        SQLite::Statement q(c, sql);
        q.executeStep();
        return q.getColumn(0).getString();
    });
}

} // namespace

TEST(Store, OpensInWalModeWithForeignKeysAndAllMigrations)
{
    TempDir dir;
    Database db(databaseFile(dir.path()));
    EXPECT_EQ(db.schemaVersion(), static_cast<int>(migrations().size()));
    EXPECT_EQ(text(db, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(scalar(db, "PRAGMA foreign_keys"), 1);
}

TEST(Store, ReopeningAppliesNothingTwice)
{
    TempDir dir;
    {
        Database db(databaseFile(dir.path()));
    }
    Database again(databaseFile(dir.path()));
    EXPECT_EQ(scalar(again, "SELECT COUNT(*) FROM schema_migrations"), static_cast<std::int64_t>(migrations().size()));
}

TEST(Store, AFailedWriteLeavesNothingBehind)
{
    TempDir dir;
    Database db(databaseFile(dir.path()));
    EXPECT_THROW(db.write([](SQLite::Database &c) {
        c.exec("INSERT INTO tenants(id, name, status, created_at, updated_at) VALUES ('t1', 'T', 3, 0, 0)");
        c.exec("INSERT INTO users(id, tenant_id, display_name, email, role) VALUES ('u', 'missing', 'x', 'x', 1)");
    }),
                 SQLite::Exception);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM tenants"), 0);
}

TEST(DogfoodSeed, SeedsTenantsRolesDefinitionsAndARealisticHistory)
{
    TempDir dir;
    Database db(databaseFile(dir.path()));
    SeedOptions options;
    options.runs = 5000;
    const auto report = seedDogfood(db, options);
    EXPECT_EQ(report.runs, 5000);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM workflow_runs"), 5000);
    EXPECT_EQ(scalar(db, "SELECT internal FROM tenants WHERE id = 'tenant-ameide'"), 1);
    EXPECT_GE(scalar(db, "SELECT COUNT(*) FROM tenants WHERE internal = 0"), 2);
    // Every canonical role has a user in every tenant.
    EXPECT_EQ(scalar(db, "SELECT COUNT(DISTINCT tenant_id || role) FROM users"), 3 * 5);
    EXPECT_GE(scalar(db, "SELECT MIN(n) FROM (SELECT COUNT(*) n FROM workflow_definitions GROUP BY tenant_id)"), 10);
    EXPECT_GE(scalar(db, "SELECT COUNT(*) FROM workflow_versions"), report.definitions);
    // A mix of outcomes, failure signatures and retries over ~90 days.
    EXPECT_GT(scalar(db, "SELECT COUNT(*) FROM workflow_runs WHERE status = 3"), 3500);
    EXPECT_GT(scalar(db, "SELECT COUNT(*) FROM workflow_runs WHERE status = 4"), 150);
    EXPECT_GT(scalar(db, "SELECT COUNT(*) FROM workflow_runs WHERE status = 5"), 20);
    EXPECT_GT(scalar(db, "SELECT COUNT(DISTINCT error_class) FROM workflow_runs WHERE status = 4"), 5);
    EXPECT_GT(scalar(db, "SELECT COUNT(*) FROM workflow_runs WHERE attempt > 1"), 50);
    const auto spanDays = scalar(db, "SELECT (MAX(created_at) - MIN(created_at)) / 86400000 FROM workflow_runs");
    EXPECT_GE(spanDays, 80);
    EXPECT_LE(spanDays, 90);
    // Status updates tell each run's story: one creation update per run.
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM workflows_execution_status_updates WHERE message = 'run created'"
                         " OR message LIKE 'retry of run %'"),
              5000);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM workflow_runs r WHERE status = 4 AND NOT EXISTS (SELECT 1 FROM"
                         " workflow_run_steps s WHERE s.run_seq = r.seq AND s.status = 4)"),
              0);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
}

TEST(DogfoodSeed, IsDeterministicForOneRandomSeed)
{
    TempDir a;
    TempDir b;
    Database dbA(databaseFile(a.path()));
    Database dbB(databaseFile(b.path()));
    SeedOptions options;
    options.runs = 500;
    seedDogfood(dbA, options);
    seedDogfood(dbB, options);
    const std::string q = "SELECT group_concat(id || status || error_class, ',') FROM (SELECT * FROM workflow_runs ORDER BY seq)";
    EXPECT_EQ(text(dbA, q), text(dbB, q));
}

TEST(DogfoodSeed, RefusesAStoreThatHoldsData)
{
    TempDir dir;
    Database db(databaseFile(dir.path()));
    SeedOptions options;
    options.runs = 10;
    seedDogfood(db, options);
    EXPECT_THROW(seedDogfood(db, options), std::runtime_error);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM workflow_runs"), 10);
}
