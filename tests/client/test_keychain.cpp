// Runs against a real Secret Service (GNOME Keyring in a private D-Bus
// session, see tests/keychain/with-keyring.sh); the NoBackend suite runs
// with no D-Bus session at all.
#include "client/console_session.h"
#include "client/credential_store.h"
#include "client/keychain_credential_store.h"
#include "client/profile_store.h"
#include "qt_wait.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace ameide::client;
using ameide::test::waitFor;

namespace {

CredentialResult wait(const std::function<void(CredentialStore::Callback)> &start)
{
    std::optional<CredentialResult> result;
    start([&](const CredentialResult &r) { result = r; });
    EXPECT_TRUE(waitFor([&] { return result.has_value(); }));
    return result.value_or(CredentialResult{CredentialResult::Kind::Failed, {}, QStringLiteral("timeout")});
}

// True when the text occurs in any file under the folders the console writes.
bool writtenAnywhere(const QString &text)
{
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                                QStandardPaths::AppLocalDataLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
                return true;
        }
    }
    return false;
}

} // namespace

TEST(Keychain, StoresReadsAndDeletesATokenInTheRealKeyring)
{
    KeychainCredentialStore store;
    const QString token = QStringLiteral("amd_roundtrip_0123456789");
    ASSERT_TRUE(wait([&](auto cb) { store.writeToken(QStringLiteral("p1"), token, cb); }).ok());
    const auto read = wait([&](auto cb) { store.readToken(QStringLiteral("p1"), cb); });
    ASSERT_TRUE(read.ok()) << read.message.toStdString();
    EXPECT_EQ(read.token, token);
    EXPECT_FALSE(writtenAnywhere(token));
    ASSERT_TRUE(wait([&](auto cb) { store.deleteToken(QStringLiteral("p1"), cb); }).ok());
    EXPECT_EQ(wait([&](auto cb) { store.readToken(QStringLiteral("p1"), cb); }).kind, CredentialResult::Kind::NotFound);
}

TEST(Keychain, DeletingAProfileDeletesItsKeychainEntry)
{
    ProfileStore profiles;
    KeychainCredentialStore credentials;
    ameide::client::ConsoleSession controller(&profiles, &credentials);
    ConnectionProfile p;
    p.id = ProfileStore::newProfileId();
    p.name = QStringLiteral("Staging");
    p.endpoint = QStringLiteral("staging.example.com:443");
    p.tenantId = QStringLiteral("tenant-acme");
    p.useTls = true;
    std::optional<QString> saved;
    controller.saveProfile(p, QStringLiteral("amd_staging_token"), [&](const QString &e) { saved = e; });
    ASSERT_TRUE(waitFor([&] { return saved.has_value(); }));
    ASSERT_TRUE(saved->isEmpty()) << saved->toStdString();
    EXPECT_TRUE(wait([&](auto cb) { credentials.readToken(p.id, cb); }).ok());

    std::optional<QString> deleted;
    controller.deleteProfile(p.id, [&](const QString &e) { deleted = e; });
    ASSERT_TRUE(waitFor([&] { return deleted.has_value(); }));
    EXPECT_TRUE(deleted->isEmpty()) << deleted->toStdString();
    EXPECT_FALSE(profiles.profile(p.id));
    EXPECT_EQ(wait([&](auto cb) { credentials.readToken(p.id, cb); }).kind, CredentialResult::Kind::NotFound);
}

TEST(KeychainNoBackend, SaysSoAndStoresTheTokenNowhere)
{
    KeychainCredentialStore store;
    const QString token = QStringLiteral("amd_nobackend_secret_42");
    const auto r = wait([&](auto cb) { store.writeToken(QStringLiteral("p2"), token, cb); });
    EXPECT_EQ(r.kind, CredentialResult::Kind::NoBackend) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(QStringLiteral("not stored"))) << r.message.toStdString();
    EXPECT_FALSE(writtenAnywhere(token));
}
