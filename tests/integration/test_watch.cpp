#include "platform_fixture.h"
#include "platform_server.h"
#include "services/workflow_operations_service.h"
#include "store/database.h"

#include <SQLiteCpp/Statement.h>

#include <atomic>
#include <thread>

using namespace ameide::test;
using ameide::platform::decodeWatchCursor;

class WatchTest : public PlatformFixture
{
protected:
    std::vector<std::int64_t> tenantSequencesAfter(const std::string &tenantId, std::int64_t after)
    {
        return server().database().read([&](SQLite::Database &db) {
            SQLite::Statement q(db, "SELECT seq FROM workflows_execution_status_updates WHERE tenant_id = ? AND seq > ?"
                                    " ORDER BY seq");
            q.bind(1, tenantId);
            q.bind(2, after);
            std::vector<std::int64_t> out;
            while (q.executeStep())
                out.push_back(q.getColumn(0).getInt64());
            return out;
        });
    }

    void startRuns(int count, const std::string &tenant = "ameide")
    {
        for (int i = 0; i < count; ++i) {
            wf::StartWorkflowRunRequest req;
            req.set_definition_id("wfd-" + tenant + "-coding-agent");
            (*req.mutable_input()->mutable_fields())["duration_ms"].set_number_value(10);
            wf::StartWorkflowRunResponse resp;
            auto ctx = client().context(token(tenant, "contributor"));
            ASSERT_TRUE(client().workflows().StartWorkflowRun(ctx.get(), req, &resp).ok());
        }
    }

    bool idle()
    {
        return server().database().read([](SQLite::Database &db) {
            SQLite::Statement q(db, "SELECT COUNT(*) FROM workflow_runs WHERE status IN (1, 2)");
            q.executeStep();
            return q.getColumn(0).getInt() == 0;
        });
    }
};

TEST_F(WatchTest, ResumingFromTheLastCursorMissesNothingAndRepeatsNothing)
{
    std::vector<std::int64_t> received;
    std::string cursor;
    std::int64_t start = 0;

    // First connection: read a part of the stream, then drop it mid-way.
    {
        wf::WatchWorkflowRunsRequest req;
        auto ctx = client().context(token("ameide", "viewer"), std::chrono::seconds(60));
        auto stream = client().operations().WatchWorkflowRuns(ctx.get(), req);
        wf::WatchWorkflowRunsResponse msg;
        ASSERT_TRUE(stream->Read(&msg));
        ASSERT_TRUE(msg.heartbeat());
        cursor = msg.cursor();
        start = decodeWatchCursor(server().instanceId(), cursor);
        std::thread load([&] { startRuns(20); });
        while (received.size() < 60 && stream->Read(&msg)) {
            if (!msg.heartbeat())
                received.push_back(msg.update().sequence());
            cursor = msg.cursor();
        }
        load.join();
        ctx->TryCancel();
        stream->Finish();
    }
    ASSERT_EQ(received.size(), 60u);

    // While disconnected, more happens.
    startRuns(10);

    // Second connection resumes from the cursor and reads until all is quiet.
    {
        wf::WatchWorkflowRunsRequest req;
        req.set_cursor(cursor);
        auto ctx = client().context(token("ameide", "viewer"), std::chrono::seconds(60));
        auto stream = client().operations().WatchWorkflowRuns(ctx.get(), req);
        wf::WatchWorkflowRunsResponse msg;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (std::chrono::steady_clock::now() < deadline && stream->Read(&msg)) {
            if (!msg.heartbeat())
                received.push_back(msg.update().sequence());
            if (idle() && tenantSequencesAfter("tenant-ameide", start).size() == received.size())
                break;
        }
        ctx->TryCancel();
        stream->Finish();
    }
    EXPECT_EQ(received, tenantSequencesAfter("tenant-ameide", start));
}

TEST_F(WatchTest, FiltersApplyToTheStream)
{
    wf::WatchWorkflowRunsRequest req;
    req.mutable_filter()->add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
    auto ctx = client().context(token("ameide", "viewer"), std::chrono::seconds(30));
    auto stream = client().operations().WatchWorkflowRuns(ctx.get(), req);
    wf::WatchWorkflowRunsResponse msg;
    ASSERT_TRUE(stream->Read(&msg));
    runToEnd("ameide", "docs-publish", R"({"duration_ms": 5})");
    const auto failed = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5, "simulate_failure": "render"})");
    bool sawFailure = false;
    while (!sawFailure && stream->Read(&msg)) {
        if (msg.heartbeat())
            continue;
        EXPECT_EQ(msg.update().run_status(), wf::WORKFLOW_RUN_STATUS_FAILED);
        sawFailure = msg.run().id() == failed.id();
    }
    EXPECT_TRUE(sawFailure);
    ctx->TryCancel();
    stream->Finish();
}

TEST_F(WatchTest, BadCursorsAreRejected)
{
    for (const std::string &cursor : {std::string("nonsense"), ameide::platform::encodeWatchCursor(server().instanceId(), 1LL << 50)}) {
        wf::WatchWorkflowRunsRequest req;
        req.set_cursor(cursor);
        auto ctx = client().context(token("ameide", "viewer"));
        auto stream = client().operations().WatchWorkflowRuns(ctx.get(), req);
        wf::WatchWorkflowRunsResponse msg;
        EXPECT_FALSE(stream->Read(&msg));
        const auto status = stream->Finish();
        EXPECT_TRUE(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT
                    || status.error_code() == grpc::StatusCode::OUT_OF_RANGE)
            << statusText(status);
    }
}
