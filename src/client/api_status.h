#pragma once

#include "client/api_result.h"
#include "client/status_text.h"

#include <grpcpp/support/status.h>

#include <QString>

// Private to the client layer: turns a gRPC status into what the layers above see.
namespace ameide::client {

ApiError apiErrorOf(grpc::StatusCode code);

template<typename T>
ApiResult<T> apiResult(const grpc::Status &status, const QString &service, const QString &endpoint, T value = {})
{
    ApiResult<T> result;
    result.error = apiErrorOf(status.error_code());
    if (!status.ok()) {
        result.message = describeStatus(status, service, endpoint);
        result.detail = statusDetail(status);
    } else {
        result.value = std::move(value);
    }
    return result;
}

} // namespace ameide::client
