#include "client/status_text.h"

#include <QCoreApplication>

namespace ameide::client {

namespace {

// The translation context of this file's texts.
struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
};

// The transport's own reason for a connection that failed: its certificate.
bool isCertificateFailure(const QString &detail)
{
    return detail.contains(QStringLiteral("CERTIFICATE_VERIFY_FAILED"), Qt::CaseInsensitive)
        || detail.contains(QStringLiteral("handshake"), Qt::CaseInsensitive)
        || detail.contains(QStringLiteral("certificate"), Qt::CaseInsensitive);
}

// The console's own sentence for a failed call, by status code and reason.
QString sentenceFor(const grpc::Status &status, const QString &service, const QString &endpoint)
{
    // Each sentence names the endpoint when there is one; the variants without it are whole sentences, not
    // "the platform" put in its place, so languages that inflect a noun can say them.
    const bool named = !endpoint.isEmpty();
    switch (status.error_code()) {
    case grpc::StatusCode::OK:
        return StatusText::tr("OK");
    case grpc::StatusCode::UNAVAILABLE:
        if (isCertificateFailure(QString::fromStdString(status.error_message()))) {
            return named ? StatusText::tr("The TLS connection to %1 failed: its certificate is not signed by a "
                                          "trusted authority or does not name this host. Check the profile's CA "
                                          "file and endpoint.")
                               .arg(endpoint)
                         : StatusText::tr("The TLS connection to the platform failed: its certificate is not signed "
                                          "by a trusted authority or does not name this host. Check the profile's "
                                          "CA file and endpoint.");
        }
        return named ? StatusText::tr("Cannot reach %1. Check that it is running and that the address is right.")
                           .arg(endpoint)
                     : StatusText::tr("Cannot reach the platform. Check that it is running and that the address is "
                                      "right.");
    case grpc::StatusCode::UNIMPLEMENTED:
        return service.isEmpty()
            ? StatusText::tr("The platform does not offer this call: the gateway does not route the service to it.")
            : StatusText::tr("%1 is not routed by the gateway: the platform answers, but not for this service.")
                  .arg(service);
    case grpc::StatusCode::PERMISSION_DENIED:
        return StatusText::tr("Your role does not allow this.");
    case grpc::StatusCode::UNAUTHENTICATED:
        return StatusText::tr("The platform did not accept the token. Enter a new token for this profile.");
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return named ? StatusText::tr("%1 did not answer in time. It may be overloaded or the network slow.")
                           .arg(endpoint)
                     : StatusText::tr("The platform did not answer in time. It may be overloaded or the network "
                                      "slow.");
    case grpc::StatusCode::INVALID_ARGUMENT:
    case grpc::StatusCode::OUT_OF_RANGE:
        return StatusText::tr("The platform rejected the request as not valid.");
    case grpc::StatusCode::NOT_FOUND:
        return StatusText::tr("The platform does not have what was asked for; it may have been deleted or belong to "
                              "another tenant.");
    case grpc::StatusCode::FAILED_PRECONDITION:
        return StatusText::tr("The platform cannot do this in the current state.");
    case grpc::StatusCode::ABORTED:
        return StatusText::tr("The platform stopped the request because something else changed the same data; try "
                              "again.");
    case grpc::StatusCode::ALREADY_EXISTS:
        return StatusText::tr("That already exists on the platform.");
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return StatusText::tr("The platform is busy and refused the request; try again shortly.");
    case grpc::StatusCode::CANCELLED:
        return StatusText::tr("The request was cancelled.");
    case grpc::StatusCode::INTERNAL:
    case grpc::StatusCode::UNKNOWN:
    case grpc::StatusCode::DATA_LOSS:
        return StatusText::tr("The platform failed while handling the request (%1); its log says more.")
            .arg(statusCodeName(status.error_code()));
    default:
        return StatusText::tr("The platform answered %1.").arg(statusCodeName(status.error_code()));
    }
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

QString statusDetail(const grpc::Status &status)
{
    switch (status.error_code()) {
    case grpc::StatusCode::OK:
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
    case grpc::StatusCode::CANCELLED:
    case grpc::StatusCode::UNIMPLEMENTED:
        // The transport's words ("failed to connect to all addresses; ...") help nobody here.
        return {};
    default:
        return QString::fromStdString(status.error_message()).trimmed();
    }
}

QString describeStatus(const grpc::Status &status, const QString &service, const QString &endpoint)
{
    const QString sentence = sentenceFor(status, service, endpoint);
    const QString detail = statusDetail(status);
    if (detail.isEmpty())
        return sentence;
    //: After the console's sentence about a failed call: the platform's own words, which are not translated.
    return StatusText::tr("%1 (The platform says: %2)").arg(sentence, detail);
}

} // namespace ameide::client
