#pragma once

#include <grpcpp/support/status.h>

#include <stdexcept>
#include <string>

namespace ameide::platform {

// Thrown anywhere below a service method; the service boundary turns it into
// the gRPC status the client receives.
class StatusError : public std::runtime_error
{
public:
    StatusError(grpc::StatusCode code, const std::string &message)
        : std::runtime_error(message)
        , m_code(code)
    {
    }

    grpc::StatusCode code() const { return m_code; }
    grpc::Status status() const { return {m_code, what()}; }

private:
    grpc::StatusCode m_code;
};

[[noreturn]] inline void fail(grpc::StatusCode code, const std::string &message)
{
    throw StatusError(code, message);
}

[[noreturn]] inline void invalidArgument(const std::string &message)
{
    fail(grpc::StatusCode::INVALID_ARGUMENT, message);
}

} // namespace ameide::platform
