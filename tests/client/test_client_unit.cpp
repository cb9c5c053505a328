#include "client/channel_factory.h"
#include "client/connection_profile.h"
#include "client/profile_store.h"
#include "client/status_text.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace ameide::client;

TEST(StatusText, SaysWhatAPersonNeedsToKnow)
{
    const auto unavailable = describeStatus(grpc::Status(grpc::StatusCode::UNAVAILABLE, "connection refused"), {},
                                            QStringLiteral("127.0.0.1:1"));
    EXPECT_TRUE(unavailable.contains(QStringLiteral("Cannot reach 127.0.0.1:1"))) << unavailable.toStdString();
    const auto unimplemented =
        describeStatus(grpc::Status(grpc::StatusCode::UNIMPLEMENTED, ""), QStringLiteral("TenantService"));
    EXPECT_TRUE(unimplemented.contains(QStringLiteral("TenantService is not routed by the gateway")));
    const auto denied = describeStatus(
        grpc::Status(grpc::StatusCode::PERMISSION_DENIED, "this call needs ROLE_ADMIN; the caller has ROLE_VIEWER"));
    EXPECT_TRUE(denied.contains(QStringLiteral("ROLE_ADMIN"))) << denied.toStdString();
    EXPECT_EQ(statusCodeName(grpc::StatusCode::DEADLINE_EXCEEDED), QStringLiteral("DEADLINE_EXCEEDED"));
}

// What people read is the console's own sentence, chosen by the status (and
// so translated); the platform's English words follow only as a detail, and
// the transport's not at all.
TEST(StatusText, TheConsoleSaysItAndThePlatformsWordsAreADetail)
{
    const grpc::Status notFailed(grpc::StatusCode::FAILED_PRECONDITION, "workflow run r-1 is not failed");
    const QString text = describeStatus(notFailed, QStringLiteral("WorkflowService"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("The platform cannot do this in the current state.")))
        << text.toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral("(The platform says: workflow run r-1 is not failed)")))
        << text.toStdString();
    EXPECT_EQ(statusDetail(notFailed), QStringLiteral("workflow run r-1 is not failed"));

    const grpc::Status refused(grpc::StatusCode::UNAVAILABLE, "failed to connect to all addresses; last error: ...");
    EXPECT_TRUE(statusDetail(refused).isEmpty());
    EXPECT_EQ(describeStatus(refused), QStringLiteral("Cannot reach the platform. Check that it is running and that "
                                                      "the address is right."));

    // Every code has a sentence of its own, never the platform's words alone.
    for (int code = 1; code <= 16; ++code) {
        const grpc::Status status(static_cast<grpc::StatusCode>(code), "raw words");
        const QString said = describeStatus(status);
        EXPECT_FALSE(said.startsWith(QStringLiteral("raw words"))) << code << ": " << said.toStdString();
        EXPECT_GT(said.size(), QStringLiteral("raw words").size()) << code;
    }
}

TEST(ConnectionProfile, ExplainsEveryProblem)
{
    ConnectionProfile p;
    EXPECT_GE(p.problems().size(), 3);
    p.name = QStringLiteral("Staging");
    p.endpoint = QStringLiteral("platform.example.com:443");
    p.tenantId = QStringLiteral("tenant-acme");
    p.useTls = true;
    EXPECT_TRUE(p.problems().isEmpty()) << p.problems().join(QLatin1Char(' ')).toStdString();
    p.useTls = false;
    EXPECT_EQ(p.problems().size(), 1) << "plaintext off loopback";
    p.endpoint = QStringLiteral("127.0.0.1:50051");
    EXPECT_TRUE(p.problems().isEmpty());
    p.endpoint = QStringLiteral("no-port");
    EXPECT_FALSE(p.problems().isEmpty());
    p.endpoint = QStringLiteral("host:99999");
    EXPECT_FALSE(p.problems().isEmpty());
}

TEST(ChannelFactory, RefusesPlaintextOffLoopback)
{
    ConnectionProfile p;
    p.endpoint = QStringLiteral("platform.example.com:443");
    EXPECT_EQ(createChannel(p).channel, nullptr);
    EXPECT_FALSE(createChannel(p).error.isEmpty());
    p.endpoint = QStringLiteral("127.0.0.1:1");
    EXPECT_NE(createChannel(p).channel, nullptr);
    p.endpoint = QStringLiteral("platform.example.com:443");
    p.useTls = true;
    p.caFile = QStringLiteral("/nonexistent/ca.pem");
    EXPECT_TRUE(createChannel(p).error.contains(QStringLiteral("/nonexistent/ca.pem")));
}

TEST(ChannelFactory, RetriesAsTheUpstreamSdkDoes)
{
    const auto doc = QJsonDocument::fromJson(retryServiceConfig().toUtf8());
    ASSERT_TRUE(doc.isObject());
    const auto policy = doc.object()[QStringLiteral("methodConfig")][0][QStringLiteral("retryPolicy")].toObject();
    EXPECT_EQ(policy[QStringLiteral("maxAttempts")].toInt(), 3);
    EXPECT_EQ(policy[QStringLiteral("initialBackoff")].toString(), QStringLiteral("0.25s"));
    EXPECT_EQ(policy[QStringLiteral("maxBackoff")].toString(), QStringLiteral("5s"));
    EXPECT_EQ(policy[QStringLiteral("backoffMultiplier")].toInt(), 2);
    EXPECT_EQ(policy[QStringLiteral("retryableStatusCodes")].toArray().size(), 4);
}

TEST(ProfileStore, KeepsProfilesAndNeverATokenField)
{
    ProfileStore store;
    store.ensureLocalProfile();
    ConnectionProfile p;
    p.id = ProfileStore::newProfileId();
    p.name = QStringLiteral("Staging");
    p.endpoint = QStringLiteral("staging.example.com:443");
    p.tenantId = QStringLiteral("tenant-acme");
    p.useTls = true;
    store.save(p);
    const auto back = store.profile(p.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->endpoint, p.endpoint);
    EXPECT_TRUE(back->useTls);
    const auto all = store.profiles();
    ASSERT_GE(all.size(), 2);
    EXPECT_TRUE(all.first().local) << "the local platform is listed first";
    QSettings settings;
    for (const auto &key : settings.allKeys())
        EXPECT_FALSE(key.contains(QStringLiteral("token"), Qt::CaseInsensitive)) << key.toStdString();
    store.remove(p.id);
    EXPECT_FALSE(store.profile(p.id));
}

TEST(ProfileStore, RemembersDesktopNotificationsOffByDefault)
{
    ProfileStore store;
    store.ensureLocalProfile();
    const auto local = store.profile(localProfileId());
    ASSERT_TRUE(local);
    EXPECT_FALSE(local->desktopNotifications) << "off unless the person turns them on";

    ConnectionProfile p;
    p.id = ProfileStore::newProfileId();
    p.name = QStringLiteral("Production");
    p.endpoint = QStringLiteral("platform.example.com:443");
    p.tenantId = QStringLiteral("tenant-acme");
    p.useTls = true;
    store.save(p);
    EXPECT_FALSE(store.profile(p.id)->desktopNotifications);
    p.desktopNotifications = true;
    store.save(p);
    const auto back = ProfileStore().profile(p.id);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->desktopNotifications);
    EXPECT_EQ(*back, p);
    // Only the notifications differ: the same connection; anything else is another.
    ConnectionProfile quiet = p;
    quiet.desktopNotifications = false;
    EXPECT_TRUE(quiet.sameConnection(p));
    EXPECT_FALSE(quiet == p);
    ConnectionProfile moved = p;
    moved.endpoint = QStringLiteral("other.example.com:443");
    EXPECT_FALSE(moved.sameConnection(p));
    p.desktopNotifications = false;
    store.save(p);
    EXPECT_FALSE(store.profile(p.id)->desktopNotifications);
    store.remove(p.id);
}
