#pragma once

#include <google/protobuf/struct.pb.h>

#include <QByteArray>
#include <QString>

namespace ameide::client {

// Largest JSON text jsonToStruct reads, and largest Struct (encoded) it gives:
// the platform refuses a Struct larger than 64 KiB.
inline constexpr int kMaxJsonStructBytes = 64 * 1024;
// Deepest nesting of objects and arrays jsonToStruct accepts; the top-level
// object is depth 1. Not 64: protobuf refuses to parse messages nested more
// than 100 deep, each level of a Struct costs up to three (map entry, Value,
// Struct) and the deepest place a Struct travels in this contract is four
// messages down (ListWorkflowVersionsResponse.versions.spec.steps.input), so
// 32 levels (95 + 4) is the most every message that carries it can read back.
// A 64-deep Struct fails to parse even as RetryWorkflowRunRequest.input.
inline constexpr int kMaxJsonStructDepth = 32;

// What jsonToStruct made of its input. On failure, error is a sentence for
// people that starts with the place ("Line 3, column 14: ...") and line and
// column (1-based; column counts characters) say where; both are 0 when the
// error is not at a place (the encoded Struct is too large).
struct JsonParseResult
{
    bool ok = false;
    QString error;
    int line = 0;
    int column = 0;
};

// Reads a JSON object into *out (cleared first). The top level must be an
// object; the text at most kMaxJsonStructBytes and no deeper than
// kMaxJsonStructDepth; NaN and Infinity are not JSON and are refused. Every
// number becomes a double (integers beyond 2^53 lose precision). On failure
// *out is left empty.
JsonParseResult jsonToStruct(const QByteArray &json, google::protobuf::Struct *out);
// Whether jsonToStruct would take the text, for editors that check as the
// person types; nothing is kept.
JsonParseResult checkJsonObject(const QByteArray &json);

// The Struct as JSON: keys sorted (by their UTF-8 bytes), indented by two
// spaces (no trailing newline) or compact. Numbers are written in the
// shortest form that reads back as the same double; a NaN or an infinity
// (which only code can put in a Struct) is written as the string "NaN",
// "Infinity" or "-Infinity", as proto3's JSON mapping does for doubles.
QByteArray structToJson(const google::protobuf::Struct &s, bool indented = true);

} // namespace ameide::client
