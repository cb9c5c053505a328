#pragma once

#include <grpcpp/support/status.h>

#include <QString>

namespace ameide::client {

// What a failed call means, for a person. `service` is the gRPC service's
// short name (e.g. "WorkflowService"), `endpoint` where the console connects.
QString describeStatus(const grpc::Status &status, const QString &service = {}, const QString &endpoint = {});

// The status code's name, e.g. "UNAVAILABLE".
QString statusCodeName(grpc::StatusCode code);

} // namespace ameide::client
