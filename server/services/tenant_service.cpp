#include "tenant_service.h"

#include "auth/authenticator.h"
#include "guarded.h"
#include "store/tenancy_store.h"
#include "validation.h"

namespace ameide::platform {

namespace {

void validateTenant(const pv1::Tenant &t, bool update)
{
    if (update)
        requireId("tenant.id", t.id());
    else
        optionalId("tenant.id", t.id());
    requireText("tenant.name", t.name(), kMaxNameLength);
    requireEnum("tenant.status", t.status(), pv1::TenantStatus_IsValid, !update);
}

} // namespace

TenantService::TenantService(Authenticator &auth, TenancyStore &store)
    : m_auth(auth)
    , m_store(store)
{
}

grpc::Status TenantService::CreateTenant(grpc::ServerContext *ctx, const pv1::CreateTenantRequest *req,
                                         pv1::CreateTenantResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateTenant(req->tenant(), false);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Administer);
        *resp->mutable_tenant() = m_store.createTenant(caller, req->tenant());
    });
}

grpc::Status TenantService::ListTenants(grpc::ServerContext *ctx, const pv1::ListTenantsRequest *req,
                                        pv1::ListTenantsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ReadTenant);
        // Only the caller's own tenant is visible, so there is never a second page.
        parsePage(req->pagination(), "tenants|" + caller.tenantId);
        for (auto &t : m_store.listTenants(caller))
            *resp->add_tenants() = std::move(t);
        resp->mutable_pagination();
    });
}

grpc::Status TenantService::UpdateTenant(grpc::ServerContext *ctx, const pv1::UpdateTenantRequest *req,
                                         pv1::UpdateTenantResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateTenant(req->tenant(), true);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Administer);
        *resp->mutable_tenant() = m_store.updateTenant(caller, req->tenant());
    });
}

} // namespace ameide::platform
