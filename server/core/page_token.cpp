#include "page_token.h"

#include "ids.h"
#include "limits.h"
#include "status_error.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

namespace ameide::platform {

namespace {

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

[[noreturn]] void notIssuedHere()
{
    invalidArgument("pagination.page_token is not a token this server issued");
}

} // namespace

PageRequest parsePage(const ameide_core_proto::common::v1::PaginationRequest &page,
                      const std::string &scope)
{
    return parsePage(page, scope, kMaxPageSize);
}

PageRequest parsePage(const ameide_core_proto::common::v1::PaginationRequest &page,
                      const std::string &scope, int maxPageSize)
{
    PageRequest out;
    if (page.page_size() < 1 || page.page_size() > maxPageSize)
        invalidArgument("pagination.page_size must be between 1 and " + std::to_string(maxPageSize));
    out.pageSize = page.page_size();
    if (page.page_token().empty())
        return out;
    std::string raw;
    if (page.page_token().size() > 1024 || !fromHex(page.page_token(), &raw))
        notIssuedHere();
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

void requireCursorKeys(const PageRequest &page, std::size_t count)
{
    if (page.cursor.size() != count)
        notIssuedHere();
}

std::int64_t cursorNumber(const std::string &key)
{
    try {
        std::size_t used = 0;
        const long long v = std::stoll(key, &used);
        if (used != key.size())
            throw std::invalid_argument(key);
        return v;
    } catch (const std::exception &) {
        notIssuedHere();
    }
}

} // namespace ameide::platform
