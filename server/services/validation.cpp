#include "validation.h"

#include "core/ids.h"
#include "core/status_error.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

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

// A short, stable tag of the list and filter a token was issued for.
std::string scopeTag(const std::string &scope)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (const unsigned char c : scope) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    std::string bytes;
    for (int i = 0; i < 8; ++i)
        bytes.push_back(static_cast<char>((h >> (8 * i)) & 0xff));
    return toHex(bytes);
}

constexpr char kSeparator = '\x1f';

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

void validateStruct(const std::string &field, const google::protobuf::Struct &value)
{
    if (value.ByteSizeLong() > kMaxStructBytes)
        invalidArgument(field + " is larger than " + std::to_string(kMaxStructBytes) + " bytes");
}

PageRequest parsePage(const ameide_core_proto::common::v1::PaginationRequest &page,
                      const std::string &scope)
{
    PageRequest out;
    if (page.page_size() < 1 || page.page_size() > kMaxPageSize)
        invalidArgument("pagination.page_size must be between 1 and " + std::to_string(kMaxPageSize));
    out.pageSize = page.page_size();
    if (page.page_token().empty())
        return out;
    std::string raw;
    if (page.page_token().size() > 1024 || !fromHex(page.page_token(), &raw))
        invalidArgument("pagination.page_token is not a token this server issued");
    // Layout: <scope hash 16 hex> SEP key SEP key ...
    const std::string expected = scopeTag(scope);
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = raw.find(kSeparator, start);
        parts.push_back(raw.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    if (parts.size() < 2 || parts.front() != expected)
        invalidArgument("pagination.page_token does not belong to this list and filter");
    out.hasCursor = true;
    out.cursor.assign(parts.begin() + 1, parts.end());
    return out;
}

std::string makePageToken(const std::string &scope, const std::vector<std::string> &cursor)
{
    std::string raw = scopeTag(scope);
    for (const auto &key : cursor) {
        raw.push_back(kSeparator);
        raw += key;
    }
    return toHex(raw);
}

std::string pageScope(const std::string &list, const std::string &tenantId, const google::protobuf::Message &filter)
{
    std::string bytes;
    {
        google::protobuf::io::StringOutputStream raw(&bytes);
        google::protobuf::io::CodedOutputStream out(&raw);
        out.SetSerializationDeterministic(true);
        filter.SerializeToCodedStream(&out);
    }
    return list + '|' + tenantId + '|' + bytes;
}

} // namespace ameide::platform
