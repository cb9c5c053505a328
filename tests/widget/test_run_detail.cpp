// The run detail view against a real in-process platform, driven as a person
// would, with screenshots saved to $AMEIDE_SCREENSHOT_DIR (default: ./screenshots).
#include "client/deep_link.h"
#include "client/platform_connection.h"
#include "client/runs/runs_api.h"
#include "console_test_support.h"
#include "models/runs/run_chain_model.h"
#include "models/runs/run_history_model.h"
#include "models/runs/run_permissions.h"
#include "platform_fixture.h"
#include "qt_wait.h"
#include "views/runs/json_view.h"
#include "views/runs/retry_dialog.h"
#include "views/runs/run_actions.h"
#include "views/runs/run_compare_view.h"
#include "views/runs/run_detail_dialog.h"
#include "views/runs/run_detail_widget.h"
#include "views/runs/status_palette.h"
#include "views/runs/step_timeline.h"

#include <gtest/gtest.h>

#include <google/protobuf/util/json_util.h>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStringList>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <limits>
#include <set>

using namespace ameide;
using ameide::test::screenshot;
using ameide::test::waitFor;
using views::RunDetailWidget;
using State = views::RunDetailWidget::State;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

QString labelText(QWidget &parent, const char *name)
{
    auto *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

class RunDetailTest : public ameide::test::PlatformFixture
{
protected:
    void SetUp() override
    {
        PlatformFixture::SetUp();
        m_connection = std::make_unique<client::PlatformConnection>(
            ameide::test::loopbackProfile(QString::fromStdString(server().address())), QString::fromStdString(token("ameide", "admin")));
        m_api = std::make_unique<client::RunsApi>(m_connection.get());
        m_actions = std::make_unique<views::RunActions>();
        m_actions->setApi(m_api.get());
        EXPECT_TRUE(waitFor([&] { return m_actions->permissions()->canManage().has_value(); }));
    }

    void TearDown() override
    {
        m_actions.reset();
        m_api.reset();
        m_connection.reset();
        PlatformFixture::TearDown();
    }

    std::vector<wf::WorkflowRun> listRuns(const wf::WorkflowRunFilter &filter)
    {
        std::vector<wf::WorkflowRun> runs;
        std::string pageToken;
        do {
            wf::ListWorkflowRunsRequest req;
            *req.mutable_filter() = filter;
            req.mutable_pagination()->set_page_size(1000);
            req.mutable_pagination()->set_page_token(pageToken);
            wf::ListWorkflowRunsResponse resp;
            auto ctx = client().context(token("ameide", "viewer"));
            const auto status = client().workflows().ListWorkflowRuns(ctx.get(), req, &resp);
            EXPECT_TRUE(status.ok()) << ameide::test::statusText(status);
            if (!status.ok())
                break;
            runs.insert(runs.end(), resp.runs().begin(), resp.runs().end());
            pageToken = resp.pagination().next_page_token();
        } while (!pageToken.empty());
        return runs;
    }

    wf::WorkflowRun describe(const std::string &runId)
    {
        wf::DescribeWorkflowRunRequest req;
        req.set_run_id(runId);
        wf::DescribeWorkflowRunResponse resp;
        auto ctx = client().context(token("ameide", "viewer"));
        const auto status = client().workflows().DescribeWorkflowRun(ctx.get(), req, &resp);
        EXPECT_TRUE(status.ok()) << ameide::test::statusText(status);
        return resp.run();
    }

    // A failed run of tenant-ameide with steps and an input.
    wf::WorkflowRun failedRun()
    {
        wf::WorkflowRunFilter filter;
        filter.add_statuses(wf::WORKFLOW_RUN_STATUS_FAILED);
        for (const auto &r : listRuns(filter)) {
            wf::WorkflowRun run = describe(r.id());
            if (run.steps_size() >= 2 && run.input().fields_size() > 0 && !run.failure_reason().empty()
                && run.element_id() != "element-history-20k")
                return run;
        }
        ADD_FAILURE() << "no failed run with steps and input in the seed";
        return {};
    }

    std::unique_ptr<RunDetailWidget> shownWidget(const QString &runId)
    {
        auto w = std::make_unique<RunDetailWidget>(m_actions.get());
        w->resize(1200, 760);
        w->show();
        w->showRun(runId);
        EXPECT_TRUE(waitFor([&] { return w->state() == State::Loaded; })) << static_cast<int>(w->state());
        return w;
    }

    std::unique_ptr<client::PlatformConnection> m_connection;
    std::unique_ptr<client::RunsApi> m_api;
    std::unique_ptr<views::RunActions> m_actions;
};

} // namespace

TEST_F(RunDetailTest, ShowsAFailedRunsHeaderTimelineInputAndError)
{
    const wf::WorkflowRun run = failedRun();
    ASSERT_FALSE(run.id().empty());
    const QString id = QString::fromStdString(run.id());
    auto w = shownWidget(id);
    ASSERT_EQ(w->state(), State::Loaded);
    EXPECT_EQ(w->run().id(), run.id());

    // The title is elided to its width, which the layout sets after the run shows.
    EXPECT_TRUE(waitFor([&] { return labelText(*w, "runTitle").contains(id); })) << labelText(*w, "runTitle").toStdString();
    EXPECT_EQ(labelText(*w, "runStatusBadge"), QStringLiteral("Failed"));
    EXPECT_TRUE(labelText(*w, "runDefinition").contains(QString::fromStdString(run.definition_name())))
        << labelText(*w, "runDefinition").toStdString();
    EXPECT_TRUE(labelText(*w, "runDefinition").contains(QString::number(run.version_number())));
    EXPECT_EQ(labelText(*w, "runElement"),
              run.element_id().empty() ? QStringLiteral("—") : QString::fromStdString(run.element_id()));
    EXPECT_EQ(labelText(*w, "runStartedBy"), QString::fromStdString(run.started_by()));
    EXPECT_TRUE(labelText(*w, "runAttempt").startsWith(QString::number(std::max(1, run.attempt()))));
    EXPECT_NE(labelText(*w, "runDuration"), QStringLiteral("—"));
    const QString failure = labelText(*w, "runFailure");
    EXPECT_TRUE(failure.contains(QString::fromStdString(run.failure_reason()))) << failure.toStdString();
    EXPECT_TRUE(failure.contains(QString::fromStdString(run.error_class()))) << failure.toStdString();
    EXPECT_TRUE(failure.contains(QString::fromStdString(run.failed_step_id()))) << failure.toStdString();
    EXPECT_EQ(child<QLabel>(*w, "runRecoveredBadge")->isVisible(), run.recovered());

    // Timeline: every step, in order, with its status; the failed one failed.
    auto *timeline = child<views::StepTimeline>(*w, "stepTimeline");
    ASSERT_TRUE(timeline);
    ASSERT_EQ(timeline->stepCount(), run.steps_size());
    for (int i = 0; i < run.steps_size(); ++i) {
        EXPECT_EQ(timeline->stepStatus(i), run.steps(i).status());
        if (run.steps(i).id() == run.failed_step_id()) {
            EXPECT_EQ(timeline->stepStatus(i), wf::WORKFLOW_STEP_STATUS_FAILED);
        }
    }
    EXPECT_TRUE(timeline->accessibleDescription().contains(QStringLiteral("Failed")))
        << timeline->accessibleDescription().toStdString();
    EXPECT_FALSE(timeline->accessibleName().isEmpty());

    // Input: the run's input, indented, keys sorted.
    auto *input = child<views::JsonView>(*w, "inputJson");
    ASSERT_TRUE(input);
    EXPECT_FALSE(input->isEmpty());
    EXPECT_EQ(input->text(), views::JsonView::format(run.input()));
    for (const auto &[key, value] : run.input().fields())
        EXPECT_TRUE(input->text().contains(QStringLiteral("\"%1\"").arg(QString::fromStdString(key))));
    auto *error = child<views::JsonView>(*w, "errorJson");
    EXPECT_TRUE(error->text().contains(QString::fromStdString(run.error_class())));

    // Actions: a failed run can be retried, not cancelled.
    auto *retry = child<QPushButton>(*w, "runRetry");
    auto *cancel = child<QPushButton>(*w, "runCancel");
    EXPECT_TRUE(retry->isEnabled());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_FALSE(cancel->toolTip().isEmpty());
    // The button opens the one retry dialog of the console, for this run.
    QTest::mouseClick(retry, Qt::LeftButton);
    auto *retryDialog = w->findChild<views::RetryDialog *>();
    ASSERT_NE(retryDialog, nullptr);
    EXPECT_TRUE(child<QLabel>(*retryDialog, "retryIntro")->text().contains(id));
    retryDialog->reject();
    // What the role may not do is disabled with the platform's reason.
    m_actions->permissions()->set(false, QStringLiteral("Viewers cannot retry runs"));
    EXPECT_FALSE(retry->isEnabled());
    EXPECT_EQ(retry->toolTip(), QStringLiteral("Viewers cannot retry runs"));
    m_actions->permissions()->set(true, {});

    w->setCurrentTab(RunDetailWidget::TimelineTab);
    screenshot(*w, QStringLiteral("run-detail-timeline"));
    w->setCurrentTab(RunDetailWidget::InputTab);
    screenshot(*w, QStringLiteral("run-detail-input"));
    w->setCurrentTab(RunDetailWidget::OutputTab);
    screenshot(*w, QStringLiteral("run-detail-output"));
    w->setCurrentTab(RunDetailWidget::ErrorTab);
    screenshot(*w, QStringLiteral("run-detail-error"));

    // Beside the run list the pane is narrow: the facts go in one column
    // and the id gives way, so nothing forces the list smaller.
    w->setCurrentTab(RunDetailWidget::TimelineTab);
    w->resize(560, 760);
    QTest::qWait(50);
    EXPECT_LE(w->minimumSizeHint().width(), 560);
    EXPECT_EQ(w->width(), 560);
    screenshot(*w, QStringLiteral("run-detail-narrow"));

    // Dark palettes: the timeline's colours follow the palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    const QPalette light = w->palette();
    w->setPalette(dark);
    w->resize(1200, 760);
    QTest::qWait(50);
    EXPECT_NE(views::StatusPalette::colour(wf::WORKFLOW_STEP_STATUS_FAILED, dark),
              views::StatusPalette::colour(wf::WORKFLOW_STEP_STATUS_FAILED, light));
    screenshot(*w, QStringLiteral("run-detail-timeline-dark"));
    w->setPalette(light);
    // Copy link.
    QTest::mouseClick(child<QPushButton>(*w, "runCopyLink"), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("ameide://tenant-ameide/runs/") + id);
    EXPECT_EQ(w->link(), client::runLink(QStringLiteral("tenant-ameide"), id));

    // Every control can be named by assistive technology.
    for (auto *button : w->findChildren<QPushButton *>())
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->objectName().toStdString();

    w->setCurrentTab(RunDetailWidget::HistoryTab);
    ASSERT_TRUE(waitFor([&] { return w->historyModel()->total() >= 0 && !w->historyModel()->isLoading(); }));
    EXPECT_EQ(w->historyModel()->loadedCount(), w->historyModel()->total());
    screenshot(*w, QStringLiteral("run-detail-history"));

    // Failures only: the run's failed updates and nothing else.
    auto *historyTable = child<QTableView>(*w, "historyTable");
    QAbstractItemModelTester filterTester(historyTable->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    int failures = 0;
    for (int row = 0; row < w->historyModel()->rowCount(); ++row)
        failures += w->historyModel()->index(row, 0).data(models::RunHistoryModel::FailedRole).toBool() ? 1 : 0;
    EXPECT_GE(failures, 1);
    auto *failedOnly = child<QCheckBox>(*w, "historyFailedOnly");
    failedOnly->setFocus();
    QTest::keyClick(failedOnly, Qt::Key_Space);
    EXPECT_TRUE(failedOnly->isChecked());
    EXPECT_EQ(historyTable->model()->rowCount(), failures);
    for (int row = 0; row < historyTable->model()->rowCount(); ++row)
        EXPECT_TRUE(historyTable->model()->index(row, 0).data(models::RunHistoryModel::FailedRole).toBool());
    EXPECT_TRUE(labelText(*w, "historyProgress").contains(QStringLiteral("Failures among them")));
    screenshot(*w, QStringLiteral("run-detail-history-failures"));
    failedOnly->setChecked(false);
    EXPECT_EQ(historyTable->model()->rowCount(), w->historyModel()->rowCount());
}

TEST_F(RunDetailTest, HistoryOfTwentyThousandUpdatesLoadsOnlyWhatIsScrolledTo)
{
    wf::WorkflowRunFilter filter;
    filter.set_element_id("element-history-20k");
    const auto runs = listRuns(filter);
    ASSERT_EQ(runs.size(), 1u) << "the seed has one run with 20,000 updates";
    const QString id = QString::fromStdString(runs.front().id());

    RunDetailWidget w(m_actions.get());
    QAbstractItemModelTester tester(w.historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.resize(1200, 760);
    w.setCurrentTab(RunDetailWidget::HistoryTab);
    w.show();
    w.showRun(id);
    ASSERT_TRUE(waitFor([&] { return w.state() == State::Loaded; }));
    auto *model = w.historyModel();
    ASSERT_TRUE(waitFor([&] { return model->total() >= 0 && !model->isLoading(); }));
    // Let the view ask for whatever it wants before scrolling.
    QTest::qWait(300);
    ASSERT_TRUE(waitFor([&] { return !model->isLoading(); }));
    EXPECT_EQ(model->total(), 20000);
    EXPECT_GE(model->loadedCount(), model->pageSize());
    EXPECT_LE(model->loadedCount(), 2 * model->pageSize()) << "only the first page(s) after show";
    auto *progress = child<QLabel>(w, "historyProgress");
    EXPECT_TRUE(progress->text().contains(QStringLiteral("of 20,000"))) << progress->text().toStdString();
    screenshot(w, QStringLiteral("run-detail-history-20k"));

    auto *table = child<QTableView>(w, "historyTable");
    ASSERT_TRUE(table);
    QElapsedTimer timer;
    timer.start();
    int requests = 0;
    int last = model->loadedCount();
    while (model->loadedCount() < 20000 && timer.elapsed() < 120000) {
        table->scrollToBottom();
        if (!waitFor([&] { return model->loadedCount() > last && !model->isLoading(); }, 10000))
            break;
        ++requests;
        EXPECT_LE(model->loadedCount() - last, model->pageSize()) << "one page per scroll";
        last = model->loadedCount();
    }
    ASSERT_EQ(model->loadedCount(), 20000) << "after " << requests << " scrolls: " << model->lastError().toStdString();
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_FALSE(model->hasMore());
    // Newest first, by default.
    std::int64_t previous = std::numeric_limits<std::int64_t>::max();
    std::set<std::int64_t> seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const std::int64_t seq = model->updateAt(row).sequence();
        EXPECT_LT(seq, previous) << "row " << row;
        previous = seq;
        seen.insert(seq);
        EXPECT_EQ(model->updateAt(row).run_id(), runs.front().id());
    }
    EXPECT_EQ(seen.size(), 20000u);
    EXPECT_TRUE(progress->text().contains(QStringLiteral("All 20,000"))) << progress->text().toStdString();
    // Scrolling anywhere in 20,000 rows repaints one screenful, not the table.
    qint64 slowest = 0;
    for (const int row : {0, 5000, 12345, 19999, 100}) {
        table->scrollTo(table->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
        QElapsedTimer paint;
        paint.start();
        table->viewport()->repaint();
        slowest = std::max(slowest, paint.elapsed());
    }
    EXPECT_LT(slowest, 100) << "ms for one repaint";
    table->scrollToBottom();
    QTest::qWait(50);
    screenshot(w, QStringLiteral("run-detail-history-20k-end"));
}

TEST_F(RunDetailTest, RetryChainListsEachAttemptAndOpensOneByKeyboard)
{
    // A chain of the seed: the original and at least one retry.
    const auto all = listRuns({});
    std::string original;
    for (const auto &r : all) {
        if (r.attempt() >= 2 && !r.original_run_id().empty()) {
            original = r.original_run_id();
            break;
        }
    }
    ASSERT_FALSE(original.empty()) << "the seed has retried runs";
    std::vector<wf::WorkflowRun> chain;
    for (const auto &r : all) {
        if (r.id() == original || r.original_run_id() == original)
            chain.push_back(r);
    }
    std::sort(chain.begin(), chain.end(), [](const auto &a, const auto &b) { return a.attempt() < b.attempt(); });
    ASSERT_GE(chain.size(), 2u);
    const wf::WorkflowRun latest = chain.back();

    auto w = shownWidget(QString::fromStdString(latest.id()));
    QAbstractItemModelTester tester(w->chainModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w->setCurrentTab(RunDetailWidget::ChainTab);
    auto *model = w->chainModel();
    ASSERT_TRUE(waitFor([&] { return !model->isLoading() && model->rowCount() > 0; }))
        << model->lastError().toStdString();
    ASSERT_EQ(model->rowCount(), static_cast<int>(chain.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(model->runAt(row).id(), chain[static_cast<std::size_t>(row)].id()) << row;
        EXPECT_EQ(model->runAt(row).attempt(), row + 1);
    }
    EXPECT_TRUE(model->index(model->rowCount() - 1, 0).data(models::RunChainModel::CurrentRole).toBool());
    EXPECT_TRUE(labelText(*w, "runAttempt").contains(QString::fromStdString(latest.retry_of_run_id())));
    screenshot(*w, QStringLiteral("run-detail-chain"));

    auto *table = child<QTableView>(*w, "chainTable");
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(w->runId(), QString::fromStdString(original));
    ASSERT_TRUE(waitFor([&] { return w->state() == State::Loaded && w->run().id() == original; }));
    EXPECT_TRUE(labelText(*w, "runAttempt").startsWith(QStringLiteral("1")));
    ASSERT_TRUE(waitFor([&] { return !model->isLoading() && model->rowCount() > 0; }));
    EXPECT_EQ(model->rowCount(), static_cast<int>(chain.size()));
    EXPECT_TRUE(model->index(0, 0).data(models::RunChainModel::CurrentRole).toBool());
}

TEST_F(RunDetailTest, CompareTabShowsWhatDiffersFromTheLastGoodRunByKeyboard)
{
    using CompareState = models::RunComparisonModel::State;
    const std::string definition =
        createDefinition("ameide", "order-checkout", {"validate-order", "reserve-stock", "charge-card", "ship"});
    const auto first =
        runDefinitionToEnd("ameide", definition, R"({"simulate_failure": "validate-order", "duration_ms": 5})");
    const auto good = runDefinitionToEnd(
        "ameide", definition,
        R"({"region": "eu-west", "amount": 120, "customer": {"tier": "gold", "id": "c-1042"}, "duration_ms": 40})");
    const auto failed = runDefinitionToEnd(
        "ameide", definition,
        R"({"region": "us-east", "amount": 120, "customer": {"tier": "silver", "id": "c-1042"},
            "coupon": "SPRING", "duration_ms": 60, "simulate_failure": "charge-card"})");
    ASSERT_EQ(first.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    ASSERT_EQ(good.status(), wf::WORKFLOW_RUN_STATUS_COMPLETED);
    ASSERT_EQ(failed.status(), wf::WORKFLOW_RUN_STATUS_FAILED);

    auto w = shownWidget(QString::fromStdString(failed.id()));
    auto *view = w->findChild<views::RunCompareView *>();
    ASSERT_TRUE(view);
    QAbstractItemModelTester inputTester(view->model()->inputs(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester stepTester(view->model()->steps(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Nothing is asked of the platform until the tab is shown.
    EXPECT_EQ(view->model()->state(), CompareState::Empty);

    // The tab's mnemonic (Alt+M) opens it.
    QApplication::setActiveWindow(w.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_M, Qt::AltModifier);
    EXPECT_EQ(w->currentTab(), RunDetailWidget::CompareTab);
    ASSERT_TRUE(waitFor([&] { return view->model()->state() != CompareState::Loading; }));
    ASSERT_EQ(view->model()->state(), CompareState::Loaded) << view->model()->stateText().toStdString();
    EXPECT_EQ(view->model()->comparison().good.id(), good.id());

    EXPECT_TRUE(labelText(*w, "compareSummary").contains(QString::fromStdString(good.id())))
        << labelText(*w, "compareSummary").toStdString();
    EXPECT_TRUE(labelText(*w, "compareDivergence")
                    .startsWith(QStringLiteral("Failed at step “charge-card”; the good run completed it in")))
        << labelText(*w, "compareDivergence").toStdString();
    EXPECT_EQ(labelText(*w, "compareVersion"), QStringLiteral("Both ran version 1."));
    // region, customer.tier, duration_ms changed; coupon and simulate_failure added.
    EXPECT_EQ(labelText(*w, "compareInputSummary"), QStringLiteral("5 of 7 fields differ."));
    auto *inputs = child<QTableView>(*w, "compareInputs");
    ASSERT_TRUE(inputs->isVisible());
    EXPECT_EQ(inputs->model()->rowCount(), 5);
    auto *steps = child<QTableView>(*w, "compareSteps");
    ASSERT_EQ(steps->model()->rowCount(), 4);
    EXPECT_EQ(steps->currentIndex().row(), 2) << "the step where the runs diverged is selected";
    EXPECT_EQ(steps->model()->index(3, models::RunStepDiffModel::FailedColumn).data().toString(),
              QStringLiteral("Not run"));
    // Both ran the first step: its times and their difference are there.
    EXPECT_NE(steps->model()->index(0, models::RunStepDiffModel::DifferenceColumn).data().toString(),
              QStringLiteral("—"));
    screenshot(*w, QStringLiteral("run-detail-compare"));

    // Every field, by keyboard.
    auto *showAll = child<QCheckBox>(*w, "compareShowAllInputs");
    showAll->setFocus();
    QTest::keyClick(showAll, Qt::Key_Space);
    EXPECT_TRUE(showAll->isChecked());
    EXPECT_EQ(inputs->model()->rowCount(), 7);
    QTest::qWait(50); // the layout gives the longer table its room
    screenshot(*w, QStringLiteral("run-detail-compare-all-fields"));
    showAll->setChecked(false);
    EXPECT_EQ(inputs->model()->rowCount(), 5);

    // Every control can be named and reached by keyboard.
    for (auto *control : view->findChildren<QWidget *>()) {
        // The tables' own corner buttons are theirs, not ours.
        if ((!qobject_cast<QAbstractButton *>(control) && !qobject_cast<QTableView *>(control))
            || qobject_cast<QAbstractItemView *>(control->parentWidget()))
            continue;
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();
        EXPECT_NE(control->focusPolicy() & Qt::TabFocus, 0) << control->objectName().toStdString();
    }

    // Narrow, beside the list.
    w->resize(560, 760);
    QTest::qWait(50);
    screenshot(*w, QStringLiteral("run-detail-compare-narrow"));
    w->resize(1200, 760);

    // The good run opens in the pane; it has nothing to compare.
    auto *openGood = child<QPushButton>(*w, "compareOpenGood");
    QTest::mouseClick(openGood, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return w->state() == State::Loaded && w->run().id() == good.id(); }));
    EXPECT_EQ(w->currentTab(), RunDetailWidget::CompareTab);
    ASSERT_TRUE(waitFor([&] { return view->model()->state() == CompareState::NotFailed; }));
    EXPECT_TRUE(labelText(*w, "compareState").contains(QStringLiteral("completed")))
        << labelText(*w, "compareState").toStdString();
    EXPECT_FALSE(child<QPushButton>(*w, "compareTryAgain")->isVisible());

    // The definition's first run failed before any completed: none to compare with.
    w->showRun(QString::fromStdString(first.id()));
    ASSERT_TRUE(waitFor([&] { return w->state() == State::Loaded && w->run().id() == first.id(); }));
    ASSERT_TRUE(waitFor([&] { return view->model()->state() == CompareState::NoneFound; }));
    EXPECT_TRUE(labelText(*w, "compareState").contains(QStringLiteral("No completed run of order-checkout")))
        << labelText(*w, "compareState").toStdString();
    screenshot(*w, QStringLiteral("run-detail-compare-none"));

    // Lost platform: said so, with a way to try again.
    RunDetailWidget offline(nullptr);
    offline.resize(900, 600);
    offline.show();
    auto *offlineView = offline.findChild<views::RunCompareView *>();
    ASSERT_TRUE(offlineView);
    offlineView->model()->compare(failed);
    EXPECT_EQ(offlineView->model()->state(), CompareState::Failed);
    EXPECT_TRUE(labelText(offline, "compareState").contains(QStringLiteral("could not be loaded")));
}

TEST_F(RunDetailTest, ARunningRunTicksAndFollowsLiveUpdates)
{
    wf::StartWorkflowRunRequest req;
    req.set_definition_id("wfd-ameide-docs-publish");
    (*req.mutable_input()->mutable_fields())["duration_ms"].set_number_value(700);
    wf::StartWorkflowRunResponse resp;
    {
        auto ctx = client().context(token("ameide", "contributor"));
        const auto status = client().workflows().StartWorkflowRun(ctx.get(), req, &resp);
        ASSERT_TRUE(status.ok()) << ameide::test::statusText(status);
    }
    const std::string id = resp.run().id();
    waitForRun("ameide", id, [](const wf::WorkflowRun &r) { return r.status() == wf::WORKFLOW_RUN_STATUS_RUNNING; });
    auto w = shownWidget(QString::fromStdString(id));
    EXPECT_TRUE(child<QPushButton>(*w, "runCancel")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(*w, "runRetry")->isEnabled());
    QTest::mouseClick(child<QPushButton>(*w, "runCancel"), Qt::LeftButton);
    auto *confirm = w->findChild<QMessageBox *>(QStringLiteral("confirmCancel"));
    ASSERT_NE(confirm, nullptr);
    EXPECT_TRUE(confirm->isVisible());
    // Keeping the run is the default answer.
    QTest::keyClick(confirm, Qt::Key_Escape);
    EXPECT_TRUE(labelText(*w, "runDuration").contains(QStringLiteral("so far")));
    // Let the timeline tick a little, and the first step end, for the picture.
    QTest::qWait(1200);
    screenshot(*w, QStringLiteral("run-detail-running"));

    // What the page's watch would do: report the run whenever it changes.
    QSignalSpy loaded(w.get(), &RunDetailWidget::runLoaded);
    ASSERT_TRUE(waitFor(
        [&] {
            const wf::WorkflowRun now = describe(id);
            wf::WorkflowRun slim = now;
            slim.clear_steps();
            slim.clear_input();
            slim.clear_output();
            w->applyLiveUpdate(slim);
            return now.status() == wf::WORKFLOW_RUN_STATUS_COMPLETED && w->state() == State::Loaded
                && w->run().steps_size() == now.steps_size()
                && labelText(*w, "runStatusBadge") == QStringLiteral("Completed")
                && w->findChild<views::StepTimeline *>()->stepStatus(now.steps_size() - 1)
                == wf::WORKFLOW_STEP_STATUS_COMPLETED;
        },
        30000));
    // Coalesced: far fewer describes than live updates.
    EXPECT_GE(loaded.count(), 1);
    EXPECT_FALSE(child<QPushButton>(*w, "runCancel")->isEnabled());
    // Updates of other runs are not this widget's business.
    wf::WorkflowRun other = w->run();
    other.set_id("some-other-run");
    other.set_status(wf::WORKFLOW_RUN_STATUS_FAILED);
    w->applyLiveUpdate(other);
    EXPECT_EQ(labelText(*w, "runStatusBadge"), QStringLiteral("Completed"));
}

TEST_F(RunDetailTest, NotFoundAndUnreachableAreShownWithAWayToTryAgain)
{
    RunDetailWidget w(m_actions.get());
    w.resize(900, 500);
    w.show();
    w.showRun(QStringLiteral("run-that-does-not-exist"));
    ASSERT_TRUE(waitFor([&] { return w.state() == State::NotFound; }));
    EXPECT_EQ(labelText(w, "runStateTitle"), QStringLiteral("Run not found"));
    EXPECT_TRUE(labelText(w, "runStateDetail").contains(QStringLiteral("run-that-does-not-exist")));
    screenshot(w, QStringLiteral("run-detail-not-found"));

    client::PlatformConnection nowhere(ameide::test::loopbackProfile(QStringLiteral("127.0.0.1:1")), QStringLiteral("t"));
    client::RunsApi nowhereApi(&nowhere);
    views::RunActions nowhereActions;
    nowhereActions.setApi(&nowhereApi);
    RunDetailWidget offline(&nowhereActions);
    offline.resize(900, 500);
    offline.show();
    offline.showRun(QStringLiteral("r1"));
    EXPECT_EQ(offline.state(), State::Loading);
    ASSERT_TRUE(waitFor([&] { return offline.state() == State::Failed; }, 30000));
    EXPECT_TRUE(labelText(offline, "runStateDetail").contains(QStringLiteral("Cannot reach")))
        << labelText(offline, "runStateDetail").toStdString();
    auto *again = child<QPushButton>(offline, "runTryAgain");
    EXPECT_TRUE(again->isVisible());
    screenshot(offline, QStringLiteral("run-detail-unreachable"));
    QTest::mouseClick(again, Qt::LeftButton);
    EXPECT_EQ(offline.state(), State::Loading);
}

TEST_F(RunDetailTest, DialogOpensDeepLinksOfItsTenantAndRemembersItsGeometry)
{
    const wf::WorkflowRun run = failedRun();
    views::RunDetailDialog dialog(m_actions.get());
    dialog.show();
    EXPECT_FALSE(dialog.openLink(QStringLiteral("https://example.com/runs/x")));
    EXPECT_TRUE(child<QLabel>(dialog, "runLinkProblem")->isVisible());
    EXPECT_FALSE(dialog.openLink(QStringLiteral("ameide://tenant-acme/runs/") + QString::fromStdString(run.id())));
    EXPECT_TRUE(labelText(dialog, "runLinkProblem").contains(QStringLiteral("tenant-acme")));
    const QUrl link = client::runLink(QStringLiteral("tenant-ameide"), QString::fromStdString(run.id()));
    EXPECT_TRUE(dialog.openLink(link.toString()));
    EXPECT_FALSE(child<QLabel>(dialog, "runLinkProblem")->isVisible());
    ASSERT_TRUE(waitFor([&] { return dialog.detail()->state() == State::Loaded; }));
    EXPECT_TRUE(dialog.windowTitle().contains(QString::fromStdString(run.id())));
    dialog.resize(1000, 640);
    screenshot(dialog, QStringLiteral("run-detail-dialog"));
    dialog.reject();
    EXPECT_FALSE(QSettings().value(QStringLiteral("runDetail/geometry")).toByteArray().isEmpty());
    views::RunDetailDialog again(m_actions.get());
    EXPECT_EQ(again.size(), QSize(1000, 640));
}

// The history newest first by default, the toggle kept in the settings, a
// number within the run on every row, and Home / End (and the Newest and
// Oldest buttons) to either end, the far one loading the rest first.
TEST_F(RunDetailTest, HistoryIsNewestFirstWithAToggleJumpKeysAndNumbersInTheRun)
{
    wf::WorkflowRunFilter filter;
    filter.set_element_id("element-history-20k");
    const auto runs = listRuns(filter);
    ASSERT_EQ(runs.size(), 1u);
    RunDetailWidget w(m_actions.get());
    QAbstractItemModelTester tester(w.historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.resize(1200, 760);
    w.setCurrentTab(RunDetailWidget::HistoryTab);
    w.show();
    QApplication::setActiveWindow(&w);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    w.showRun(QString::fromStdString(runs.front().id()));
    ASSERT_TRUE(waitFor([&] { return w.state() == State::Loaded; }));
    auto *model = w.historyModel();
    ASSERT_TRUE(waitFor([&] { return model->total() == 20000 && !model->isLoading(); }));
    auto *table = child<QTableView>(w, "historyTable");
    auto *newestFirst = child<QCheckBox>(w, "historyNewestFirst");
    auto *newest = child<QPushButton>(w, "historyJumpNewest");
    auto *oldest = child<QPushButton>(w, "historyJumpOldest");
    ASSERT_TRUE(table && newestFirst && newest && oldest);
    for (QWidget *control : std::initializer_list<QWidget *>{newestFirst, newest, oldest})
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();
    EXPECT_TRUE(newestFirst->isChecked());
    EXPECT_TRUE(model->newestFirst());
    EXPECT_TRUE(table->accessibleDescription().contains(QStringLiteral("newest first")));
    EXPECT_TRUE(newest->toolTip().contains(QStringLiteral("Home"))) << newest->toolTip().toStdString();
    EXPECT_TRUE(oldest->toolTip().contains(QStringLiteral("End"))) << oldest->toolTip().toStdString();
    const auto number = [&](int row) {
        return table->model()->index(row, models::RunHistoryModel::NumberColumn).data().toString();
    };
    EXPECT_EQ(number(0), QStringLiteral("20000")) << "the newest update is the run's 20,000th";
    EXPECT_EQ(table->model()->headerData(models::RunHistoryModel::NumberColumn, Qt::Horizontal).toString(),
              QStringLiteral("#"));
    // Steps by their names, as the timeline shows them.
    QStringList stepNames;
    for (const auto &step : w.run().steps())
        stepNames << QString::fromStdString(step.name());
    const QString step = table->model()->index(0, models::RunHistoryModel::StepColumn).data().toString();
    if (!step.isEmpty()) {
        EXPECT_TRUE(stepNames.contains(step)) << step.toStdString();
    }
    screenshot(w, QStringLiteral("run-detail-history-newest-first"));

    // End: the rest loads, and the run's first update is current and in view.
    table->setFocus();
    ASSERT_TRUE(waitFor([&] { return table->hasFocus(); }));
    QTest::keyClick(table, Qt::Key_End);
    EXPECT_TRUE(model->isFetchingAll());
    ASSERT_TRUE(waitFor([&] { return model->loadedCount() == 20000 && table->currentIndex().row() == 19999; }, 120000))
        << model->loadedCount() << " loaded: " << model->lastError().toStdString();
    EXPECT_EQ(number(table->currentIndex().row()), QStringLiteral("1"));
    EXPECT_TRUE(child<QLabel>(w, "historyProgress")->text().contains(QStringLiteral("All 20,000")));
    QTest::qWait(50);
    EXPECT_TRUE(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
    screenshot(w, QStringLiteral("run-detail-history-jump-end"));
    // Home: back to the newest.
    QTest::keyClick(table, Qt::Key_Home);
    EXPECT_EQ(table->currentIndex().row(), 0);
    EXPECT_EQ(number(0), QStringLiteral("20000"));
    // The buttons go to the run's first and newest update whatever the order.
    QTest::mouseClick(oldest, Qt::LeftButton);
    EXPECT_EQ(number(table->currentIndex().row()), QStringLiteral("1"));
    QTest::mouseClick(newest, Qt::LeftButton);
    EXPECT_EQ(number(table->currentIndex().row()), QStringLiteral("20000"));

    // Oldest first: from the run's start, remembered for the next detail.
    newestFirst->setFocus();
    QTest::keyClick(newestFirst, Qt::Key_Space);
    EXPECT_FALSE(newestFirst->isChecked());
    EXPECT_FALSE(model->newestFirst());
    EXPECT_FALSE(QSettings().value(QStringLiteral("runDetail/historyNewestFirst")).toBool());
    ASSERT_TRUE(waitFor([&] { return model->loadedCount() > 0 && !model->isLoading(); }));
    EXPECT_LT(model->loadedCount(), 20000) << "one page of the new order, not the whole history";
    EXPECT_EQ(number(0), QStringLiteral("1"));
    EXPECT_EQ(number(1), QStringLiteral("2"));
    EXPECT_TRUE(table->accessibleDescription().contains(QStringLiteral("oldest first")));
    EXPECT_TRUE(newest->toolTip().contains(QStringLiteral("End")));
    // The newest is now at the far end: the button loads the rest and goes there.
    QTest::mouseClick(newest, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return model->loadedCount() == 20000 && table->currentIndex().row() == 19999; }, 120000));
    EXPECT_EQ(number(table->currentIndex().row()), QStringLiteral("20000"));
    EXPECT_TRUE(table->hasFocus()) << "the jump leaves the keyboard in the table";
    QTest::keyClick(table, Qt::Key_Home);
    EXPECT_EQ(number(table->currentIndex().row()), QStringLiteral("1"));

    RunDetailWidget next(m_actions.get());
    EXPECT_FALSE(child<QCheckBox>(next, "historyNewestFirst")->isChecked());
    EXPECT_FALSE(next.historyModel()->newestFirst());
    QSettings().remove(QStringLiteral("runDetail/historyNewestFirst"));
}

// While a run is fetched the detail says so, never showing the run before
// it; when the fetch fails it says why, with a way to try again.
TEST_F(RunDetailTest, ALoadingStateWhileTheRunIsFetchedAndAnErrorWhenItFails)
{
    const wf::WorkflowRun run = failedRun();
    auto w = shownWidget(QString::fromStdString(run.id()));
    auto *stack = w->findChild<QStackedWidget *>();
    ASSERT_TRUE(stack);
    auto *bar = child<QProgressBar>(*w, "runLoadingBar");
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(stack->currentIndex(), 1);

    // Another run: at once "Loading run…", busy, and nothing of the run before.
    wf::WorkflowRunFilter completed;
    completed.add_statuses(wf::WORKFLOW_RUN_STATUS_COMPLETED);
    const auto others = listRuns(completed);
    ASSERT_FALSE(others.empty());
    const QString other = QString::fromStdString(others.front().id());
    w->showRun(other);
    EXPECT_EQ(w->state(), State::Loading);
    EXPECT_EQ(stack->currentIndex(), 0) << "the previous run is not left on screen";
    EXPECT_EQ(labelText(*w, "runStateTitle"), QStringLiteral("Loading run…"));
    EXPECT_TRUE(labelText(*w, "runStateDetail").contains(other));
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->maximum(), 0) << "busy, not a made-up fraction";
    EXPECT_FALSE(bar->accessibleName().isEmpty());
    EXPECT_FALSE(child<QPushButton>(*w, "runTryAgain")->isVisible());
    EXPECT_FALSE(child<QPushButton>(*w, "runRetry")->isEnabled());
    screenshot(*w, QStringLiteral("run-detail-loading"));
    ASSERT_TRUE(waitFor([&] { return w->state() == State::Loaded; }));
    EXPECT_EQ(stack->currentIndex(), 1);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(w->run().id(), others.front().id());

    // A platform that cannot be reached: loading, then the error and Try again.
    client::PlatformConnection nowhere(ameide::test::loopbackProfile(QStringLiteral("127.0.0.1:1")), QStringLiteral("t"));
    client::RunsApi nowhereApi(&nowhere);
    views::RunActions nowhereActions;
    nowhereActions.setApi(&nowhereApi);
    RunDetailWidget offline(&nowhereActions);
    offline.resize(900, 500);
    offline.show();
    offline.showRun(QStringLiteral("r1"));
    EXPECT_TRUE(child<QProgressBar>(offline, "runLoadingBar")->isVisible());
    ASSERT_TRUE(waitFor([&] { return offline.state() == State::Failed; }, 30000));
    EXPECT_EQ(labelText(offline, "runStateTitle"), QStringLiteral("The run could not be loaded"));
    EXPECT_FALSE(labelText(offline, "runStateDetail").isEmpty());
    EXPECT_FALSE(child<QProgressBar>(offline, "runLoadingBar")->isVisible());
    EXPECT_TRUE(child<QPushButton>(offline, "runTryAgain")->isVisible());
}
