// The runs feature's models on their own: each fed through the feature's
// client API by a real platform in this process, and each item model under
// QAbstractItemModelTester (fatal) while it loads, pages and changes.
#include "client/jobs/job.h"
#include "client/platform_connection.h"
#include "client/runs/bulk_retry_job_api.h"
#include "client/runs/runs_api.h"
#include "models/diagnostics/diagnostics_model.h"
#include "models/jobs/job_model.h"
#include "models/runs/failure_group_model.h"
#include "models/runs/live_run_feed.h"
#include "models/runs/run_chain_model.h"
#include "models/runs/run_csv_export.h"
#include "models/runs/run_detail.h"
#include "models/runs/run_history_model.h"
#include "models/runs/run_list_model.h"
#include "models/runs/run_permissions.h"
#include "platform_fixture.h"
#include "qt_wait.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <set>

using namespace ameide;
using ameide::test::waitFor;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

class RunModelsTest : public ameide::test::PlatformFixture
{
protected:
    void SetUp() override
    {
        PlatformFixture::SetUp();
        m_connection = connect("ameide", "admin");
        m_api = std::make_unique<client::RunsApi>(m_connection.get());
    }

    void TearDown() override
    {
        m_api.reset();
        m_connection.reset();
        PlatformFixture::TearDown();
    }

    std::unique_ptr<client::PlatformConnection> connect(const std::string &tenant, const std::string &role)
    {
        client::ConnectionProfile profile;
        profile.id = QStringLiteral("test");
        profile.endpoint = QString::fromStdString(server().address());
        profile.tenantId = QString::fromStdString("tenant-" + tenant);
        return std::make_unique<client::PlatformConnection>(profile, QString::fromStdString(token(tenant, role)));
    }

    // A run of the seed that has been retried: its original run's id.
    std::string retriedOriginal()
    {
        const auto page = fetchAll({});
        for (const auto &r : page) {
            if (r.attempt() >= 2 && !r.original_run_id().empty())
                return r.original_run_id();
        }
        return {};
    }

    std::vector<wf::WorkflowRun> fetchAll(const client::RunFilter &filter)
    {
        std::vector<wf::WorkflowRun> runs;
        std::string token;
        do {
            client::RunPageQuery request;
            request.filter = filter;
            request.pageSize = 1000;
            request.pageToken = token;
            bool done = false;
            m_api->searchRuns(&m_receiver, request, [&](const client::ApiResult<client::RunPage> &result) {
                EXPECT_TRUE(result.ok()) << result.message.toStdString();
                runs.insert(runs.end(), result.value.runs.begin(), result.value.runs.end());
                token = result.value.nextPageToken;
                done = true;
            });
            EXPECT_TRUE(waitFor([&] { return done; }));
        } while (!token.empty());
        return runs;
    }

    QObject m_receiver;
    std::unique_ptr<client::PlatformConnection> m_connection;
    std::unique_ptr<client::RunsApi> m_api;
};

} // namespace

TEST_F(RunModelsTest, RunListPagesSortsAndGoesLiveUnderTheTester)
{
    models::RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(40);
    model.setApi(m_api.get());
    ASSERT_TRUE(waitFor([&] { return model.rowCount() == 40 && !model.isLoading(); }));
    // Every page, as a view would ask for them.
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ASSERT_TRUE(waitFor([&] { return !model.isLoading(); }));
    }
    EXPECT_EQ(model.rowCount(), static_cast<int>(fetchAll({}).size()));
    std::set<std::string> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(ids.insert(model.runAt(row).id()).second) << "no run twice";

    // The platform sorts; the model only asks.
    model.sort(models::RunListModel::DurationColumn, Qt::DescendingOrder);
    ASSERT_TRUE(waitFor([&] { return model.rowCount() > 0 && !model.isLoading(); }));
    EXPECT_EQ(model.sortField(), wf::RUN_SORT_FIELD_DURATION);

    // A filter starts again at the first page, and only matching rows come.
    const auto parsed = client::parseRunQuery(QStringLiteral("status:failed"));
    ASSERT_FALSE(parsed.error);
    model.setFilter(parsed.filter);
    ASSERT_TRUE(waitFor([&] { return model.rowCount() > 0 && !model.isLoading(); }));
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.runAt(row).status(), wf::WORKFLOW_RUN_STATUS_FAILED);

    // Live: a new run goes on top of the newest-first list, and changes in place.
    model.setFilter({});
    model.setSortOrder(wf::RUN_SORT_FIELD_CREATED_AT, false);
    ASSERT_TRUE(waitFor([&] { return model.rowCount() > 0 && !model.isLoading(); }));
    models::LiveRunFeed feed;
    QObject::connect(&feed, &models::LiveRunFeed::eventsReady, &model,
                     [&](const QList<client::RunWatch::Event> &events) { model.applyEvents(events); });
    feed.setApi(m_api.get());
    ASSERT_TRUE(waitFor([&] { return feed.state() == models::LiveRunFeed::State::Live; }));
    const auto run = runToEnd("ameide", "docs-publish", R"({"duration_ms": 20})");
    ASSERT_TRUE(waitFor([&] {
        const int row = model.rowOfRun(QString::fromStdString(run.id()));
        return row == 0 && model.runAt(row).status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;
    }));
}

TEST_F(RunModelsTest, LiveFeedHoldsEventsWhilePaused)
{
    models::LiveRunFeed feed;
    int delivered = 0;
    QObject::connect(&feed, &models::LiveRunFeed::eventsReady, &feed,
                     [&](const QList<client::RunWatch::Event> &events) { delivered += static_cast<int>(events.size()); });
    feed.setApi(m_api.get());
    ASSERT_TRUE(waitFor([&] { return feed.state() == models::LiveRunFeed::State::Live; }));
    feed.setPaused(true);
    runToEnd("ameide", "docs-publish", R"({"duration_ms": 10})");
    ASSERT_TRUE(waitFor([&] { return feed.heldCount() > 0; }));
    EXPECT_EQ(delivered, 0);
    const int held = feed.heldCount();
    feed.setPaused(false);
    EXPECT_GE(delivered, held);
    EXPECT_EQ(feed.heldCount(), 0);
}

TEST_F(RunModelsTest, FailureGroupsLoadUnderTheTester)
{
    models::FailureGroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bool loaded = false;
    QObject::connect(&model, &models::FailureGroupModel::loaded, &model, [&] { loaded = true; });
    model.setApi(m_api.get());
    ASSERT_TRUE(waitFor([&] { return loaded; }));
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &group = model.groupAt(row);
        EXPECT_EQ(model.rowOfSignature(QString::fromStdString(group.signature())), row);
        EXPECT_GT(group.failed_runs(), 0);
        for (int column = 0; column < model.columnCount(); ++column)
            EXPECT_TRUE(model.index(row, column).isValid());
    }
    // Another filter loads again; the groups of no definition are none.
    loaded = false;
    client::RunFilter none;
    none.definitionIds = {QStringLiteral("no-such-definition")};
    model.load(none);
    ASSERT_TRUE(waitFor([&] { return loaded; }));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(RunModelsTest, RunDetailOwnsTheRunAndItsHistoryAndChain)
{
    const std::string original = retriedOriginal();
    ASSERT_FALSE(original.empty()) << "the seed has retried runs";
    models::RunDetail detail;
    QAbstractItemModelTester history(detail.history(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester chain(detail.chain(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    detail.setApi(m_api.get());
    detail.showRun(QString::fromStdString(original));
    EXPECT_EQ(detail.state(), models::RunDetail::State::Loading);
    ASSERT_TRUE(waitFor([&] { return detail.state() == models::RunDetail::State::Loaded; }));
    EXPECT_EQ(detail.run().id(), original);
    // The history and the chain follow the run without being told its id.
    ASSERT_TRUE(waitFor([&] { return detail.history()->loadedCount() > 0 && !detail.history()->isLoading(); }));
    EXPECT_EQ(detail.history()->runId(), QString::fromStdString(original));
    ASSERT_TRUE(waitFor([&] { return detail.chain()->rowCount() >= 2 && !detail.chain()->isLoading(); }));
    for (int row = 1; row < detail.chain()->rowCount(); ++row)
        EXPECT_GT(detail.chain()->runAt(row).attempt(), detail.chain()->runAt(row - 1).attempt());
    EXPECT_GE(detail.chain()->rowOfRun(QString::fromStdString(original)), 0);

    // A run that is not there says so; nothing else is kept.
    detail.showRun(QStringLiteral("run-that-does-not-exist"));
    ASSERT_TRUE(waitFor([&] { return detail.state() == models::RunDetail::State::NotFound; }));
    EXPECT_FALSE(detail.problemDetail().isEmpty());
    detail.showRun({});
    EXPECT_EQ(detail.state(), models::RunDetail::State::Empty);
    EXPECT_EQ(detail.history()->rowCount(), 0);
    EXPECT_EQ(detail.chain()->rowCount(), 0);
}

TEST_F(RunModelsTest, LongHistoryPagesUnderTheTester)
{
    client::RunFilter filter;
    filter.elementId = QStringLiteral("element-history-20k");
    const auto runs = fetchAll(filter);
    ASSERT_EQ(runs.size(), 1u);
    models::RunHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(2000);
    model.setApi(m_api.get());
    model.setRunId(QString::fromStdString(runs.front().id()));
    // The tester itself may already have asked for the first page.
    ASSERT_TRUE(model.canFetchMore({}) || model.isLoading());
    ASSERT_TRUE(waitFor([&] { return !model.isLoading(); }, 30000));
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ASSERT_TRUE(waitFor([&] { return !model.isLoading(); }, 30000));
    }
    EXPECT_EQ(model.loadedCount(), model.total());
    EXPECT_GE(model.total(), 20000);
    for (int row = 1; row < model.rowCount(); ++row)
        ASSERT_LT(model.updateAt(row - 1).sequence(), model.updateAt(row).sequence());
}

TEST_F(RunModelsTest, DiagnosticsProbeEveryServiceUnderTheTester)
{
    models::DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bool finished = false;
    QObject::connect(&model, &models::DiagnosticsModel::finished, &model, [&] { finished = true; });
    model.run(m_connection.get());
    ASSERT_TRUE(waitFor([&] { return finished; }));
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, models::DiagnosticsModel::ResultColumn).data().toString(), QStringLiteral("OK"));
    finished = false;
    model.run(nullptr);
    ASSERT_TRUE(finished);
    EXPECT_EQ(model.index(0, models::DiagnosticsModel::ResultColumn).data().toString(),
              QStringLiteral("UNAVAILABLE"));
}

TEST_F(RunModelsTest, PermissionsFollowTheRole)
{
    models::RunPermissions admin;
    admin.setApi(m_api.get());
    ASSERT_TRUE(waitFor([&] { return admin.canManage().has_value(); }));
    EXPECT_TRUE(*admin.canManage());

    auto viewerConnection = connect("ameide", "viewer");
    client::RunsApi viewerApi(viewerConnection.get());
    models::RunPermissions viewer;
    viewer.setApi(&viewerApi);
    ASSERT_TRUE(waitFor([&] { return viewer.canManage().has_value(); }));
    EXPECT_FALSE(*viewer.canManage());
    EXPECT_FALSE(viewer.reason().isEmpty());
}

TEST_F(RunModelsTest, BulkRetryJobGoesFromPlanToReport)
{
    const auto failed = fetchAll(client::parseRunQuery(QStringLiteral("status:failed is:unrecovered")).filter);
    ASSERT_GE(failed.size(), 2u);
    QStringList ids;
    for (std::size_t i = 0; i < 2; ++i)
        ids << QString::fromStdString(failed[i].id());
    ids << QString::fromStdString(fetchAll(client::parseRunQuery(QStringLiteral("status:completed")).filter).front().id());

    models::JobModel job(std::make_unique<client::BulkRetryJobApi>(m_connection.get(), ids));
    job.plan();
    ASSERT_TRUE(waitFor([&] { return job.phase() == models::JobModel::Phase::Confirm; }));
    EXPECT_EQ(job.job().state, client::Job::State::Planned);
    EXPECT_EQ(job.job().total, 3);
    EXPECT_EQ(job.plannedItems(), 2) << "the completed run is skipped";
    job.confirm();
    ASSERT_TRUE(waitFor([&] { return job.phase() == models::JobModel::Phase::Finished; }, 30000));
    EXPECT_EQ(job.job().state, client::Job::State::Succeeded);
    EXPECT_EQ(job.job().kind, QStringLiteral("bulk_retry"));
    EXPECT_EQ(job.job().succeeded, 2);
    EXPECT_EQ(job.job().skipped, 1);
    EXPECT_EQ(job.job().processed, 3);
    EXPECT_FALSE(job.job().id.isEmpty());
    // Confirming again starts nothing: the job is through.
    job.confirm();
    EXPECT_EQ(job.phase(), models::JobModel::Phase::Finished);

    // A plan with nothing to do says so and offers nothing to start.
    models::JobModel nothing(std::make_unique<client::BulkRetryJobApi>(m_connection.get(), QStringList{ids.back()}));
    nothing.plan();
    ASSERT_TRUE(waitFor([&] { return nothing.phase() != models::JobModel::Phase::Planning; }));
    EXPECT_EQ(nothing.phase(), models::JobModel::Phase::NothingToDo);
    EXPECT_EQ(nothing.plannedItems(), 0);
    nothing.confirm();
    EXPECT_EQ(nothing.phase(), models::JobModel::Phase::NothingToDo);
}

TEST_F(RunModelsTest, CsvExportWritesTheWholeFilterOrNothing)
{
    QTemporaryDir dir;
    const auto filter = client::parseRunQuery(QStringLiteral("status:failed")).filter;
    const QString path = dir.filePath(QStringLiteral("runs.csv"));
    models::RunCsvExport exporter(m_api.get(), filter, wf::RUN_SORT_FIELD_CREATED_AT, false, path);
    qint64 rows = -1;
    QString error;
    QObject::connect(&exporter, &models::RunCsvExport::finished, &exporter,
                     [&](const QString &, qint64 n, const QString &e) {
                         rows = n;
                         error = e;
                     });
    exporter.start();
    ASSERT_TRUE(waitFor([&] { return rows >= 0; }, 30000));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(rows, static_cast<qint64>(fetchAll(filter).size()));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count("\r\n"), rows + 1);

    // Stopped: no file at all.
    const QString stoppedPath = dir.filePath(QStringLiteral("stopped.csv"));
    models::RunCsvExport stopped(m_api.get(), {}, wf::RUN_SORT_FIELD_CREATED_AT, false, stoppedPath);
    QString stoppedError;
    QObject::connect(&stopped, &models::RunCsvExport::finished, &stopped,
                     [&](const QString &, qint64, const QString &e) { stoppedError = e; });
    stopped.start();
    stopped.stop();
    EXPECT_FALSE(stoppedError.isEmpty());
    EXPECT_FALSE(QFile::exists(stoppedPath));
}

TEST(RunCsvExport, FieldsAreQuotedAndNeverFormulas)
{
    EXPECT_EQ(models::RunCsvExport::line({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}),
              QByteArray("a,\"b,c\",\"say \"\"hi\"\"\"\r\n"));
    EXPECT_EQ(models::RunCsvExport::line({QStringLiteral("=1+1"), QStringLiteral("@x"), QStringLiteral("-2")}),
              QByteArray("'=1+1,'@x,'-2\r\n"));
    EXPECT_EQ(models::RunCsvExport::header().size(), models::RunCsvExport::values({}).size());
}
