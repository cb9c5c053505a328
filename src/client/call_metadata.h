#pragma once

#include <grpcpp/client_context.h>

#include <QString>

#include <chrono>
#include <memory>

namespace ameide::client {

constexpr std::chrono::milliseconds kDefaultDeadline{5000};

// Who the calls are made as.
struct CallIdentity
{
    QString token;
    QString tenantId;
};

// A context with every header the platform expects: authorization,
// x-tenant-id, x-request-id (new unless given; gRPC's own retries resend the
// same metadata, so a retried attempt keeps it) and a W3C traceparent.
std::unique_ptr<grpc::ClientContext> makeCallContext(const CallIdentity &identity,
                                                     std::chrono::milliseconds deadline = kDefaultDeadline,
                                                     const QString &requestId = {});

QString newRequestId();
QString newTraceparent();

} // namespace ameide::client
