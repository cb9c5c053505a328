#pragma once

#include "client/api_status.h"
#include "client/platform_connection.h"

#include <QCoreApplication>

// Private to the client layer: one unary call whose answer reaches the layers
// above as an ApiResult.
namespace ameide::client {

// One unary call: `start` begins it on the stub, `convert` turns the
// response into the value the caller gets.
template<typename Request, typename Response, typename Value, typename Start, typename Convert>
CallHandle invoke(PlatformConnection *connection, QObject *receiver, const Request &request, Start start,
                  const QString &service, Convert convert, ApiCallback<Value> done,
                  std::chrono::milliseconds deadline = kDefaultDeadline)
{
    if (!connection) {
        ApiResult<Value> result;
        result.error = ApiError::Unavailable;
        result.message = QCoreApplication::translate("ApiCall", "Not connected to a platform.");
        QMetaObject::invokeMethod(
            receiver, [done, result] { done(result); }, Qt::QueuedConnection);
        return {};
    }
    return connection->call<Request, Response>(
        receiver, request, start,
        [done, service, convert, endpoint = connection->profile().endpoint](const grpc::Status &status,
                                                                             const Response &response, qint64 micros) {
            if (!status.ok()) {
                done(apiResult<Value>(status, service, endpoint));
                return;
            }
            done(apiResult<Value>(status, service, endpoint, convert(response, micros)));
        },
        deadline);
}

} // namespace ameide::client
