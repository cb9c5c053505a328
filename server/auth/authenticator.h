#pragma once

#include "core/caller.h"
#include "permissions.h"

#include "ameide_core_proto/common/v1/common.pb.h"

namespace grpc {
class ServerContext;
}

namespace ameide::platform {

class TokenStore;

// Resolves and authorises the caller of one RPC. Throws StatusError:
// UNAUTHENTICATED without a valid bearer token, PERMISSION_DENIED when the
// x-tenant-id header or RequestContext.tenant_id names another tenant than
// the token's, or when the role lacks the permission.
class Authenticator
{
public:
    explicit Authenticator(TokenStore &tokens);

    Caller authorize(const grpc::ServerContext &ctx,
                     const ameide_core_proto::common::v1::RequestContext &request,
                     Permission permission) const;

private:
    TokenStore &m_tokens;
};

} // namespace ameide::platform
