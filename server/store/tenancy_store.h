#pragma once

#include "ameide_core_proto/platform/v1/organization_service.pb.h"
#include "ameide_core_proto/platform/v1/roles.pb.h"
#include "ameide_core_proto/platform/v1/tenant_service.pb.h"

#include <cstdint>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

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

// Rows of the tenancy tables, inside the caller's write transaction; shared
// by the store's RPCs and the seeder. created_at and updated_at are `at`,
// created_by and updated_by are `by`.
struct TenantRow
{
    std::string id;
    std::string name;
    pv1::TenantStatus status = pv1::TENANT_STATUS_PENDING_ONBOARDING;
    bool internal = false;
    std::int64_t at = 0;
    std::string by;
};
void insertTenant(SQLite::Database &db, const TenantRow &row);

struct OrganizationRow
{
    std::string id;
    std::string tenantId;
    // Empty: a root organization.
    std::string parentId;
    std::string name;
    std::string description;
    std::int64_t at = 0;
    std::string by;
};
void insertOrganization(SQLite::Database &db, const OrganizationRow &row);

struct UserRow
{
    std::string id;
    std::string tenantId;
    std::string displayName;
    std::string email;
    pv1::Role role = pv1::ROLE_UNSPECIFIED;
};
void insertUser(SQLite::Database &db, const UserRow &row);
// `role` is the user's role in the organization ("owner", "member", ...).
void insertMembership(SQLite::Database &db, const std::string &organizationId, const std::string &userId,
                      const std::string &role, std::int64_t at);

// True once any tenant exists: the data folder has been seeded or used.
bool holdsTenants(SQLite::Database &db);

} // namespace ameide::platform
