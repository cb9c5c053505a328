// The run detail's Log tab against a real in-process platform: a failed
// run's log opened, searched, filtered by level and step, copied, by
// keyboard as a person would; with a screenshot (run-log.png).
#include "client/platform_connection.h"
#include "client/runs/runs_api.h"
#include "console_test_support.h"
#include "models/runs/run_log_model.h"
#include "models/runs/run_permissions.h"
#include "platform_fixture.h"
#include "qt_wait.h"
#include "store/database.h"
#include "views/runs/run_actions.h"
#include "views/runs/run_detail_widget.h"
#include "views/runs/run_log_view.h"
#include "views/runs/step_timeline.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <SQLiteCpp/Statement.h>

using namespace ameide;
using ameide::test::screenshot;
using ameide::test::waitFor;
using models::RunLogModel;
using views::RunDetailWidget;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

class RunLogViewTest : public ameide::test::PlatformFixture
{
protected:
    void SetUp() override
    {
        PlatformFixture::SetUp();
        m_connection = std::make_unique<client::PlatformConnection>(
            ameide::test::loopbackProfile(QString::fromStdString(server().address())),
            QString::fromStdString(token("ameide", "admin")));
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

    // A seeded failed run that got past its first steps, so its log has some length.
    QString failedRunId()
    {
        return QString::fromStdString(server().database().read([](SQLite::Database &db) {
            SQLite::Statement q(db, "SELECT id FROM workflow_runs WHERE tenant_id = 'tenant-ameide' AND status = 4"
                                    " AND current_step >= 2 ORDER BY seq DESC LIMIT 1");
            return q.executeStep() ? q.getColumn(0).getString() : std::string();
        }));
    }

    std::unique_ptr<client::PlatformConnection> m_connection;
    std::unique_ptr<client::RunsApi> m_api;
    std::unique_ptr<views::RunActions> m_actions;
};

} // namespace

TEST_F(RunLogViewTest, OpensAFailedRunsLogSearchesFiltersAndCopies)
{
    const QString runId = failedRunId();
    ASSERT_FALSE(runId.isEmpty());
    auto w = std::make_unique<RunDetailWidget>(m_actions.get());
    w->resize(1200, 760);
    w->show();
    w->showRun(runId);
    ASSERT_TRUE(waitFor([&] { return w->state() == RunDetailWidget::State::Loaded; }));
    RunLogModel *model = w->logModel();
    QTest::qWait(100);
    EXPECT_FALSE(model->hasLoadedFirstPage()) << "the log loads when its tab opens, not before";
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    w->setCurrentTab(RunDetailWidget::LogTab);
    views::RunLogView *view = w->logView();
    ASSERT_TRUE(waitFor([&] { return model->hasLoadedFirstPage() && !model->isLoading(); }));
    ASSERT_GT(model->rowCount(), 5);
    EXPECT_TRUE(view->emptyText().isEmpty());
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("lines"))) << view->statusText().toStdString();
    // A finished run is not followed.
    EXPECT_FALSE(view->followBox()->isChecked());
    EXPECT_FALSE(view->followBox()->isEnabled());
    // Every control has a name a screen reader can say.
    for (QWidget *control : view->findChildren<QWidget *>()) {
        // Ours, not the parts Qt builds inside them (a line edit's clear button).
        if (control->objectName().startsWith(QStringLiteral("log")) && (qobject_cast<QAbstractButton *>(control) || qobject_cast<QLineEdit *>(control)
            || qobject_cast<QComboBox *>(control) || qobject_cast<QTableView *>(control))) {
            EXPECT_FALSE(control->accessibleName().isEmpty()) << control->metaObject()->className();
        }
    }
    const auto &run = w->run();
    int errorRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->lineAt(row).level == wf::RUN_LOG_LEVEL_ERROR)
            errorRow = row;
    }
    ASSERT_GE(errorRow, 0);
    EXPECT_EQ(model->lineAt(errorRow).message, QString::fromStdString(run.failure_reason()));
    view->table()->setFocus();
    view->table()->setCurrentIndex(model->index(errorRow, RunLogModel::MessageColumn));
    view->table()->scrollTo(model->index(errorRow, 0));
    screenshot(*w, QStringLiteral("run-log"));

    // Ctrl+C copies the selected line, with its context.
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view->table(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QString::fromStdString(run.failure_reason()))) << copied.toStdString();
    EXPECT_TRUE(copied.contains(QStringLiteral("error_class=") + QString::fromStdString(run.error_class())));
    EXPECT_TRUE(copied.contains(QStringLiteral("\tERROR\t")));

    // Ctrl+F goes to the search; what is typed filters on the platform.
    QTest::keyClick(view->table(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(view->searchField()->hasFocus());
    QTest::keyClicks(view->searchField(), QStringLiteral("COMPLETED IN"));
    QTest::keyClick(view->searchField(), Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return model->contains() == QStringLiteral("COMPLETED IN") && !model->isLoading()
                                  && model->hasLoadedFirstPage(); }));
    ASSERT_GT(model->rowCount(), 0);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_TRUE(model->lineAt(row).message.contains(QStringLiteral("completed in")));
    screenshot(*w, QStringLiteral("run-log-search"));

    // Nothing matches: the table gives way to a sentence.
    view->searchField()->setText(QStringLiteral("no line says this"));
    QTest::keyClick(view->searchField(), Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return model->hasLoadedFirstPage() && model->total() == 0; }));
    EXPECT_EQ(view->emptyText(), QStringLiteral("No lines match the search and filters."));
    view->searchField()->clear();
    QTest::keyClick(view->searchField(), Qt::Key_Return);

    // Errors only, by keyboard on the level box.
    view->levelFilter()->setFocus();
    QTest::keyClick(view->levelFilter(), Qt::Key_End);
    ASSERT_TRUE(waitFor([&] { return model->minLevel() == wf::RUN_LOG_LEVEL_ERROR && model->hasLoadedFirstPage()
                                  && !model->isLoading(); }));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->lineAt(0).stepId, QString::fromStdString(run.failed_step_id()));

    // Choosing a step in the timeline chooses it in the log.
    QTest::keyClick(view->levelFilter(), Qt::Key_Home);
    auto *timeline = w->findChild<views::StepTimeline *>();
    ASSERT_NE(timeline, nullptr);
    timeline->setCurrentStep(0);
    EXPECT_EQ(view->stepFilter()->currentData().toString(), QString::fromStdString(run.steps(0).id()));
    ASSERT_TRUE(waitFor([&] { return model->stepFilter() == QString::fromStdString(run.steps(0).id())
                                  && model->hasLoadedFirstPage() && !model->isLoading(); }));
    ASSERT_GT(model->rowCount(), 0);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->lineAt(row).stepId, QString::fromStdString(run.steps(0).id()));
}

TEST_F(RunLogViewTest, ARunningRunIsFollowedToItsEnd)
{
    wf::StartWorkflowRunRequest start;
    start.set_definition_id("wfd-ameide-docs-publish");
    (*start.mutable_input()->mutable_fields())["duration_ms"].set_number_value(300);
    wf::StartWorkflowRunResponse started;
    {
        auto ctx = client().context(token("ameide", "contributor"));
        ASSERT_TRUE(client().workflows().StartWorkflowRun(ctx.get(), start, &started).ok());
    }
    auto w = std::make_unique<RunDetailWidget>(m_actions.get());
    w->resize(1000, 600);
    w->show();
    w->showRun(QString::fromStdString(started.run().id()));
    ASSERT_TRUE(waitFor([&] { return w->state() == RunDetailWidget::State::Loaded; }));
    w->setCurrentTab(RunDetailWidget::LogTab);
    views::RunLogView *view = w->logView();
    EXPECT_TRUE(view->followBox()->isChecked()) << "a running run is followed by default";
    // The detail learns that the run ended (a live update or a refresh) and the log reads its last lines.
    ASSERT_TRUE(waitFor([&] {
        w->refresh();
        QTest::qWait(100);
        return w->run().status() == wf::WORKFLOW_RUN_STATUS_COMPLETED;
    }));
    RunLogModel *model = w->logModel();
    ASSERT_TRUE(waitFor([&] {
        return model->rowCount() > 0
            && model->lineAt(model->rowCount() - 1).message.startsWith(QStringLiteral("run completed"));
    }));
    EXPECT_FALSE(view->followBox()->isEnabled());
}
