// GoogleTest main for suites that need Qt: offscreen unless told otherwise,
// Qt's test mode for standard paths under a home folder of this process's
// own (settings and data never touch the user's, nor another test's: CTest
// runs each test in its own process, two at a time, and one test's saved
// query must not become the next one's filter), and a QApplication for the
// whole run (a QCoreApplication or a QGuiApplication for the suites below
// the widgets, built with AMEIDE_TEST_CORE_APPLICATION or
// AMEIDE_TEST_GUI_APPLICATION). Built with AMEIDE_TEST_UI_LANGUAGE (the
// widget suites), it installs the console's translations as the console
// does: the language AMEIDE_LANGUAGE names, so `AMEIDE_LANGUAGE=de` gives
// German screenshots, and without it the English the suites test.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

#if defined(AMEIDE_TEST_UI_LANGUAGE)
#include "views/shell/ui_language.h"
#endif

#if defined(AMEIDE_TEST_CORE_APPLICATION)
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#elif defined(AMEIDE_TEST_GUI_APPLICATION)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QApplication>
using TestApplication = QApplication;
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/ameide-test-home-XXXXXX"));
    if (!home.isValid()) {
        std::fprintf(stderr, "cannot create a home folder for the test: %s\n", qPrintable(home.errorString()));
        return 1;
    }
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("AmeideTests"));
    TestApplication::setApplicationName(QStringLiteral("ameide-console-tests"));
#if defined(AMEIDE_TEST_UI_LANGUAGE)
    // English, as the console speaks it (its plural forms: "1 line", not
    // "1 line(s)"), whatever the machine's locale, unless told otherwise.
    ameide::views::UiLanguage language;
    language.install(qEnvironmentVariableIsEmpty("AMEIDE_LANGUAGE") ? QStringLiteral("en")
                                                                     : ameide::views::UiLanguage::choose());
#endif
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
