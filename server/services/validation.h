#pragma once

#include "ameide_core_proto/common/v1/common.pb.h"
#include "core/limits.h"
#include "core/page_token.h"

#include <google/protobuf/struct.pb.h>

#include <string>

namespace ameide::platform {

// Request validation. Each check throws StatusError(INVALID_ARGUMENT) with a
// message that names the offending field. The limits and page tokens the
// checks share with the stores live in core/.

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

} // namespace ameide::platform
