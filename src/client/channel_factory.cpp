#include "client/channel_factory.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>

#include <QCoreApplication>
#include <QFile>

namespace ameide::client {

namespace {

// The translation context of this file's texts.
struct ChannelText
{
    Q_DECLARE_TR_FUNCTIONS(ChannelFactory)
};

std::string readAll(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll().toStdString() : std::string();
}

} // namespace

QString retryServiceConfig()
{
    return QStringLiteral(R"({
  "methodConfig": [{
    "name": [{}],
    "retryPolicy": {
      "maxAttempts": 3,
      "initialBackoff": "0.25s",
      "maxBackoff": "5s",
      "backoffMultiplier": 2,
      "retryableStatusCodes": ["UNAVAILABLE", "DEADLINE_EXCEEDED", "ABORTED", "RESOURCE_EXHAUSTED"]
    }
  }]
})");
}

ChannelResult createChannel(const ConnectionProfile &profile)
{
    ChannelResult out;
    const QString endpoint = profile.endpoint.trimmed();
    std::shared_ptr<grpc::ChannelCredentials> credentials;
    if (profile.useTls) {
        grpc::SslCredentialsOptions ssl;
        bool ok = true;
        if (!profile.caFile.isEmpty()) {
            ssl.pem_root_certs = readAll(profile.caFile, &ok);
            if (!ok) {
                out.error = ChannelText::tr("The CA file %1 cannot be read.").arg(profile.caFile);
                return out;
            }
        } else {
            // The system's trust store, as the rest of the desktop uses it.
            ssl.pem_root_certs = readAll(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"), &ok);
        }
        credentials = grpc::SslCredentials(ssl);
    } else {
        if (!isLoopbackEndpoint(endpoint)) {
            out.error =
                ChannelText::tr("Plaintext connections are allowed only to this computer; turn on TLS for %1.")
                    .arg(endpoint);
            return out;
        }
        credentials = grpc::InsecureChannelCredentials();
    }
    grpc::ChannelArguments args;
    args.SetServiceConfigJSON(retryServiceConfig().toStdString());
    args.SetInt(GRPC_ARG_ENABLE_RETRIES, 1);
    // Reconnect quickly after the platform comes back.
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 5000);
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 250);
    // Notice a connection that went silent (a dropped route, a NAT or
    // firewall that forgot it, a sleeping laptop): TCP does not, so without
    // this a watch stream waits forever for its next message. A ping 10 s
    // after the last one, with 5 s for the answer, ends such a connection
    // within about 15 s and its calls fail UNAVAILABLE, so RunWatch
    // reconnects from its cursor. The platform allows this rate
    // (server/platform_server.cpp).
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 10000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 5000);
    // Also between calls, so an idle channel is not found dead by the next call.
    args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    // gRPC otherwise stops pinging after 2 pings with no data sent by this
    // side, and a watch stream sends nothing after its request (grpc/grpc#25722).
    args.SetInt(GRPC_ARG_HTTP2_MAX_PINGS_WITHOUT_DATA, 0);
    out.channel = grpc::CreateCustomChannel(endpoint.toStdString(), credentials, args);
    return out;
}

} // namespace ameide::client
