#include "permissions.h"

namespace ameide::platform {

using ameide_core_proto::platform::v1::Role;
namespace pv1 = ameide_core_proto::platform::v1;

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ReadTenant:
        return role != pv1::ROLE_UNSPECIFIED;
    case Permission::Read:
        return role == pv1::ROLE_ADMIN || role == pv1::ROLE_CONTRIBUTOR || role == pv1::ROLE_VIEWER
            || role == pv1::ROLE_SERVICE;
    case Permission::ManageWorkflows:
        return role == pv1::ROLE_ADMIN || role == pv1::ROLE_CONTRIBUTOR || role == pv1::ROLE_SERVICE;
    case Permission::ReportStatus:
        return role == pv1::ROLE_ADMIN || role == pv1::ROLE_SERVICE;
    case Permission::Administer:
        return role == pv1::ROLE_ADMIN;
    }
    return false;
}

std::string describeRequiredRoles(Permission permission)
{
    switch (permission) {
    case Permission::ReadTenant:
        return "any role";
    case Permission::Read:
        return "ROLE_ADMIN, ROLE_CONTRIBUTOR, ROLE_VIEWER or ROLE_SERVICE";
    case Permission::ManageWorkflows:
        return "ROLE_ADMIN, ROLE_CONTRIBUTOR or ROLE_SERVICE";
    case Permission::ReportStatus:
        return "ROLE_ADMIN or ROLE_SERVICE";
    case Permission::Administer:
        return "ROLE_ADMIN";
    }
    return {};
}

} // namespace ameide::platform
