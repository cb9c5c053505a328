// Fuzzes the JSON editor's conversion (src/client/json_struct.h): any bytes
// either convert or give an error with a place inside the text; what
// converts is written back (indented and compact) and must read back as the
// same Struct, and writing that again must give the same bytes.

#include "client/json_struct.h"

#include <google/protobuf/util/message_differencer.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace {

using namespace ameide::client;

[[noreturn]] void finding(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz_json_struct: FINDING: %s: %s\n", what, detail.left(2000).constData());
    __builtin_trap();
}

int lineCount(const QByteArray &text)
{
    return static_cast<int>(text.count('\n')) + 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    google::protobuf::Struct first;
    const JsonParseResult r = jsonToStruct(json, &first);
    if (!r.ok) {
        if (r.error.isEmpty())
            finding("an error without a message", json);
        if (r.line == 0 ? r.column != 0 : (r.line < 1 || r.line > lineCount(json) || r.column < 1
                                           || r.column > json.size() + 1))
            finding("an error outside the text", json);
        if (first.fields_size() != 0)
            finding("a failed parse left fields behind", json);
        return 0;
    }
    if (json.size() > kMaxJsonStructBytes)
        finding("took more than the limit", json);
    for (const bool indented : {true, false}) {
        const QByteArray written = structToJson(first, indented);
        google::protobuf::Struct second;
        const JsonParseResult back = jsonToStruct(written, &second);
        if (!back.ok) {
            // Escaping can make the text longer than what was read (a
            // control character becomes six bytes); that alone is fine.
            if (written.size() > kMaxJsonStructBytes)
                continue;
            finding("written JSON does not read back", written + "\n" + back.error.toUtf8());
        }
        if (!google::protobuf::util::MessageDifferencer::Equals(first, second))
            finding("written JSON reads back as another Struct", json + "\n->\n" + written);
        if (structToJson(second, indented) != written)
            finding("writing is not stable", written);
    }
    return 0;
}
