#pragma once

#include "ameide_core_proto/platform/v1/organization_service.pb.h"
#include "ameide_core_proto/platform/v1/tenant_service.pb.h"

#include <string>
#include <vector>

namespace ameide::platform {

class Database;
struct Caller;
struct PageRequest;

namespace pv1 = ameide_core_proto::platform::v1;

// Tenants, organizations, users and memberships. Errors are StatusError.
class TenancyStore
{
public:
    explicit TenancyStore(Database &db);

    pv1::Tenant createTenant(const Caller &caller, const pv1::Tenant &in);
    // A caller sees only its own tenant.
    std::vector<pv1::Tenant> listTenants(const Caller &caller);
    pv1::Tenant updateTenant(const Caller &caller, const pv1::Tenant &in);

    pv1::Organization createOrganization(const Caller &caller, const pv1::Organization &in);
    pv1::Organization getOrganization(const Caller &caller, const std::string &id);
    std::vector<pv1::Organization> listOrganizations(const Caller &caller, const PageRequest &page,
                                                     std::string *nextToken, const std::string &scope);
    pv1::Organization updateOrganization(const Caller &caller, const pv1::Organization &in);
    void deleteOrganization(const Caller &caller, const std::string &id);
    std::vector<pv1::OrganizationMembership> listMemberships(const Caller &caller, const std::string &organizationId,
                                                             const PageRequest &page, std::string *nextToken,
                                                             const std::string &scope);

private:
    Database &m_db;
};

} // namespace ameide::platform
