#pragma once

#include "ameide_core_proto/common/v1/common.pb.h"

#include <google/protobuf/message.h>
#include <google/protobuf/struct.pb.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ameide::platform {

// Request validation. Each check throws StatusError(INVALID_ARGUMENT) with a
// message that names the offending field.

constexpr std::size_t kMaxIdLength = 128;
constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxTextLength = 4000;
constexpr std::size_t kMaxStructBytes = std::size_t{64} * 1024;
constexpr int kMaxPageSize = 1000;

void validateContext(const ameide_core_proto::common::v1::RequestContext &context);
void requireId(const std::string &field, const std::string &value);
void optionalId(const std::string &field, const std::string &value);
void requireText(const std::string &field, const std::string &value, std::size_t maxLength);
void optionalText(const std::string &field, const std::string &value, std::size_t maxLength);
void validateStruct(const std::string &field, const google::protobuf::Struct &value);

[[noreturn]] void throwInvalidEnum(const std::string &field, int value);

// isValid is the generated <Enum>_IsValid function.
template<typename IsValid>
void requireEnum(const std::string &field, int value, IsValid isValid, bool allowUnspecified)
{
    if (!isValid(value) || (!allowUnspecified && value == 0))
        throwInvalidEnum(field, value);
}

// Keyset page tokens: opaque to clients, bound to the list and filter they
// were issued for. A token carries the sort key of the last row returned.
struct PageRequest
{
    int pageSize = 0;
    bool hasCursor = false;
    std::vector<std::string> cursor;
};

PageRequest parsePage(const ameide_core_proto::common::v1::PaginationRequest &page,
                      const std::string &scope);
std::string makePageToken(const std::string &scope, const std::vector<std::string> &cursor);

// The scope of a list's page tokens: the list, the tenant and every value of
// its filter (serialized deterministically).
std::string pageScope(const std::string &list, const std::string &tenantId, const google::protobuf::Message &filter);

} // namespace ameide::platform
