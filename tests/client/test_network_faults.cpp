// The console's client core against the real ameide-platformd through a
// loopback proxy that injects network faults: silence (a half-open
// connection), latency, resets and refused connections.
//
// Measured figures go to stdout as "FIGURE: <what>: <value>" lines, one per
// figure, for docs/reliability.md. Nothing here asserts on timings beyond
// generous bounds that tell "finished" from "hung".
#include "client/platform_connection.h"
#include "client/runs/run_watch.h"
#include "client/status_text.h"
#include "client_calls.h"
#include "fault_proxy.h"
#include "platform_client.h"
#include "platform_process.h"
#include "platform_server.h"
#include "qt_wait.h"
#include "store/database.h"

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <memory>
#include <thread>
#include <unordered_set>

using namespace ameide::client;
using ameide::test::FaultProxy;
using ameide::test::PlatformProcess;
using ameide::test::TempDir;
using ameide::test::listRuns;
using ameide::test::waitFor;

namespace {

// 3 steps of 10 ms: created, started, 3x(step started, step ended), ended.
constexpr std::size_t kUpdatesPerRun = 9;
constexpr const char *kDefinition = "wfd-ameide-docs-publish";

void figure(const std::string &what, const std::string &value)
{
    std::cout << "FIGURE: " << what << ": " << value << std::endl;
}

void figure(const std::string &what, qint64 value, const std::string &unit)
{
    figure(what, std::to_string(value) + (unit.empty() ? "" : " " + unit));
}

ConnectionProfile loopbackProfile(const std::string &endpoint)
{
    ConnectionProfile p;
    p.id = QStringLiteral("faults");
    p.name = QStringLiteral("Faults");
    p.endpoint = QString::fromStdString(endpoint);
    p.tenantId = QStringLiteral("tenant-ameide");
    return p;
}

// Pumps the event loop for a while (the GUI thread keeps working).
void idle(int ms)
{
    waitFor([] { return false; }, ms);
}


// Starts a run directly on the platform (not through the proxy); its id, or
// empty when the call failed.
std::string startRun(ameide::test::PlatformClient &raw, const std::string &token)
{
    wf::StartWorkflowRunRequest req;
    req.set_definition_id(kDefinition);
    (*req.mutable_input()->mutable_fields())["duration_ms"].set_number_value(10);
    wf::StartWorkflowRunResponse resp;
    auto ctx = raw.context(token);
    if (!raw.workflows().StartWorkflowRun(ctx.get(), req, &resp).ok())
        return {};
    return resp.run().id();
}

// Starts a run every `interval` on a thread of its own until stopped.
class Load
{
public:
    Load(std::string address, std::string token, std::chrono::milliseconds interval)
        : m_address(std::move(address))
        , m_token(std::move(token))
        , m_interval(interval)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~Load() { stop(); }
    Load(const Load &) = delete;
    Load &operator=(const Load &) = delete;

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    // After stop(): the runs started and how many starts failed.
    const std::vector<std::string> &runIds() const { return m_ids; }
    int failures() const { return m_failures; }

private:
    void run()
    {
        ameide::test::PlatformClient raw(m_address);
        while (!m_stop) {
            const std::string id = startRun(raw, m_token);
            if (id.empty())
                ++m_failures;
            else
                m_ids.push_back(id);
            std::this_thread::sleep_for(m_interval);
        }
    }

    std::string m_address;
    std::string m_token;
    std::chrono::milliseconds m_interval;
    std::atomic<bool> m_stop{false};
    std::vector<std::string> m_ids; // read only after stop()
    std::atomic<int> m_failures{0};
    std::thread m_thread;
};

// What a RunWatch delivers and when its state changes, on the GUI thread.
class WatchRecorder
{
public:
    explicit WatchRecorder(RunWatch &watch)
    {
        m_clock.start();
        QObject::connect(&watch, &RunWatch::eventsReceived, &m_context, [this](const QList<RunWatch::Event> &events) {
            for (const auto &e : events)
                received.push_back({e.update.sequence(), e.update.run_id()});
        });
        QObject::connect(&watch, &RunWatch::stateChanged, &m_context,
                         [this](RunWatch::State s) { transitions.push_back({m_clock.elapsed(), s}); });
    }

    qint64 now() const { return m_clock.elapsed(); }
    std::size_t mark() const { return transitions.size(); }

    bool leftLiveSince(std::size_t mark) const
    {
        return std::any_of(transitions.begin() + static_cast<std::ptrdiff_t>(mark), transitions.end(),
                           [](const auto &t) { return t.second != RunWatch::State::Live; });
    }

    // When the watch was Live again after leaving Live, both since mark; -1 if not yet.
    qint64 liveAgainSince(std::size_t mark) const
    {
        bool left = false;
        for (std::size_t i = mark; i < transitions.size(); ++i) {
            if (transitions[i].second != RunWatch::State::Live)
                left = true;
            else if (left)
                return transitions[i].first;
        }
        return -1;
    }

    // The sequences received for these runs, in the order received.
    std::vector<std::int64_t> sequencesOf(const std::vector<std::string> &runIds) const
    {
        const std::unordered_set<std::string> mine(runIds.begin(), runIds.end());
        std::vector<std::int64_t> out;
        for (const auto &[seq, run] : received) {
            if (mine.contains(run))
                out.push_back(seq);
        }
        return out;
    }

    std::vector<std::int64_t> allSequences() const
    {
        std::vector<std::int64_t> out;
        for (const auto &r : received)
            out.push_back(r.first);
        return out;
    }

    std::vector<std::pair<std::int64_t, std::string>> received;
    std::vector<std::pair<qint64, RunWatch::State>> transitions;

private:
    QElapsedTimer m_clock;
    QObject m_context;
};

std::string median(std::vector<qint64> values)
{
    if (values.empty())
        return "n/a";
    std::sort(values.begin(), values.end());
    return std::to_string(values[values.size() / 2]) + " ms (min " + std::to_string(values.front()) + ", max "
        + std::to_string(values.back()) + ", n=" + std::to_string(values.size()) + ")";
}

class NetworkFaults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::string out;
        ASSERT_EQ(PlatformProcess::run({"seed", "--data", m_dir.path().string(), "--runs", "50"}, &out), 0);
        ASSERT_EQ(PlatformProcess::run({"token", "create", "--data", m_dir.path().string(), "--tenant",
                                        "tenant-ameide", "--user", "user-ameide-admin", "--role", "admin"},
                                       &out),
                  0);
        m_token = out.substr(0, out.find('\n'));
        m_platformd = std::make_unique<PlatformProcess>(m_dir.path(), std::vector<std::string>{"--activity-ms", "20"});
        m_platformd->start();
        m_proxy = std::make_unique<FaultProxy>(m_platformd->address());
    }

    std::unique_ptr<PlatformConnection> connectThroughProxy()
    {
        return std::make_unique<PlatformConnection>(loopbackProfile(m_proxy->address()), QString::fromStdString(m_token));
    }

    std::vector<std::string> startRuns(int count)
    {
        ameide::test::PlatformClient raw(m_platformd->address());
        std::vector<std::string> ids;
        for (int i = 0; i < count; ++i) {
            ids.push_back(startRun(raw, m_token));
            EXPECT_FALSE(ids.back().empty());
        }
        return ids;
    }

    // The status updates the database holds for these runs, in order.
    std::vector<std::int64_t> databaseSequences(const std::vector<std::string> &runIds)
    {
        ameide::platform::Database db(ameide::platform::databaseFile(m_dir.path()));
        return db.read([&](SQLite::Database &c) {
            std::string sql = "SELECT u.seq FROM workflows_execution_status_updates u JOIN workflow_runs r"
                              " ON r.seq = u.run_seq WHERE u.tenant_id = 'tenant-ameide' AND r.id IN (";
            for (std::size_t i = 0; i < runIds.size(); ++i)
                sql += i == 0 ? "?" : ",?";
            sql += ") ORDER BY u.seq";
            SQLite::Statement q(c, sql);
            for (std::size_t i = 0; i < runIds.size(); ++i)
                q.bind(static_cast<int>(i + 1), runIds[i]);
            std::vector<std::int64_t> seqs;
            while (q.executeStep())
                seqs.push_back(q.getColumn(0).getInt64());
            return seqs;
        });
    }

    // Everything the watch received for these runs equals the database's
    // updates for them, and nothing at all arrived twice or out of order.
    void expectNothingMissedOrRepeated(const WatchRecorder &recorder, const std::vector<std::string> &runIds)
    {
        ASSERT_FALSE(runIds.empty());
        const std::size_t want = kUpdatesPerRun * runIds.size();
        EXPECT_TRUE(waitFor([&] { return recorder.sequencesOf(runIds).size() >= want; }, 30000))
            << recorder.sequencesOf(runIds).size() << " of " << want;
        idle(300); // anything extra (a duplicate) would arrive now
        const auto all = databaseSequences(runIds);
        EXPECT_EQ(all.size(), want);
        EXPECT_EQ(recorder.sequencesOf(runIds), all);
        const auto received = recorder.allSequences();
        EXPECT_EQ(std::adjacent_find(received.begin(), received.end(), std::greater_equal<>()), received.end())
            << "strictly increasing, so no duplicates";
    }

    TempDir m_dir;
    std::string m_token;
    std::unique_ptr<PlatformProcess> m_platformd;
    std::unique_ptr<FaultProxy> m_proxy;
};

} // namespace

TEST_F(NetworkFaults, UnaryCallsEndAtTheirDeadlineWhenTheNetworkIsSilent)
{
    auto connection = connectThroughProxy();
    ASSERT_TRUE(waitFor([&] { return connection->state() == PlatformConnection::State::Connected; }));
    ASSERT_TRUE(listRuns(*connection, std::chrono::seconds(5)).status.ok());

    // An established connection that goes silent.
    m_proxy->setBlackhole(true);
    const auto r = listRuns(*connection, std::chrono::milliseconds(1000));
    ASSERT_TRUE(r.done) << "the call must end by itself, well within 10 s";
    EXPECT_EQ(r.status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED) << r.status.error_message();
    const QString text = describeStatus(r.status, QStringLiteral("WorkflowService"), connection->profile().endpoint);
    EXPECT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("did not answer in time"))) << text.toStdString();
    figure("unary call, 1000 ms deadline, silent established connection: ended after", r.elapsedMs,
           "ms (DEADLINE_EXCEEDED)");

    // A new connection whose handshake meets silence.
    auto fresh = connectThroughProxy();
    const auto f = listRuns(*fresh, std::chrono::milliseconds(1000));
    ASSERT_TRUE(f.done) << "the call must end by itself, well within 10 s";
    EXPECT_EQ(f.status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED) << f.status.error_message();
    EXPECT_FALSE(describeStatus(f.status, QStringLiteral("WorkflowService"), fresh->profile().endpoint).isEmpty());
    figure("unary call, 1000 ms deadline, silent new connection: ended after", f.elapsedMs, "ms (DEADLINE_EXCEEDED)");

    // Both work again once the network does.
    m_proxy->setBlackhole(false);
    EXPECT_TRUE(listRuns(*connection, std::chrono::seconds(5)).status.ok());
    EXPECT_TRUE(listRuns(*fresh, std::chrono::seconds(5)).status.ok());
}

TEST_F(NetworkFaults, AddedLatencyStillWorks)
{
    m_proxy->setDelay(std::chrono::milliseconds(200));
    auto connection = connectThroughProxy();
    ASSERT_TRUE(waitFor([&] { return connection->state() == PlatformConnection::State::Connected; }));
    const auto r = listRuns(*connection, std::chrono::seconds(5));
    ASSERT_TRUE(r.done);
    EXPECT_TRUE(r.status.ok()) << r.status.error_message();
    // Request and reply each wait 200 ms in the proxy: a lower bound, not a performance check.
    EXPECT_GE(r.latencyMicros, 400000);
    figure("ListWorkflowRuns round trip with +200 ms per forwarded chunk", r.latencyMicros / 1000, "ms");

    RunWatch watch(connection.get());
    WatchRecorder recorder(watch);
    watch.start();
    ASSERT_TRUE(waitFor([&] { return watch.state() == RunWatch::State::Live; }));
    const auto ids = startRuns(3);
    expectNothingMissedOrRepeated(recorder, ids);
    EXPECT_EQ(watch.reconnects(), 0);
}

TEST_F(NetworkFaults, TheRunWatchRecoversFromResetsAndSilenceWithNothingMissedOrRepeated)
{
    auto connection = connectThroughProxy();
    RunWatch watch(connection.get());
    WatchRecorder recorder(watch);
    watch.start();
    ASSERT_TRUE(waitFor([&] { return watch.state() == RunWatch::State::Live; }));

    Load load(m_platformd->address(), m_token, std::chrono::milliseconds(100));
    auto waitForMoreEvents = [&](std::size_t n) {
        const std::size_t base = recorder.received.size();
        return waitFor([&] { return recorder.received.size() >= base + n; }, 30000);
    };
    std::vector<qint64> resetToLive;
    auto resetAll = [&] {
        ASSERT_TRUE(waitForMoreEvents(5)) << "the stream delivers before the reset";
        const std::size_t mark = recorder.mark();
        m_proxy->dropAll();
        const qint64 restored = recorder.now(); // a reset is over as soon as it happened
        ASSERT_TRUE(waitFor([&] { return recorder.liveAgainSince(mark) >= 0; }, 30000))
            << "the watch noticed the reset and is Live again";
        resetToLive.push_back(recorder.liveAgainSince(mark) - restored);
    };

    for (int i = 0; i < 3; ++i)
        resetAll();

    // Three seconds of silence while runs keep changing.
    ASSERT_TRUE(waitForMoreEvents(5));
    const std::size_t silenceMark = recorder.mark();
    m_proxy->setBlackhole(true);
    idle(200);
    const auto before = m_proxy->counters();
    idle(2800);
    const auto after = m_proxy->counters();
    EXPECT_EQ(before.bytesToClient, after.bytesToClient) << "nothing gets through a blackhole";
    EXPECT_EQ(before.bytesToTarget, after.bytesToTarget);
    const std::size_t receivedAtRestore = recorder.received.size();
    const qint64 restored = recorder.now();
    m_proxy->setBlackhole(false);
    ASSERT_TRUE(waitFor([&] { return recorder.received.size() > receivedAtRestore; }, 30000));
    const qint64 firstEventAfterRestore = recorder.now() - restored;
    const bool reconnectedDuringSilence = recorder.leftLiveSince(silenceMark);
    qint64 silenceRestoreToLive = 0;
    if (reconnectedDuringSilence) {
        ASSERT_TRUE(waitFor([&] { return recorder.liveAgainSince(silenceMark) >= 0; }, 30000));
        silenceRestoreToLive = std::max<qint64>(0, recorder.liveAgainSince(silenceMark) - restored);
    }

    for (int i = 0; i < 2; ++i)
        resetAll();
    ASSERT_TRUE(waitForMoreEvents(5));
    load.stop();
    EXPECT_EQ(load.failures(), 0);
    ASSERT_GE(load.runIds().size(), 20u);

    expectNothingMissedOrRepeated(recorder, load.runIds());
    EXPECT_EQ(watch.state(), RunWatch::State::Live);
    EXPECT_GE(watch.reconnects(), static_cast<int>(resetToLive.size()));
    EXPECT_GE(m_proxy->counters().dropped, resetToLive.size());

    figure("watch, connection reset to Live again", median(resetToLive));
    figure("watch, 3 s blackhole: watch left Live during the silence", reconnectedDuringSilence ? "yes" : "no");
    figure("watch, 3 s blackhole: restore to Live",
           reconnectedDuringSilence ? std::to_string(silenceRestoreToLive) + " ms" : "n/a (stayed Live)");
    figure("watch, 3 s blackhole: restore to first event delivered", firstEventAfterRestore, "ms");
    figure("watch, reconnects over 5 resets and one 3 s blackhole", watch.reconnects(), "");
    figure("watch, runs started during the faults / updates compared with the database",
           std::to_string(load.runIds().size()) + " / " + std::to_string(load.runIds().size() * kUpdatesPerRun));
}

TEST_F(NetworkFaults, AHalfOpenConnectionIsNoticedAndTheWatchResumes)
{
    auto connection = connectThroughProxy();
    RunWatch watch(connection.get());
    WatchRecorder recorder(watch);
    watch.start();
    ASSERT_TRUE(waitFor([&] { return watch.state() == RunWatch::State::Live; }));
    auto ids = startRuns(3);
    ASSERT_TRUE(waitFor([&] { return recorder.sequencesOf(ids).size() >= 3 * kUpdatesPerRun; }));

    // The network goes silent and stays so: only keepalive can tell.
    const std::size_t mark = recorder.mark();
    const qint64 silent = recorder.now();
    m_proxy->setBlackhole(true);
    const auto during = startRuns(3);
    ids.insert(ids.end(), during.begin(), during.end());
    ASSERT_TRUE(waitFor([&] { return recorder.leftLiveSince(mark); }, 60000))
        << "a watch on a half-open connection must notice within keepalive time + timeout";
    const qint64 noticed = recorder.now() - silent;
    EXPECT_TRUE(watch.lastError().size() > 0);

    // It stays silent a little longer, then comes back.
    idle(2000);
    const qint64 restored = recorder.now();
    m_proxy->setBlackhole(false);
    ASSERT_TRUE(waitFor([&] { return recorder.liveAgainSince(mark) >= 0; }, 30000));
    const qint64 restoreToLive = std::max<qint64>(0, recorder.liveAgainSince(mark) - restored);
    const auto after = startRuns(3);
    ids.insert(ids.end(), after.begin(), after.end());

    expectNothingMissedOrRepeated(recorder, ids);
    figure("watch, half-open connection noticed after", noticed, "ms of silence");
    figure("watch, half-open connection: restore to Live", restoreToLive, "ms");
    figure("watch, half-open connection: reconnects", watch.reconnects(), "");
}

TEST_F(NetworkFaults, RefusedConnectionsShowUnreachableUntilTheyAreAcceptedAgain)
{
    auto connection = connectThroughProxy();
    ASSERT_TRUE(waitFor([&] { return connection->state() == PlatformConnection::State::Connected; }));

    // Refusing concerns new connections only; the reset sends the channel to make one.
    m_proxy->setRefuse(true);
    m_proxy->dropAll();
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(waitFor([&] { return connection->state() == PlatformConnection::State::Unreachable; }, 20000));
    figure("connection, refused: reset to Unreachable", timer.elapsed(), "ms");
    EXPECT_FALSE(connection->lastProblem().isEmpty());
    EXPECT_TRUE(connection->lastProblem().contains(QStringLiteral("Cannot reach"))) << connection->lastProblem().toStdString();
    EXPECT_GT(m_proxy->counters().refused, 0u);

    m_proxy->setRefuse(false);
    timer.restart();
    ASSERT_TRUE(waitFor([&] { return connection->state() == PlatformConnection::State::Connected; }, 30000));
    figure("connection, refusal over to Connected", timer.elapsed(), "ms");
    EXPECT_TRUE(listRuns(*connection, std::chrono::seconds(5)).status.ok());
}

TEST(FaultProxy, OnlyForwardsToLoopbackAndStopsCleanly)
{
    EXPECT_THROW(FaultProxy("10.0.0.1:80"), std::invalid_argument);
    EXPECT_THROW(FaultProxy("example.com:80"), std::invalid_argument);
    EXPECT_THROW(FaultProxy("127.0.0.1:0"), std::invalid_argument);
    // Start, switch every fault and stop, many times over: no thread outlives its proxy.
    for (int i = 0; i < 20; ++i) {
        FaultProxy proxy("127.0.0.1:1");
        EXPECT_GT(proxy.port(), 0);
        proxy.setDelay(std::chrono::milliseconds(5));
        proxy.setBlackhole(i % 2 == 0);
        proxy.dropAll();
        proxy.setTarget("localhost:2");
    }
}
