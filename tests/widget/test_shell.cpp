// The console shell on the real local platform, driven as a person would,
// with screenshots saved to $AMEIDE_SCREENSHOT_DIR (default: ./screenshots).
#include "client/console_session.h"
#include "client/keychain_credential_store.h"
#include "client/local_platform.h"
#include "client/profile_store.h"
#include "console_test_support.h"
#include "models/diagnostics/diagnostics_model.h"
#include "models/runs/run_list_model.h"
#include "platform_client.h"
#include "platform_process.h"
#include "qt_wait.h"
#include "views/diagnostics/diagnostics_dialog.h"
#include "views/profiles/profile_dialog.h"
#include "views/runs/runs_page.h"
#include "views/shell/main_window.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace ameide;
using ameide::test::PlatformProcess;
using ameide::test::screenshot;
using ameide::test::waitFor;
using Phase = client::ConsoleSession::Phase;

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
}

TEST_F(ShellTest, SectionsAreReachableByKeyboard)
{
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *stack = m_window->findChild<QStackedWidget *>();
    ASSERT_TRUE(nav && stack);
    EXPECT_EQ(nav->count(), 5);
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
