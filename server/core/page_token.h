#pragma once

#include "ameide_core_proto/common/v1/common.pb.h"

#include <google/protobuf/message.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ameide::platform {

// Keyset page tokens: opaque to clients, bound to the list and filter they
// were issued for. A token carries the sort key of the last row returned.
// Errors are StatusError(INVALID_ARGUMENT) naming the pagination field.
struct PageRequest
{
    int pageSize = 0;
    bool hasCursor = false;
    std::vector<std::string> cursor;
};

PageRequest parsePage(const ameide_core_proto::common::v1::PaginationRequest &page,
                      const std::string &scope);
// The same for a list that allows pages of up to maxPageSize rows.
PageRequest parsePage(const ameide_core_proto::common::v1::PaginationRequest &page,
                      const std::string &scope, int maxPageSize);
std::string makePageToken(const std::string &scope, const std::vector<std::string> &cursor);

// The scope of a list's page tokens: the list, the tenant and every value of
// its filter (serialized deterministically).
std::string pageScope(const std::string &list, const std::string &tenantId, const google::protobuf::Message &filter);

// A list whose cursor has `count` keys: INVALID_ARGUMENT when the token
// carries another number of them.
void requireCursorKeys(const PageRequest &page, std::size_t count);
// A numeric cursor key; INVALID_ARGUMENT when it is not a number.
std::int64_t cursorNumber(const std::string &key);

// For a list keyed by one column and read with LIMIT pageSize + 1: drops
// the extra row and, when there was one, sets *nextToken to continue after
// the last row kept. keyOf gives a row's key.
template<typename Row, typename KeyOf>
void endPage(std::vector<Row> &rows, const PageRequest &page, const std::string &scope, std::string *nextToken,
             KeyOf keyOf)
{
    if (static_cast<int>(rows.size()) <= page.pageSize)
        return;
    rows.pop_back();
    *nextToken = makePageToken(scope, {keyOf(rows.back())});
}

} // namespace ameide::platform
