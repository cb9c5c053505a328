// The runs feature's models on their own: each fed through the feature's
// client API by a real platform in this process, and each item model under
// QAbstractItemModelTester (fatal) while it loads, pages and changes.
#include "client/jobs/job.h"
#include "client/platform_connection.h"
#include "client/runs/bulk_retry_job_api.h"
#include "client/runs/run_filter.h"
#include "client/runs/runs_api.h"
#include "client/runs/workflow_run.h"
#include "client/time_text.h"
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
#include "models/runs/saved_views.h"
#include "platform_fixture.h"
#include "qt_wait.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <vector>

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

// Started is for scanning: relative, with the time and its zone in the tooltip.
TEST_F(RunModelsTest, StartedIsRelativeWithTheTimeAndItsZoneInTheTooltip)
{
    models::RunListModel model;
    model.setPageSize(20);
    model.setApi(m_api.get());
    ASSERT_TRUE(waitFor([&] { return model.rowCount() > 0 && !model.isLoading(); }));
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &run = model.runAt(row);
        if (!client::runs::isSet(run.started_at()))
            continue;
        const QModelIndex started = model.index(row, models::RunListModel::StartedColumn);
        const QString shown = started.data().toString();
        EXPECT_TRUE(shown == QStringLiteral("just now") || shown.endsWith(QStringLiteral(" ago"))) << shown.toStdString();
        const QString tip = started.data(Qt::ToolTipRole).toString();
        const QString absolute = client::TimeText::absolute(client::runs::toDateTime(run.started_at()));
        EXPECT_TRUE(tip.contains(absolute)) << tip.toStdString() << " lacks " << absolute.toStdString();
        EXPECT_TRUE(absolute.endsWith(QLatin1Char(' ') + client::TimeText::zone(client::runs::toDateTime(run.started_at()))));
        ++checked;
    }
    EXPECT_GT(checked, 0);
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

// Sorted here by count, unrecovered, last seen and trend (rising first), the
// order and a held index surviving a reload; "new" for a signature first seen
// in the last 24 hours; the trend as text; who is on a group, for everyone.
TEST_F(RunModelsTest, FailureGroupsSortShowTrendNewAndWhoIsOnIt)
{
    // A failure nobody has seen before, three times now.
    const std::string input = R"json({"duration_ms": 1, "simulate_failure": "render", "error_class": "RendererCrash",
        "failure_reason": "renderer crashed after 3 retries on page 'intro' (job 3f2a9c1b77aa)"})json";
    std::string signature;
    for (int i = 0; i < 3; ++i)
        signature = runToEnd("ameide", "docs-publish", input).failure_signature();
    ASSERT_FALSE(signature.empty());
    const QString fresh = QString::fromStdString(signature);

    models::FailureGroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int loads = 0;
    QObject::connect(&model, &models::FailureGroupModel::loaded, &model, [&] { ++loads; });
    model.setApi(m_api.get());
    ASSERT_TRUE(waitFor([&] { return loads == 1; }));
    ASSERT_GT(model.rowCount(), 3);
    using M = models::FailureGroupModel;
    const auto cell = [&](const QString &sig, int column, int role = Qt::DisplayRole) {
        return model.index(model.rowOfSignature(sig), column).data(role);
    };

    // The new group: its trend, the badge's text and the placeholders explained.
    ASSERT_GE(model.rowOfSignature(fresh), 0);
    EXPECT_EQ(cell(fresh, M::TrendColumn, Qt::AccessibleTextRole).toString(),
              QStringLiteral("7-day trend: 0, 0, 0, 0, 0, 0, 3"));
    EXPECT_EQ(cell(fresh, M::TrendColumn, M::TrendRole).value<QList<qint64>>(), (QList<qint64>{0, 0, 0, 0, 0, 0, 3}));
    EXPECT_TRUE(cell(fresh, M::TrendColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("rising")));
    EXPECT_TRUE(cell(fresh, M::FailureColumn, M::NewRole).toBool());
    EXPECT_TRUE(cell(fresh, M::FailureColumn, Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("New: ")));
    const QString tip = cell(fresh, M::FailureColumn, Qt::ToolTipRole).toString();
    EXPECT_EQ(cell(fresh, M::FailureColumn).toString(),
              QStringLiteral("RendererCrash in render: renderer crashed after # retries on page \"…\" (job *)"));
    for (const char *part : {"# is a number", "* is an id", "\"…\" is quoted text", "First seen"})
        EXPECT_TRUE(tip.contains(QString::fromUtf8(part), Qt::CaseInsensitive)) << part << ": " << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Example: renderer crashed after 3 retries on page 'intro' (job 3f2a9c1b77aa)")))
        << tip.toStdString();
    EXPECT_EQ(cell(fresh, M::OwnerColumn).toString(), QString());
    EXPECT_EQ(cell(fresh, M::OwnerColumn, Qt::AccessibleTextRole).toString(), QStringLiteral("Nobody"));
    EXPECT_EQ(cell(fresh, M::RemediationColumn).toString(), QStringLiteral("none"));
    // The seed's groups began days ago: none of those is new.
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &group = model.groupAt(row);
        if (client::runs::toDateTime(group.first_seen()).secsTo(model.now()) > 2 * 24 * 3600) {
            EXPECT_FALSE(model.index(row, M::FailureColumn).data(M::NewRole).toBool()) << group.signature();
        }
    }

    // Each sort, each way; a persistent index (a view's selection) follows its group.
    const QPersistentModelIndex held = model.index(model.rowOfSignature(fresh), M::FailureColumn);
    const auto key = [](int column, const wf::FailureGroup &g) -> double {
        switch (column) {
        case M::RunsColumn: return static_cast<double>(g.failed_runs());
        case M::UnrecoveredColumn: return static_cast<double>(g.unrecovered_runs());
        case M::LastSeenColumn: return static_cast<double>(client::runs::millisOf(g.last_seen()));
        default: return M::trendScore(g);
        }
    };
    const auto expectSorted = [&](int column, Qt::SortOrder order) {
        for (int row = 1; row < model.rowCount(); ++row) {
            const double before = key(column, model.groupAt(row - 1));
            const double after = key(column, model.groupAt(row));
            if (order == Qt::DescendingOrder) {
                EXPECT_GE(before, after) << "column " << column << " row " << row;
            } else {
                EXPECT_LE(before, after) << "column " << column << " row " << row;
            }
        }
    };
    for (const int column : {M::RunsColumn, M::UnrecoveredColumn, M::LastSeenColumn, M::TrendColumn}) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            expectSorted(column, order);
            ASSERT_TRUE(held.isValid());
            EXPECT_EQ(held.data(M::SignatureRole).toString(), fresh);
        }
    }
    EXPECT_EQ(model.sortColumn(), M::TrendColumn);
    EXPECT_GT(M::trendScore(model.groupAt(0)), 0.0) << "rising first";
    EXPECT_EQ(model.headerData(M::TrendColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
              static_cast<int>(Qt::DescendingOrder));
    EXPECT_FALSE(model.headerData(M::TrendColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    // Who is on it: the platform's answer shows at once, and after a reload too.
    client::FailureGroupAcknowledgement ack;
    ack.failureSignature = fresh;
    ack.assignee = QStringLiteral("alice");
    ack.note = QStringLiteral("rolling back the renderer");
    std::optional<client::ApiResult<wf::FailureGroup>> answer;
    m_api->acknowledgeFailureGroup(&m_receiver, ack, [&](const auto &result) { answer = result; });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_TRUE(answer->ok()) << answer->message.toStdString();
    EXPECT_EQ(answer->value.assignee(), "alice");
    EXPECT_EQ(answer->value.acknowledged_by(), "user-ameide-admin");
    model.applyGroup(answer->value);
    EXPECT_TRUE(cell(fresh, M::OwnerColumn).toString().startsWith(QStringLiteral("alice — ")))
        << cell(fresh, M::OwnerColumn).toString().toStdString();
    model.refresh();
    ASSERT_TRUE(waitFor([&] { return loads == 2; }));
    expectSorted(M::TrendColumn, Qt::DescendingOrder);
    ASSERT_TRUE(held.isValid());
    EXPECT_EQ(held.data(M::SignatureRole).toString(), fresh);
    EXPECT_EQ(cell(fresh, M::OwnerColumn).toString(), QStringLiteral("alice — just now"));
    const QString ownerTip = cell(fresh, M::OwnerColumn, Qt::ToolTipRole).toString();
    EXPECT_TRUE(ownerTip.contains(QStringLiteral("Note: rolling back the renderer"))) << ownerTip.toStdString();
    EXPECT_TRUE(ownerTip.contains(QStringLiteral("acknowledged by user-ameide-admin"))) << ownerTip.toStdString();
    // Everyone in the tenant sees it, a viewer too; a viewer cannot change it.
    auto viewerConnection = connect("ameide", "viewer");
    client::RunsApi viewerApi(viewerConnection.get());
    models::FailureGroupModel viewerModel;
    bool viewerLoaded = false;
    QObject::connect(&viewerModel, &models::FailureGroupModel::loaded, &viewerModel, [&] { viewerLoaded = true; });
    viewerModel.setApi(&viewerApi);
    ASSERT_TRUE(waitFor([&] { return viewerLoaded; }));
    ASSERT_GE(viewerModel.rowOfSignature(fresh), 0);
    EXPECT_EQ(viewerModel.groupAt(viewerModel.rowOfSignature(fresh)).assignee(), "alice");
    answer.reset();
    viewerApi.acknowledgeFailureGroup(&m_receiver, ack, [&](const auto &result) { answer = result; });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    EXPECT_EQ(answer->error, client::ApiError::PermissionDenied);
    // Cleared: nobody again. An empty assignee means the caller.
    ack.clear = true;
    answer.reset();
    m_api->acknowledgeFailureGroup(&m_receiver, ack, [&](const auto &result) { answer = result; });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_TRUE(answer->ok()) << answer->message.toStdString();
    EXPECT_TRUE(answer->value.assignee().empty());
    model.refresh();
    ASSERT_TRUE(waitFor([&] { return loads == 3; }));
    EXPECT_EQ(cell(fresh, M::OwnerColumn).toString(), QString());
    ack.clear = false;
    ack.assignee.clear();
    answer.reset();
    m_api->acknowledgeFailureGroup(&m_receiver, ack, [&](const auto &result) { answer = result; });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    EXPECT_EQ(answer->value.assignee(), "user-ameide-admin");
}

// The texts of a group, from the group and a time alone.
TEST(FailureGroupText, RemediationOwnerTrendAndNew)
{
    using M = models::FailureGroupModel;
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-02T12:00:00Z"), Qt::ISODate);
    const auto stamp = [](google::protobuf::Timestamp *t, const QDateTime &at) {
        t->set_seconds(at.toSecsSinceEpoch());
    };
    wf::FailureGroup group;
    EXPECT_EQ(M::remediationText(group, now), QStringLiteral("none"));
    group.set_feedback_item_id("fb-1");
    group.set_feedback_state("FEEDBACK_STATE_TRIAGED");
    stamp(group.mutable_feedback_sla_due_at(), now.addSecs(2 * 24 * 3600 + 3 * 3600));
    EXPECT_EQ(M::remediationText(group, now), QStringLiteral("Triaged · due in 2 d"));
    stamp(group.mutable_feedback_sla_due_at(), now.addSecs(-5 * 3600));
    EXPECT_EQ(M::remediationText(group, now), QStringLiteral("Triaged · overdue by 5 h"));
    group.set_feedback_state("FEEDBACK_STATE_RESOLVED");
    EXPECT_EQ(M::remediationText(group, now), QStringLiteral("Resolved"));

    EXPECT_EQ(M::ownerText(group, now), QString());
    group.set_assignee("alice");
    stamp(group.mutable_acknowledged_at(), now.addSecs(-12 * 60));
    EXPECT_EQ(M::ownerText(group, now), QStringLiteral("alice — 12 min ago"));

    for (const qint64 n : {0, 0, 3, 5, 9, 12, 20})
        group.add_daily_failed(n);
    EXPECT_EQ(M::trendText(group), QStringLiteral("7-day trend: 0, 0, 3, 5, 9, 12, 20"));
    EXPECT_DOUBLE_EQ(M::trendScore(group), 20.0 - 29.0 / 6.0);
    stamp(group.mutable_first_seen(), now.addSecs(-3 * 3600));
    EXPECT_FALSE(M::isNew(group, now)) << "failed on the days before";
    group.clear_daily_failed();
    for (const qint64 n : {0, 0, 0, 0, 0, 0, 4})
        group.add_daily_failed(n);
    EXPECT_TRUE(M::isNew(group, now));
    EXPECT_FALSE(M::isNew(group, now.addSecs(25 * 3600)));
    EXPECT_GT(M::trendScore(group), 0.0);
    group.set_normalized_message("timeout after # ms");
    EXPECT_EQ(M::placeholderText(group),
              QStringLiteral("Placeholders: # is a number; runs that differ only there share the group."));
    group.set_normalized_message("no placeholders here");
    EXPECT_EQ(M::placeholderText(group), QString());
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
    EXPECT_TRUE(model.newestFirst()) << "newest first by default";
    model.setNewestFirst(false);
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
    std::vector<std::int64_t> oldestFirst;
    for (int row = 0; row < model.rowCount(); ++row) {
        ASSERT_EQ(model.index(row, 0).data(models::RunHistoryModel::NumberRole).toLongLong(), row + 1);
        oldestFirst.push_back(model.updateAt(row).sequence());
    }

    // Newest first, to the end in one go: the same updates the other way
    // round, numbered within the run from its first (not the platform's sequence).
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy allLoaded(&model, &models::RunHistoryModel::allLoaded);
    model.setNewestFirst(true);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 0);
    model.fetchAll();
    EXPECT_TRUE(model.isFetchingAll());
    ASSERT_TRUE(waitFor([&] { return allLoaded.count() == 1; }, 60000)) << model.lastError().toStdString();
    EXPECT_FALSE(model.isFetchingAll());
    ASSERT_EQ(model.loadedCount(), static_cast<int>(oldestFirst.size()));
    const qint64 total = model.total();
    for (int row = 0; row < model.rowCount(); ++row) {
        ASSERT_EQ(model.updateAt(row).sequence(), oldestFirst[oldestFirst.size() - 1 - static_cast<std::size_t>(row)]);
        ASSERT_EQ(model.index(row, 0).data(models::RunHistoryModel::NumberRole).toLongLong(), total - row);
    }
    EXPECT_EQ(model.index(0, models::RunHistoryModel::NumberColumn).data().toString(), QString::number(total));
    EXPECT_EQ(model.index(model.rowCount() - 1, models::RunHistoryModel::NumberColumn).data().toString(),
              QStringLiteral("1"));
    EXPECT_TRUE(model.index(0, models::RunHistoryModel::NumberColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(model.updateAt(0).sequence())))
        << "the platform's sequence is in the tooltip";
    // Nothing more to load: fetchAll says so at once.
    model.fetchAll();
    EXPECT_EQ(allLoaded.count(), 2);
}

// The history of one run as the detail shows it: newest first, numbered 1..n
// in the run's order whichever way it is read, steps by their names, times
// with their zone.
TEST_F(RunModelsTest, HistoryIsNewestFirstNumberedInTheRunWithStepNames)
{
    client::RunFilter failed;
    failed.statuses = {wf::WORKFLOW_RUN_STATUS_FAILED};
    std::string runId;
    for (const auto &r : fetchAll(failed)) {
        if (r.element_id() != "element-history-20k") {
            runId = r.id();
            break;
        }
    }
    ASSERT_FALSE(runId.empty());
    models::RunDetail detail;
    auto *history = detail.history();
    QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::Fatal);
    detail.setApi(m_api.get());
    detail.showRun(QString::fromStdString(runId));
    ASSERT_TRUE(waitFor([&] { return detail.state() == models::RunDetail::State::Loaded; }));
    ASSERT_TRUE(waitFor([&] { return history->total() > 0 && !history->isLoading(); }));
    ASSERT_EQ(history->loadedCount(), history->total()) << "a short history is one page";
    ASSERT_GE(history->rowCount(), 3);
    QHash<QString, QString> names;
    for (const auto &step : detail.run().steps())
        names.insert(QString::fromStdString(step.id()), QString::fromStdString(step.name()));
    const int rows = history->rowCount();
    int named = 0;
    for (int row = 0; row < rows; ++row) {
        if (row > 0) {
            EXPECT_GT(history->updateAt(row - 1).sequence(), history->updateAt(row).sequence()) << "newest first";
        }
        EXPECT_EQ(history->index(row, 0).data(models::RunHistoryModel::NumberRole).toLongLong(), rows - row);
        const QString stepId = QString::fromStdString(history->updateAt(row).step_id());
        const QString shown = history->index(row, models::RunHistoryModel::StepColumn).data().toString();
        if (!stepId.isEmpty() && !names.value(stepId).isEmpty()) {
            EXPECT_EQ(shown, names.value(stepId));
            EXPECT_EQ(history->index(row, models::RunHistoryModel::StepColumn).data(Qt::ToolTipRole).toString(),
                      QStringLiteral("%1 (%2)").arg(names.value(stepId), stepId));
            named += names.value(stepId) != stepId ? 1 : 0;
        }
        const QDateTime at = client::runs::toDateTime(history->updateAt(row).occurred_at());
        EXPECT_EQ(history->index(row, models::RunHistoryModel::TimeColumn).data().toString(),
                  client::TimeText::absolute(at, client::TimeText::Precision::Milliseconds));
        EXPECT_TRUE(history->index(row, models::RunHistoryModel::TimeColumn)
                        .data()
                        .toString()
                        .endsWith(QLatin1Char(' ') + client::TimeText::zone(at)));
    }
    EXPECT_GT(named, 0) << "the seed's steps have names of their own";
    const std::int64_t newest = history->updateAt(0).sequence();

    // Oldest first: the same numbers go with the same updates.
    history->setNewestFirst(false);
    // (The tester may have asked already.)
    if (history->canFetchMore({}))
        history->fetchMore({});
    ASSERT_TRUE(waitFor([&] { return history->rowCount() == rows && !history->isLoading(); }));
    for (int row = 0; row < rows; ++row)
        EXPECT_EQ(history->index(row, 0).data(models::RunHistoryModel::NumberRole).toLongLong(), row + 1);
    EXPECT_EQ(history->updateAt(rows - 1).sequence(), newest);
    // Another run's steps are not this one's.
    history->setRunId(QStringLiteral("another-run"));
    EXPECT_EQ(history->stepName(QStringLiteral("plan")), QStringLiteral("plan"));
}

// "Today" is the user's calendar day, not the last 24 hours; those have a view of their own.
TEST(SavedViews, TodayIsTheCalendarDay)
{
    const auto views = models::SavedViews::builtIns();
    const auto find = [&](const QString &name) {
        const auto it = std::find_if(views.begin(), views.end(), [&](const auto &v) { return v.name == name; });
        return it == views.end() ? QStringLiteral("(none)") : it->query;
    };
    EXPECT_EQ(find(QStringLiteral("Today")), QStringLiteral("since:today"));
    EXPECT_EQ(find(QStringLiteral("Last 24 hours")), QStringLiteral("since:24h"));
    const auto today = client::parseRunQuery(find(QStringLiteral("Today")));
    ASSERT_FALSE(today.error);
    EXPECT_TRUE(today.filter.sinceToday);
    // Every built-in view reads back as itself.
    for (const auto &view : views)
        EXPECT_EQ(client::formatRunQuery(client::parseRunQuery(view.query).filter), view.query) << view.name.toStdString();
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
