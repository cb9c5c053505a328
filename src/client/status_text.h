#pragma once

#include <grpcpp/support/status.h>

#include <QString>

namespace ameide::client {

// What a failed call means, for a person: a sentence in the console's own
// words, translated, chosen by the status code (and the transport's reason
// where it gives one), followed by the platform's own words as a detail in
// parentheses when there are any worth reading. The platform's words are
// never the sentence itself: they are English and written for logs.
// `service` is the gRPC service's short name (e.g. "WorkflowService"),
// `endpoint` where the console connects.
QString describeStatus(const grpc::Status &status, const QString &service = {}, const QString &endpoint = {});

// The platform's own words about a failed call, untranslated; empty where
// they would help nobody (the transport's errors, a cancelled call).
QString statusDetail(const grpc::Status &status);

// The status code's name, e.g. "UNAVAILABLE".
QString statusCodeName(grpc::StatusCode code);

} // namespace ameide::client
