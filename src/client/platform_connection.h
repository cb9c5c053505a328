#pragma once

#include "client/api_result.h"
#include "client/call_metadata.h"
#include "client/connection_profile.h"

#include "ameide_core_proto/feedback/v1/feedback_service.grpc.pb.h"
#include "ameide_core_proto/platform/v1/organization_service.grpc.pb.h"
#include "ameide_core_proto/platform/v1/tenant_service.grpc.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.grpc.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_service.grpc.pb.h"

#include <grpcpp/generic/generic_stub.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace ameide::client {

namespace wf = ameide_core_proto::workflows_runtime::v1;
namespace pv1 = ameide_core_proto::platform::v1;
namespace fb = ameide_core_proto::feedback::v1;

// One connection to a platform: the channel, the stubs and the identity the
// calls are made as, plus a health probe that tells whether the platform
// can be reached and notices when it comes back.
//
// Calls run on gRPC's threads; their results are copied and delivered on
// the thread that owns this object (the GUI thread), never touching a
// QObject from a gRPC thread. A receiver deleted before the reply arrives
// simply gets nothing. The destructor cancels calls in flight and waits for
// gRPC to finish with them.
//
// Nothing a call owns (its context, request, response, callback) is released
// on a gRPC thread. gRPC destroys a completion functor on its own thread after
// the functor has returned, which may be after the destructor stopped waiting;
// a context still held there keeps the channel alive, and a channel released
// last on gRPC's callback thread shuts down and frees the completion queue
// that thread goes back to reading (gRPC then aborts in ref_counted.h,
// "prior > 0").
class PlatformConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformConnection)
public:
    enum class State { Connecting, Connected, Unreachable };
    Q_ENUM(State)

    PlatformConnection(const ConnectionProfile &profile, const QString &token, QObject *parent = nullptr);
    ~PlatformConnection() override;

    // Empty when the channel could be made; otherwise why not.
    QString error() const { return m_error; }
    State state() const { return m_state; }
    QString lastProblem() const { return m_lastProblem; }
    const ConnectionProfile &profile() const { return m_profile; }
    CallIdentity identity() const { return {m_token, m_profile.tenantId}; }
    std::shared_ptr<grpc::Channel> channel() const { return m_channel; }

    wf::WorkflowService::Stub *workflows() const { return m_workflows.get(); }
    wf::WorkflowOperationsService::Stub *operations() const { return m_operations.get(); }
    pv1::TenantService::Stub *tenants() const { return m_tenants.get(); }
    pv1::OrganizationService::Stub *organizations() const { return m_organizations.get(); }
    fb::FeedbackIntakeService::Stub *feedback() const { return m_feedback.get(); }

    // Makes one unary call: `start` is handed the context, request and
    // response and starts the call with the stub's async() API, e.g.
    //   [s](auto *ctx, auto *req, auto *resp, auto done) { s->async()->ListTenants(ctx, req, resp, done); }
    // `done` runs on this object's thread with the status, the response and
    // the call's latency, unless `receiver` is gone by then. The handle
    // cancels the call.
    template<typename Request, typename Response, typename Start>
    CallHandle call(QObject *receiver, const Request &request, Start start,
              std::function<void(const grpc::Status &, const Response &, qint64 micros)> done,
              std::chrono::milliseconds deadline = kDefaultDeadline);

    // An empty unary call (the standard health check): is the platform there?
    void checkHealth(QObject *receiver, const std::function<void(const grpc::Status &, qint64 micros)> &done,
                     std::chrono::milliseconds deadline = kDefaultDeadline);

    // Probes now instead of waiting for the next tick.
    void probeNow();

Q_SIGNALS:
    void stateChanged(ameide::client::PlatformConnection::State state);

private:
    struct Pending;
    void track(int delta);
    void deliver(std::function<void()> fn);
    void setState(State state, const QString &problem);

    ConnectionProfile m_profile;
    QString m_token;
    QString m_error;
    State m_state = State::Connecting;
    QString m_lastProblem;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<wf::WorkflowService::Stub> m_workflows;
    std::unique_ptr<wf::WorkflowOperationsService::Stub> m_operations;
    std::unique_ptr<pv1::TenantService::Stub> m_tenants;
    std::unique_ptr<pv1::OrganizationService::Stub> m_organizations;
    std::unique_ptr<fb::FeedbackIntakeService::Stub> m_feedback;
    std::unique_ptr<grpc::GenericStub> m_generic;
    QTimer m_probeTimer;

    // Calls in flight and their contexts, so the destructor can cancel them.
    std::mutex m_mutex;
    std::condition_variable m_idle;
    int m_inFlight = 0;
    std::vector<grpc::ClientContext *> m_contexts;
};

template<typename Request, typename Response, typename Start>
CallHandle PlatformConnection::call(QObject *receiver, const Request &request, Start start,
                              std::function<void(const grpc::Status &, const Response &, qint64)> done,
                              std::chrono::milliseconds deadline)
{
    struct CallState
    {
        std::shared_ptr<grpc::ClientContext> context;
        Request request;
        Response response;
        QElapsedTimer timer;
    };
    if (!m_channel) {
        deliver([guard = QPointer<QObject>(receiver), done, error = m_error] {
            if (guard)
                done(grpc::Status(grpc::StatusCode::UNAVAILABLE, error.toStdString()), Response(), 0);
        });
        return {};
    }
    auto state = std::make_shared<CallState>();
    state->context = makeCallContext(identity(), deadline);
    state->request = request;
    state->timer.start();
    {
        std::lock_guard lock(m_mutex);
        ++m_inFlight;
        m_contexts.push_back(state->context.get());
    }
    QPointer<QObject> guard(receiver);
    start(state->context.get(), &state->request, &state->response,
          [this, state, guard, done](grpc::Status status) mutable {
              const qint64 micros = state->timer.nsecsElapsed() / 1000;
              {
                  std::lock_guard lock(m_mutex);
                  std::erase(m_contexts, state->context.get());
              }
              // Hand over on the owner's thread; `this` outlives the callback
              // because the destructor waits for every call to finish. All
              // the call owns moves along: gRPC destroys this functor on its
              // thread, after track(-1), and it must hold nothing by then.
              QMetaObject::invokeMethod(
                  this,
                  [state = std::move(state), guard = std::move(guard), done = std::move(done),
                   status = std::move(status), micros] {
                      if (guard)
                          done(status, state->response, micros);
                  },
                  Qt::QueuedConnection);
              track(-1);
          });
    return CallHandle(state->context);
}

} // namespace ameide::client
