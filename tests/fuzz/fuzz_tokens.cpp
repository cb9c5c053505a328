// Fuzzes the validation helpers and the opaque tokens the platform hands out:
// parsePage (page tokens), decodeWatchCursor (watch cursors), requireId and
// requireText. Only StatusError may leave them; anything else is a finding.
//
// Input layout:
//   bytes 0-1  page_size (int16, little-endian)
//   byte  2    flags: bit 0 also round-trips a token made by makePageToken,
//                     bit 1 also round-trips a cursor made by encodeWatchCursor
//   byte  3    where the rest splits into scope (before) and token (after)
//   rest       scope and token
// Round trips check what the server relies on: a token or cursor it issued
// reads back as exactly what it encoded.

#include "core/status_error.h"
#include "services/validation.h"
#include "services/workflow_operations_service.h"

#include <cstdint>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

namespace {

using ameide::platform::StatusError;

// A store instance id as the migrations make it: 16 lower-case hex digits.
const std::string kInstance = "0123456789abcdef";

[[noreturn]] void finding(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fuzz_tokens: FINDING: %s: %s\n", what, detail.c_str());
    __builtin_trap();
}

// Runs fn; a StatusError must carry one of the allowed codes, anything else
// thrown is a finding. Returns true when fn returned normally.
template<typename Fn>
bool expectStatus(const char *name, Fn &&fn, grpc::StatusCode allowed, grpc::StatusCode alsoAllowed)
{
    try {
        fn();
        return true;
    } catch (const StatusError &e) {
        if (e.code() != allowed && e.code() != alsoAllowed)
            finding(name, "unexpected status code " + std::to_string(e.code()) + ": " + e.what());
        return false;
    } catch (const std::exception &e) {
        finding(name, std::string("threw something other than StatusError: ") + e.what());
    } catch (...) {
        finding(name, "threw something other than StatusError");
    }
}

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == ':';
}

std::vector<std::string> splitOn(const std::string &s, char sep)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = s.find(sep, start);
        parts.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return parts;
        start = end + 1;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    namespace ap = ameide::platform;
    constexpr auto kInvalid = grpc::StatusCode::INVALID_ARGUMENT;
    constexpr auto kOutOfRange = grpc::StatusCode::OUT_OF_RANGE;

    auto byteAt = [&](std::size_t i) -> std::uint8_t { return i < size ? data[i] : 0; };
    const auto pageSize = static_cast<std::int16_t>(static_cast<std::uint16_t>(byteAt(0) | (byteAt(1) << 8)));
    const std::uint8_t flags = byteAt(2);
    const std::string rest = size > 4 ? std::string(reinterpret_cast<const char *>(data + 4), size - 4) : std::string();
    const std::size_t split = byteAt(3) % (rest.size() + 1);
    const std::string scope = rest.substr(0, split);
    const std::string token = rest.substr(split);

    // Page tokens as a client sends them.
    ameide_core_proto::common::v1::PaginationRequest page;
    page.set_page_size(pageSize);
    page.set_page_token(token);
    expectStatus("parsePage", [&] { ap::parsePage(page, scope); }, kInvalid, kInvalid);

    // A token the server issued for this scope reads back as what it carries.
    if (flags & 1U) {
        const auto parts = splitOn(token, ',');
        const std::string issued = ap::makePageToken(scope, parts);
        page.set_page_token(issued);
        ap::PageRequest parsed;
        const bool ok = expectStatus("parsePage(issued)", [&] { parsed = ap::parsePage(page, scope); }, kInvalid, kInvalid);
        bool clean = issued.size() <= 1024;
        for (const auto &p : parts)
            clean = clean && p.find('\x1f') == std::string::npos;
        const bool sizeOk = pageSize >= 1 && pageSize <= ap::kMaxPageSize;
        if (clean && ok != sizeOk)
            finding("parsePage(issued)", "a token the server issued was " + std::string(ok ? "accepted" : "rejected")
                                             + " with page_size " + std::to_string(pageSize));
        if (clean && ok && (!parsed.hasCursor || parsed.cursor != parts || parsed.pageSize != pageSize))
            finding("parsePage(issued)", "the token did not read back as the cursor it was made from");
    }

    // Watch cursors: malformed is INVALID_ARGUMENT, another instance OUT_OF_RANGE.
    expectStatus("decodeWatchCursor", [&] { ap::decodeWatchCursor(kInstance, token); }, kInvalid, kOutOfRange);
    expectStatus("decodeWatchCursor(scope as instance)", [&] { ap::decodeWatchCursor(scope, token); }, kInvalid,
                 kOutOfRange);
    if (flags & 2U) {
        std::uint64_t raw = 0;
        for (std::size_t i = 0; i < 8 && i < rest.size(); ++i)
            raw = (raw << 8) | static_cast<unsigned char>(rest[i]);
        const auto sequence = static_cast<std::int64_t>(raw % 1000000000000000000ULL);
        const std::string cursor = ap::encodeWatchCursor(kInstance, sequence);
        std::int64_t decoded = -1;
        if (!expectStatus("decodeWatchCursor(issued)", [&] { decoded = ap::decodeWatchCursor(kInstance, cursor); },
                          kInvalid, kInvalid)
            || decoded != sequence)
            finding("decodeWatchCursor(issued)", "cursor for sequence " + std::to_string(sequence)
                                                     + " read back as " + std::to_string(decoded));
        if (expectStatus("decodeWatchCursor(issued, other instance)",
                         [&] { ap::decodeWatchCursor("fedcba9876543210", cursor); }, kOutOfRange, kOutOfRange))
            finding("decodeWatchCursor(issued, other instance)", "a cursor of another instance was accepted");
    }

    // Field validation: an accepted id is non-empty, short and of id characters only.
    if (expectStatus("requireId", [&] { ap::requireId("field", token); }, kInvalid, kInvalid)) {
        bool valid = !token.empty() && token.size() <= ap::kMaxIdLength;
        for (const char c : token)
            valid = valid && isIdChar(c);
        if (!valid)
            finding("requireId", "accepted an invalid id of " + std::to_string(token.size()) + " bytes");
    }
    const std::size_t maxLength = static_cast<std::uint16_t>(pageSize);
    if (expectStatus("requireText", [&] { ap::requireText("field", token, maxLength); }, kInvalid, kInvalid)) {
        if (token.empty() || token.size() > maxLength)
            finding("requireText", "accepted text of " + std::to_string(token.size()) + " bytes with limit "
                                       + std::to_string(maxLength));
    }
    return 0;
}
