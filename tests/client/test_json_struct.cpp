#include "client/json_struct.h"

#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_service.pb.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace ameide::client;
namespace pb = google::protobuf;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

pb::Struct parsed(const QByteArray &json)
{
    pb::Struct s;
    const JsonParseResult r = jsonToStruct(json, &s);
    EXPECT_TRUE(r.ok) << json.toStdString() << ": " << r.error.toStdString();
    EXPECT_TRUE(r.error.isEmpty());
    return s;
}

JsonParseResult failed(const QByteArray &json)
{
    pb::Struct s;
    (*s.mutable_fields())["stale"].set_bool_value(true);
    const JsonParseResult r = jsonToStruct(json, &s);
    EXPECT_FALSE(r.ok) << json.toStdString();
    EXPECT_EQ(s.fields_size(), 0) << "a failed parse leaves the Struct empty";
    return r;
}

bool same(const pb::Struct &a, const pb::Struct &b)
{
    return pb::util::MessageDifferencer::Equals(a, b);
}

QByteArray nested(int depth)
{
    QByteArray json;
    for (int i = 0; i < depth; ++i)
        json += i == 0 ? "{\"a\":" : (i % 2 ? "[" : "{\"b\":");
    json += "1";
    for (int i = depth - 1; i >= 0; --i)
        json += i == 0 ? "}" : (i % 2 ? "]" : "}");
    return json;
}

} // namespace

TEST(JsonStruct, ReadsEveryKindOfValue)
{
    const pb::Struct s = parsed(R"({"s": "text", "n": -12.5, "i": 42, "t": true, "f": false, "z": null,
                                  "l": [1, "two", [3], {"four": 4}], "o": {"inner": {"deep": "yes"}}, "": "empty key"})");
    ASSERT_EQ(s.fields_size(), 9);
    EXPECT_EQ(s.fields().at("s").string_value(), "text");
    EXPECT_EQ(s.fields().at("n").number_value(), -12.5);
    EXPECT_EQ(s.fields().at("i").number_value(), 42.0);
    EXPECT_TRUE(s.fields().at("t").bool_value());
    EXPECT_EQ(s.fields().at("f").kind_case(), pb::Value::kBoolValue);
    EXPECT_FALSE(s.fields().at("f").bool_value());
    EXPECT_EQ(s.fields().at("z").kind_case(), pb::Value::kNullValue);
    const auto &l = s.fields().at("l").list_value();
    ASSERT_EQ(l.values_size(), 4);
    EXPECT_EQ(l.values(1).string_value(), "two");
    EXPECT_EQ(l.values(2).list_value().values(0).number_value(), 3.0);
    EXPECT_EQ(l.values(3).struct_value().fields().at("four").number_value(), 4.0);
    EXPECT_EQ(s.fields().at("o").struct_value().fields().at("inner").struct_value().fields().at("deep").string_value(),
              "yes");
    EXPECT_EQ(s.fields().at("").string_value(), "empty key");
    EXPECT_EQ(parsed("{}").fields_size(), 0);
    EXPECT_EQ(parsed(" \n\t{ } \r\n").fields_size(), 0);
}

TEST(JsonStruct, WritesSortedKeysWithTwoSpaces)
{
    const pb::Struct s = parsed(R"({"b": [1, {"y": null, "x": false}], "a": "q\"\\\n\u0001", "c": {}, "d": [],
                                  "e": 0.1, "f": -3, "g": 1e300, "h": 12345678901234567890})");
    EXPECT_EQ(structToJson(s).toStdString(), R"({
  "a": "q\"\\\n\u0001",
  "b": [
    1,
    {
      "x": false,
      "y": null
    }
  ],
  "c": {},
  "d": [],
  "e": 0.1,
  "f": -3,
  "g": 1e+300,
  "h": 12345678901234567000
})");
    EXPECT_EQ(structToJson(s, false).toStdString(),
              R"({"a":"q\"\\\n\u0001","b":[1,{"x":false,"y":null}],"c":{},"d":[],"e":0.1,"f":-3,"g":1e+300,)"
              R"("h":12345678901234567000})");
    EXPECT_EQ(structToJson(pb::Struct{}), "{}");
}

TEST(JsonStruct, RoundTrips)
{
    const QByteArray inputs[] = {
        R"({})",
        R"({"a":1})",
        R"({"unicode":"é ü 😀 \u00e9 \ud83d\ude00 中文","keys":{"ключ":"значение","😀":1}})",
        R"({"numbers":[0,-0,1.5,-2.25e-10,9007199254740991,9007199254740993,1.7976931348623157e308,5e-324,123456789012345678901234567890]})",
        R"({"deep":{"a":[{"b":[[[{"c":null}]]]}]}})",
        R"({"esc":"\"\\\/\b\f\n\r\t\u0000\u001f"})",
        R"({"lone surrogates":"\ud800 \udc00 \ud83d"})",
    };
    for (const QByteArray &json : inputs) {
        const pb::Struct first = parsed(json);
        for (const bool indented : {true, false}) {
            const QByteArray written = structToJson(first, indented);
            const pb::Struct second = parsed(written);
            EXPECT_TRUE(same(first, second)) << json.toStdString() << " -> " << written.toStdString();
            EXPECT_EQ(structToJson(second, indented), written) << "writing is stable";
        }
    }
}

TEST(JsonStruct, UnicodeIsKeptAsUtf8)
{
    const pb::Struct s = parsed(R"({"k":"é\u00e9😀\ud83d\ude00"})");
    EXPECT_EQ(s.fields().at("k").string_value(), "éé😀😀");
    EXPECT_EQ(structToJson(s, false), R"({"k":"éé😀😀"})");
}

TEST(JsonStruct, NumbersAreDoubles)
{
    const pb::Struct s = parsed(R"({"big":9007199254740993,"huge":1e308,"tiny":5e-324,"neg":-0.0,"int":-42})");
    EXPECT_EQ(s.fields().at("big").number_value(), 9007199254740992.0);
    EXPECT_EQ(s.fields().at("huge").number_value(), 1e308);
    EXPECT_EQ(s.fields().at("tiny").number_value(), 5e-324);
    EXPECT_EQ(s.fields().at("int").number_value(), -42.0);
    // What only code can put in a Struct is still written as JSON.
    pb::Struct odd;
    (*odd.mutable_fields())["nan"].set_number_value(std::numeric_limits<double>::quiet_NaN());
    (*odd.mutable_fields())["inf"].set_number_value(std::numeric_limits<double>::infinity());
    (*odd.mutable_fields())["-inf"].set_number_value(-std::numeric_limits<double>::infinity());
    (*odd.mutable_fields())["unset"];
    EXPECT_EQ(structToJson(odd, false), R"({"-inf":"-Infinity","inf":"Infinity","nan":"NaN","unset":null})");
}

TEST(JsonStruct, NestingUpToTheLimit)
{
    const pb::Struct s = parsed(nested(kMaxJsonStructDepth));
    EXPECT_TRUE(same(parsed(structToJson(s)), s));
    // Deeper is refused where it starts, even inside text Qt's parser takes.
    const QByteArray deeper = nested(kMaxJsonStructDepth + 1);
    const JsonParseResult r = failed(deeper);
    EXPECT_EQ(r.line, 1);
    int opened = 0;
    qsizetype at = 0;
    while (opened <= kMaxJsonStructDepth) {
        if (deeper.at(at) == '{' || deeper.at(at) == '[')
            ++opened;
        ++at;
    }
    EXPECT_EQ(r.column, at) << "the bracket that opens level 65";
    EXPECT_EQ(r.error, QStringLiteral("Line 1, column %1: Objects and arrays are nested more than 32 deep.").arg(r.column));
    // Far deeper than Qt's own limit, and brackets inside strings do not count.
    EXPECT_FALSE(failed(QByteArray("{\"a\":") + QByteArray(5000, '[')).ok);
    EXPECT_TRUE(parsed(QByteArray("{\"a\":\"") + QByteArray(1000, '[') + "\"}").fields_size() == 1);
}

TEST(JsonStruct, DeepestStructSurvivesEveryMessageThatCarriesIt)
{
    // The deepest place a Struct travels: a step's input in a version list.
    const auto roundTrips = [](const pb::Struct &input) {
        wf::ListWorkflowVersionsResponse response;
        *response.add_versions()->mutable_spec()->add_steps()->mutable_input() = input;
        wf::ListWorkflowVersionsResponse back;
        return back.ParseFromString(response.SerializeAsString())
            && same(back.versions(0).spec().steps(0).input(), input);
    };
    EXPECT_TRUE(roundTrips(parsed(nested(kMaxJsonStructDepth))));
    QByteArray objects;
    for (int i = 0; i < kMaxJsonStructDepth; ++i)
        objects += "{\"k\":";
    objects += "null" + QByteArray(kMaxJsonStructDepth, '}');
    EXPECT_TRUE(roundTrips(parsed(objects)));
    // One more level of objects would not: the limit is as high as it can be.
    pb::Struct deeper;
    *(*deeper.mutable_fields())["k"].mutable_struct_value() = parsed(objects);
    EXPECT_FALSE(roundTrips(deeper));
    // And 64 levels fail even where a retry sends the input.
    pb::Struct deep64 = parsed(objects);
    for (int i = kMaxJsonStructDepth; i < 64; ++i) {
        pb::Struct outer;
        *(*outer.mutable_fields())["k"].mutable_struct_value() = deep64;
        deep64 = outer;
    }
    wf::RetryWorkflowRunRequest retry;
    *retry.mutable_input() = deep64;
    EXPECT_FALSE(wf::RetryWorkflowRunRequest().ParseFromString(retry.SerializeAsString()));
}

TEST(JsonStruct, SizeLimits)
{
    // The text: at most 64 KiB.
    QByteArray big = "{\"a\":\"" + QByteArray(1000, 'x') + "\"}";
    big += QByteArray(kMaxJsonStructBytes - big.size(), ' ');
    ASSERT_EQ(big.size(), kMaxJsonStructBytes);
    ASSERT_EQ(parsed(big).fields().count("a"), 1U);
    big += ' ';
    const JsonParseResult tooBig = failed(big);
    EXPECT_EQ(tooBig.line, 1);
    EXPECT_EQ(tooBig.column, kMaxJsonStructBytes + 1);
    EXPECT_TRUE(tooBig.error.contains(QStringLiteral("larger than 64 KiB"))) << tooBig.error.toStdString();
    // The encoded Struct: numbers take 9 bytes or more, so short JSON can be too big to send.
    QByteArray numbers = "{\"a\":[";
    for (int i = 0; i < 7000; ++i)
        numbers += "1,";
    numbers.chop(1);
    numbers += "]}";
    ASSERT_LT(numbers.size(), kMaxJsonStructBytes);
    const JsonParseResult encoded = failed(numbers);
    EXPECT_EQ(encoded.line, 0);
    EXPECT_EQ(encoded.column, 0);
    EXPECT_EQ(encoded.error.toStdString(), "This JSON is 76 KiB when sent, more than the 64 KiB the platform takes.");
}

TEST(JsonStruct, EveryErrorSaysWhereAndWhat)
{
    struct Case
    {
        QByteArray json;
        int line;
        int column;
        const char *message;
    };
    const Case cases[] = {
        {"", 1, 1, "There is no JSON; write an object such as {}."},
        {"  \n ", 2, 2, "There is no JSON; write an object such as {}."},
        {"[1, 2]", 1, 1, "The input must be a JSON object, in { and }."},
        {"\n  \"text\"", 2, 3, "The input must be a JSON object, in { and }."},
        {"42", 1, 1, "The input must be a JSON object, in { and }."},
        {"{\"a\": NaN}", 1, 7, "JSON has no NaN or Infinity; write a number, a string or null."},
        {"{\"a\": -Infinity}", 1, 7, "JSON has no NaN or Infinity; write a number, a string or null."},
        {"{\"a\": Infinity}", 1, 7, "JSON has no NaN or Infinity; write a number, a string or null."},
        {"{\"a\": [1, NaN]}", 1, 11, "JSON has no NaN or Infinity; write a number, a string or null."},
        {"{\"a\": 1e400}", 1, 7, "This number is not valid JSON or is too large."},
        {"{\"a\": -}", 1, 7, "This number is not valid JSON or is too large."},
        {"{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "Expected a comma or a \"}\" here, or a name in double quotes."},
        {"{'a': 1}", 1, 2, "Expected a comma or a \"}\" here, or a name in double quotes."},
        {"{\"a\" 1}", 1, 6, "Expected a \":\" after the name."},
        {"{\"a\": [1 2]}", 1, 10, "Expected a comma between two values."},
        {"{\"a\": [1, \"x\"", 1, 14,
         "The text ends before every object and array is closed; a \"}\" or \"]\" is missing."},
        {"{\"a\": {\"b\": 1}", 1, 15,
         "The text ends before every object and array is closed; a \"}\" or \"]\" is missing."},
        {"{\"a\": 1,\n", 2, 1,
         "The text ends before every object and array is closed; a \"}\" or \"]\" is missing."},
        {"{\"a\": [1 }", 1, 10, "Expected a comma or a \"]\" here."},
        {"{\"a\": }", 1, 7, "Expected a value here; is there a comma too many?"},
        {"{\"a\": 1,}", 1, 9, "Expected a value here; is there a comma too many?"},
        {"{\"a\": tru}", 1, 7,
         "This is not a JSON value. Strings need double quotes; true, false and null are written in lower case."},
        {"{\"a\": True}", 1, 7,
         "This is not a JSON value. Strings need double quotes; true, false and null are written in lower case."},
        {"{\"a\": 1", 1, 8, "The text ends before every object and array is closed; a \"}\" or \"]\" is missing."},
        {"{\"a\": \"x}", 1, 10, "A string is not closed; a \" is missing."},
        {"{\"a\": \"x\n}", 1, 9,
         "A string has a line break or control character in it: is its closing quote missing? Inside a string, "
         "write a line break as \\n."},
        {"{\"path\": \"C:\\Users\"}", 1, 13, "This escape sequence is not valid in JSON; write a backslash as \\\\."},
        {"{\"a\": \"\\u12\"}", 1, 8, "This escape sequence is not valid in JSON; write a backslash as \\\\."},
        {"{\"a\": \"\xff\"}", 1, 8, "This text is not valid UTF-8."},
        {"{\"a\": 1}\n x", 2, 2, "There is more text after the end of the object."},
        {"{\"é\": 1, \"ü\" 2}", 1, 14, "Expected a \":\" after the name."},
    };
    for (const Case &c : cases) {
        const JsonParseResult r = failed(c.json);
        EXPECT_EQ(r.line, c.line) << c.json.toStdString();
        EXPECT_EQ(r.column, c.column) << c.json.toStdString();
        EXPECT_EQ(r.error.toStdString(),
                  QStringLiteral("Line %1, column %2: %3")
                      .arg(c.line)
                      .arg(c.column)
                      .arg(QString::fromUtf8(c.message))
                      .toStdString())
            << c.json.toStdString();
    }
}
