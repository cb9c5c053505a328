#pragma once

#include "ameide_core_proto/platform/v1/roles.pb.h"

#include <string>

namespace ameide::platform {

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

} // namespace ameide::platform
