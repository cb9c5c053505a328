#pragma once

#include "ameide_core_proto/platform/v1/organization_service.grpc.pb.h"

namespace ameide::platform {

class Authenticator;
class TenancyStore;

namespace pv1 = ameide_core_proto::platform::v1;

class OrganizationService final : public pv1::OrganizationService::Service
{
public:
    OrganizationService(Authenticator &auth, TenancyStore &store);

    grpc::Status CreateOrganization(grpc::ServerContext *ctx, const pv1::CreateOrganizationRequest *req,
                                    pv1::CreateOrganizationResponse *resp) override;
    grpc::Status GetOrganization(grpc::ServerContext *ctx, const pv1::GetOrganizationRequest *req,
                                 pv1::GetOrganizationResponse *resp) override;
    grpc::Status ListOrganizations(grpc::ServerContext *ctx, const pv1::ListOrganizationsRequest *req,
                                   pv1::ListOrganizationsResponse *resp) override;
    grpc::Status UpdateOrganization(grpc::ServerContext *ctx, const pv1::UpdateOrganizationRequest *req,
                                    pv1::UpdateOrganizationResponse *resp) override;
    grpc::Status DeleteOrganization(grpc::ServerContext *ctx, const pv1::DeleteOrganizationRequest *req,
                                    pv1::DeleteOrganizationResponse *resp) override;
    grpc::Status ListOrganizationMemberships(grpc::ServerContext *ctx,
                                             const pv1::ListOrganizationMembershipsRequest *req,
                                             pv1::ListOrganizationMembershipsResponse *resp) override;

private:
    Authenticator &m_auth;
    TenancyStore &m_store;
};

} // namespace ameide::platform
