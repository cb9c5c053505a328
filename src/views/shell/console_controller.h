#pragma once

#include "connection_profile.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace ameide::client {
class CredentialStore;
class LocalPlatform;
class PlatformConnection;
class ProfileStore;
} // namespace ameide::client

namespace ameide::views {

// The console's session: which profile is active, the local platform when
// that profile is the bundled one, the token from the keychain and the
// connection made with it. Widgets observe it; none of them talk to gRPC,
// the keychain or the child process directly.
class ConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)
public:
    enum class Phase {
        Idle,
        StartingLocalPlatform,
        Connecting,
        Connected,
        Unreachable,
        // The profile has no token in the keychain; the user must enter one.
        NeedsToken,
        Failed,
    };
    Q_ENUM(Phase)

    ConsoleController(ameide::client::ProfileStore *profiles, ameide::client::CredentialStore *credentials,
                      QObject *parent = nullptr);
    ~ConsoleController() override;

    // Connects with the profile (starting the local platform first when it is
    // the bundled one). The choice is remembered.
    void activateProfile(const QString &profileId);
    void reconnect();
    // Stops the connection and the local platform, if any.
    void shutdown();

    QString currentProfileId() const { return m_profileId; }
    ameide::client::ConnectionProfile currentProfile() const;
    ameide::client::PlatformConnection *connection() const { return m_connection.get(); }
    ameide::client::LocalPlatform *localPlatform() const { return m_local.get(); }
    ameide::client::ProfileStore *profiles() const { return m_profiles; }
    Phase phase() const { return m_phase; }
    // One line for the status bar, e.g. "Connected to 127.0.0.1:41234".
    QString phaseText() const { return m_phaseText; }

    // Saves the profile; a non-empty token goes to the keychain (never to
    // the settings). `done` gets an empty string or what went wrong.
    void saveProfile(const ameide::client::ConnectionProfile &profile, const QString &token,
                     const std::function<void(const QString &error)> &done);
    // Removes the profile and its keychain entry. The local profile cannot be removed.
    void deleteProfile(const QString &profileId, const std::function<void(const QString &error)> &done);

Q_SIGNALS:
    void phaseChanged(ameide::views::ConsoleController::Phase phase);
    void profilesChanged();
    void connectionChanged(ameide::client::PlatformConnection *connection);
    // Something the user should know that does not stop the session.
    void notice(const QString &text);

private:
    void setPhase(Phase phase, const QString &text);
    void connectWithToken(const QString &token);
    void startLocal();
    void issueLocalToken(bool storeInKeychain);
    void verifyToken();
    void dropConnection();

    ameide::client::ProfileStore *m_profiles;
    ameide::client::CredentialStore *m_credentials;
    QString m_profileId;
    Phase m_phase = Phase::Idle;
    QString m_phaseText;
    std::unique_ptr<ameide::client::PlatformConnection> m_connection;
    std::unique_ptr<ameide::client::LocalPlatform> m_local;
    // Bumped on every switch, so late answers for an old profile are ignored.
    int m_generation = 0;
    bool m_tokenVerified = false;
};

} // namespace ameide::views
