#include "client/call_metadata.h"
#include "client/local_platform.h"
#include "client/platform_connection.h"
#include "client/runs/run_watch.h"
#include "client/status_text.h"
#include "client_calls.h"
#include "models/diagnostics/diagnostics_model.h"
#include "platform_client.h"
#include "platform_process.h"
#include "platform_server.h"
#include "qt_wait.h"
#include "store/database.h"

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>

#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

using namespace ameide::client;
using ameide::test::PlatformProcess;
using ameide::test::TempDir;
using ameide::test::listRuns;
using ameide::test::waitFor;

namespace {

// Records the metadata of every ListWorkflowRuns attempt it receives, and
// can fail the first attempt or answer slowly. It checks what goes over the
// wire, which no platform-side behaviour can change.
class RecordingWorkflowService final : public wf::WorkflowService::Service
{
public:
    grpc::Status ListWorkflowRuns(grpc::ServerContext *ctx, const wf::ListWorkflowRunsRequest *,
                                  wf::ListWorkflowRunsResponse *) override
    {
        std::map<std::string, std::string> md;
        for (const auto &[k, v] : ctx->client_metadata())
            md[std::string(k.data(), k.size())] = std::string(v.data(), v.size());
        int attempt = 0;
        {
            std::lock_guard lock(mutex);
            attempts.push_back(md);
            attempt = static_cast<int>(attempts.size());
        }
        if (delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        if (failFirst && attempt == 1)
            return {grpc::StatusCode::UNAVAILABLE, "try again"};
        return grpc::Status::OK;
    }

    grpc::Status ListWorkflowDefinitions(grpc::ServerContext *, const wf::ListWorkflowDefinitionsRequest *,
                                         wf::ListWorkflowDefinitionsResponse *) override
    {
        return grpc::Status::OK;
    }

    std::mutex mutex;
    std::vector<std::map<std::string, std::string>> attempts;
    bool failFirst = false;
    int delayMs = 0;
};

struct RecordingServer
{
    RecordingServer()
    {
        grpc::ServerBuilder builder;
        builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
        builder.RegisterService(&service);
        server = builder.BuildAndStart();
    }
    ~RecordingServer() { server->Shutdown(std::chrono::system_clock::now()); }

    RecordingWorkflowService service;
    int port = 0;
    std::unique_ptr<grpc::Server> server;
};

ConnectionProfile loopbackProfile(const QString &endpoint, const QString &tenant = QStringLiteral("tenant-ameide"))
{
    ConnectionProfile p;
    p.id = QStringLiteral("test");
    p.name = QStringLiteral("Test");
    p.endpoint = endpoint;
    p.tenantId = tenant;
    return p;
}


std::string issueToken(const TempDir &dir, const std::string &role = "admin")
{
    std::string out;
    EXPECT_EQ(PlatformProcess::run({"token", "create", "--data", dir.path().string(), "--tenant", "tenant-ameide",
                                    "--user", "user-ameide-" + role, "--role", role},
                                   &out),
              0);
    return out.substr(0, out.find('\n'));
}

} // namespace

TEST(ClientMetadata, EveryCallCarriesTheHeadersAndARetryKeepsItsRequestId)
{
    RecordingServer server;
    server.service.failFirst = true;
    PlatformConnection c(loopbackProfile(QStringLiteral("127.0.0.1:%1").arg(server.port)), QStringLiteral("tok-1"));
    const auto first = listRuns(c);
    EXPECT_TRUE(first.status.ok()) << first.status.error_message();
    const auto second = listRuns(c);
    EXPECT_TRUE(second.status.ok());

    std::lock_guard lock(server.service.mutex);
    const auto &a = server.service.attempts;
    ASSERT_EQ(a.size(), 3u) << "one retried call (two attempts) and one plain call";
    static const QRegularExpression traceparent(QStringLiteral("^00-[0-9a-f]{32}-[0-9a-f]{16}-01$"));
    for (const auto &md : a) {
        EXPECT_EQ(md.at("authorization"), "Bearer tok-1");
        EXPECT_EQ(md.at("x-tenant-id"), "tenant-ameide");
        EXPECT_FALSE(md.at("x-request-id").empty());
        EXPECT_TRUE(traceparent.match(QString::fromStdString(md.at("traceparent"))).hasMatch()) << md.at("traceparent");
    }
    EXPECT_EQ(a[0].at("x-request-id"), a[1].at("x-request-id")) << "a retried attempt keeps its request id";
    EXPECT_NE(a[1].at("x-request-id"), a[2].at("x-request-id")) << "a new call gets a new request id";
}

TEST(ClientMetadata, CallsEndAtTheirDeadline)
{
    RecordingServer server;
    server.service.delayMs = 1500;
    PlatformConnection c(loopbackProfile(QStringLiteral("127.0.0.1:%1").arg(server.port)), QStringLiteral("t"));
    const auto r = listRuns(c, std::chrono::milliseconds(300));
    EXPECT_EQ(r.status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);

    const auto ctx = makeCallContext({QStringLiteral("t"), QStringLiteral("tenant")});
    const auto left = ctx->deadline() - std::chrono::system_clock::now();
    EXPECT_GT(left, std::chrono::milliseconds(4500));
    EXPECT_LE(left, std::chrono::milliseconds(5000));
}

TEST(ClientMetadata, TheRealPlatformAcceptsTheHeadersAndChecksTheTenant)
{
    TempDir dir;
    std::string out;
    ASSERT_EQ(PlatformProcess::run({"seed", "--data", dir.path().string(), "--runs", "50"}, &out), 0);
    const QString token = QString::fromStdString(issueToken(dir));
    PlatformProcess platformd(dir.path());
    platformd.start();
    const QString endpoint = QString::fromStdString(platformd.address());
    PlatformConnection right(loopbackProfile(endpoint), token);
    EXPECT_TRUE(listRuns(right).status.ok());
    PlatformConnection wrong(loopbackProfile(endpoint, QStringLiteral("tenant-acme")), token);
    EXPECT_EQ(listRuns(wrong).status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
    EXPECT_TRUE(waitFor([&] { return right.state() == PlatformConnection::State::Connected; }));
}

TEST(ClientConnection, ShowsAnUnreachablePlatformAndNoticesItsReturn)
{
    TempDir dir;
    std::string out;
    ASSERT_EQ(PlatformProcess::run({"seed", "--data", dir.path().string(), "--runs", "20"}, &out), 0);
    PlatformProcess platformd(dir.path());
    platformd.start();
    const std::string address = platformd.address();
    PlatformConnection c(loopbackProfile(QString::fromStdString(address)), QString::fromStdString(issueToken(dir)));
    ASSERT_TRUE(waitFor([&] { return c.state() == PlatformConnection::State::Connected; }));
    platformd.terminate();
    ASSERT_TRUE(waitFor([&] { return c.state() == PlatformConnection::State::Unreachable; }, 15000));
    EXPECT_TRUE(c.lastProblem().contains(QStringLiteral("Cannot reach"))) << c.lastProblem().toStdString();
    platformd.start(address);
    EXPECT_TRUE(waitFor([&] { return c.state() == PlatformConnection::State::Connected; }, 15000));
}

TEST(ClientWatch, ResumesThroughAPlatformRestartWithNothingMissedOrRepeated)
{
    TempDir dir;
    std::string out;
    ASSERT_EQ(PlatformProcess::run({"seed", "--data", dir.path().string(), "--runs", "50"}, &out), 0);
    const std::string token = issueToken(dir);
    PlatformProcess platformd(dir.path(), {"--activity-ms", "20"});
    platformd.start();
    const std::string address = platformd.address();

    PlatformConnection connection(loopbackProfile(QString::fromStdString(address)), QString::fromStdString(token));
    RunWatch watch(&connection);
    std::vector<std::int64_t> received;
    QObject::connect(&watch, &RunWatch::eventsReceived, [&](const QList<RunWatch::Event> &events) {
        for (const auto &e : events)
            received.push_back(e.update.sequence());
    });
    watch.start();
    ASSERT_TRUE(waitFor([&] { return watch.state() == RunWatch::State::Live; }));
    const QString startCursor = watch.cursor();

    auto startRuns = [&](int count) {
        ameide::test::PlatformClient raw(platformd.address());
        for (int i = 0; i < count; ++i) {
            wf::StartWorkflowRunRequest req;
            req.set_definition_id("wfd-ameide-docs-publish");
            (*req.mutable_input()->mutable_fields())["duration_ms"].set_number_value(10);
            wf::StartWorkflowRunResponse resp;
            auto ctx = raw.context(token);
            ASSERT_TRUE(raw.workflows().StartWorkflowRun(ctx.get(), req, &resp).ok());
        }
    };
    startRuns(5);
    ASSERT_TRUE(waitFor([&] { return received.size() >= 10; }));
    platformd.terminate();
    ASSERT_TRUE(waitFor([&] { return watch.state() == RunWatch::State::Reconnecting; }));
    platformd.start(address);
    startRuns(5);

    auto expected = [&] {
        ameide::platform::Database db(ameide::platform::databaseFile(dir.path()));
        return db.read([&](SQLite::Database &c) {
            SQLite::Statement q(c, "SELECT seq FROM workflows_execution_status_updates WHERE tenant_id ="
                                   " 'tenant-ameide' AND seq > ? AND run_seq IN (SELECT seq FROM workflow_runs"
                                   " WHERE definition_id = 'wfd-ameide-docs-publish' AND input = '{\"duration_ms\":10}')"
                                   " ORDER BY seq");
            q.bind(1, std::int64_t{0});
            std::vector<std::int64_t> seqs;
            while (q.executeStep())
                seqs.push_back(q.getColumn(0).getInt64());
            return seqs;
        });
    };
    // 10 runs of 3 steps: created, started, 3x(step started, step ended), ended = 9 updates each.
    std::vector<std::int64_t> all;
    ASSERT_TRUE(waitFor(
        [&] {
            all = expected();
            return all.size() >= 90;
        },
        30000))
        << all.size();
    EXPECT_EQ(all.size(), 90u);
    // The watch also sees the seed's live runs; compare the test's own runs,
    // once every one of them has had time to arrive.
    std::vector<std::int64_t> mine;
    auto collectMine = [&] {
        mine.clear();
        for (auto seq : received) {
            if (std::binary_search(all.begin(), all.end(), seq))
                mine.push_back(seq);
        }
        return mine.size() >= all.size();
    };
    EXPECT_TRUE(waitFor(collectMine, 30000)) << mine.size();
    EXPECT_GE(watch.reconnects(), 1);
    EXPECT_EQ(mine, all);
    EXPECT_TRUE(std::is_sorted(received.begin(), received.end()));
    EXPECT_EQ(std::adjacent_find(received.begin(), received.end()), received.end()) << "no duplicates";
    EXPECT_FALSE(startCursor.isEmpty());
}

TEST(LocalPlatform, SeedsStartsAndStopsItsChild)
{
    TempDir dir;
    qputenv("AMEIDE_PLATFORMD", PlatformProcess::binary().string().c_str());
    LocalPlatform local(QString::fromStdString((dir.path() / "platform").string()));
    EXPECT_FALSE(local.isSeeded());
    local.start();
    ASSERT_TRUE(waitFor([&] { return local.state() == LocalPlatform::State::Running; }, 120000))
        << local.lastError().toStdString();
    EXPECT_TRUE(local.isSeeded());
    EXPECT_TRUE(local.address().startsWith(QStringLiteral("127.0.0.1:")));

    QString token;
    local.createAdminToken([&](const QString &t, const QString &) { token = t; });
    ASSERT_TRUE(waitFor([&] { return !token.isEmpty(); }));

    PlatformConnection c(loopbackProfile(local.address()), token);
    EXPECT_TRUE(listRuns(c).status.ok());
    local.stop();
    EXPECT_EQ(local.state(), LocalPlatform::State::Stopped);
    EXPECT_EQ(listRuns(c, std::chrono::milliseconds(1000)).status.error_code(), grpc::StatusCode::UNAVAILABLE);
}

TEST(Diagnostics, TellsUnroutedServicesFromWorkingOnes)
{
    // A server that carries only WorkflowService looks like a gateway that
    // routes one service: everything else must read UNIMPLEMENTED.
    RecordingServer server;
    PlatformConnection c(loopbackProfile(QStringLiteral("127.0.0.1:%1").arg(server.port)), QStringLiteral("t"));
    ameide::models::DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bool finished = false;
    QObject::connect(&model, &ameide::models::DiagnosticsModel::finished, [&] { finished = true; });
    model.run(&c);
    ASSERT_TRUE(waitFor([&] { return finished; }));
    auto result = [&](int row) {
        return model.index(row, ameide::models::DiagnosticsModel::ResultColumn).data().toString();
    };
    EXPECT_EQ(result(0), QStringLiteral("UNIMPLEMENTED")) << "no health service on this server";
    EXPECT_EQ(result(1), QStringLiteral("OK"));
    EXPECT_EQ(result(2), QStringLiteral("UNIMPLEMENTED"));
    EXPECT_EQ(result(3), QStringLiteral("UNIMPLEMENTED"));
    EXPECT_EQ(result(4), QStringLiteral("UNIMPLEMENTED"));
    EXPECT_TRUE(model.index(3, ameide::models::DiagnosticsModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("not routed by the gateway")));

    // And an address where nothing listens is UNAVAILABLE everywhere.
    PlatformConnection nowhere(loopbackProfile(QStringLiteral("127.0.0.1:1")), QStringLiteral("t"));
    finished = false;
    model.run(&nowhere);
    ASSERT_TRUE(waitFor([&] { return finished; }));
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(result(row), QStringLiteral("UNAVAILABLE"));
    EXPECT_FALSE(model.report().isEmpty());
}

TEST(ConsoleCommandLine, ExplainsHowToRunWithoutADisplay)
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(AMEIDE_CONSOLE_PATH), {});
    ASSERT_TRUE(console.waitForFinished(10000));
    EXPECT_EQ(console.exitCode(), 2);
    EXPECT_TRUE(console.readAllStandardError().contains("xvfb-run"));

    console.start(QStringLiteral(AMEIDE_CONSOLE_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(console.waitForFinished(10000));
    EXPECT_EQ(console.exitCode(), 0);
    EXPECT_TRUE(console.readAllStandardOutput().contains(AMEIDE_VERSION));

    console.start(QStringLiteral(AMEIDE_CONSOLE_PATH), {QStringLiteral("--help")});
    ASSERT_TRUE(console.waitForFinished(10000));
    const QByteArray help = console.readAllStandardOutput();
    for (const char *option : {"--profile", "--endpoint", "--tenant", "--version"})
        EXPECT_TRUE(help.contains(option)) << option;
}

TEST(ConsoleCommandLine, RefusesWhatIsNotARunLink)
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings of this test only, never the user's.
    QTemporaryDir home;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    console.setProcessEnvironment(env);
    for (const char *bad : {"ameide://tenant-ameide/elements/x", "https://tenant-ameide/runs/r1", "ameide://t/runs/a b"}) {
        console.start(QStringLiteral(AMEIDE_CONSOLE_PATH), {QString::fromUtf8(bad)});
        ASSERT_TRUE(console.waitForFinished(10000)) << bad;
        EXPECT_EQ(console.exitCode(), 2) << bad;
        EXPECT_TRUE(console.readAllStandardError().contains("not a run link")) << bad;
    }
    console.start(QStringLiteral(AMEIDE_CONSOLE_PATH), {QStringLiteral("--help")});
    ASSERT_TRUE(console.waitForFinished(10000));
    EXPECT_TRUE(console.readAllStandardOutput().contains("ameide://"));
}

namespace {

// A CA and a server certificate for "localhost" signed by it, made with the
// openssl command line in `dir`.
void makeCertificates(const std::filesystem::path &dir, const std::string &name)
{
    const std::string d = dir.string() + '/';
    const std::string cmd =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=" + name + "-ca -keyout " + d + name
        + "-ca.key -out " + d + name + "-ca.pem 2>/dev/null && openssl req -newkey rsa:2048 -nodes -subj /CN=localhost"
        + " -keyout " + d + name + "-server.key -out " + d + name + "-server.csr 2>/dev/null && printf "
        + "'subjectAltName=DNS:localhost,IP:127.0.0.1' > " + d + name + "-ext.cnf && openssl x509 -req -in " + d + name
        + "-server.csr -CA " + d + name + "-ca.pem -CAkey " + d + name + "-ca.key -CAcreateserial -days 2 -extfile "
        + d + name + "-ext.cnf -out " + d + name + "-server.pem 2>/dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
}

} // namespace

TEST(ClientTls, TrustsTheProfilesCaAndSaysClearlyWhenTheCertificateDoesNotMatch)
{
    TempDir dir;
    makeCertificates(dir.path(), "good");
    makeCertificates(dir.path(), "other");
    std::string out;
    ASSERT_EQ(PlatformProcess::run({"seed", "--data", dir.path().string(), "--runs", "20"}, &out), 0);
    const QString token = QString::fromStdString(issueToken(dir));
    const std::string d = dir.path().string() + '/';
    PlatformProcess platformd(dir.path(), {"--tls-cert", d + "good-server.pem", "--tls-key", d + "good-server.key"});
    platformd.start();
    const QString port = QString::fromStdString(platformd.address()).section(QLatin1Char(':'), -1);

    ConnectionProfile profile = loopbackProfile(QStringLiteral("localhost:") + port);
    profile.useTls = true;
    profile.caFile = QString::fromStdString(d + "good-ca.pem");
    PlatformConnection trusted(profile, token);
    EXPECT_TRUE(listRuns(trusted).status.ok());

    profile.caFile = QString::fromStdString(d + "other-ca.pem");
    PlatformConnection untrusted(profile, token);
    const auto failed = listRuns(untrusted);
    EXPECT_EQ(failed.status.error_code(), grpc::StatusCode::UNAVAILABLE);
    const QString message = describeStatus(failed.status, {}, profile.endpoint);
    EXPECT_TRUE(message.contains(QStringLiteral("certificate"))) << message.toStdString();

    // And plaintext to a TLS platform does not get through either.
    PlatformConnection plaintext(loopbackProfile(QStringLiteral("127.0.0.1:") + port), token);
    EXPECT_FALSE(listRuns(plaintext).status.ok());
}

TEST(ClientSecrets, TheTokenNeverReachesThePlatformLog)
{
    TempDir dir;
    std::string out;
    ASSERT_EQ(PlatformProcess::run({"seed", "--data", dir.path().string(), "--runs", "20"}, &out), 0);
    const std::string token = issueToken(dir);
    {
        PlatformProcess platformd(dir.path());
        platformd.start();
        PlatformConnection c(loopbackProfile(QString::fromStdString(platformd.address())),
                             QString::fromStdString(token));
        EXPECT_TRUE(listRuns(c).status.ok());
        PlatformConnection wrongTenant(
            loopbackProfile(QString::fromStdString(platformd.address()), QStringLiteral("tenant-acme")),
            QString::fromStdString(token));
        EXPECT_FALSE(listRuns(wrongTenant).status.ok());
        platformd.kill();
    }
    std::ifstream log(dir.path() / "platformd.log");
    std::stringstream text;
    text << log.rdbuf();
    EXPECT_FALSE(text.str().empty());
    EXPECT_EQ(text.str().find(token), std::string::npos);
    EXPECT_EQ(text.str().find(token.substr(4)), std::string::npos);
}
