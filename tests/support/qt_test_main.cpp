// GoogleTest main for suites that need Qt: offscreen unless told otherwise,
// Qt's test mode for standard paths (settings and data never touch the
// user's), and a QApplication for the whole run (a QCoreApplication or a
// QGuiApplication for the suites below the widgets, built with
// AMEIDE_TEST_CORE_APPLICATION or AMEIDE_TEST_GUI_APPLICATION).
#include <gtest/gtest.h>

#include <QStandardPaths>

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
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("AmeideTests"));
    TestApplication::setApplicationName(QStringLiteral("ameide-console-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
