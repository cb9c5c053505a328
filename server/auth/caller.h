#pragma once

#include "ameide_core_proto/platform/v1/roles.pb.h"

#include <string>

namespace ameide::platform {

// Who is calling, as resolved from the bearer token. The tenant comes from
// the token alone.
struct Caller
{
    std::string tenantId;
    std::string userId;
    ameide_core_proto::platform::v1::Role role = ameide_core_proto::platform::v1::ROLE_UNSPECIFIED;
};

// What an RPC needs of the caller's role; docs/contract.md has the table.
enum class Permission {
    ReadTenant,         // every role, guests included
    Read,               // admin, contributor, viewer, service
    ManageWorkflows,    // admin, contributor, service
    ReportStatus,       // service, admin
    Administer,         // admin
};

bool roleAllows(ameide_core_proto::platform::v1::Role role, Permission permission);
std::string describeRequiredRoles(Permission permission);
std::string roleName(ameide_core_proto::platform::v1::Role role);

} // namespace ameide::platform
