#include "client/console_session.h"

#include "client/credential_store.h"
#include "client/local_platform.h"
#include "client/platform_connection.h"
#include "client/profile_store.h"

namespace ameide::client {

using ameide::client::ConnectionProfile;
using ameide::client::CredentialResult;
using ameide::client::LocalPlatform;
using ameide::client::PlatformConnection;

ConsoleSession::ConsoleSession(ameide::client::ProfileStore *profiles,
                                     ameide::client::CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
{
    m_profiles->ensureLocalProfile();
}

ConsoleSession::~ConsoleSession()
{
    shutdown();
}

ConnectionProfile ConsoleSession::currentProfile() const
{
    auto p = m_profiles->profile(m_profileId).value_or(ConnectionProfile{});
    if (p.local && m_local && !m_local->address().isEmpty())
        p.endpoint = m_local->address();
    return p;
}

void ConsoleSession::setPhase(Phase phase, const QString &text)
{
    m_phaseText = text;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void ConsoleSession::dropConnection()
{
    if (!m_connection)
        return;
    m_connection.reset();
    Q_EMIT connectionChanged(nullptr);
}

void ConsoleSession::activateProfile(const QString &profileId)
{
    const int generation = ++m_generation;
    dropConnection();
    const auto profile = m_profiles->profile(profileId);
    if (!profile) {
        setPhase(Phase::Failed, tr("There is no profile %1.").arg(profileId));
        return;
    }
    m_profileId = profileId;
    m_profiles->setCurrentProfileId(profileId);
    if (profile->local) {
        startLocal();
        return;
    }
    if (const auto problems = profile->problems(); !problems.isEmpty()) {
        setPhase(Phase::Failed, problems.join(QLatin1Char(' ')));
        return;
    }
    setPhase(Phase::Connecting, tr("Reading the token of %1 from the keychain…").arg(profile->name));
    m_credentials->readToken(profileId, [this, generation](const CredentialResult &r) {
        if (generation != m_generation)
            return;
        switch (r.kind) {
        case CredentialResult::Kind::Ok:
            connectWithToken(r.token);
            break;
        case CredentialResult::Kind::NotFound:
            setPhase(Phase::NeedsToken, tr("No token is stored for this profile: enter one under Connection ▸ Profiles…"));
            break;
        default:
            setPhase(Phase::Failed, r.message);
            break;
        }
    });
}

void ConsoleSession::reconnect()
{
    if (m_phase == Phase::Failed && m_local && m_local->state() == LocalPlatform::State::Failed)
        m_local.reset();
    activateProfile(m_profileId.isEmpty() ? m_profiles->currentProfileId() : m_profileId);
}

void ConsoleSession::startLocal()
{
    const int generation = m_generation;
    if (!m_local) {
        m_local = std::make_unique<LocalPlatform>();
        connect(m_local.get(), &LocalPlatform::stateChanged, this, [this](LocalPlatform::State state) {
            if (state == LocalPlatform::State::Seeding)
                setPhase(Phase::StartingLocalPlatform,
                         tr("Seeding the local platform with the dogfooding data set (first start only)…"));
            else if (state == LocalPlatform::State::Starting)
                setPhase(Phase::StartingLocalPlatform, tr("Starting the local platform…"));
        });
        connect(m_local.get(), &LocalPlatform::failed, this, [this](const QString &message) {
            if (currentProfile().local) {
                dropConnection();
                setPhase(Phase::Failed, message);
            }
        });
    }
    auto useToken = [this, generation] {
        // The token of the local profile lives in the keychain like any other.
        m_credentials->readToken(ameide::client::localProfileId(), [this, generation](const CredentialResult &r) {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                connectWithToken(r.token);
                return;
            }
            // A keychain that is missing or does not answer will not take
            // the new token either: keep it in memory for this session.
            const bool keychainWorks = r.kind == CredentialResult::Kind::NotFound;
            if (!keychainWorks)
                Q_EMIT notice(tr("%1 The local platform's token is kept in memory for this session only.")
                                  .arg(r.message));
            issueLocalToken(keychainWorks);
        });
    };
    if (m_local->state() == LocalPlatform::State::Running) {
        useToken();
        return;
    }
    connect(m_local.get(), &LocalPlatform::ready, this, useToken, Qt::SingleShotConnection);
    setPhase(Phase::StartingLocalPlatform, tr("Starting the local platform…"));
    m_local->start();
}

void ConsoleSession::issueLocalToken(bool storeInKeychain)
{
    const int generation = m_generation;
    m_local->createAdminToken([this, generation, storeInKeychain](const QString &token, const QString &error) {
        if (generation != m_generation)
            return;
        if (token.isEmpty()) {
            setPhase(Phase::Failed, error);
            return;
        }
        if (!storeInKeychain) {
            connectWithToken(token);
            return;
        }
        m_credentials->writeToken(ameide::client::localProfileId(), token,
                                  [this, generation, token](const CredentialResult &w) {
                                      if (generation != m_generation)
                                          return;
                                      if (!w.ok())
                                          Q_EMIT notice(tr("%1 The local platform's token is kept in memory for "
                                                           "this session only.")
                                                            .arg(w.message));
                                      connectWithToken(token);
                                  });
    });
}

void ConsoleSession::connectWithToken(const QString &token)
{
    dropConnection();
    m_tokenVerified = false;
    const ConnectionProfile profile = currentProfile();
    m_connection = std::make_unique<PlatformConnection>(profile, token);
    if (!m_connection->error().isEmpty()) {
        setPhase(Phase::Failed, m_connection->error());
        m_connection.reset();
        return;
    }
    connect(m_connection.get(), &PlatformConnection::stateChanged, this, [this](PlatformConnection::State state) {
        const QString endpoint = m_connection->profile().endpoint;
        switch (state) {
        case PlatformConnection::State::Connected:
            if (m_tokenVerified)
                setPhase(Phase::Connected, tr("Connected to %1").arg(endpoint));
            else
                setPhase(Phase::Connecting, tr("Checking the token with %1…").arg(endpoint));
            break;
        case PlatformConnection::State::Connecting:
            setPhase(Phase::Connecting, tr("Connecting to %1…").arg(endpoint));
            break;
        case PlatformConnection::State::Unreachable:
            setPhase(Phase::Unreachable, tr("Connection lost, retrying: %1").arg(m_connection->lastProblem()));
            break;
        }
    });
    setPhase(Phase::Connecting, tr("Connecting to %1…").arg(profile.endpoint));
    Q_EMIT connectionChanged(m_connection.get());
    verifyToken();
}

void ConsoleSession::verifyToken()
{
    // A token the platform no longer knows (its data was reset, or the token
    // was revoked) is found out at once rather than on the first real call.
    const int generation = m_generation;
    ameide_core_proto::platform::v1::ListTenantsRequest request;
    request.mutable_pagination()->set_page_size(1);
    m_connection->call<ameide_core_proto::platform::v1::ListTenantsRequest,
                       ameide_core_proto::platform::v1::ListTenantsResponse>(
        this, request,
        [s = m_connection->tenants()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->ListTenants(ctx, req, resp, std::move(done));
        },
        [this, generation](const grpc::Status &status, const auto &, qint64) {
            if (generation != m_generation || !m_connection)
                return;
            if (status.error_code() != grpc::StatusCode::UNAUTHENTICATED) {
                // Anything else (an unreachable platform included) is the probe's to report.
                m_tokenVerified = true;
                if (m_connection->state() == PlatformConnection::State::Connected)
                    setPhase(Phase::Connected, tr("Connected to %1").arg(m_connection->profile().endpoint));
                return;
            }
            if (currentProfile().local) {
                issueLocalToken(true);
                return;
            }
            dropConnection();
            setPhase(Phase::NeedsToken,
                     tr("The platform rejected the stored token: enter a new one under Connection ▸ Profiles…"));
        });
}

void ConsoleSession::saveProfile(const ConnectionProfile &profile, const QString &token,
                                    const std::function<void(const QString &)> &done)
{
    if (!profile.local) {
        if (const auto problems = profile.problems(); !problems.isEmpty()) {
            done(problems.join(QLatin1Char(' ')));
            return;
        }
    }
    const auto before = m_profiles->profile(profile.id);
    m_profiles->save(profile);
    Q_EMIT profilesChanged();
    // A change that needs no new connection (desktop notifications) keeps this one.
    const bool current = profile.id == m_profileId
                         && (!before || !before->sameConnection(profile) || !token.trimmed().isEmpty());
    if (token.trimmed().isEmpty()) {
        done({});
        if (current)
            reconnect();
        return;
    }
    m_credentials->writeToken(profile.id, token.trimmed(), [this, done, current](const CredentialResult &r) {
        done(r.ok() ? QString() : r.message);
        if (r.ok() && current)
            reconnect();
    });
}

void ConsoleSession::deleteProfile(const QString &profileId, const std::function<void(const QString &)> &done)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile) {
        done(tr("There is no profile %1.").arg(profileId));
        return;
    }
    if (profile->local) {
        done(tr("The local platform profile cannot be deleted."));
        return;
    }
    m_credentials->deleteToken(profileId, [this, profileId, done](const CredentialResult &r) {
        // Without a keychain nothing was ever stored, so the profile can go.
        if (!r.ok() && r.kind != CredentialResult::Kind::NoBackend) {
            done(r.message);
            return;
        }
        m_profiles->remove(profileId);
        Q_EMIT profilesChanged();
        done({});
        if (profileId == m_profileId)
            activateProfile(ameide::client::localProfileId());
    });
}

void ConsoleSession::shutdown()
{
    ++m_generation;
    dropConnection();
    if (m_local)
        m_local->stop();
}

} // namespace ameide::client
