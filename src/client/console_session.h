#pragma once

#include "client/connection_profile.h"

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

// The console's session: which profile is active, the local platform when
// that profile is the bundled one, the token from the keychain and the
// connection made with it. Widgets observe it; none of them talk to gRPC,
// the keychain or the child process directly.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)
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

    ConsoleSession(ProfileStore *profiles, CredentialStore *credentials,
                      QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Connects with the profile (starting the local platform first when it is
    // the bundled one). The choice is remembered.
    void activateProfile(const QString &profileId);
    void reconnect();
    // Stops the connection and the local platform, if any.
    void shutdown();

    QString currentProfileId() const { return m_profileId; }
    ConnectionProfile currentProfile() const;
    PlatformConnection *connection() const { return m_connection.get(); }
    LocalPlatform *localPlatform() const { return m_local.get(); }
    ProfileStore *profiles() const { return m_profiles; }
    Phase phase() const { return m_phase; }
    // One line for the status bar, e.g. "Connected to 127.0.0.1:41234".
    QString phaseText() const { return m_phaseText; }

    // Saves the profile; a non-empty token goes to the keychain (never to
    // the settings). `done` gets an empty string or what went wrong. The
    // current profile connects again unless only its desktop notifications
    // changed.
    void saveProfile(const ConnectionProfile &profile, const QString &token,
                     const std::function<void(const QString &error)> &done);
    // Removes the profile and its keychain entry. The local profile cannot be removed.
    void deleteProfile(const QString &profileId, const std::function<void(const QString &error)> &done);

Q_SIGNALS:
    void phaseChanged(ameide::client::ConsoleSession::Phase phase);
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

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QString m_profileId;
    Phase m_phase = Phase::Idle;
    QString m_phaseText;
    std::unique_ptr<PlatformConnection> m_connection;
    std::unique_ptr<LocalPlatform> m_local;
    // Bumped on every switch, so late answers for an old profile are ignored.
    int m_generation = 0;
    bool m_tokenVerified = false;
};

} // namespace ameide::client
