#pragma once

#include <grpcpp/support/server_interceptor.h>

namespace ameide::platform {

// gRPC answers a request it cannot parse (malformed bytes, or a string
// field that is not valid UTF-8, which proto3 refuses) with INTERNAL and no
// message, before any service code runs. That is the caller's mistake, not
// the platform's: this interceptor turns exactly that answer into
// INVALID_ARGUMENT with a sentence saying so. The services never answer
// INTERNAL without a message (services/guarded.h), so nothing else changes.
class UnreadableRequestInterceptorFactory final : public grpc::experimental::ServerInterceptorFactoryInterface
{
public:
    grpc::experimental::Interceptor *CreateServerInterceptor(grpc::experimental::ServerRpcInfo *info) override;
};

} // namespace ameide::platform
