// The console shell on the real local platform, driven as a person would,
// with screenshots saved to $AMEIDE_SCREENSHOT_DIR (default: ./screenshots).
#include "client/console_session.h"
#include "client/keychain_credential_store.h"
#include "client/local_platform.h"
#include "client/platform_connection.h"
#include "client/profile_store.h"
#include "client/jobs/job.h"
#include "client/runs/workflow_run.h"
#include "console_test_support.h"
#include "models/diagnostics/diagnostics_model.h"
#include "models/runs/run_list_model.h"
#include "platform_client.h"
#include "platform_process.h"
#include "qt_wait.h"
#include "views/diagnostics/diagnostics_dialog.h"
#include "views/profiles/profile_dialog.h"
#include "views/jobs/jobs_panel.h"
#include "views/runs/runs_page.h"
#include "views/runs/shortcuts_dialog.h"
#include "views/shell/desktop_notifications.h"
#include "views/shell/main_window.h"
#include "views/shell/themed_icon.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ameide;
using ameide::test::PlatformProcess;
using ameide::test::screenshot;
using ameide::test::waitFor;
using Phase = client::ConsoleSession::Phase;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

class ShellTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto data = m_dir.path() / "platform";
        std::string out;
        ASSERT_EQ(PlatformProcess::run({"seed", "--data", data.string(), "--runs", "5000"}, &out), 0);
        qputenv("AMEIDE_DATA_DIR", data.string().c_str());
        qputenv("AMEIDE_PLATFORMD", PlatformProcess::binary().string().c_str());
        m_controller = std::make_unique<client::ConsoleSession>(&m_profiles, &m_credentials);
        m_window = std::make_unique<views::MainWindow>(m_controller.get());
        m_window->resize(1280, 800);
        m_window->show();
        m_controller->activateProfile(client::localProfileId());
        ASSERT_TRUE(waitFor([&] { return m_controller->phase() == Phase::Connected; }, 60000))
            << m_controller->phaseText().toStdString();
    }

    void TearDown() override
    {
        m_window.reset();
        m_controller.reset();
    }

    ameide::test::TempDir m_dir;
    client::ProfileStore m_profiles;
    client::KeychainCredentialStore m_credentials;
    std::unique_ptr<client::ConsoleSession> m_controller;
    std::unique_ptr<views::MainWindow> m_window;
};

} // namespace

TEST_F(ShellTest, StartsOnTheLocalPlatformAndShowsConnectionAndTenant)
{
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    auto *tenant = m_window->findChild<QLabel *>(QStringLiteral("tenantStatus"));
    ASSERT_TRUE(status && tenant);
    EXPECT_TRUE(status->text().contains(QStringLiteral("Connected"))) << status->text().toStdString();
    EXPECT_TRUE(tenant->text().contains(QStringLiteral("tenant-ameide")));
    auto *profiles = m_window->findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
    ASSERT_TRUE(profiles);
    EXPECT_GE(profiles->count(), 1);
    EXPECT_EQ(m_controller->localPlatform()->state(), client::LocalPlatform::State::Running);
    // The runs screen shows the seeded runs, never "no runs" on the way.
    auto *runs = m_window->page<views::RunsPage>();
    ASSERT_NE(runs, nullptr);
    auto *empty = runs->findChild<QLabel *>(QStringLiteral("runsEmptyState"));
    ASSERT_NE(empty, nullptr);
    ASSERT_TRUE(waitFor([&] {
        EXPECT_FALSE(empty->isVisible() && empty->text().startsWith(QStringLiteral("No runs")))
            << empty->text().toStdString();
        return runs->model()->rowCount() > 0;
    }));
    screenshot(*m_window, QStringLiteral("main-window"));

    // The README's picture of the runs screen: failed runs, the first one's detail.
    ASSERT_TRUE(runs->applyQuery(QStringLiteral("status:failed")));
    ASSERT_TRUE(waitFor([&] { return runs->model()->rowCount() > 0 && !runs->model()->isLoading(); }));
    auto *table = runs->findChild<QTableView *>(QStringLiteral("runsTable"));
    ASSERT_NE(table, nullptr);
    table->setFocus();
    table->setCurrentIndex(runs->model()->index(0, 0));
    auto *detailStack = runs->findChild<QWidget *>(QStringLiteral("runDetail"))->findChild<QStackedWidget *>();
    ASSERT_TRUE(detailStack);
    ASSERT_TRUE(waitFor([&] { return detailStack->currentIndex() == 1; }));
    QTest::qWait(300); // the timeline and the groups settle
    screenshot(*m_window, QStringLiteral("runs-screen"));
    // At 1280 x 800 the failure groups pane shows eight groups without scrolling.
    auto *groups = runs->findChild<QTableView *>(QStringLiteral("failureGroups"));
    ASSERT_TRUE(groups && groups->isVisible());
    EXPECT_GE(groups->viewport()->height(), 8 * groups->verticalHeader()->defaultSectionSize())
        << groups->viewport()->height();
}

TEST_F(ShellTest, SectionsAreReachableByKeyboard)
{
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *stack = m_window->findChild<QStackedWidget *>();
    ASSERT_TRUE(nav && stack);
    EXPECT_EQ(nav->count(), 5);
    // Each section has its icon, as has the window.
    for (int row = 0; row < nav->count(); ++row)
        EXPECT_FALSE(nav->item(row)->icon().pixmap(16).isNull()) << nav->item(row)->text().toStdString();
    EXPECT_FALSE(m_window->windowIcon().pixmap(32).isNull());
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(stack->currentIndex(), 2);
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Down);
    EXPECT_EQ(stack->currentIndex(), 3);
    screenshot(*m_window, QStringLiteral("main-window-tenants"));
}

TEST_F(ShellTest, DiagnosticsProbeEveryServiceOfTheContract)
{
    views::DiagnosticsDialog dialog(m_controller.get(), m_window.get());
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("diagnosticsTable"));
    ASSERT_TRUE(table);
    auto *model = table->model();
    ASSERT_TRUE(waitFor([&] {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(models::DiagnosticsModel::StatusCodeRole).toInt() < 0)
                return false;
        }
        return true;
    }));
    ASSERT_EQ(model->rowCount(), 5);
    for (int r = 0; r < model->rowCount(); ++r) {
        EXPECT_EQ(model->index(r, models::DiagnosticsModel::ResultColumn).data().toString(), QStringLiteral("OK"))
            << model->index(r, 0).data().toString().toStdString() << ": "
            << model->index(r, models::DiagnosticsModel::DetailColumn).data().toString().toStdString();
    }
    screenshot(dialog, QStringLiteral("diagnostics"));
}

TEST_F(ShellTest, ProfileEditorValidatesAndShowsTheLocalProfile)
{
    views::ProfileDialog dialog(m_controller.get(), m_window.get());
    dialog.resize(820, 480);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profileList"));
    ASSERT_TRUE(list);
    EXPECT_GE(list->count(), 1);
    screenshot(dialog, QStringLiteral("profiles"));

    // Desktop notifications: off by default, the local profile's too; with
    // no system tray (offscreen has none) the option is disabled and says why.
    auto *notifications = dialog.findChild<QCheckBox *>(QStringLiteral("desktopNotifications"));
    ASSERT_TRUE(notifications);
    EXPECT_FALSE(notifications->accessibleName().isEmpty());
    EXPECT_FALSE(notifications->isChecked());
    EXPECT_EQ(notifications->isEnabled(), views::DesktopNotifications::isAvailable());
    if (!views::DesktopNotifications::isAvailable()) {
        EXPECT_EQ(notifications->toolTip(), views::DesktopNotifications::unavailableReason());
    }
    // The choice is remembered with the profile, and needs no new connection.
    client::PlatformConnection *connection = m_controller->connection();
    int reconnects = 0;
    QObject::connect(m_controller.get(), &client::ConsoleSession::connectionChanged, &dialog,
                     [&reconnects] { ++reconnects; });
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("save"));
    ASSERT_TRUE(save);
    EXPECT_FALSE(save->isEnabled()) << "nothing of the local profile changed yet";
    notifications->setChecked(true);
    EXPECT_TRUE(save->isEnabled());
    save->click();
    ASSERT_TRUE(waitFor([&] { return m_profiles.profile(client::localProfileId())->desktopNotifications; }));
    EXPECT_EQ(m_controller->phase(), Phase::Connected);
    EXPECT_EQ(m_controller->connection(), connection);
    EXPECT_EQ(reconnects, 0);
    // The window follows the profile, as far as the desktop allows.
    auto *notifier = m_window->notifications()->notifier();
    EXPECT_EQ(notifier->isEnabled(), views::DesktopNotifications::isAvailable());
    notifications->setChecked(false);
    save->click();
    ASSERT_TRUE(waitFor([&] { return !m_profiles.profile(client::localProfileId())->desktopNotifications; }));
    EXPECT_FALSE(notifier->isEnabled());
}

// What a click on a notification does (the offscreen desktop has no tray,
// so the notifier is turned on by hand and the click is made by openLast()).
TEST_F(ShellTest, ClickingANotificationShowsTheJobOrTheNewFailures)
{
    auto *notifications = m_window->notifications();
    ASSERT_TRUE(notifications);
    auto *notifier = notifications->notifier();
    EXPECT_FALSE(notifier->isEnabled()) << "off unless the profile asks";
    notifier->setEnabled(true);
    ASSERT_TRUE(notifier->isWatching());
    auto *page = m_window->runsPage();
    ASSERT_TRUE(page);
    m_window->setCurrentSection(1);

    // A bulk job seen running has ended: its click opens the jobs panel.
    client::Job job;
    job.id = QStringLiteral("job-from-a-notification");
    job.state = client::Job::State::Running;
    notifier->noteJobs({job});
    job.state = client::Job::State::Stopped;
    job.endedAt = QDateTime::currentDateTimeUtc();
    notifier->noteJobs({job});
    notifier->flush();
    ASSERT_EQ(notifications->lastShown().kind, models::DesktopNotification::Kind::JobsEnded);
    EXPECT_EQ(notifications->lastShown().title, QStringLiteral("Bulk job stopped"));
    notifications->openLast();
    EXPECT_EQ(m_window->currentSection(), static_cast<int>(m_window->pages().indexOf(page)));
    auto *jobs = page->findChild<views::JobsPanel *>();
    ASSERT_TRUE(jobs);
    EXPECT_TRUE(jobs->isVisible());
    jobs->close();

    // A failure of a signature the platform has never seen: the click lists its runs.
    wf::WorkflowRun run;
    run.set_id("run-from-a-notification");
    run.set_status(wf::WORKFLOW_RUN_STATUS_FAILED);
    run.set_definition_name("docs-publish");
    run.set_error_class("NeverSeenBefore");
    run.set_failure_reason("a failure nobody has seen");
    run.set_failure_signature("0123456789abcdef");
    notifier->noteRuns({run});
    // The platform knows no such group: first seen now, so it is new.
    ASSERT_TRUE(waitFor([&] { return notifier->lookingUp().isEmpty(); }));
    notifier->flush();
    ASSERT_EQ(notifications->lastShown().kind, models::DesktopNotification::Kind::NewFailures);
    EXPECT_EQ(notifications->lastShown().title, QStringLiteral("New failure in docs-publish"));
    m_window->setCurrentSection(1);
    notifications->openLast();
    EXPECT_EQ(m_window->currentSection(), static_cast<int>(m_window->pages().indexOf(page)));
    EXPECT_EQ(page->query(), QStringLiteral("status:failed signature:0123456789abcdef"));
    // The page remembers its last query for the next start (and the next test).
    EXPECT_TRUE(page->applyQuery(QString()));
    notifier->setEnabled(false);
    EXPECT_FALSE(notifier->isWatching());
}

TEST_F(ShellTest, ALostLocalPlatformIsShown)
{
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    m_controller->localPlatform()->stop();
    ASSERT_TRUE(waitFor([&] { return m_controller->phase() == Phase::Unreachable; }, 15000))
        << m_controller->phaseText().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("retrying"))) << status->text().toStdString();
    screenshot(*m_window, QStringLiteral("main-window-unreachable"));
    m_controller->reconnect();
    EXPECT_TRUE(waitFor([&] { return m_controller->phase() == Phase::Connected; }, 60000))
        << m_controller->phaseText().toStdString();
}

// The cheat sheet is read from the window's actions; each key it lists,
// pressed where it works, fires its action. A key bound twice where both
// could fire fires neither (Qt calls it ambiguous), so this catches that too.
TEST_F(ShellTest, EveryShortcutInTheCheatSheetFiresItsAction)
{
    auto *page = m_window->findChild<views::RunsPage *>();
    ASSERT_TRUE(page);
    auto *table = page->findChild<QTableView *>(QStringLiteral("runsTable"));
    ASSERT_TRUE(table);
    ASSERT_TRUE(waitFor([&] { return page->model()->rowCount() > 0; }, 30000));
    // A run that has ended, with live updates paused: its detail stays put
    // while every key is pressed (the detail shows, with its keys).
    page->setLivePaused(true);
    int ended = -1;
    for (int row = 0; row < page->model()->rowCount() && ended < 0; ++row) {
        if (client::runs::isTerminal(page->model()->runAt(row).status()))
            ended = row;
    }
    ASSERT_GE(ended, 0);
    table->setCurrentIndex(page->model()->index(ended, 0));
    auto *detailStack = page->findChild<QWidget *>(QStringLiteral("runDetail"))->findChild<QStackedWidget *>();
    ASSERT_TRUE(detailStack);
    ASSERT_TRUE(waitFor([&] { return detailStack->currentIndex() == 1; }));
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));

    const auto entries = views::ShortcutsDialog::shortcuts(m_window.get());
    QStringList listed;
    for (const auto &entry : entries)
        listed.append(entry.keys.toString(QKeySequence::PortableText));
    // What the README promises, and every action of the runs list.
    for (const char *key : {"F1", "?", "F5", "Ctrl+Shift+F5", "Ctrl+R", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4",
                            "Ctrl+5", "Ctrl+F", "Ctrl+E", "Ctrl+J", "Ctrl+Q", "Ctrl+Shift+P", "Ctrl+Shift+D", "R",
                            "Shift+R", "F", "S", "C", "G", "P", "J", "K", "M", "A", "Return", "Esc"})
        EXPECT_TRUE(listed.contains(QLatin1String(key))) << key << " is not in the cheat sheet";
    for (const char *name : {"retryAction", "retryFromStepAction", "cancelAction", "bulkSelectionAction",
                             "bulkFilterAction", "exportAction", "reloadAction", "jobsAction", "remediationAction",
                             "acknowledgeAction"}) {
        auto *action = page->findChild<QAction *>(QLatin1String(name));
        ASSERT_TRUE(action) << name;
        EXPECT_FALSE(action->shortcut().isEmpty()) << name << " has no key";
    }

    views::ShortcutsDialog sheet(m_window.get());
    sheet.show();
    ameide::test::screenshot(sheet, QStringLiteral("runs-shortcuts"));
    sheet.close();
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));

    for (const auto &entry : entries) {
        if (!entry.action)
            continue;
        QAction *action = entry.action;
        const std::string keys = entry.keysText.toStdString();
        QWidget *scope = views::ShortcutsDialog::scopeOf(action, m_window.get());
        QWidget *target = scope == m_window.get() ? table : scope;
        // A key of a tab that is not shown works once its tab is: show it, as a person would.
        for (QWidget *w = target; w && w != m_window.get(); w = w->parentWidget()) {
            if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget())) {
                if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                    tabs->setCurrentWidget(w);
                else
                    stack->setCurrentWidget(w);
            }
        }
        waitFor([&] { return target->isVisible(); }, 2000);
        std::string hidden;
        for (QWidget *w = target; w; w = w->parentWidget()) {
            if (w->isHidden())
                hidden += std::string(" ") + w->metaObject()->className() + ":" + w->objectName().toStdString();
        }
        ASSERT_TRUE(target->isVisible()) << keys << ": " << target->objectName().toStdString()
                                         << " is hidden; hidden on the way:" << hidden;
        // Whether the key fires the action, not what the action then does.
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        QObject::disconnect(action, &QAction::toggled, nullptr, nullptr);
        action->setEnabled(true);
        QSignalSpy fired(action, &QAction::triggered);
        target->setFocus(Qt::ShortcutFocusReason);
        QTest::keySequence(target, entry.keys);
        EXPECT_EQ(fired.count(), 1) << keys << " (" << entry.what.toStdString() << ", "
                                    << entry.where.toStdString() << ") did not fire its action";
    }
}

// The console's own icons (resources/icons/) stand in where the desktop's
// theme has none: each is compiled in and draws, which needs Qt's SVG
// plugins (libqt6svg6, a dependency of the package).
TEST(ShellIcons, TheBundledIconsAreCompiledInAndDraw)
{
    const QStringList icons = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    EXPECT_GE(icons.size(), 20) << icons.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(icons.contains(QStringLiteral("io.ameide.Console.svg")));
    for (const QString &file : icons) {
        const QPixmap pixmap = QIcon(QStringLiteral(":/icons/") + file).pixmap(16);
        EXPECT_FALSE(pixmap.isNull()) << file.toStdString() << " does not draw";
    }
    EXPECT_FALSE(views::themedIcon(QStringLiteral("view-refresh")).pixmap(16).isNull());
    EXPECT_FALSE(views::applicationIcon().pixmap(256).isNull());
}
