#include "client/call_metadata.h"

#include <QRandomGenerator>
#include <QUuid>

namespace ameide::client {

namespace {

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

} // namespace

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newTraceparent()
{
    // W3C trace context: version 00, 16-byte trace id, 8-byte span id, sampled.
    return QStringLiteral("00-") + randomHex(16) + QLatin1Char('-') + randomHex(8) + QStringLiteral("-01");
}

std::unique_ptr<grpc::ClientContext> makeCallContext(const CallIdentity &identity, std::chrono::milliseconds deadline,
                                                     const QString &requestId)
{
    auto ctx = std::make_unique<grpc::ClientContext>();
    if (!identity.token.isEmpty())
        ctx->AddMetadata("authorization", "Bearer " + identity.token.toStdString());
    if (!identity.tenantId.isEmpty())
        ctx->AddMetadata("x-tenant-id", identity.tenantId.toStdString());
    ctx->AddMetadata("x-request-id", (requestId.isEmpty() ? newRequestId() : requestId).toStdString());
    ctx->AddMetadata("traceparent", newTraceparent().toStdString());
    ctx->set_deadline(std::chrono::system_clock::now() + deadline);
    return ctx;
}

} // namespace ameide::client
