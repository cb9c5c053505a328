#include "validation.h"

#include "core/status_error.h"

#include <cmath>

namespace ameide::platform {

namespace {

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == ':';
}

bool isValidUtf8(const std::string &s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c >> 5) == 0x6)
            extra = 1;
        else if ((c >> 4) == 0xe)
            extra = 2;
        else if ((c >> 3) == 0x1e)
            extra = 3;
        else
            return false;
        if (i + extra >= s.size())
            return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

} // namespace

void throwInvalidEnum(const std::string &field, int value)
{
    invalidArgument(field + " has an unknown or unspecified value " + std::to_string(value));
}

void validateContext(const ameide_core_proto::common::v1::RequestContext &context)
{
    optionalId("context.tenant_id", context.tenant_id());
    optionalId("context.user_id", context.user_id());
    optionalText("context.request_id", context.request_id(), kMaxIdLength);
    optionalText("context.correlation_id", context.correlation_id(), kMaxIdLength);
}

void requireId(const std::string &field, const std::string &value)
{
    if (value.empty())
        invalidArgument(field + " is required");
    optionalId(field, value);
}

void optionalId(const std::string &field, const std::string &value)
{
    if (value.size() > kMaxIdLength)
        invalidArgument(field + " is longer than " + std::to_string(kMaxIdLength) + " characters");
    for (const char c : value) {
        if (!isIdChar(c))
            invalidArgument(field + " may contain only letters, digits and - _ . :");
    }
}

void requireText(const std::string &field, const std::string &value, std::size_t maxLength)
{
    if (value.empty())
        invalidArgument(field + " is required");
    optionalText(field, value, maxLength);
}

void optionalText(const std::string &field, const std::string &value, std::size_t maxLength)
{
    if (value.size() > maxLength)
        invalidArgument(field + " is longer than " + std::to_string(maxLength) + " bytes");
    if (!isValidUtf8(value))
        invalidArgument(field + " is not valid UTF-8");
}

namespace {

// JSON has no NaN or Infinity. Protobuf's JSON printer writes them as the
// strings "NaN" and "Infinity" without an error, so a run's input would come
// back changed, and a number read from it would silently mean its default.
void requireJsonNumbers(const std::string &path, const google::protobuf::Value &value)
{
    switch (value.kind_case()) {
    case google::protobuf::Value::kNumberValue:
        if (!std::isfinite(value.number_value()))
            invalidArgument(path + " is not a number JSON can hold (NaN or Infinity)");
        break;
    case google::protobuf::Value::kStructValue:
        for (const auto &[key, member] : value.struct_value().fields())
            requireJsonNumbers(path + "." + key, member);
        break;
    case google::protobuf::Value::kListValue: {
        const auto &items = value.list_value().values();
        for (int i = 0; i < items.size(); ++i)
            requireJsonNumbers(path + "[" + std::to_string(i) + "]", items.Get(i));
        break;
    }
    default:
        break;
    }
}

} // namespace

void validateStruct(const std::string &field, const google::protobuf::Struct &value)
{
    if (value.ByteSizeLong() > kMaxStructBytes)
        invalidArgument(field + " is larger than " + std::to_string(kMaxStructBytes) + " bytes");
    // Nesting is bounded by protobuf's parser (100 levels), so recursion is safe.
    for (const auto &[key, member] : value.fields())
        requireJsonNumbers(field + "." + key, member);
}

} // namespace ameide::platform
