#include "client/platform_connection.h"

#include "client/channel_factory.h"
#include "client/status_text.h"

#include <grpcpp/support/byte_buffer.h>

namespace ameide::client {

namespace {
constexpr int kProbeWhileConnectedMs = 5000;
constexpr int kProbeWhileUnreachableMs = 1000;
} // namespace

PlatformConnection::PlatformConnection(const ConnectionProfile &profile, const QString &token, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_token(token)
{
    auto made = createChannel(profile);
    if (!made.channel) {
        m_error = made.error;
        m_state = State::Unreachable;
        m_lastProblem = made.error;
        return;
    }
    m_channel = made.channel;
    m_workflows = wf::WorkflowService::NewStub(m_channel);
    m_operations = wf::WorkflowOperationsService::NewStub(m_channel);
    m_tenants = pv1::TenantService::NewStub(m_channel);
    m_organizations = pv1::OrganizationService::NewStub(m_channel);
    m_feedback = fb::FeedbackIntakeService::NewStub(m_channel);
    m_generic = std::make_unique<grpc::GenericStub>(m_channel);

    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &PlatformConnection::probeNow);
    QMetaObject::invokeMethod(this, &PlatformConnection::probeNow, Qt::QueuedConnection);
}

PlatformConnection::~PlatformConnection()
{
    m_probeTimer.stop();
    std::unique_lock lock(m_mutex);
    for (auto *ctx : m_contexts)
        ctx->TryCancel();
    m_idle.wait(lock, [&] { return m_inFlight == 0; });
}

void PlatformConnection::track(int delta)
{
    std::lock_guard lock(m_mutex);
    m_inFlight += delta;
    if (m_inFlight == 0)
        m_idle.notify_all();
}

void PlatformConnection::deliver(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void PlatformConnection::checkHealth(QObject *receiver, const std::function<void(const grpc::Status &, qint64)> &done,
                                     std::chrono::milliseconds deadline)
{
    struct ProbeState
    {
        std::unique_ptr<grpc::ClientContext> context;
        grpc::ByteBuffer request;
        grpc::ByteBuffer response;
        QElapsedTimer timer;
    };
    if (!m_generic) {
        deliver([guard = QPointer<QObject>(receiver), done, error = m_error] {
            if (guard)
                done(grpc::Status(grpc::StatusCode::UNAVAILABLE, error.toStdString()), 0);
        });
        return;
    }
    auto state = std::make_shared<ProbeState>();
    state->context = std::make_unique<grpc::ClientContext>();
    state->context->set_deadline(std::chrono::system_clock::now() + deadline);
    grpc::Slice empty;
    state->request = grpc::ByteBuffer(&empty, 1);
    state->timer.start();
    {
        std::lock_guard lock(m_mutex);
        ++m_inFlight;
        m_contexts.push_back(state->context.get());
    }
    QPointer<QObject> guard(receiver);
    m_generic->UnaryCall(state->context.get(), "/grpc.health.v1.Health/Check", grpc::StubOptions(), &state->request,
                         &state->response, [this, state, guard, done = done](const grpc::Status &status) mutable {
                             const qint64 micros = state->timer.nsecsElapsed() / 1000;
                             {
                                 std::lock_guard lock(m_mutex);
                                 std::erase(m_contexts, state->context.get());
                             }
                             // The state goes along to be released on this
                             // object's thread (see the class comment).
                             QMetaObject::invokeMethod(
                                 this,
                                 [state = std::move(state), guard = std::move(guard), done = std::move(done), status,
                                  micros] {
                                     if (guard)
                                         done(status, micros);
                                 },
                                 Qt::QueuedConnection);
                             track(-1);
                         });
}

void PlatformConnection::probeNow()
{
    if (!m_generic)
        return;
    m_probeTimer.stop();
    checkHealth(
        this,
        [this](const grpc::Status &status, qint64) {
            if (status.ok())
                setState(State::Connected, {});
            else
                setState(State::Unreachable, describeStatus(status, {}, m_profile.endpoint));
            m_probeTimer.start(status.ok() ? kProbeWhileConnectedMs : kProbeWhileUnreachableMs);
        },
        std::chrono::milliseconds(3000));
}

void PlatformConnection::setState(State state, const QString &problem)
{
    m_lastProblem = problem;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace ameide::client
