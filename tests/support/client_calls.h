#pragma once

#include "client/platform_connection.h"
#include "qt_wait.h"

#include <QElapsedTimer>

namespace ameide::test {

struct CallResult
{
    bool done = false;
    grpc::Status status;
    qint64 latencyMicros = 0;
    qint64 elapsedMs = 0;
};

// One ListWorkflowRuns through the connection, waiting up to boundMs for it
// to end. A call that has not ended by then reports done == false and a
// failed status, so a test that only checks the status cannot pass by accident.
inline CallResult listRuns(ameide::client::PlatformConnection &c,
                           std::chrono::milliseconds deadline = ameide::client::kDefaultDeadline, int boundMs = 20000)
{
    namespace wf = ameide_core_proto::workflows_runtime::v1;
    CallResult r;
    QElapsedTimer timer;
    timer.start();
    wf::ListWorkflowRunsRequest req;
    req.mutable_pagination()->set_page_size(10);
    QObject receiver;
    c.call<wf::ListWorkflowRunsRequest, wf::ListWorkflowRunsResponse>(
        &receiver, req,
        [s = c.workflows()](auto *ctx, auto *q, auto *resp, auto done) {
            s->async()->ListWorkflowRuns(ctx, q, resp, std::move(done));
        },
        [&r, &timer](const grpc::Status &status, const wf::ListWorkflowRunsResponse &, qint64 micros) {
            r.status = status;
            r.latencyMicros = micros;
            r.elapsedMs = timer.elapsed();
            r.done = true;
        },
        deadline);
    if (!waitFor([&] { return r.done; }, boundMs))
        r.status = grpc::Status(grpc::StatusCode::UNKNOWN, "the call did not end within the test's bound");
    return r;
}

} // namespace ameide::test
