#include "authenticator.h"

#include "core/status_error.h"
#include "store/token_store.h"

#include <grpcpp/server_context.h>

namespace ameide::platform {

namespace {

std::string metadataValue(const grpc::ServerContext &ctx, const std::string &key)
{
    const auto &md = ctx.client_metadata();
    auto it = md.find(key);
    if (it == md.end())
        return {};
    return {it->second.data(), it->second.size()};
}

} // namespace

Authenticator::Authenticator(TokenStore &tokens)
    : m_tokens(tokens)
{
}

Caller Authenticator::authorize(const grpc::ServerContext &ctx,
                                const ameide_core_proto::common::v1::RequestContext &request,
                                Permission permission) const
{
    const std::string header = metadataValue(ctx, "authorization");
    static const std::string bearer = "Bearer ";
    if (header.size() <= bearer.size() || header.compare(0, bearer.size(), bearer) != 0)
        fail(grpc::StatusCode::UNAUTHENTICATED, "missing bearer token in the authorization header");
    const std::string token = header.substr(bearer.size());
    if (token.size() > 256)
        fail(grpc::StatusCode::UNAUTHENTICATED, "the bearer token is not valid");
    auto caller = m_tokens.resolve(token);
    if (!caller)
        fail(grpc::StatusCode::UNAUTHENTICATED, "the bearer token is not valid");

    const std::string headerTenant = metadataValue(ctx, "x-tenant-id");
    if (!headerTenant.empty() && headerTenant != caller->tenantId)
        fail(grpc::StatusCode::PERMISSION_DENIED,
             "x-tenant-id names tenant " + headerTenant.substr(0, 128) + " but the token belongs to another tenant");
    if (!request.tenant_id().empty() && request.tenant_id() != caller->tenantId)
        fail(grpc::StatusCode::PERMISSION_DENIED,
             "context.tenant_id names tenant " + request.tenant_id().substr(0, 128)
                 + " but the token belongs to another tenant");
    if (!roleAllows(caller->role, permission))
        fail(grpc::StatusCode::PERMISSION_DENIED,
             "this call needs " + describeRequiredRoles(permission) + "; the caller has "
                 + roleName(caller->role));
    return *caller;
}

} // namespace ameide::platform
