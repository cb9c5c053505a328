#pragma once

// Small helpers shared by the console's widget and client suites.
#include "client/connection_profile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QString>
#include <QWidget>

#include <string>

namespace ameide::test {

// Saves a picture of the widget to $AMEIDE_SCREENSHOT_DIR (default:
// ./screenshots) as <name>.png, or <name>-de.png when the suite speaks the
// language AMEIDE_LANGUAGE names (qt_test_main.cpp), so a German run does
// not overwrite the English pictures.
inline void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariableIsEmpty("AMEIDE_SCREENSHOT_DIR")
        ? QStringLiteral("screenshots")
        : qEnvironmentVariable("AMEIDE_SCREENSHOT_DIR");
    const QString language = qEnvironmentVariable("AMEIDE_LANGUAGE").toLower();
    const QString suffix =
        language.isEmpty() || language == QLatin1String("en") ? QString() : QString(QLatin1Char('-') + language);
    QDir().mkpath(dir);
    EXPECT_TRUE(w.grab().save(dir + QLatin1Char('/') + name + suffix + QStringLiteral(".png")));
}

// A plaintext profile for a platform on loopback.
inline client::ConnectionProfile loopbackProfile(const QString &endpoint,
                                                 const QString &tenant = QStringLiteral("tenant-ameide"))
{
    client::ConnectionProfile p;
    p.id = QStringLiteral("test");
    p.name = QStringLiteral("Test");
    p.endpoint = endpoint;
    p.tenantId = tenant;
    return p;
}

} // namespace ameide::test
