// The runs screen against the real local platform (in process, over
// loopback), driven by keyboard and mouse, with screenshots saved to
// $AMEIDE_SCREENSHOT_DIR (default: ./screenshots).
#include "client/platform_connection.h"
#include "console_test_support.h"
#include "models/jobs/job_list_model.h"
#include "models/jobs/job_model.h"
#include "models/runs/failure_group_model.h"
#include "models/runs/run_list_model.h"
#include "platform_fixture.h"
#include "qt_wait.h"
#include "store/database.h"
#include "views/jobs/jobs_panel.h"
#include "views/runs/acknowledge_dialog.h"
#include "client/runs/bulk_retry_job_api.h"
#include "client/runs/runs_api.h"
#include "views/runs/bulk_cancel_dialog.h"
#include "views/runs/bulk_retry_dialog.h"
#include "views/runs/remediation_dialog.h"
#include "views/runs/retry_dialog.h"
#include "views/runs/runs_page.h"
#include "views/runs/shortcuts_dialog.h"

#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <SQLiteCpp/Statement.h>

#include <functional>
#include <memory>
#include <optional>

using namespace ameide;
using ameide::test::screenshot;
using ameide::test::waitFor;
using models::RunListModel;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

template<typename T>
T *waitForDialog(int timeoutMs = 10000)
{
    T *found = nullptr;
    waitFor(
        [&] {
            for (auto *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        timeoutMs);
    if (found) {
        // As a window manager would: the dialog takes the focus.
        QApplication::setActiveWindow(found);
        found->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(found));
    }
    return found;
}

class RunsPageTest : public ameide::test::PlatformFixture
{
protected:
    void SetUp() override
    {
        PlatformFixture::SetUp();
        // Each test starts from the same remembered state.
        QSettings().clear();
        QSettings().setValue(QStringLiteral("runs/lastQuery"), QString());
    }

    void TearDown() override
    {
        m_page.reset();
        m_connection.reset();
        PlatformFixture::TearDown();
    }

    void open(const std::string &role = "admin", const std::string &tenant = "ameide")
    {
        m_connection = std::make_unique<client::PlatformConnection>(
            ameide::test::loopbackProfile(QString::fromStdString(server().address()), QString::fromStdString("tenant-" + tenant)),
            QString::fromStdString(token(tenant, role)));
        m_page = std::make_unique<views::RunsPage>();
        m_page->resize(1400, 860);
        m_page->show();
        m_page->setConnection(m_connection.get());
        ASSERT_TRUE(waitFor([&] { return m_page->model()->rowCount() > 0 && !m_page->model()->isLoading(); }));
        ASSERT_TRUE(waitFor([&] { return m_page->canManage().has_value(); }));
    }

    QTableView *table() const { return m_page->findChild<QTableView *>(QStringLiteral("runsTable")); }

    // No later attempt of the run's chain (other than a cancelled one): a
    // retry of it is not superseded.
    bool isLatestAttempt(const std::string &runId)
    {
        return sqlScalar("SELECT COUNT(*) FROM workflow_runs r JOIN workflow_runs c ON c.tenant_id = r.tenant_id"
                         " AND c.original_run_id = r.original_run_id AND c.seq > r.seq AND c.status <> 5"
                         " WHERE r.id = '" + runId + "'")
            == 0;
    }

    // Puts the current row on the first run with this status that is the latest of its chain.
    int selectFirst(wf::WorkflowRunStatus status)
    {
        auto *model = m_page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->runAt(row).status() == status && isLatestAttempt(model->runAt(row).id())) {
                table()->setFocus();
                table()->setCurrentIndex(model->index(row, 0));
                return row;
            }
        }
        return -1;
    }

    wf::WorkflowRun startRun(const std::string &definitionId, const std::string &inputJson)
    {
        wf::StartWorkflowRunRequest req;
        req.set_definition_id(definitionId);
        EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(inputJson, req.mutable_input()).ok());
        wf::StartWorkflowRunResponse resp;
        auto ctx = client().context(token("ameide", "admin"));
        const auto status = client().workflows().StartWorkflowRun(ctx.get(), req, &resp);
        EXPECT_TRUE(status.ok()) << status.error_message();
        return resp.run();
    }

    // Runs whose retry_of_run_id is `runId`.
    int retriesOf(const std::string &runId)
    {
        wf::SearchWorkflowRunsRequest req;
        req.mutable_pagination()->set_page_size(1000);
        int n = 0;
        std::string pageToken;
        do {
            req.mutable_pagination()->set_page_token(pageToken);
            wf::SearchWorkflowRunsResponse resp;
            auto ctx = client().context(token("ameide", "admin"));
            EXPECT_TRUE(client().operations().SearchWorkflowRuns(ctx.get(), req, &resp).ok());
            for (const auto &r : resp.runs())
                n += r.retry_of_run_id() == runId ? 1 : 0;
            pageToken = resp.pagination().next_page_token();
        } while (!pageToken.empty());
        return n;
    }

    // Shift+R on the list filtered by `query`: the bulk retry dialog, once it
    // has counted (null if it did not open or count).
    views::BulkRetryDialog *bulkRetryAllMatching(const QString &query)
    {
        if (!m_page->applyQuery(query)
            || !waitFor([&] { return m_page->model()->rowCount() > 0 && !m_page->model()->isLoading(); }))
            return nullptr;
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_R, Qt::ShiftModifier);
        auto *dialog = waitForDialog<views::BulkRetryDialog>();
        if (!dialog
            || !waitFor([&] { return dialog->model()->phase() == models::JobModel::Phase::Confirm; }))
            return nullptr;
        return dialog;
    }

    // The first column of the first row of a query, as text.
    std::string sqlText(const std::string &sql)
    {
        return server().database().read([&](SQLite::Database &db) {
            SQLite::Statement q(db, sql);
            return q.executeStep() ? q.getColumn(0).getString() : std::string();
        });
    }

    wf::StartBulkRetryResponse startBulkRetry(const std::vector<std::string> &runIds, int rate, const std::string &key)
    {
        wf::StartBulkRetryRequest req;
        for (const auto &id : runIds)
            req.mutable_run_ids()->add_run_ids(id);
        req.set_rate_per_second(rate);
        req.set_idempotency_key(key);
        req.set_description("from another console");
        req.set_no_canary(true);
        wf::StartBulkRetryResponse resp;
        auto ctx = client().context(token("ameide", "contributor"));
        const auto status = client().operations().StartBulkRetry(ctx.get(), req, &resp);
        EXPECT_TRUE(status.ok()) << status.error_message();
        return resp;
    }

    // Failed runs that are the latest of their chains, oldest first.
    std::vector<std::string> latestFailedRuns(int n)
    {
        return server().database().read([&](SQLite::Database &db) {
            SQLite::Statement q(db, "SELECT id FROM workflow_runs r WHERE tenant_id = 'tenant-ameide' AND status = 4"
                                    " AND NOT EXISTS (SELECT 1 FROM workflow_runs c WHERE c.original_run_id ="
                                    " r.original_run_id AND c.seq > r.seq AND c.status <> 5) ORDER BY seq LIMIT ?");
            q.bind(1, n);
            std::vector<std::string> out;
            while (q.executeStep())
                out.push_back(q.getColumn(0).getString());
            return out;
        });
    }

    std::unique_ptr<client::PlatformConnection> m_connection;
    std::unique_ptr<views::RunsPage> m_page;
};

} // namespace

TEST_F(RunsPageTest, ModelPassesTheItemModelTesterWhilePagingSortingAndGoingLive)
{
    open();
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *model = m_page->model();
    // Page through everything the view has not asked for yet.
    while (model->canFetchMore({})) {
        model->fetchMore({});
        ASSERT_TRUE(waitFor([&] { return !model->isLoading(); }));
    }
    wf::CountWorkflowRunsRequest countRequest;
    wf::CountWorkflowRunsResponse counted;
    auto ctx = client().context(token("ameide", "admin"));
    ASSERT_TRUE(client().operations().CountWorkflowRuns(ctx.get(), countRequest, &counted).ok());
    EXPECT_GE(model->rowCount(), counted.total());
    EXPECT_GT(model->rowCount(), 100);
    // Newest first, nothing twice.
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_FALSE(ids.contains(model->data(model->index(row, 0), RunListModel::RunIdRole).toString()));
        ids.insert(model->data(model->index(row, 0), RunListModel::RunIdRole).toString());
        if (row > 0) {
            EXPECT_GE(model->runAt(row - 1).created_at().seconds(), model->runAt(row).created_at().seconds());
        }
    }
    // A server-side sort.
    model->sort(RunListModel::DurationColumn, Qt::AscendingOrder);
    ASSERT_TRUE(waitFor([&] { return model->rowCount() > 0 && !model->isLoading(); }));
    // A live run appears on top once back in the list's own order (newest created first).
    model->setSortOrder(wf::RUN_SORT_FIELD_CREATED_AT, false);
    ASSERT_TRUE(waitFor([&] { return model->rowCount() > 0 && !model->isLoading(); }));
    const auto run = startRun("wfd-ameide-docs-publish", R"({"duration_ms": 50})");
    ASSERT_TRUE(waitFor([&] { return model->rowOfRun(QString::fromStdString(run.id())) == 0; }, 20000));
    ASSERT_TRUE(waitFor(
        [&] {
            const int row = model->rowOfRun(QString::fromStdString(run.id()));
            return row >= 0 && model->runAt(row).status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;
        },
        20000));
    screenshot(*m_page, QStringLiteral("runs-page"));
}

TEST_F(RunsPageTest, QueryAndFieldsStayInStepAndABadQueryKeepsTheList)
{
    open();
    auto *query = m_page->findChild<QLineEdit *>(QStringLiteral("runQuery"));
    auto *error = m_page->findChild<QLabel *>(QStringLiteral("queryError"));
    auto *time = m_page->findChild<QComboBox *>(QStringLiteral("timeFilter"));
    auto *status = m_page->findChild<QToolButton *>(QStringLiteral("statusFilter"));
    auto *name = m_page->findChild<QLineEdit *>(QStringLiteral("nameFilter"));
    ASSERT_TRUE(query && error && time && status && name);

    ASSERT_TRUE(m_page->applyQuery(QStringLiteral("status:failed definition:coding-agent since:7d")));
    ASSERT_TRUE(waitFor([&] { return !m_page->model()->isLoading(); }));
    EXPECT_EQ(status->text(), QStringLiteral("Failed"));
    EXPECT_EQ(name->text(), QStringLiteral("coding-agent"));
    EXPECT_EQ(time->currentText(), QStringLiteral("Last 7 days"));
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        EXPECT_EQ(m_page->model()->runAt(row).status(), wf::WORKFLOW_RUN_STATUS_FAILED);
        EXPECT_NE(m_page->model()->runAt(row).definition_name().find("coding-agent"), std::string::npos);
    }
    // A field edits the query.
    time->setCurrentIndex(time->findText(QStringLiteral("Last 24 hours")));
    Q_EMIT time->activated(time->currentIndex());
    EXPECT_TRUE(m_page->query().contains(QStringLiteral("since:24h"))) << m_page->query().toStdString();
    EXPECT_EQ(query->text(), m_page->query());
    // "Today" is the calendar day (since:today), and the query shows it back in the field.
    time->setCurrentIndex(time->findText(QStringLiteral("Today")));
    Q_EMIT time->activated(time->currentIndex());
    EXPECT_TRUE(m_page->query().contains(QStringLiteral("since:today"))) << m_page->query().toStdString();
    ASSERT_TRUE(m_page->applyQuery(QStringLiteral("status:failed since:today")));
    EXPECT_EQ(time->currentText(), QStringLiteral("Today"));
    // The query's help says which zone times are read in.
    EXPECT_TRUE(query->toolTip().contains(QStringLiteral("your time zone"))) << query->toolTip().toStdString();
    ASSERT_TRUE(m_page->applyQuery(QStringLiteral("status:failed definition:coding-agent since:24h")));

    // A bad query: said inline, the list stays as it was.
    ASSERT_TRUE(waitFor([&] { return !m_page->model()->isLoading(); }));
    const int rows = m_page->model()->rowCount();
    const QString before = m_page->query();
    EXPECT_FALSE(m_page->applyQuery(QStringLiteral("status:faild since:24h")));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("faild"))) << error->text().toStdString();
    EXPECT_EQ(m_page->query(), before);
    EXPECT_EQ(m_page->model()->rowCount(), rows);
    screenshot(*m_page, QStringLiteral("runs-bad-query"));
    for (const char *bad : {"bogus", "stauts:failed", "since:forever", "id:ab", "signature:xyz", "\"unterminated",
                            "element:a element:b"}) {
        EXPECT_FALSE(m_page->applyQuery(QString::fromUtf8(bad))) << bad;
        EXPECT_FALSE(error->text().isEmpty()) << bad;
    }
    EXPECT_TRUE(m_page->applyQuery(QString()));
    EXPECT_FALSE(error->isVisible());
}

TEST_F(RunsPageTest, RetryByKeyboardAndByMouse)
{
    open();
    ASSERT_TRUE(m_page->applyQuery(QStringLiteral("status:failed")));
    ASSERT_TRUE(waitFor([&] { return m_page->model()->rowCount() > 2 && !m_page->model()->isLoading(); }));

    // Keyboard: R, then Enter on the confirmation.
    const int row = selectFirst(wf::WORKFLOW_RUN_STATUS_FAILED);
    ASSERT_GE(row, 0);
    const auto first = m_page->model()->runAt(row).id();
    const int before = retriesOf(first);
    QTest::keyClick(table(), Qt::Key_R);
    auto *dialog = waitForDialog<views::RetryDialog>();
    ASSERT_NE(dialog, nullptr);
    screenshot(*dialog, QStringLiteral("runs-retry-dialog"));
    QPointer<views::RetryDialog> firstDialog(dialog);
    QTest::keyClick(dialog, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return !firstDialog || !firstDialog->isVisible(); }));
    ASSERT_TRUE(waitFor([&] { return retriesOf(first) == before + 1; }));

    // Mouse: the toolbar button, with edited input, then the dialog's button.
    int second = -1;
    for (int r = 0; r < m_page->model()->rowCount(); ++r) {
        if (m_page->model()->runAt(r).id() != first && isLatestAttempt(m_page->model()->runAt(r).id())) {
            second = r;
            break;
        }
    }
    ASSERT_GE(second, 0);
    table()->setCurrentIndex(m_page->model()->index(second, 0));
    const auto secondId = m_page->model()->runAt(second).id();
    const int secondBefore = retriesOf(secondId);
    auto *button = m_page->findChild<QToolButton *>(QStringLiteral("retryActionButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    dialog = waitForDialog<views::RetryDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->setEditInput(true);
    ASSERT_TRUE(waitFor([&] { return !dialog->inputEditor()->isReadOnly() && !dialog->inputEditor()->toPlainText().isEmpty(); }));
    // Invalid JSON is refused with its place.
    dialog->inputEditor()->setPlainText(QStringLiteral("{\"duration_ms\": }"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmRetry"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorMessage"));
    ASSERT_TRUE(confirm && error);
    EXPECT_FALSE(confirm->isEnabled());
    EXPECT_TRUE(error->text().contains(QStringLiteral("Line 1"))) << error->text().toStdString();
    screenshot(*dialog, QStringLiteral("runs-retry-edit-input"));
    dialog->inputEditor()->setPlainText(QStringLiteral("{\"duration_ms\": 10, \"note\": \"edited\"}"));
    ASSERT_TRUE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return retriesOf(secondId) == secondBefore + 1; }));
}

TEST_F(RunsPageTest, BulkRetryOfAllMatchingByKeyboardRetriesEachFailedRunOnce)
{
    open();
    auto *dialog = bulkRetryAllMatching(QStringLiteral("status:failed is:unrecovered definition:coding-agent"));
    ASSERT_NE(dialog, nullptr);
    using Phase = models::JobModel::Phase;
    screenshot(*dialog, QStringLiteral("runs-bulk-confirm"));
    // The canary is on by default; this test is about the straight run.
    auto *canary = dialog->findChild<QCheckBox *>(QStringLiteral("bulkCanary"));
    ASSERT_TRUE(canary && canary->isChecked());
    canary->setFocus();
    QTest::keyClick(canary, Qt::Key_Space);
    EXPECT_FALSE(canary->isChecked());
    // Enter closes; the start button is pressed with Space once it has the focus.
    auto *startButton = dialog->findChild<QPushButton *>(QStringLiteral("jobStart"));
    ASSERT_TRUE(startButton);
    EXPECT_FALSE(startButton->isDefault());
    startButton->setFocus();
    QTest::keyClick(startButton, Qt::Key_Space);
    ASSERT_TRUE(waitFor([&] { return dialog->model()->phase() == Phase::Finished; }, 60000));
    screenshot(*dialog, QStringLiteral("runs-bulk-done"));
    const auto job = dialog->model()->job();
    EXPECT_EQ(job.state, client::Job::State::Succeeded);
    EXPECT_EQ(job.kind, QStringLiteral("bulk_retry"));
    EXPECT_GT(job.total, 0);
    EXPECT_EQ(job.succeeded + job.skipped, job.total);
    EXPECT_EQ(job.processed, job.total);
    // The report opens the job's new runs in the list.
    auto *show = dialog->findChild<QPushButton *>(QStringLiteral("jobShowResult"));
    ASSERT_TRUE(show && show->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    EXPECT_EQ(m_page->query(), QStringLiteral("job:") + job.id);
    ASSERT_TRUE(waitFor([&] {
        return !m_page->model()->isLoading() && m_page->model()->rowCount() == static_cast<int>(job.succeeded);
    }));
}

TEST_F(RunsPageTest, BulkRetryOfTheSelectionByMouse)
{
    open();
    ASSERT_TRUE(m_page->applyQuery(QStringLiteral("status:failed")));
    ASSERT_TRUE(waitFor([&] { return m_page->model()->rowCount() > 3 && !m_page->model()->isLoading(); }));
    std::vector<std::string> chosen;
    table()->clearSelection();
    for (int row = 0; row < m_page->model()->rowCount() && chosen.size() < 3; ++row) {
        if (!isLatestAttempt(m_page->model()->runAt(row).id()))
            continue;
        table()->selectionModel()->select(m_page->model()->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        chosen.push_back(m_page->model()->runAt(row).id());
    }
    ASSERT_EQ(chosen.size(), 3U);
    std::map<std::string, int> before;
    for (const auto &id : chosen)
        before[id] = retriesOf(id);
    auto *button = m_page->findChild<QToolButton *>(QStringLiteral("bulkSelectionActionButton"));
    ASSERT_TRUE(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = waitForDialog<views::BulkRetryDialog>();
    ASSERT_NE(dialog, nullptr);
    using Phase = models::JobModel::Phase;
    ASSERT_TRUE(waitFor([&] { return dialog->model()->phase() == Phase::Confirm; }));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("jobStart")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->model()->phase() == Phase::Finished; }, 60000));
    EXPECT_EQ(dialog->model()->job().total, 3);
    for (const auto &id : chosen)
        EXPECT_EQ(retriesOf(id), before[id] + 1) << id;
}

TEST_F(RunsPageTest, AViewerSeesRetryAndCancelDisabledWithTheReason)
{
    open("viewer");
    ASSERT_TRUE(m_page->canManage().has_value());
    EXPECT_FALSE(*m_page->canManage());
    selectFirst(wf::WORKFLOW_RUN_STATUS_FAILED);
    auto *button = m_page->findChild<QToolButton *>(QStringLiteral("retryActionButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->toolTip().contains(QStringLiteral("role"), Qt::CaseInsensitive)) << button->toolTip().toStdString();
    // R does nothing either.
    QTest::keyClick(table(), Qt::Key_R);
    QTest::qWait(200);
    EXPECT_EQ(m_page->findChild<views::RetryDialog *>(), nullptr);
}

TEST_F(RunsPageTest, KeyboardMovesOpensHelpAndFocusesTheQuery)
{
    open();
    table()->setFocus();
    table()->setCurrentIndex(m_page->model()->index(0, 0));
    QTest::keyClick(table(), Qt::Key_J);
    EXPECT_EQ(table()->currentIndex().row(), 1);
    QTest::keyClick(table(), Qt::Key_J);
    QTest::keyClick(table(), Qt::Key_K);
    EXPECT_EQ(table()->currentIndex().row(), 1);
    QTest::keyClick(table(), '?');
    auto *help = waitForDialog<views::ShortcutsDialog>();
    ASSERT_NE(help, nullptr);
    help->close();
    QApplication::setActiveWindow(m_page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(m_page->findChild<QLineEdit *>(QStringLiteral("runQuery"))->hasFocus());
}

TEST_F(RunsPageTest, PausedLiveUpdatesWaitAndTheFooterCounts)
{
    open();
    auto *counts = m_page->findChild<QLabel *>(QStringLiteral("runCounts"));
    auto *live = m_page->findChild<QLabel *>(QStringLiteral("liveIndicator"));
    ASSERT_TRUE(counts && live);
    ASSERT_TRUE(waitFor([&] { return counts->text().contains(QStringLiteral("total")); }));
    ASSERT_TRUE(waitFor([&] { return live->text().contains(QStringLiteral("Live")); }));
    m_page->setLivePaused(true);
    EXPECT_TRUE(live->text().contains(QStringLiteral("Paused")));
    const auto run = startRun("wfd-ameide-docs-publish", R"({"duration_ms": 20})");
    QTest::qWait(1500);
    EXPECT_EQ(m_page->model()->rowOfRun(QString::fromStdString(run.id())), -1);
    m_page->setLivePaused(false);
    ASSERT_TRUE(waitFor([&] { return m_page->model()->rowOfRun(QString::fromStdString(run.id())) == 0; }));
}

TEST_F(RunsPageTest, FailureGroupsFilterTheListAndOpenARemediationItem)
{
    open();
    auto *groups = m_page->failureGroups();
    ASSERT_TRUE(waitFor([&] { return groups->rowCount() > 0; }));
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("failureGroups"));
    view->setFocus();
    view->setCurrentIndex(groups->index(0, 0));
    const auto signature = groups->groupAt(0).signature();
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return m_page->query().contains(QString::fromStdString(signature)); }));
    ASSERT_TRUE(waitFor([&] { return m_page->model()->rowCount() > 0 && !m_page->model()->isLoading(); }));
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        EXPECT_EQ(m_page->model()->runAt(row).failure_signature(), signature);

    auto *button = m_page->findChild<QToolButton *>(QStringLiteral("remediationActionButton"));
    ASSERT_TRUE(waitFor([&] { return groups->rowOfSignature(QString::fromStdString(signature)) >= 0; }));
    view->setCurrentIndex(groups->index(groups->rowOfSignature(QString::fromStdString(signature)), 0));
    ASSERT_TRUE(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = waitForDialog<views::RemediationDialog>();
    ASSERT_NE(dialog, nullptr);
    screenshot(*dialog, QStringLiteral("runs-remediation"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("remediationOpen")), Qt::LeftButton);
    ASSERT_TRUE(waitFor(
        [&] {
            const int row = groups->rowOfSignature(QString::fromStdString(signature));
            return row >= 0 && !groups->groupAt(row).feedback_item_id().empty();
        },
        20000));
    screenshot(*m_page, QStringLiteral("runs-failure-groups"));
}

// The failure groups pane: sorted by a click on a header (the selected group
// stays selected, the sort is remembered), a group first seen today marked
// new, acknowledged and cleared by keyboard; a viewer sees Acknowledge
// disabled with the reason.
TEST_F(RunsPageTest, FailureGroupsSortAndAreAcknowledgedByKeyboard)
{
    using M = models::FailureGroupModel;
    // A failure first seen now, with a remediation item due in three days.
    const std::string input = R"json({"duration_ms": 1, "simulate_failure": "render", "error_class": "RendererCrash",
        "failure_reason": "renderer crashed after 3 retries on page 'intro' (job 3f2a9c1b77aa)"})json";
    std::string signature;
    for (int i = 0; i < 2; ++i)
        signature = runToEnd("ameide", "docs-publish", input).failure_signature();
    {
        wf::OpenRemediationItemRequest req;
        req.set_failure_signature(signature);
        req.set_title("Renderer crashes on the intro page");
        req.set_sla_hours(72);
        req.set_idempotency_key("remediation-renderer");
        wf::OpenRemediationItemResponse resp;
        auto ctx = client().context(token("ameide", "admin"));
        const auto status = client().operations().OpenRemediationItem(ctx.get(), req, &resp);
        ASSERT_TRUE(status.ok()) << status.error_message();
    }
    const QString fresh = QString::fromStdString(signature);
    open();
    auto *groups = m_page->failureGroups();
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("failureGroups"));
    ASSERT_TRUE(view);
    ASSERT_TRUE(waitFor([&] { return groups->rowOfSignature(fresh) >= 0; }));
    auto tester = std::make_unique<QAbstractItemModelTester>(groups, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return groups->index(groups->rowOfSignature(fresh), column).data(role);
    };
    EXPECT_TRUE(cell(M::FailureColumn, M::NewRole).toBool());
    EXPECT_EQ(cell(M::TrendColumn, Qt::AccessibleTextRole).toString(), QStringLiteral("7-day trend: 0, 0, 0, 0, 0, 0, 2"));
    EXPECT_TRUE(cell(M::RemediationColumn).toString().startsWith(QStringLiteral("New · due in 2 d")))
        << cell(M::RemediationColumn).toString().toStdString();

    // A click on a header sorts (numbers and times: most, latest, rising first); the selection stays.
    view->setFocus();
    view->setCurrentIndex(groups->index(groups->rowOfSignature(fresh), 0));
    auto *header = view->horizontalHeader();
    const auto clickHeader = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                 header->height() / 2));
    };
    const auto expectSortedBy = [&](int column, const std::function<double(const wf::FailureGroup &)> &key) {
        EXPECT_EQ(groups->sortColumn(), column);
        EXPECT_EQ(groups->sortOrder(), Qt::DescendingOrder);
        for (int row = 1; row < groups->rowCount(); ++row)
            EXPECT_GE(key(groups->groupAt(row - 1)), key(groups->groupAt(row))) << "column " << column << " row " << row;
        EXPECT_EQ(view->currentIndex().data(M::SignatureRole).toString(), fresh) << "the selection follows its group";
    };
    clickHeader(M::TrendColumn);
    expectSortedBy(M::TrendColumn, [](const wf::FailureGroup &g) { return M::trendScore(g); });
    clickHeader(M::UnrecoveredColumn);
    expectSortedBy(M::UnrecoveredColumn,
                   [](const wf::FailureGroup &g) { return static_cast<double>(g.unrecovered_runs()); });
    clickHeader(M::LastSeenColumn);
    expectSortedBy(M::LastSeenColumn,
                   [](const wf::FailureGroup &g) { return static_cast<double>(client::runs::millisOf(g.last_seen())); });

    // A: who is on it. Empty means me; here someone else, with a note.
    auto *acknowledge = m_page->findChild<QAction *>(QStringLiteral("acknowledgeAction"));
    ASSERT_TRUE(acknowledge);
    EXPECT_TRUE(acknowledge->isEnabled()) << acknowledge->toolTip().toStdString();
    EXPECT_FALSE(acknowledge->statusTip().isEmpty());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A);
    QPointer<views::AcknowledgeDialog> dialog = waitForDialog<views::AcknowledgeDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->findChild<QPushButton *>(QStringLiteral("acknowledgeClear")), nullptr) << "nothing to clear yet";
    auto *assignee = dialog->findChild<QLineEdit *>(QStringLiteral("acknowledgeAssignee"));
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgeNote"));
    ASSERT_TRUE(assignee && note);
    EXPECT_TRUE(assignee->hasFocus());
    EXPECT_TRUE(assignee->text().isEmpty()) << "me by default";
    QTest::keyClicks(assignee, QStringLiteral("alice"));
    QTest::keyClick(assignee, Qt::Key_Tab);
    EXPECT_TRUE(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("Rolling back the renderer"));
    screenshot(*dialog, QStringLiteral("runs-acknowledge"));
    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
    ASSERT_TRUE(waitFor([&] { return dialog.isNull(); }));
    ASSERT_TRUE(waitFor([&] { return cell(M::OwnerColumn).toString().startsWith(QStringLiteral("alice — ")); }));
    EXPECT_TRUE(cell(M::OwnerColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("Rolling back the renderer")));
    EXPECT_EQ(sqlText("SELECT assignee FROM failure_group_acks WHERE signature = '" + signature + "'"), "alice");
    // The page reads the groups again after the call; the row still says who.
    ASSERT_TRUE(waitFor([&] { return !groups->isLoading(); }));
    EXPECT_TRUE(cell(M::OwnerColumn).toString().startsWith(QStringLiteral("alice — ")));
    EXPECT_EQ(view->currentIndex().data(M::SignatureRole).toString(), fresh);
    QTest::qWait(200);
    screenshot(*m_page->findChild<QWidget *>(QStringLiteral("failureGroupsPanel")),
               QStringLiteral("runs-failure-groups-pane"));

    // A again, then Clear (Alt+L): nobody is on it.
    QApplication::setActiveWindow(m_page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A);
    dialog = waitForDialog<views::AcknowledgeDialog>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->findChild<QPushButton *>(QStringLiteral("acknowledgeClear")));
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
    ASSERT_TRUE(waitFor([&] { return dialog.isNull(); }));
    ASSERT_TRUE(waitFor([&] { return cell(M::OwnerColumn).toString().isEmpty() && !groups->isLoading(); }));
    EXPECT_EQ(sqlText("SELECT COUNT(*) FROM failure_group_acks WHERE signature = '" + signature + "'"), "0");

    // A viewer: the sort is remembered; Acknowledge is disabled and says why; A does nothing.
    tester.reset();
    m_page.reset();
    m_connection.reset();
    open("viewer");
    groups = m_page->failureGroups();
    view = m_page->findChild<QTableView *>(QStringLiteral("failureGroups"));
    ASSERT_TRUE(waitFor([&] { return groups->rowOfSignature(fresh) >= 0; }));
    EXPECT_EQ(groups->sortColumn(), M::LastSeenColumn);
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(), M::LastSeenColumn);
    view->setFocus();
    view->setCurrentIndex(groups->index(groups->rowOfSignature(fresh), 0));
    acknowledge = m_page->findChild<QAction *>(QStringLiteral("acknowledgeAction"));
    ASSERT_TRUE(acknowledge);
    EXPECT_FALSE(acknowledge->isEnabled());
    EXPECT_TRUE(acknowledge->toolTip().contains(QStringLiteral("role"), Qt::CaseInsensitive))
        << acknowledge->toolTip().toStdString();
    QTest::keyClick(view, Qt::Key_A);
    QTest::qWait(200);
    EXPECT_EQ(m_page->findChild<views::AcknowledgeDialog *>(), nullptr);
}

TEST_F(RunsPageTest, ExportsTheWholeFilterAsCsv)
{
    open();
    ASSERT_TRUE(m_page->applyQuery(QStringLiteral("status:failed")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.csv"));
    qint64 exported = -1;
    QString error;
    QObject::connect(m_page.get(), &views::RunsPage::exportFinished, m_page.get(),
                     [&](const QString &, qint64 rows, const QString &e) {
                         exported = rows;
                         error = e;
                     });
    m_page->exportCsv(path);
    ASSERT_TRUE(waitFor([&] { return exported >= 0; }, 30000));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto lines = file.readAll().split('\n');
    // Header, one line per run, and the empty piece after the last CRLF.
    EXPECT_EQ(lines.size(), exported + 2);
    EXPECT_TRUE(lines.front().startsWith("run_id,definition_id"));
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        EXPECT_TRUE(lines[i].contains(",FAILED,")) << lines[i].toStdString();
}

TEST_F(RunsPageTest, CancelAsksFirstAndCancelsARunningRun)
{
    open();
    const auto run = startRun("wfd-ameide-docs-publish", R"({"duration_ms": 60000})");
    ASSERT_TRUE(waitFor([&] { return m_page->model()->rowOfRun(QString::fromStdString(run.id())) == 0; }));
    table()->setFocus();
    table()->setCurrentIndex(m_page->model()->index(0, 0));
    // The confirmation opens over the page; the default keeps the run.
    QTest::keyClick(table(), Qt::Key_C);
    auto *box = waitForDialog<QMessageBox>();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
    screenshot(*box, QStringLiteral("runs-cancel-confirm"));
    for (auto *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    ASSERT_TRUE(waitFor([&] {
        const int row = m_page->model()->rowOfRun(QString::fromStdString(run.id()));
        return row >= 0 && m_page->model()->runAt(row).status() == wf::WORKFLOW_RUN_STATUS_CANCELLED;
    }));
}

TEST_F(RunsPageTest, SavedViewsAreRememberedAndTheLastQueryComesBack)
{
    open();
    ASSERT_TRUE(m_page->applyQuery(QStringLiteral("status:failed definition:coding-agent")));
    QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("saveView")), Qt::LeftButton);
    auto *nameDialog = waitForDialog<QInputDialog>();
    ASSERT_NE(nameDialog, nullptr);
    nameDialog->setTextValue(QStringLiteral("Agent failures"));
    nameDialog->accept();
    auto *views = m_page->findChild<QComboBox *>(QStringLiteral("savedViews"));
    ASSERT_NE(views, nullptr);
    ASSERT_TRUE(waitFor([&] { return views->currentText().contains(QStringLiteral("Agent failures")); }))
        << views->currentText().toStdString();

    // A new page (as after a restart) shows the same query and the saved view.
    m_page.reset();
    m_page = std::make_unique<views::RunsPage>();
    m_page->setConnection(m_connection.get());
    EXPECT_EQ(m_page->query(), QStringLiteral("status:failed definition:coding-agent"));
    views = m_page->findChild<QComboBox *>(QStringLiteral("savedViews"));
    EXPECT_GE(views->findText(QStringLiteral("Agent failures"), Qt::MatchContains), 0);
    // Built-in views apply their query.
    views->setCurrentIndex(views->findText(QStringLiteral("Running")));
    Q_EMIT views->activated(views->currentIndex());
    EXPECT_EQ(m_page->query(), QStringLiteral("status:running"));
}

TEST_F(RunsPageTest, ASupersededRunSaysWhyAndRetriesOnlyWhenTicked)
{
    // A failed run whose chain has since completed.
    const std::string recovered = sqlText(
        "SELECT r.id FROM workflow_runs r WHERE r.tenant_id = 'tenant-ameide' AND r.status = 4 AND EXISTS (SELECT 1"
        " FROM workflow_runs c WHERE c.original_run_id = r.original_run_id AND c.seq > r.seq AND c.status = 3)"
        " LIMIT 1");
    ASSERT_FALSE(recovered.empty());
    open();
    ASSERT_TRUE(m_page->applyQuery(QStringLiteral("id:") + QString::fromStdString(recovered)));
    ASSERT_TRUE(waitFor([&] { return m_page->model()->rowCount() == 1 && !m_page->model()->isLoading(); }));
    table()->setFocus();
    table()->setCurrentIndex(m_page->model()->index(0, 0));
    const int before = retriesOf(recovered);
    QTest::keyClick(table(), Qt::Key_R);
    auto *dialog = waitForDialog<views::RetryDialog>();
    ASSERT_NE(dialog, nullptr);
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("supersededWarning"));
    auto *anyway = dialog->findChild<QCheckBox *>(QStringLiteral("retryAnyway"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmRetry"));
    ASSERT_TRUE(warning && anyway && confirm);
    ASSERT_TRUE(waitFor([&] { return warning->isVisible(); }));
    EXPECT_TRUE(warning->text().contains(QStringLiteral("recovered"))) << warning->text().toStdString();
    EXPECT_FALSE(confirm->isEnabled());
    EXPECT_FALSE(anyway->isChecked());
    screenshot(*dialog, QStringLiteral("runs-retry-superseded"));
    // Enter does not retry it.
    QTest::keyClick(dialog, Qt::Key_Return);
    QTest::qWait(300);
    EXPECT_EQ(retriesOf(recovered), before);
    if (dialog->isVisible()) {
        anyway->setChecked(true);
        ASSERT_TRUE(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        ASSERT_TRUE(waitFor([&] { return retriesOf(recovered) == before + 1; }));
    }
}

TEST_F(RunsPageTest, BulkRetrySaysWhatItLeavesAloneAndTheOverrideCountsAgain)
{
    const auto superseded = sqlScalar(
        "SELECT COUNT(*) FROM workflow_runs r WHERE r.tenant_id = 'tenant-ameide' AND r.status = 4 AND EXISTS"
        " (SELECT 1 FROM workflow_runs c WHERE c.original_run_id = r.original_run_id AND c.seq > r.seq"
        " AND c.status <> 5)");
    const auto failed = sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide' AND status = 4");
    ASSERT_GT(superseded, 0);
    open();
    auto *dialog = bulkRetryAllMatching(QStringLiteral("status:failed"));
    ASSERT_NE(dialog, nullptr);
    using Phase = models::JobModel::Phase;
    EXPECT_EQ(dialog->model()->plannedItems(), failed - superseded);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("jobSummary"));
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("left alone"))) << summary->text().toStdString();
    screenshot(*dialog, QStringLiteral("runs-bulk-breakdown"));
    auto *everything = dialog->findChild<QCheckBox *>(QStringLiteral("bulkRetrySuperseded"));
    ASSERT_TRUE(everything);
    EXPECT_FALSE(everything->isChecked());
    everything->setChecked(true);
    ASSERT_TRUE(waitFor([&] {
        return dialog->model()->phase() == Phase::Confirm && dialog->model()->plannedItems() == failed;
    }));
    everything->setChecked(false);
    ASSERT_TRUE(waitFor([&] {
        return dialog->model()->phase() == Phase::Confirm && dialog->model()->plannedItems() == failed - superseded;
    }));
    dialog->reject(); // nothing started
    EXPECT_EQ(sqlScalar("SELECT COUNT(*) FROM bulk_retry_jobs"), 0);
}

TEST_F(RunsPageTest, TheJobsPanelShowsJobsFromAnyConsoleStopsThemAndOpensTheirRuns)
{
    const auto runs = latestFailedRuns(7);
    ASSERT_EQ(runs.size(), 7U);
    open();
    // Started elsewhere: two runs at full speed, five at one a second.
    const auto quick = startBulkRetry({runs[0], runs[1]}, 5000, "quick").job();
    const auto slow = startBulkRetry(std::vector<std::string>(runs.begin() + 2, runs.end()), 1, "slow").job();
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_J, Qt::ControlModifier);
    auto *panel = waitForDialog<views::JobsPanel>();
    ASSERT_NE(panel, nullptr);
    auto *jobs = qobject_cast<models::JobListModel *>(panel->table()->model());
    ASSERT_TRUE(jobs);
    ASSERT_TRUE(waitFor([&] { return jobs->rowOfJob(QString::fromStdString(slow.id())) >= 0; }));
    EXPECT_EQ(jobs->rowOfJob(QString::fromStdString(slow.id())), 0); // newest first
    // Stop asks first; keeping it running is the default.
    panel->table()->selectRow(jobs->rowOfJob(QString::fromStdString(slow.id())));
    auto *stop = panel->findChild<QPushButton *>(QStringLiteral("stopJob"));
    ASSERT_TRUE(stop && stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    auto *box = waitForDialog<QMessageBox>();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->defaultButton()->text(), QStringLiteral("Keep running"));
    for (auto *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    ASSERT_TRUE(waitFor([&] {
        const auto *job = jobs->jobAt(jobs->rowOfJob(QString::fromStdString(slow.id())));
        return job && job->state == client::Job::State::Stopped;
    }));

    ASSERT_TRUE(waitFor([&] { return jobs->rowOfJob(QString::fromStdString(quick.id())) >= 0; }));
    ASSERT_TRUE(waitFor([&] {
        const auto *job = jobs->jobAt(jobs->rowOfJob(QString::fromStdString(quick.id())));
        return job && job->state == client::Job::State::Succeeded;
    }));
    screenshot(*panel, QStringLiteral("runs-jobs-panel"));

    // The finished job's new runs, in the list.
    panel->table()->selectRow(jobs->rowOfJob(QString::fromStdString(quick.id())));
    auto *show = panel->findChild<QPushButton *>(QStringLiteral("showJobRuns"));
    ASSERT_TRUE(show && show->isEnabled());
    QTest::mouseClick(show, Qt::LeftButton);
    EXPECT_EQ(m_page->query(), QStringLiteral("job:") + QString::fromStdString(quick.id()));
    ASSERT_TRUE(waitFor([&] { return !m_page->model()->isLoading() && m_page->model()->rowCount() == 2; }));
    for (int row = 0; row < 2; ++row) {
        const auto &run = m_page->model()->runAt(row);
        EXPECT_TRUE(run.retry_of_run_id() == runs[0] || run.retry_of_run_id() == runs[1]) << run.retry_of_run_id();
    }
}

TEST_F(RunsPageTest, ACanaryThatFailsAgainPausesTheBulkRetryUntilResumed)
{
    open();
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        const auto run = startRun("wfd-ameide-docs-publish", R"({"duration_ms": 1, "simulate_failure": "publish"})");
        ids.append(QString::fromStdString(run.id()));
        ASSERT_EQ(waitForRun("ameide", run.id(), [](const wf::WorkflowRun &r) {
                      return r.status() == wf::WORKFLOW_RUN_STATUS_FAILED;
                  }).status(),
                  wf::WORKFLOW_RUN_STATUS_FAILED);
    }
    client::RunsApi api(m_connection.get());
    auto *dialog = new views::BulkRetryDialog(api, ids, m_page.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    using Phase = models::JobModel::Phase;
    ASSERT_TRUE(waitFor([&] { return dialog->model()->phase() == Phase::Confirm; }));
    auto *canary = dialog->findChild<QCheckBox *>(QStringLiteral("bulkCanary"));
    auto *canaryRuns = dialog->findChild<QSpinBox *>(QStringLiteral("bulkCanaryRuns"));
    auto *percent = dialog->findChild<QSpinBox *>(QStringLiteral("bulkCanaryPercent"));
    ASSERT_TRUE(canary && canaryRuns && percent);
    EXPECT_TRUE(canary->isChecked());
    EXPECT_EQ(canaryRuns->value(), 5);
    EXPECT_EQ(percent->value(), 0);
    canaryRuns->setValue(3);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("jobStart")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->model()->job().state == client::Job::State::Paused; }, 30000));
    EXPECT_EQ(dialog->model()->job().succeeded, 3);
    EXPECT_NE(dialog->model()->job().message.indexOf(QStringLiteral("3 of 3 canary retries")), -1)
        << dialog->model()->job().message.toStdString();
    auto *resume = dialog->findChild<QPushButton *>(QStringLiteral("jobResume"));
    ASSERT_TRUE(resume && resume->isVisible() && resume->isEnabled());
    EXPECT_FALSE(resume->isDefault());
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("jobSummary"));
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Paused:"))) << summary->text().toStdString();
    screenshot(*dialog, QStringLiteral("runs-bulk-canary-paused"));
    QTest::mouseClick(resume, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->model()->phase() == Phase::Finished; }, 30000));
    EXPECT_EQ(dialog->model()->job().state, client::Job::State::Succeeded);
    EXPECT_EQ(dialog->model()->job().succeeded, 7);
    EXPECT_FALSE(resume->isVisible());
}

TEST_F(RunsPageTest, BulkCancelOfTheSelectionCountsFirstAndCancelsOnlyRunningRuns)
{
    open();
    const auto a = startRun("wfd-ameide-docs-publish", R"({"duration_ms": 600000})");
    const auto b = startRun("wfd-ameide-docs-publish", R"({"duration_ms": 600000})");
    ASSERT_TRUE(waitFor([&] {
        return m_page->model()->rowOfRun(QString::fromStdString(a.id())) >= 0
            && m_page->model()->rowOfRun(QString::fromStdString(b.id())) >= 0;
    }));
    // Two running runs and one that has ended.
    int ended = -1;
    for (int row = 0; row < m_page->model()->rowCount() && ended < 0; ++row) {
        if (m_page->model()->runAt(row).status() == wf::WORKFLOW_RUN_STATUS_COMPLETED)
            ended = row;
    }
    ASSERT_GE(ended, 0);
    const auto endedId = m_page->model()->runAt(ended).id();
    table()->clearSelection();
    for (const int row : {m_page->model()->rowOfRun(QString::fromStdString(a.id())),
                          m_page->model()->rowOfRun(QString::fromStdString(b.id())), ended})
        table()->selectionModel()->select(m_page->model()->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_C, Qt::ShiftModifier);
    auto *dialog = waitForDialog<views::BulkCancelDialog>();
    ASSERT_NE(dialog, nullptr);
    using Phase = models::JobModel::Phase;
    ASSERT_TRUE(waitFor([&] { return dialog->model()->phase() == Phase::Confirm; }));
    EXPECT_EQ(dialog->model()->plannedItems(), 2);
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("jobStart"));
    ASSERT_TRUE(start);
    EXPECT_TRUE(start->text().startsWith(QStringLiteral("Cancel 2 run"))) << start->text().toStdString();
    EXPECT_FALSE(start->isDefault());
    auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("bulkCancelReason"));
    ASSERT_TRUE(reason);
    QTest::keyClicks(reason, QStringLiteral("bad deploy"));
    screenshot(*dialog, QStringLiteral("runs-bulk-cancel-confirm"));
    QTest::mouseClick(start, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->model()->phase() == Phase::Finished; }, 30000));
    EXPECT_EQ(dialog->model()->job().kind, QStringLiteral("bulk_cancel"));
    EXPECT_EQ(dialog->model()->job().succeeded, 2);
    EXPECT_EQ(dialog->model()->job().skipped, 1);
    for (const auto &id : {a.id(), b.id()})
        EXPECT_EQ(waitForRun("ameide", id, [](const wf::WorkflowRun &r) {
                      return r.status() == wf::WORKFLOW_RUN_STATUS_CANCELLED;
                  }).status(),
                  wf::WORKFLOW_RUN_STATUS_CANCELLED);
    EXPECT_EQ(sqlText("SELECT u.message FROM workflows_execution_status_updates u JOIN workflow_runs r"
                      " ON r.seq = u.run_seq WHERE r.id = '" + a.id() + "' AND u.run_status = 5"),
              "bad deploy");
    EXPECT_EQ(sqlText("SELECT status FROM workflow_runs WHERE id = '" + endedId + "'"), "3");
    EXPECT_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("jobShowResult"))->isVisible());
}

TEST_F(RunsPageTest, ABulkJobFromAFilterLeavesOutRunsCreatedAfterItsCount)
{
    open();
    // The count the person confirms, over every failed run of the tenant.
    client::BulkRetryJobApi api(m_connection.get(), client::parseRunQuery(QStringLiteral("status:failed")).filter);
    api.setCanaryRuns(0);
    api.setRatePerSecond(client::BulkRetryJobApi::kMaxRate);
    std::optional<client::ApiResult<client::Job>> planned;
    api.plan(m_page.get(), [&](const client::ApiResult<client::Job> &r) { planned = r; });
    ASSERT_TRUE(waitFor([&] { return planned.has_value(); }));
    ASSERT_TRUE(planned->ok()) << planned->message.toStdString();
    ASSERT_GT(planned->value.total, 1);

    // A failed run arrives while the dialog is open: one of the counted runs
    // is moved to a minute after the count.
    const std::string late = sqlText("SELECT id FROM workflow_runs WHERE tenant_id = 'tenant-ameide' AND status = 4"
                                     " ORDER BY seq DESC LIMIT 1");
    ASSERT_FALSE(late.empty());
    server().database().write([&](SQLite::Database &db) {
        SQLite::Statement q(db, "UPDATE workflow_runs SET created_at = ? WHERE id = ?");
        q.bind(1, static_cast<std::int64_t>(QDateTime::currentMSecsSinceEpoch() + 60000));
        q.bind(2, late);
        q.exec();
        return 0;
    });

    // The job acts on what was counted: the late run is not part of it.
    std::optional<client::ApiResult<client::Job>> started;
    api.start(m_page.get(), QStringLiteral("counted-then-started"),
              [&](const client::ApiResult<client::Job> &r) { started = r; });
    ASSERT_TRUE(waitFor([&] { return started.has_value(); }));
    ASSERT_TRUE(started->ok()) << started->message.toStdString();
    EXPECT_EQ(started->value.total, planned->value.total - 1);
}
