#include "tenancy_store.h"

#include "core/caller.h"
#include "core/clock.h"
#include "core/ids.h"
#include "core/page_token.h"
#include "core/status_error.h"
#include "database.h"

#include <SQLiteCpp/Statement.h>

namespace ameide::platform {

namespace {

using grpc::StatusCode;

constexpr const char *kTenantSelect =
    "SELECT id, name, status, internal, created_at, updated_at, created_by, updated_by FROM tenants";

pv1::Tenant readTenant(SQLite::Statement &q)
{
    pv1::Tenant t;
    t.set_id(q.getColumn(0).getString());
    t.set_name(q.getColumn(1).getString());
    t.set_status(static_cast<pv1::TenantStatus>(q.getColumn(2).getInt()));
    t.set_internal(q.getColumn(3).getInt() != 0);
    auto *md = t.mutable_metadata();
    setTimestamp(md->mutable_created_at(), q.getColumn(4).getInt64());
    setTimestamp(md->mutable_updated_at(), q.getColumn(5).getInt64());
    md->set_created_by(q.getColumn(6).getString());
    md->set_updated_by(q.getColumn(7).getString());
    return t;
}

pv1::Tenant requireTenant(SQLite::Database &db, const std::string &id)
{
    SQLite::Statement q(db, std::string(kTenantSelect) + " WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        fail(StatusCode::NOT_FOUND, "tenant " + id + " does not exist");
    return readTenant(q);
}

constexpr const char *kOrganizationSelect =
    "SELECT id, tenant_id, name, description, COALESCE(parent_id, ''), created_at, updated_at, created_by,"
    " updated_by FROM organizations";

pv1::Organization readOrganization(SQLite::Statement &q)
{
    pv1::Organization o;
    o.set_id(q.getColumn(0).getString());
    o.set_tenant_id(q.getColumn(1).getString());
    o.set_name(q.getColumn(2).getString());
    o.set_description(q.getColumn(3).getString());
    o.set_parent_organization_id(q.getColumn(4).getString());
    auto *md = o.mutable_metadata();
    setTimestamp(md->mutable_created_at(), q.getColumn(5).getInt64());
    setTimestamp(md->mutable_updated_at(), q.getColumn(6).getInt64());
    md->set_created_by(q.getColumn(7).getString());
    md->set_updated_by(q.getColumn(8).getString());
    return o;
}

pv1::Organization requireOrganization(SQLite::Database &db, const std::string &tenantId, const std::string &id)
{
    SQLite::Statement q(db, std::string(kOrganizationSelect) + " WHERE id = ? AND tenant_id = ?");
    q.bind(1, id);
    q.bind(2, tenantId);
    if (!q.executeStep())
        fail(StatusCode::NOT_FOUND, "organization " + id + " does not exist");
    return readOrganization(q);
}

// A parent must be in the same tenant and must not be the organization
// itself or one of its descendants.
void checkParent(SQLite::Database &db, const std::string &tenantId, const std::string &id, const std::string &parentId)
{
    if (parentId.empty())
        return;
    requireOrganization(db, tenantId, parentId);
    SQLite::Statement q(db,
                        "WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT o.parent_id FROM organizations o JOIN up"
                        " ON o.id = up.id WHERE o.parent_id IS NOT NULL) SELECT 1 FROM up WHERE id = ?");
    q.bind(1, parentId);
    q.bind(2, id);
    if (q.executeStep())
        invalidArgument("organization.parent_organization_id would make the hierarchy circular");
}

void bindOptional(SQLite::Statement &q, int index, const std::string &value)
{
    if (value.empty())
        q.bind(index);
    else
        q.bind(index, value);
}

} // namespace

void insertTenant(SQLite::Database &db, const TenantRow &row)
{
    SQLite::Statement q(db,
                        "INSERT INTO tenants(id, name, status, internal, created_at, updated_at, created_by,"
                        " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, row.id);
    q.bind(2, row.name);
    q.bind(3, static_cast<int>(row.status));
    q.bind(4, row.internal ? 1 : 0);
    q.bind(5, row.at);
    q.bind(6, row.at);
    q.bind(7, row.by);
    q.bind(8, row.by);
    q.exec();
}

void insertOrganization(SQLite::Database &db, const OrganizationRow &row)
{
    SQLite::Statement q(db,
                        "INSERT INTO organizations(id, tenant_id, parent_id, name, description, created_at,"
                        " updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, row.id);
    q.bind(2, row.tenantId);
    bindOptional(q, 3, row.parentId);
    q.bind(4, row.name);
    q.bind(5, row.description);
    q.bind(6, row.at);
    q.bind(7, row.at);
    q.bind(8, row.by);
    q.bind(9, row.by);
    q.exec();
}

void insertUser(SQLite::Database &db, const UserRow &row)
{
    SQLite::Statement q(db, "INSERT INTO users(id, tenant_id, display_name, email, role) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, row.id);
    q.bind(2, row.tenantId);
    q.bind(3, row.displayName);
    q.bind(4, row.email);
    q.bind(5, static_cast<int>(row.role));
    q.exec();
}

void insertMembership(SQLite::Database &db, const std::string &organizationId, const std::string &userId,
                      const std::string &role, std::int64_t at)
{
    SQLite::Statement q(db,
                        "INSERT INTO organization_memberships(organization_id, user_id, role, created_at)"
                        " VALUES (?, ?, ?, ?)");
    q.bind(1, organizationId);
    q.bind(2, userId);
    q.bind(3, role);
    q.bind(4, at);
    q.exec();
}

bool holdsTenants(SQLite::Database &db)
{
    SQLite::Statement q(db, "SELECT EXISTS (SELECT 1 FROM tenants)");
    q.executeStep();
    return q.getColumn(0).getInt() != 0;
}

TenancyStore::TenancyStore(Database &db)
    : m_db(db)
{
}

pv1::Tenant TenancyStore::createTenant(const Caller &caller, const pv1::Tenant &in)
{
    return m_db.write([&](SQLite::Database &db) {
        if (!requireTenant(db, caller.tenantId).internal())
            fail(StatusCode::PERMISSION_DENIED, "only administrators of the platform's internal tenant create tenants");
        const std::string id = in.id().empty() ? newId("tenant") : in.id();
        SQLite::Statement exists(db, "SELECT 1 FROM tenants WHERE id = ?");
        exists.bind(1, id);
        if (exists.executeStep())
            fail(StatusCode::ALREADY_EXISTS, "tenant " + id + " already exists");
        TenantRow row;
        row.id = id;
        row.name = in.name();
        if (in.status() != pv1::TENANT_STATUS_UNSPECIFIED)
            row.status = in.status();
        row.internal = in.internal();
        row.at = nowMs();
        row.by = caller.userId;
        insertTenant(db, row);
        return requireTenant(db, id);
    });
}

std::vector<pv1::Tenant> TenancyStore::listTenants(const Caller &caller)
{
    return m_db.read([&](SQLite::Database &db) { return std::vector<pv1::Tenant>{requireTenant(db, caller.tenantId)}; });
}

pv1::Tenant TenancyStore::updateTenant(const Caller &caller, const pv1::Tenant &in)
{
    if (in.id() != caller.tenantId)
        fail(StatusCode::PERMISSION_DENIED, "a caller can update only its own tenant");
    return m_db.write([&](SQLite::Database &db) {
        requireTenant(db, in.id());
        SQLite::Statement q(db, "UPDATE tenants SET name = ?, status = ?, updated_at = ?, updated_by = ? WHERE id = ?");
        q.bind(1, in.name());
        q.bind(2, static_cast<int>(in.status()));
        q.bind(3, nowMs());
        q.bind(4, caller.userId);
        q.bind(5, in.id());
        q.exec();
        return requireTenant(db, in.id());
    });
}

pv1::Organization TenancyStore::createOrganization(const Caller &caller, const pv1::Organization &in)
{
    return m_db.write([&](SQLite::Database &db) {
        const std::string id = in.id().empty() ? newId("org") : in.id();
        SQLite::Statement exists(db, "SELECT 1 FROM organizations WHERE id = ?");
        exists.bind(1, id);
        if (exists.executeStep())
            fail(StatusCode::ALREADY_EXISTS, "organization " + id + " already exists");
        checkParent(db, caller.tenantId, id, in.parent_organization_id());
        insertOrganization(db, OrganizationRow{.id = id,
                                               .tenantId = caller.tenantId,
                                               .parentId = in.parent_organization_id(),
                                               .name = in.name(),
                                               .description = in.description(),
                                               .at = nowMs(),
                                               .by = caller.userId});
        return requireOrganization(db, caller.tenantId, id);
    });
}

pv1::Organization TenancyStore::getOrganization(const Caller &caller, const std::string &id)
{
    return m_db.read([&](SQLite::Database &db) { return requireOrganization(db, caller.tenantId, id); });
}

std::vector<pv1::Organization> TenancyStore::listOrganizations(const Caller &caller, const PageRequest &page,
                                                               std::string *nextToken, const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        SQLite::Statement q(db, std::string(kOrganizationSelect) + " WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?");
        q.bind(1, caller.tenantId);
        q.bind(2, page.hasCursor ? page.cursor.at(0) : std::string());
        q.bind(3, page.pageSize + 1);
        std::vector<pv1::Organization> out;
        while (q.executeStep())
            out.push_back(readOrganization(q));
        endPage(out, page, scope, nextToken, [](const auto &row) { return row.id(); });
        return out;
    });
}

pv1::Organization TenancyStore::updateOrganization(const Caller &caller, const pv1::Organization &in)
{
    return m_db.write([&](SQLite::Database &db) {
        requireOrganization(db, caller.tenantId, in.id());
        checkParent(db, caller.tenantId, in.id(), in.parent_organization_id());
        SQLite::Statement q(db,
                            "UPDATE organizations SET name = ?, description = ?, parent_id = ?, updated_at = ?,"
                            " updated_by = ? WHERE id = ? AND tenant_id = ?");
        q.bind(1, in.name());
        q.bind(2, in.description());
        bindOptional(q, 3, in.parent_organization_id());
        q.bind(4, nowMs());
        q.bind(5, caller.userId);
        q.bind(6, in.id());
        q.bind(7, caller.tenantId);
        q.exec();
        return requireOrganization(db, caller.tenantId, in.id());
    });
}

void TenancyStore::deleteOrganization(const Caller &caller, const std::string &id)
{
    m_db.write([&](SQLite::Database &db) {
        requireOrganization(db, caller.tenantId, id);
        SQLite::Statement children(db, "SELECT 1 FROM organizations WHERE parent_id = ? LIMIT 1");
        children.bind(1, id);
        if (children.executeStep())
            fail(StatusCode::FAILED_PRECONDITION, "organization " + id + " still has child organizations");
        SQLite::Statement q(db, "DELETE FROM organizations WHERE id = ? AND tenant_id = ?");
        q.bind(1, id);
        q.bind(2, caller.tenantId);
        q.exec();
    });
}

std::vector<pv1::OrganizationMembership> TenancyStore::listMemberships(const Caller &caller,
                                                                       const std::string &organizationId,
                                                                       const PageRequest &page,
                                                                       std::string *nextToken,
                                                                       const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        requireOrganization(db, caller.tenantId, organizationId);
        SQLite::Statement q(db,
                            "SELECT m.organization_id, m.user_id, m.role, u.display_name, m.created_at"
                            " FROM organization_memberships m JOIN users u ON u.id = m.user_id"
                            " WHERE m.organization_id = ? AND m.user_id > ? ORDER BY m.user_id LIMIT ?");
        q.bind(1, organizationId);
        q.bind(2, page.hasCursor ? page.cursor.at(0) : std::string());
        q.bind(3, page.pageSize + 1);
        std::vector<pv1::OrganizationMembership> out;
        while (q.executeStep()) {
            pv1::OrganizationMembership m;
            m.set_organization_id(q.getColumn(0).getString());
            m.set_user_id(q.getColumn(1).getString());
            m.set_role(q.getColumn(2).getString());
            m.set_display_name(q.getColumn(3).getString());
            setTimestamp(m.mutable_metadata()->mutable_created_at(), q.getColumn(4).getInt64());
            out.push_back(std::move(m));
        }
        endPage(out, page, scope, nextToken, [](const auto &row) { return row.user_id(); });
        return out;
    });
}

} // namespace ameide::platform
