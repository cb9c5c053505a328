#include "client/api_result.h"

#include "client/api_status.h"

#include <grpcpp/client_context.h>

#include <QUuid>

namespace ameide::client {

ApiError apiErrorOf(grpc::StatusCode code)
{
    switch (code) {
    case grpc::StatusCode::OK: return ApiError::None;
    case grpc::StatusCode::INVALID_ARGUMENT:
    case grpc::StatusCode::OUT_OF_RANGE: return ApiError::InvalidArgument;
    case grpc::StatusCode::NOT_FOUND: return ApiError::NotFound;
    case grpc::StatusCode::ALREADY_EXISTS: return ApiError::AlreadyExists;
    case grpc::StatusCode::PERMISSION_DENIED: return ApiError::PermissionDenied;
    case grpc::StatusCode::UNAUTHENTICATED: return ApiError::Unauthenticated;
    case grpc::StatusCode::FAILED_PRECONDITION:
    case grpc::StatusCode::ABORTED: return ApiError::FailedPrecondition;
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::RESOURCE_EXHAUSTED: return ApiError::Unavailable;
    case grpc::StatusCode::DEADLINE_EXCEEDED: return ApiError::DeadlineExceeded;
    case grpc::StatusCode::CANCELLED: return ApiError::Cancelled;
    case grpc::StatusCode::UNIMPLEMENTED: return ApiError::Unimplemented;
    default: return ApiError::Other;
    }
}

CallHandle::CallHandle(std::weak_ptr<grpc::ClientContext> context)
    : m_context(std::move(context))
{
}

void CallHandle::cancel() const
{
    if (auto context = m_context.lock())
        context->TryCancel();
}

QString newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ameide::client
