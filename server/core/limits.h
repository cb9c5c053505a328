#pragma once

#include <cstddef>

namespace ameide::platform {

// Sizes the platform accepts, shared by request validation and the stores
// (which cut text they compose themselves to the same lengths).
constexpr std::size_t kMaxIdLength = 128;
constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxTextLength = 4000;
constexpr std::size_t kMaxStructBytes = std::size_t{64} * 1024;
constexpr int kMaxPageSize = 1000;

} // namespace ameide::platform
