#include "client/status_text.h"

#include <QCoreApplication>

namespace ameide::client {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusText", text);
}

} // namespace

QString statusCodeName(grpc::StatusCode code)
{
    switch (code) {
    case grpc::StatusCode::OK: return QStringLiteral("OK");
    case grpc::StatusCode::CANCELLED: return QStringLiteral("CANCELLED");
    case grpc::StatusCode::UNKNOWN: return QStringLiteral("UNKNOWN");
    case grpc::StatusCode::INVALID_ARGUMENT: return QStringLiteral("INVALID_ARGUMENT");
    case grpc::StatusCode::DEADLINE_EXCEEDED: return QStringLiteral("DEADLINE_EXCEEDED");
    case grpc::StatusCode::NOT_FOUND: return QStringLiteral("NOT_FOUND");
    case grpc::StatusCode::ALREADY_EXISTS: return QStringLiteral("ALREADY_EXISTS");
    case grpc::StatusCode::PERMISSION_DENIED: return QStringLiteral("PERMISSION_DENIED");
    case grpc::StatusCode::RESOURCE_EXHAUSTED: return QStringLiteral("RESOURCE_EXHAUSTED");
    case grpc::StatusCode::FAILED_PRECONDITION: return QStringLiteral("FAILED_PRECONDITION");
    case grpc::StatusCode::ABORTED: return QStringLiteral("ABORTED");
    case grpc::StatusCode::OUT_OF_RANGE: return QStringLiteral("OUT_OF_RANGE");
    case grpc::StatusCode::UNIMPLEMENTED: return QStringLiteral("UNIMPLEMENTED");
    case grpc::StatusCode::INTERNAL: return QStringLiteral("INTERNAL");
    case grpc::StatusCode::UNAVAILABLE: return QStringLiteral("UNAVAILABLE");
    case grpc::StatusCode::DATA_LOSS: return QStringLiteral("DATA_LOSS");
    case grpc::StatusCode::UNAUTHENTICATED: return QStringLiteral("UNAUTHENTICATED");
    default: return QStringLiteral("STATUS_%1").arg(static_cast<int>(code));
    }
}

QString describeStatus(const grpc::Status &status, const QString &service, const QString &endpoint)
{
    const QString detail = QString::fromStdString(status.error_message());
    const QString where = endpoint.isEmpty() ? tr("the platform") : endpoint;
    switch (status.error_code()) {
    case grpc::StatusCode::OK:
        return tr("OK");
    case grpc::StatusCode::UNAVAILABLE:
        if (detail.contains(QStringLiteral("CERTIFICATE_VERIFY_FAILED"), Qt::CaseInsensitive)
            || detail.contains(QStringLiteral("handshake"), Qt::CaseInsensitive)
            || detail.contains(QStringLiteral("certificate"), Qt::CaseInsensitive))
            return tr("The TLS connection to %1 failed: its certificate is not signed by a trusted authority or does "
                      "not name this host. Check the profile's CA file and endpoint.")
                .arg(where);
        // gRPC's own detail ("failed to connect to all addresses; ...") helps nobody here.
        return tr("Cannot reach %1. Check that it is running and that the address is right.").arg(where);
    case grpc::StatusCode::UNIMPLEMENTED:
        return service.isEmpty()
            ? tr("The platform does not offer this call: the gateway does not route the service to it.")
            : tr("%1 is not routed by the gateway: the platform answers, but not for this service.").arg(service);
    case grpc::StatusCode::PERMISSION_DENIED:
        return tr("Your role does not allow this: %1").arg(detail);
    case grpc::StatusCode::UNAUTHENTICATED:
        return tr("The platform did not accept the token. Enter a new token for this profile. (%1)").arg(detail);
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return tr("%1 did not answer in time. It may be overloaded or the network slow.").arg(where);
    case grpc::StatusCode::INVALID_ARGUMENT:
        return tr("The platform rejected the request: %1").arg(detail);
    case grpc::StatusCode::NOT_FOUND:
        return tr("Not found: %1").arg(detail);
    case grpc::StatusCode::FAILED_PRECONDITION:
        return tr("Not possible now: %1").arg(detail);
    case grpc::StatusCode::ALREADY_EXISTS:
        return tr("Already exists: %1").arg(detail);
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return tr("The platform is busy and refused the request; try again shortly. (%1)").arg(detail);
    case grpc::StatusCode::CANCELLED:
        return tr("The request was cancelled.");
    default:
        return tr("The platform answered %1: %2").arg(statusCodeName(status.error_code()), detail);
    }
}

} // namespace ameide::client
