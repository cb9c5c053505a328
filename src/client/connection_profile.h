#pragma once

#include <QString>
#include <QStringList>

namespace ameide::client {

// Where and as whom the console connects. Never holds a secret: the token
// lives in the OS keychain under the profile's id.
struct ConnectionProfile
{
    QString id;
    QString name;
    // host:port
    QString endpoint;
    QString tenantId;
    bool useTls = false;
    // PEM file with the CA that signed the platform's certificate; empty uses
    // the system's roots.
    QString caFile;
    // The bundled local platform, which the console starts itself.
    bool local = false;
    // Desktop notifications (system tray) of new failure signatures and of
    // bulk jobs that ended, while connected with this profile. Off unless
    // the person turns them on.
    bool desktopNotifications = false;

    bool operator==(const ConnectionProfile &other) const = default;
    // Differs only in what needs no new connection (desktop notifications).
    bool sameConnection(const ConnectionProfile &other) const;

    // An empty list when the profile can be used; otherwise what is wrong,
    // one sentence per problem.
    QStringList problems() const;
};

// The id of the built-in "Local platform" profile.
inline QString localProfileId()
{
    return QStringLiteral("local");
}

// True for localhost, 127.0.0.0/8 and ::1 (the part before the port).
bool isLoopbackEndpoint(const QString &endpoint);

} // namespace ameide::client
