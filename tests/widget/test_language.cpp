// The console's German, loaded as the console loads it: from the resources
// compiled into the views library, reaching the widgets, the models and the
// client's texts; chosen by the preference, the environment or the command
// line; and gone again when taken out.
#include "client/console_session.h"
#include "client/keychain_credential_store.h"
#include "client/profile_store.h"
#include "client/runs/run_filter.h"
#include "console_test_support.h"
#include "models/runs/run_text.h"
#include "views/shell/main_window.h"
#include "views/shell/preferences_dialog.h"
#include "views/shell/ui_language.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>

using namespace ameide;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

QString menuTitle(const views::MainWindow &window, int index)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    return index < menus.size() ? menus.at(index)->text() : QString();
}

} // namespace

TEST(UiLanguage, GermanLoadsAndReachesTheWidgets)
{
    if (!qEnvironmentVariableIsEmpty("AMEIDE_LANGUAGE"))
        GTEST_SKIP() << "the suite speaks the language AMEIDE_LANGUAGE names";
    client::ProfileStore profiles;
    client::KeychainCredentialStore credentials;
    client::ConsoleSession session(&profiles, &credentials);

    views::UiLanguage language;
    ASSERT_TRUE(QFile::exists(views::UiLanguage::translationFile(QStringLiteral("de"))))
        << "the German translation is not among the views library's resources";
    ASSERT_TRUE(language.install(QStringLiteral("de")));
    EXPECT_EQ(views::UiLanguage::current(), QStringLiteral("de"));
    {
        views::MainWindow window(&session);
        EXPECT_EQ(window.windowTitle(), QStringLiteral("Ameide Console"));
        EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&Datei"));
        EXPECT_EQ(menuTitle(window, 1), QStringLiteral("&Verbindung"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        ASSERT_TRUE(navigation);
        EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("Läufe"));
        auto *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        ASSERT_TRUE(preferences);
        EXPECT_EQ(preferences->text(), QStringLiteral("Ein&stellungen…"));
    }
    views::PreferencesDialog dialog;
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains(QStringLiteral("nächsten Start"))) << note->text().toStdString();
    dialog.show();
    ameide::test::screenshot(dialog, QStringLiteral("preferences-de"));
    dialog.close();
    // The models' and the client's texts, plural forms, and a context named
    // by a translation macro rather than by its class.
    EXPECT_EQ(models::RunText::runStatus(wf::WORKFLOW_RUN_STATUS_FAILED), QStringLiteral("Fehlgeschlagen"));
    EXPECT_EQ(client::describeRunFilter(client::parseRunQuery(QStringLiteral("status:failed")).filter),
              QStringLiteral("Fehlgeschlagene Läufe"));
    EXPECT_EQ(QCoreApplication::translate("ameide::views::RunsPage", "%n row(s)", nullptr, 1),
              QStringLiteral("1 Zeile"));
    EXPECT_EQ(QCoreApplication::translate("ameide::views::RunsPage", "%n row(s)", nullptr, 3),
              QStringLiteral("3 Zeilen"));
    EXPECT_EQ(QCoreApplication::translate("ameide::views::RunFilterBar", "Last 7 days"),
              QStringLiteral("Letzte 7 Tage"));
    // Qt's own German (key names, standard buttons), where the system has it.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        EXPECT_EQ(QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText), QStringLiteral("Strg+Q"));
    }

    language.remove();
    EXPECT_EQ(views::UiLanguage::current(), QStringLiteral("en"));
    EXPECT_EQ(models::RunText::runStatus(wf::WORKFLOW_RUN_STATUS_FAILED), QStringLiteral("Failed"));
    views::PreferencesDialog english;
    EXPECT_EQ(english.windowTitle(), QStringLiteral("Preferences"));
}

// English is the source language, but its plural forms come from its own
// translation.
TEST(UiLanguage, EnglishHasItsPluralForms)
{
    if (!qEnvironmentVariableIsEmpty("AMEIDE_LANGUAGE"))
        GTEST_SKIP() << "the suite speaks the language AMEIDE_LANGUAGE names";
    views::UiLanguage language;
    ASSERT_TRUE(language.install(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("ameide::views::RunsPage", "%n row(s)", nullptr, 1), QStringLiteral("1 row"));
    EXPECT_EQ(QCoreApplication::translate("ameide::views::RunsPage", "%n row(s)", nullptr, 2),
              QStringLiteral("2 rows"));
}

TEST(UiLanguage, ThePreferenceTheEnvironmentAndTheCommandLineChoose)
{
    if (!qEnvironmentVariableIsEmpty("AMEIDE_LANGUAGE"))
        GTEST_SKIP() << "the suite speaks the language AMEIDE_LANGUAGE names";
    EXPECT_EQ(views::UiLanguage::available(), (QStringList{QStringLiteral("en"), QStringLiteral("de")}));
    EXPECT_EQ(views::UiLanguage::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    EXPECT_EQ(views::UiLanguage::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    EXPECT_EQ(views::UiLanguage::fromArguments({QStringLiteral("ameide-console"), QStringLiteral("--language"),
                                                QStringLiteral("de")}),
              QStringLiteral("de"));
    EXPECT_EQ(views::UiLanguage::fromArguments({QStringLiteral("ameide-console"), QStringLiteral("--language=en")}),
              QStringLiteral("en"));
    EXPECT_TRUE(views::UiLanguage::fromArguments({QStringLiteral("ameide-console")}).isEmpty());

    views::UiLanguage::save(QStringLiteral("de"));
    EXPECT_EQ(views::UiLanguage::saved(), QStringLiteral("de"));
    EXPECT_EQ(views::UiLanguage::choose(), QStringLiteral("de"));
    EXPECT_EQ(views::UiLanguage::choose(QStringLiteral("en")), QStringLiteral("en")) << "the command line wins";
    qputenv("AMEIDE_LANGUAGE", "en");
    EXPECT_EQ(views::UiLanguage::choose(), QStringLiteral("en")) << "the environment wins over the preference";
    qunsetenv("AMEIDE_LANGUAGE");
    // A language the console does not speak is no choice: the next one decides.
    EXPECT_EQ(views::UiLanguage::choose(QStringLiteral("fr")), QStringLiteral("de"));

    // The dialog saves what is chosen; empty follows the system.
    views::PreferencesDialog dialog;
    auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("languageChoice"));
    ASSERT_TRUE(choice);
    EXPECT_FALSE(choice->accessibleName().isEmpty());
    EXPECT_EQ(choice->currentData().toString(), QStringLiteral("de"));
    dialog.show();
    ameide::test::screenshot(dialog, QStringLiteral("preferences"));
    choice->setCurrentIndex(0);
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("savePreferences"));
    ASSERT_TRUE(save);
    save->click();
    EXPECT_TRUE(views::UiLanguage::saved().isEmpty());
    EXPECT_EQ(views::UiLanguage::choose(), views::UiLanguage::systemLanguage());
}
