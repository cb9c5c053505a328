#pragma once

#include "ameide_core_proto/platform/v1/roles.pb.h"

#include <string>

namespace ameide::platform {

// Who is calling, as resolved from the bearer token. The tenant comes from
// the token alone; every store query is scoped by it.
struct Caller
{
    std::string tenantId;
    std::string userId;
    ameide_core_proto::platform::v1::Role role = ameide_core_proto::platform::v1::ROLE_UNSPECIFIED;
};

// The enum name, e.g. "ROLE_ADMIN", as messages quote it.
std::string roleName(ameide_core_proto::platform::v1::Role role);

} // namespace ameide::platform
