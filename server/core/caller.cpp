#include "caller.h"

namespace ameide::platform {

std::string roleName(ameide_core_proto::platform::v1::Role role)
{
    return ameide_core_proto::platform::v1::Role_Name(role);
}

} // namespace ameide::platform
