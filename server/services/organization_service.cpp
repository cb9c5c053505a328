#include "organization_service.h"

#include "auth/authenticator.h"
#include "guarded.h"
#include "store/tenancy_store.h"
#include "validation.h"

namespace ameide::platform {

namespace {

void validateOrganization(const pv1::Organization &o, bool update)
{
    if (update)
        requireId("organization.id", o.id());
    else
        optionalId("organization.id", o.id());
    requireText("organization.name", o.name(), kMaxNameLength);
    optionalText("organization.description", o.description(), kMaxTextLength);
    optionalId("organization.parent_organization_id", o.parent_organization_id());
    if (!o.id().empty() && o.id() == o.parent_organization_id())
        invalidArgument("organization.parent_organization_id must not be the organization itself");
}

} // namespace

OrganizationService::OrganizationService(Authenticator &auth, TenancyStore &store)
    : m_auth(auth)
    , m_store(store)
{
}

grpc::Status OrganizationService::CreateOrganization(grpc::ServerContext *ctx,
                                                     const pv1::CreateOrganizationRequest *req,
                                                     pv1::CreateOrganizationResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateOrganization(req->organization(), false);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Administer);
        *resp->mutable_organization() = m_store.createOrganization(caller, req->organization());
    });
}

grpc::Status OrganizationService::GetOrganization(grpc::ServerContext *ctx, const pv1::GetOrganizationRequest *req,
                                                  pv1::GetOrganizationResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("organization_id", req->organization_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        *resp->mutable_organization() = m_store.getOrganization(caller, req->organization_id());
    });
}

grpc::Status OrganizationService::ListOrganizations(grpc::ServerContext *ctx, const pv1::ListOrganizationsRequest *req,
                                                    pv1::ListOrganizationsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        const std::string scope = "organizations|" + caller.tenantId;
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        for (auto &o : m_store.listOrganizations(caller, page, &next, scope))
            *resp->add_organizations() = std::move(o);
        resp->mutable_pagination()->set_next_page_token(next);
    });
}

grpc::Status OrganizationService::UpdateOrganization(grpc::ServerContext *ctx,
                                                     const pv1::UpdateOrganizationRequest *req,
                                                     pv1::UpdateOrganizationResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateOrganization(req->organization(), true);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Administer);
        *resp->mutable_organization() = m_store.updateOrganization(caller, req->organization());
    });
}

grpc::Status OrganizationService::DeleteOrganization(grpc::ServerContext *ctx,
                                                     const pv1::DeleteOrganizationRequest *req,
                                                     pv1::DeleteOrganizationResponse *)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("organization_id", req->organization_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Administer);
        m_store.deleteOrganization(caller, req->organization_id());
    });
}

grpc::Status OrganizationService::ListOrganizationMemberships(grpc::ServerContext *ctx,
                                                              const pv1::ListOrganizationMembershipsRequest *req,
                                                              pv1::ListOrganizationMembershipsResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("organization_id", req->organization_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        const std::string scope = "memberships|" + caller.tenantId + '|' + req->organization_id();
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        for (auto &m : m_store.listMemberships(caller, req->organization_id(), page, &next, scope))
            *resp->add_memberships() = std::move(m);
        resp->mutable_pagination()->set_next_page_token(next);
    });
}

} // namespace ameide::platform
