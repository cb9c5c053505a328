// RunLogModel fed through RunsApi by an in-process platform, under
// QAbstractItemModelTester (fatal): lazy pages, the platform's filters,
// following a running run without a reset, and the text Copy puts out.
#include "client/platform_connection.h"
#include "client/runs/runs_api.h"
#include "client/time_text.h"
#include "models/runs/run_log_model.h"
#include "platform_fixture.h"
#include "platform_server.h"
#include "qt_wait.h"
#include "store/database.h"
#include "store/run_log_store.h"

#include <gtest/gtest.h>

#include <google/protobuf/util/json_util.h>

#include <SQLiteCpp/Statement.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ameide;
using ameide::test::waitFor;
using models::RunLogModel;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

class RunLogModelTest : public ameide::test::PlatformFixture
{
protected:
    void SetUp() override
    {
        PlatformFixture::SetUp();
        client::ConnectionProfile profile;
        profile.id = QStringLiteral("test");
        profile.endpoint = QString::fromStdString(server().address());
        profile.tenantId = QStringLiteral("tenant-ameide");
        m_connection = std::make_unique<client::PlatformConnection>(profile,
                                                                    QString::fromStdString(token("ameide", "viewer")));
        m_api = std::make_unique<client::RunsApi>(m_connection.get());
    }

    void TearDown() override
    {
        m_api.reset();
        m_connection.reset();
        PlatformFixture::TearDown();
    }

    // A finished run with `extra` more lines: levels cycle DEBUG..ERROR,
    // steps alternate alpha/beta, every 100th message says "needle".
    QString runWithLines(int extra)
    {
        const auto run = runToEnd("ameide", "docs-publish", R"({"duration_ms": 5})");
        server().database().write([&](SQLite::Database &db) {
            SQLite::Statement q(db, "SELECT seq FROM workflow_runs WHERE id = ?");
            q.bind(1, run.id());
            q.executeStep();
            const auto seq = q.getColumn(0).getInt64();
            platform::RunLogWriter writer(db);
            for (int i = 0; i < extra; ++i) {
                platform::RunLogRow row;
                row.runSeq = seq;
                row.stepId = i % 2 == 0 ? "alpha" : "beta";
                row.level = static_cast<wf::RunLogLevel>(1 + i % 4);
                row.at = 1700000000000 + i;
                row.message = (i % 100 == 0 ? "needle " : "line ") + std::to_string(i);
                writer.append(row);
            }
        });
        return QString::fromStdString(run.id());
    }

    bool idle(const RunLogModel &model)
    {
        return waitFor([&] { return !model.isLoading(); });
    }

    std::unique_ptr<client::PlatformConnection> m_connection;
    std::unique_ptr<client::RunsApi> m_api;
};

} // namespace

TEST_F(RunLogModelTest, PagesLazilyOldestFirstUnderTheTester)
{
    const QString runId = runWithLines(12000);
    RunLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setApi(m_api.get());
    model.setRunId(runId);
    EXPECT_EQ(model.rowCount(), 0) << "nothing is there until a view asks (the tester does)";
    if (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_TRUE(idle(model));
    EXPECT_EQ(model.rowCount(), RunLogModel::kFirstPageSize);
    const qint64 total = model.total();
    EXPECT_GT(total, 12000);
    EXPECT_EQ(model.lastSequence(), total);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ASSERT_TRUE(idle(model));
    }
    ASSERT_EQ(model.rowCount(), total);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.index(row, 0).data(RunLogModel::SequenceRole).toLongLong(), row + 1);
    EXPECT_EQ(model.index(model.rowCount() - 1, RunLogModel::MessageColumn).data().toString(),
              QStringLiteral("line 11999"));
    EXPECT_EQ(model.index(model.rowCount() - 1, RunLogModel::LevelColumn).data().toString(), QStringLiteral("Error"));
    // Each time says its zone, as every absolute time on the console does.
    const QString time = model.index(0, RunLogModel::TimeColumn).data().toString();
    EXPECT_TRUE(time.endsWith(QLatin1Char(' ') + client::TimeText::zone(QDateTime::fromMSecsSinceEpoch(
                                  model.index(0, 0).data(RunLogModel::TimeRole).toLongLong(), Qt::UTC))))
        << time.toStdString();
}

TEST_F(RunLogModelTest, FiltersAreThePlatformsAndStartAgain)
{
    const QString runId = runWithLines(2000);
    RunLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setApi(m_api.get());
    model.setRunId(runId);
    model.fetchMore({});
    ASSERT_TRUE(idle(model));
    EXPECT_FALSE(model.isFiltered());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setContains(QStringLiteral("NEEDLE"));
    EXPECT_EQ(resets.count(), 1);
    EXPECT_TRUE(model.isFiltered());
    model.fetchMore({});
    ASSERT_TRUE(idle(model));
    EXPECT_EQ(model.total(), 20);
    EXPECT_EQ(model.rowCount(), 20);

    model.setContains({});
    model.setStepFilter(QStringLiteral("alpha"));
    model.setMinLevel(wf::RUN_LOG_LEVEL_WARNING);
    model.fetchMore({});
    ASSERT_TRUE(idle(model));
    EXPECT_EQ(model.total(), 500);
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.lineAt(row).stepId, QStringLiteral("alpha"));
        EXPECT_EQ(model.lineAt(row).level, wf::RUN_LOG_LEVEL_WARNING);
    }

    model.setContains(QStringLiteral("nothing like this"));
    model.fetchMore({});
    ASSERT_TRUE(idle(model));
    EXPECT_TRUE(model.hasLoadedFirstPage());
    EXPECT_EQ(model.total(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(RunLogModelTest, FollowsARunningRunByAppending)
{
    wf::StartWorkflowRunRequest start;
    start.set_definition_id("wfd-ameide-docs-publish");
    ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(R"({"duration_ms": 400})", start.mutable_input()).ok());
    wf::StartWorkflowRunResponse started;
    {
        auto ctx = client().context(token("ameide", "contributor"));
        ASSERT_TRUE(client().workflows().StartWorkflowRun(ctx.get(), start, &started).ok());
    }
    RunLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setApi(m_api.get());
    model.setRunId(QString::fromStdString(started.run().id()));
    model.setRunActive(true);
    EXPECT_TRUE(model.isFollowing());
    model.fetchMore({});
    ASSERT_TRUE(idle(model));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy appended(&model, &RunLogModel::linesAppended);
    const int firstCount = model.rowCount();

    // The run writes as it goes; the model picks it up by itself.
    ASSERT_TRUE(waitFor([&] {
        const auto run = waitForRun("ameide", started.run().id(), [](const wf::WorkflowRun &) { return true; });
        return run.status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;
    }));
    model.setRunActive(false);
    ASSERT_TRUE(waitFor([&] {
        return model.rowCount() > 0
            && model.lineAt(model.rowCount() - 1).message.startsWith(QStringLiteral("run completed"));
    }));
    EXPECT_EQ(resets.count(), 0) << "following appends; it never resets the view";
    EXPECT_GT(appended.count(), 1);
    EXPECT_GT(model.rowCount(), firstCount);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.lineAt(row).sequence, row + 1) << "nothing missed or repeated";
    // Once the run has ended and its last lines are in, polling stops.
    const int count = model.rowCount();
    QTest::qWait(RunLogModel::kFollowIntervalMs * 2);
    EXPECT_EQ(model.rowCount(), count);
    EXPECT_FALSE(model.isLoading());
}

TEST_F(RunLogModelTest, CopyTextHasTheTimeZoneLevelStepMessageAndFields)
{
    const auto run = runToEnd("ameide", "docs-publish",
                              R"({"duration_ms": 5, "simulate_failure": "render", "error_class": "RenderError",
                                  "failure_reason": "template missing"})");
    RunLogModel model;
    model.setApi(m_api.get());
    model.setRunId(QString::fromStdString(run.id()));
    model.setMinLevel(wf::RUN_LOG_LEVEL_ERROR);
    model.fetchMore({});
    ASSERT_TRUE(idle(model));
    ASSERT_EQ(model.rowCount(), 1);
    const QString text = model.linesText({0});
    const QStringList parts = text.split(QLatin1Char('\t'));
    ASSERT_EQ(parts.size(), 5) << text.toStdString();
    // ISO 8601 with the offset (or Z): the zone travels with the text.
    EXPECT_TRUE(parts[0].endsWith(QLatin1Char('Z')) || parts[0].contains(QLatin1Char('+'))
                || parts[0].lastIndexOf(QLatin1Char('-')) > 10)
        << parts[0].toStdString();
    EXPECT_EQ(parts[1], QStringLiteral("ERROR"));
    EXPECT_EQ(parts[2], QStringLiteral("render"));
    EXPECT_EQ(parts[3], QStringLiteral("template missing"));
    EXPECT_TRUE(parts[4].contains(QStringLiteral("error_class=RenderError"))) << parts[4].toStdString();
    EXPECT_TRUE(model.index(0, RunLogModel::MessageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("attempt=1")));
}
