#pragma once

#include <string>
#include <vector>

namespace ameide::platform {

// Schema migrations in order; migration N (1-based) is applied once, in its
// own transaction, and recorded in schema_migrations.
const std::vector<std::string> &migrations();

} // namespace ameide::platform
