#include "client/keychain_credential_store.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace ameide::client {

namespace {

CredentialResult noBackend()
{
    CredentialResult r;
    r.kind = CredentialResult::Kind::NoBackend;
    r.message = QCoreApplication::translate(
        "KeychainCredentialStore",
        "No keychain is available, so the token was not stored anywhere. Start a Secret Service keychain "
        "(GNOME Keyring or KWallet) in your desktop session and try again.");
    return r;
}

CredentialResult resultOf(const QKeychain::Job &job)
{
    CredentialResult r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.kind = CredentialResult::Kind::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.kind = CredentialResult::Kind::NotFound;
        r.message = QCoreApplication::translate("KeychainCredentialStore", "No token is stored for this profile.");
        return r;
    case QKeychain::NoBackendAvailable:
        return noBackend();
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.kind = CredentialResult::Kind::AccessDenied;
        r.message = QCoreApplication::translate("KeychainCredentialStore",
                                                "The keychain refused access (it may be locked): %1")
                        .arg(job.errorString());
        return r;
    default:
        r.kind = CredentialResult::Kind::Failed;
        r.message = QCoreApplication::translate("KeychainCredentialStore", "The keychain failed: %1")
                        .arg(job.errorString());
        return r;
    }
}

// QtKeychain reports a missing Secret Service as a generic error on some
// systems; asking the session bus first tells "no keychain" apart for sure.
bool keychainServiceReachable()
{
    auto bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QStringList wanted{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
                             QStringLiteral("org.kde.kwalletd6"), QStringLiteral("org.kde.kwalletd")};
    for (const auto &name : wanted) {
        if (bus.interface()->isServiceRegistered(name))
            return true;
    }
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid()) {
        for (const auto &name : wanted) {
            if (activatable.value().contains(name))
                return true;
        }
    }
    return false;
}

constexpr int kKeychainTimeoutMs = 8000;

CredentialResult timedOut()
{
    CredentialResult r;
    r.kind = CredentialResult::Kind::Failed;
    r.message = QCoreApplication::translate(
        "KeychainCredentialStore",
        "The keychain did not answer within %1 s; it may be locked and waiting for a password prompt.")
                    .arg(kKeychainTimeoutMs / 1000);
    return r;
}

// Some keychains never answer (a locked keyring with no way to prompt); the
// caller hears back once either way: the job's answer or the timeout.
CredentialStore::Callback once(QObject *context, CredentialStore::Callback done)
{
    auto shared = std::make_shared<CredentialStore::Callback>(std::move(done));
    QTimer::singleShot(kKeychainTimeoutMs, context, [shared] {
        if (auto fn = std::exchange(*shared, nullptr))
            fn(timedOut());
    });
    return [shared](const CredentialResult &r) {
        if (auto fn = std::exchange(*shared, nullptr))
            fn(r);
    };
}

template<typename Job>
Job *prepare(Job *job, const QString &profileId)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(KeychainCredentialStore::keyFor(profileId));
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("io.ameide.Console");
}

QString KeychainCredentialStore::keyFor(const QString &profileId)
{
    return QStringLiteral("profile:") + profileId;
}

void KeychainCredentialStore::readToken(const QString &profileId, Callback done)
{
    done = once(this, std::move(done));
    if (!keychainServiceReachable()) {
        QMetaObject::invokeMethod(this, [done] { done(noBackend()); }, Qt::QueuedConnection);
        return;
    }
    auto *job = prepare(new QKeychain::ReadPasswordJob(serviceName(), this), profileId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto r = resultOf(*j);
        if (r.ok())
            r.token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(r);
    });
    job->start();
}

void KeychainCredentialStore::writeToken(const QString &profileId, const QString &token, Callback done)
{
    done = once(this, std::move(done));
    if (!keychainServiceReachable()) {
        QMetaObject::invokeMethod(this, [done] { done(noBackend()); }, Qt::QueuedConnection);
        return;
    }
    auto *job = prepare(new QKeychain::WritePasswordJob(serviceName(), this), profileId);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) { done(resultOf(*j)); });
    job->start();
}

void KeychainCredentialStore::deleteToken(const QString &profileId, Callback done)
{
    done = once(this, std::move(done));
    if (!keychainServiceReachable()) {
        QMetaObject::invokeMethod(this, [done] { done(noBackend()); }, Qt::QueuedConnection);
        return;
    }
    auto *job = prepare(new QKeychain::DeletePasswordJob(serviceName(), this), profileId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto r = resultOf(*j);
        // Deleting what is not there leaves the keychain as wanted.
        if (r.kind == CredentialResult::Kind::NotFound)
            r = {};
        done(r);
    });
    job->start();
}

} // namespace ameide::client
