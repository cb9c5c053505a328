// GoogleTest main for suites that need Qt: offscreen unless told otherwise,
// Qt's test mode for standard paths (settings and data never touch the
// user's), and a QApplication for the whole run.
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AmeideTests"));
    QApplication::setApplicationName(QStringLiteral("ameide-console-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
