#include "client/runs/run_watch.h"

#include "client/platform_connection.h"
#include "client/status_text.h"

#include <QRandomGenerator>

#include <condition_variable>
#include <mutex>

namespace ameide::client {

namespace {
constexpr int kInitialBackoffMs = 250;
constexpr int kMaxBackoffMs = 5000;
// A watch has no natural end; the deadline only bounds a forgotten stream.
constexpr auto kStreamDeadline = std::chrono::hours(24 * 30);
} // namespace

// Messages of one stream attempt waiting for the owner's thread. The posted
// deliveries hold the mailbox, not the reader, so a reader may be deleted
// while deliveries are still queued; the generation tells stale ones apart.
struct RunWatch::Mailbox
{
    explicit Mailbox(int g)
        : generation(g)
    {
    }

    QList<wf::WatchWorkflowRunsResponse> take()
    {
        std::lock_guard lock(mutex);
        queued = false;
        return std::exchange(pending, {});
    }

    const int generation;
    std::mutex mutex;
    QList<wf::WatchWorkflowRunsResponse> pending;
    bool queued = false;
};

// One stream attempt. While one delivery is queued, later messages join it,
// so a burst costs the GUI thread one event, not thousands.
class RunWatch::Reader final : public grpc::ClientReadReactor<wf::WatchWorkflowRunsResponse>
{
public:
    Reader(RunWatch *owner, const wf::WatchWorkflowRunsRequest &request, int generation)
        : m_owner(owner)
        , m_request(request)
        , m_mailbox(std::make_shared<Mailbox>(generation))
    {
        m_context = makeCallContext(owner->m_connection->identity(),
                                    std::chrono::duration_cast<std::chrono::milliseconds>(kStreamDeadline));
        owner->m_connection->operations()->async()->WatchWorkflowRuns(m_context.get(), &m_request, this);
        StartRead(&m_message);
        StartCall();
    }

    void OnReadDone(bool ok) override
    {
        if (!ok)
            return; // OnDone follows with the status.
        bool schedule = false;
        {
            std::lock_guard lock(m_mailbox->mutex);
            m_mailbox->pending.push_back(m_message);
            schedule = !m_mailbox->queued;
            m_mailbox->queued = true;
        }
        if (schedule) {
            QMetaObject::invokeMethod(
                m_owner, [owner = m_owner, box = m_mailbox] { owner->onMessages(box->generation, box->take()); },
                Qt::QueuedConnection);
        }
        StartRead(&m_message);
    }

    void OnDone(const grpc::Status &status) override
    {
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, box = m_mailbox, status] {
                owner->onMessages(box->generation, box->take());
                owner->onStreamDone(box->generation, status);
            },
            Qt::QueuedConnection);
        std::lock_guard lock(m_doneMutex);
        m_done = true;
        m_doneCv.notify_all();
    }

    void cancel() { m_context->TryCancel(); }

    void waitDone()
    {
        std::unique_lock lock(m_doneMutex);
        m_doneCv.wait(lock, [&] { return m_done; });
    }

private:
    RunWatch *m_owner;
    wf::WatchWorkflowRunsRequest m_request;
    std::shared_ptr<Mailbox> m_mailbox;
    std::unique_ptr<grpc::ClientContext> m_context;
    wf::WatchWorkflowRunsResponse m_message;
    std::mutex m_doneMutex;
    std::condition_variable m_doneCv;
    bool m_done = false;
};

RunWatch::RunWatch(PlatformConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RunWatch::connectStream);
}

RunWatch::~RunWatch()
{
    stopReader();
}

void RunWatch::start(const wf::WorkflowRunFilter &filter, const QString &cursor)
{
    stop();
    m_filter = filter;
    m_cursor = cursor;
    m_attempt = 0;
    setState(State::Connecting);
    connectStream();
}

void RunWatch::stop()
{
    m_retryTimer.stop();
    setState(State::Stopped);
    stopReader();
}

void RunWatch::stopReader()
{
    ++m_generation;
    if (!m_reader)
        return;
    m_reader->cancel();
    m_reader->waitDone();
    delete m_reader;
    m_reader = nullptr;
}

void RunWatch::connectStream()
{
    if (m_state == State::Stopped || !m_connection->operations()) {
        if (m_state != State::Stopped) {
            m_lastError = m_connection->error();
            setState(State::Reconnecting);
        }
        return;
    }
    wf::WatchWorkflowRunsRequest request;
    *request.mutable_filter() = m_filter;
    request.set_cursor(m_cursor.toStdString());
    m_reader = new Reader(this, request, ++m_generation);
}

void RunWatch::onMessages(int generation, const QList<wf::WatchWorkflowRunsResponse> &messages)
{
    if (generation != m_generation || messages.isEmpty() || m_state == State::Stopped)
        return;
    QList<Event> events;
    for (const auto &m : messages) {
        if (!m.heartbeat())
            events.push_back({m.update(), m.run()});
        m_cursor = QString::fromStdString(m.cursor());
    }
    m_attempt = 0;
    m_lastError.clear();
    setState(State::Live);
    if (!events.isEmpty())
        Q_EMIT eventsReceived(events);
}

void RunWatch::onStreamDone(int generation, const grpc::Status &status)
{
    if (generation != m_generation)
        return;
    if (m_reader) {
        m_reader->waitDone();
        delete m_reader;
        m_reader = nullptr;
    }
    if (m_state == State::Stopped)
        return;
    m_lastError = describeStatus(status, QStringLiteral("WorkflowOperationsService"), m_connection->profile().endpoint);
    if (status.error_code() == grpc::StatusCode::OUT_OF_RANGE) {
        // The platform's history no longer holds the cursor: start again from now.
        m_cursor.clear();
    }
    if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED
        || status.error_code() == grpc::StatusCode::PERMISSION_DENIED
        || status.error_code() == grpc::StatusCode::INVALID_ARGUMENT
        || status.error_code() == grpc::StatusCode::UNIMPLEMENTED) {
        // Trying again cannot help.
        m_state = State::Stopped;
        Q_EMIT stateChanged(m_state);
        return;
    }
    ++m_reconnects;
    const int base = std::min(kMaxBackoffMs, kInitialBackoffMs << std::min(m_attempt, 5));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    ++m_attempt;
    setState(State::Reconnecting);
    m_retryTimer.start(static_cast<int>(base * jitter));
}

void RunWatch::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace ameide::client
