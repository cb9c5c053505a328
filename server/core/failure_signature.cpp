#include "failure_signature.h"

#include "ids.h"

namespace ameide::platform {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
}

// Length of a hex or uuid-like token at i (hex digits and dashes, starting
// and ending with a hex digit, at least 8 hex digits, not inside a run of
// letters and digits: "req_3f2a9c1b" has one, "abcdef123456x" has none),
// or 0.
std::size_t hexTokenAt(const std::string &s, std::size_t i)
{
    if (i > 0 && isAlnum(s[i - 1]))
        return 0;
    std::size_t j = i;
    std::size_t digits = 0;
    std::size_t lastHex = i;
    while (j < s.size() && (isHex(s[j]) || s[j] == '-')) {
        if (isHex(s[j])) {
            ++digits;
            lastHex = j + 1;
        } else if (j + 1 >= s.size() || !isHex(s[j + 1])) {
            break;
        }
        ++j;
    }
    if (digits < 8 || (lastHex < s.size() && isAlnum(s[lastHex])))
        return 0;
    return lastHex - i;
}

} // namespace

std::string normalizeFailureMessage(const std::string &message)
{
    std::string out;
    out.reserve(message.size());
    bool pendingSpace = false;
    auto put = [&](const std::string &piece) {
        if (pendingSpace && !out.empty())
            out.push_back(' ');
        pendingSpace = false;
        out += piece;
    };
    std::size_t i = 0;
    while (i < message.size()) {
        const char c = message[i];
        if (isSpace(c)) {
            pendingSpace = true;
            ++i;
            continue;
        }
        if (c == '\'' || c == '"') {
            // An apostrophe inside a word (don't) is not a quote.
            const bool opens = c == '"' || i == 0 || !isAlnum(message[i - 1]);
            const auto close = opens ? message.find(c, i + 1) : std::string::npos;
            if (close != std::string::npos) {
                put("\"\xE2\x80\xA6\"");
                i = close + 1;
                continue;
            }
        }
        if (const std::size_t hex = hexTokenAt(message, i); hex > 0) {
            put("*");
            i += hex;
            continue;
        }
        if (isDigit(c)) {
            while (i < message.size() && isDigit(message[i]))
                ++i;
            put("#");
            continue;
        }
        put(std::string(1, c));
        ++i;
    }
    return out;
}

std::string failureSignature(const std::string &stepId, const std::string &errorClass, const std::string &message)
{
    return toHex(sha256(stepId + '\x1f' + errorClass + '\x1f' + normalizeFailureMessage(message))).substr(0, 16);
}

bool isFailureSignature(const std::string &value)
{
    if (value.size() != 16)
        return false;
    for (const char c : value) {
        if (!isDigit(c) && !(c >= 'a' && c <= 'f'))
            return false;
    }
    return true;
}

} // namespace ameide::platform
