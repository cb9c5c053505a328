#include "core/failure_signature.h"
#include "core/ids.h"
#include "platform_client.h"
#include "platform_server.h"
#include "store/database.h"
#include "store/migrations.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <cstdint>

using namespace ameide::platform;

TEST(FailureSignature, NumbersIdsAndQuotedValuesNormaliseAway)
{
    EXPECT_EQ(normalizeFailureMessage("timeout after 30212 ms"), "timeout after # ms");
    EXPECT_EQ(normalizeFailureMessage("merge conflict in PR #1234"), "merge conflict in PR ##");
    EXPECT_EQ(normalizeFailureMessage("run 3f2a9c1b-77aa-4bcd-9e01-0123456789ab failed"), "run * failed");
    EXPECT_EQ(normalizeFailureMessage("request req_deadbeef rejected"), "request req_* rejected");
    EXPECT_EQ(normalizeFailureMessage("digest sha256:0123abcd4567ef89"), "digest sha#:*");
    EXPECT_EQ(normalizeFailureMessage("file 'a/b.go' and \"c d\" differ"), "file \"\xE2\x80\xA6\" and \"\xE2\x80\xA6\" differ");
    EXPECT_EQ(normalizeFailureMessage("  too \t many\n  spaces  "), "too many spaces");
    // An apostrophe inside a word is not a quote; an unterminated quote stays.
    EXPECT_EQ(normalizeFailureMessage("don't retry 'this"), "don't retry 'this");
    // Short hex-looking words and words with hex letters inside stay.
    EXPECT_EQ(normalizeFailureMessage("deadbeef cafe decade feedback"), "* cafe decade feedback");
    EXPECT_EQ(normalizeFailureMessage(""), "");
}

TEST(FailureSignature, IsTheFirst16HexDigitsOfSha256OfStepClassAndNormalisedMessage)
{
    const std::string expected =
        toHex(sha256(std::string("build") + '\x1f' + "Timeout" + '\x1f' + "timeout after # ms")).substr(0, 16);
    EXPECT_EQ(failureSignature("build", "Timeout", "timeout after 30212 ms"), expected);
    EXPECT_EQ(failureSignature("build", "Timeout", "timeout  after 17 ms "), expected);
    EXPECT_NE(failureSignature("test", "Timeout", "timeout after 30212 ms"), expected);
    EXPECT_NE(failureSignature("build", "Unavailable", "timeout after 30212 ms"), expected);
    EXPECT_TRUE(isFailureSignature(expected));
    EXPECT_FALSE(isFailureSignature("0123456789ABCDEF"));
    EXPECT_FALSE(isFailureSignature("0123"));
}

// A store made by migration 1 alone, with runs, is upgraded in place.
TEST(Migration2, BackfillsSignaturesAndRecoveredChains)
{
    ameide::test::TempDir dir;
    const auto file = databaseFile(dir.path());
    {
        SQLite::Database raw(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
        raw.exec(migrations().at(0));
        raw.exec("INSERT INTO schema_migrations VALUES (1, 0)");
        raw.exec("INSERT INTO tenants(id, name, status, created_at, updated_at) VALUES ('t', 'T', 3, 0, 0);"
                 "INSERT INTO workflow_definitions(id, tenant_id, name, status, created_at, updated_at)"
                 " VALUES ('d', 't', 'd', 2, 0, 0);"
                 "INSERT INTO workflow_versions(definition_id, version_number, spec, status, created_at)"
                 " VALUES ('d', 1, x'', 2, 0);"
                 "INSERT INTO workflow_runs(id, tenant_id, definition_id, version_number, status, created_at, started_at,"
                 " ended_at, failure_reason, error_class, failed_step_id, original_run_id, attempt) VALUES"
                 " ('a', 't', 'd', 1, 4, 1, 2, 5, 'timeout after 30212 ms', 'Timeout', 'build', 'a', 1),"
                 " ('b', 't', 'd', 1, 3, 6, 7, 9, '', '', '', 'a', 2),"
                 " ('c', 't', 'd', 1, 4, 10, NULL, NULL, 'timeout after 17 ms', 'Timeout', 'build', 'c', 1)");
    }
    Database db(file);
    EXPECT_EQ(db.schemaVersion(), static_cast<int>(migrations().size()));
    db.read([](SQLite::Database &c) {
        SQLite::Statement q(c, "SELECT id, recovered, failure_signature, duration_ms, started_key FROM workflow_runs"
                               " ORDER BY id");
        const std::string signature = failureSignature("build", "Timeout", "timeout after 1 ms");
        ASSERT_TRUE(q.executeStep());
        EXPECT_EQ(q.getColumn(1).getInt(), 1) << "a's chain ended COMPLETED";
        EXPECT_EQ(q.getColumn(2).getString(), signature);
        EXPECT_EQ(q.getColumn(3).getInt64(), 3);
        ASSERT_TRUE(q.executeStep());
        EXPECT_EQ(q.getColumn(1).getInt(), 0);
        EXPECT_EQ(q.getColumn(2).getString(), "");
        ASSERT_TRUE(q.executeStep());
        EXPECT_EQ(q.getColumn(1).getInt(), 0) << "c was never retried";
        EXPECT_EQ(q.getColumn(2).getString(), signature);
        EXPECT_EQ(q.getColumn(3).getInt64(), -1) << "not ended";
        EXPECT_EQ(q.getColumn(4).getInt64(), INT64_MAX) << "not started";
    });
}
