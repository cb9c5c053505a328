#pragma once

#include "ameide_core_proto/platform/v1/tenant_service.grpc.pb.h"

namespace ameide::platform {

class Authenticator;
class TenancyStore;

namespace pv1 = ameide_core_proto::platform::v1;

class TenantService final : public pv1::TenantService::Service
{
public:
    TenantService(Authenticator &auth, TenancyStore &store);

    grpc::Status CreateTenant(grpc::ServerContext *ctx, const pv1::CreateTenantRequest *req,
                              pv1::CreateTenantResponse *resp) override;
    grpc::Status ListTenants(grpc::ServerContext *ctx, const pv1::ListTenantsRequest *req,
                             pv1::ListTenantsResponse *resp) override;
    grpc::Status UpdateTenant(grpc::ServerContext *ctx, const pv1::UpdateTenantRequest *req,
                              pv1::UpdateTenantResponse *resp) override;

private:
    Authenticator &m_auth;
    TenancyStore &m_store;
};

} // namespace ameide::platform
