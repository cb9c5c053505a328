#include "client/json_struct.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace ameide::client {

namespace {

namespace pb = google::protobuf;

struct Place
{
    int line = 1;
    int column = 1;
};

// Line and column (1-based; the column counts characters, not bytes) of a
// byte offset.
Place placeOf(const QByteArray &text, qsizetype offset)
{
    Place p;
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

JsonParseResult failure(const QByteArray &text, qsizetype offset, const QString &message)
{
    const Place p = placeOf(text, offset);
    return {false,
            QCoreApplication::translate("JsonStruct", "Line %1, column %2: %3").arg(p.line).arg(p.column).arg(message),
            p.line, p.column};
}

struct Finding
{
    qsizetype offset = -1;
    QString message;
    // The text ends with objects or arrays open (and outside a string), and
    // every bracket before matched.
    bool endsUnclosed = false;
};

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// What Qt's parser lets through or notices late: nesting deeper than
// kMaxJsonStructDepth, escapes JSON does not have (Qt reads "C:\temp" as
// "C:temp") and raw control characters in strings (usually a string whose
// closing quote is missing). Returns the first, or offset -1. On text that
// is not JSON it is right up to the first mistake, which is what it is
// compared with.
Finding lexicalCheck(const QByteArray &text)
{
    std::vector<char> open;
    bool matched = true;
    bool inString = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '"') {
                inString = false;
            } else if (c == '\\') {
                const char e = i + 1 < n ? text.at(i + 1) : '\0';
                bool valid = e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                    || e == 't';
                if (e == 'u') {
                    valid = i + 5 < n;
                    for (qsizetype k = i + 2; valid && k < i + 6; ++k)
                        valid = isHexDigit(text.at(k));
                }
                if (!valid) {
                    return {i, QCoreApplication::translate("JsonStruct",
                                                           "This escape sequence is not valid in JSON; write a "
                                                           "backslash as \\\\.")};
                }
                ++i;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return {i, QCoreApplication::translate("JsonStruct",
                                                       "A string has a line break or control character in it: "
                                                       "is its closing quote missing? Inside a string, write a "
                                                       "line break as \\n.")};
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            open.push_back(c == '{' ? '}' : ']');
            if (static_cast<int>(open.size()) > kMaxJsonStructDepth) {
                return {i, QCoreApplication::translate("JsonStruct", "Objects and arrays are nested more than %1 "
                                                                     "deep.")
                               .arg(kMaxJsonStructDepth)};
            }
        } else if (c == '}' || c == ']') {
            matched = matched && !open.empty() && open.back() == c;
            if (!open.empty())
                open.pop_back();
        }
    }
    Finding none;
    none.endsUnclosed = matched && !inString && !open.empty();
    return none;
}

qsizetype firstNonSpace(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return i;
    }
    return text.size();
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Qt's parser reports most errors just after the character that is wrong;
// *offset is moved back to it (to the start of the number for numbers).
QString parseErrorMessage(const QByteArray &text, const QJsonParseError &error, qsizetype *offset)
{
    qsizetype at = std::clamp<qsizetype>(error.offset, 0, text.size());
    switch (error.error) {
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::IllegalValue:
        while (at > 0 && isNumberChar(text.at(at - 1)))
            --at;
        for (const char *word : {"NaN", "Infinity", "-Infinity", "+Infinity", "-NaN", "+NaN"}) {
            if (text.mid(at).startsWith(word)) {
                *offset = at;
                return QCoreApplication::translate("JsonStruct",
                                                   "JSON has no NaN or Infinity; write a number, a string or null.");
            }
        }
        break;
    default: break;
    }
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingObject:
        *offset = std::max<qsizetype>(0, at - 1);
        break;
    case QJsonParseError::IllegalValue:
        *offset = at == error.offset ? std::max<qsizetype>(0, at - 1) : at;
        break;
    default: *offset = at; break;
    }
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return QCoreApplication::translate("JsonStruct", "Expected a comma or a \"}\" here, or a name in double "
                                                         "quotes.");
    case QJsonParseError::MissingNameSeparator:
        return QCoreApplication::translate("JsonStruct", "Expected a \":\" after the name.");
    case QJsonParseError::UnterminatedArray:
        return QCoreApplication::translate("JsonStruct", "Expected a comma or a \"]\" here.");
    case QJsonParseError::MissingValueSeparator:
        return QCoreApplication::translate("JsonStruct", "Expected a comma between two values.");
    case QJsonParseError::MissingObject:
        return QCoreApplication::translate("JsonStruct", "Expected a value here; is there a comma too many?");
    case QJsonParseError::IllegalValue:
        return QCoreApplication::translate("JsonStruct", "This is not a JSON value. Strings need double quotes; true, "
                                                         "false and null are written in lower case.");
    case QJsonParseError::TerminationByNumber:
        return QCoreApplication::translate("JsonStruct", "The text ends in the middle of a number.");
    case QJsonParseError::IllegalNumber:
        // Qt reads any word it does not know as a number.
        if (*offset < text.size() && !isNumberChar(text.at(*offset))) {
            return QCoreApplication::translate("JsonStruct", "This is not a JSON value. Strings need double quotes; "
                                                             "true, false and null are written in lower case.");
        }
        return QCoreApplication::translate("JsonStruct", "This number is not valid JSON or is too large.");
    case QJsonParseError::IllegalEscapeSequence:
        return QCoreApplication::translate("JsonStruct", "This escape sequence is not valid in JSON.");
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate("JsonStruct", "This text is not valid UTF-8.");
    case QJsonParseError::UnterminatedString:
        return QCoreApplication::translate("JsonStruct", "A string is not closed; a \" is missing.");
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("JsonStruct", "Objects and arrays are nested more than %1 deep.")
            .arg(kMaxJsonStructDepth);
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate("JsonStruct", "The JSON is larger than %1 KiB.")
            .arg(kMaxJsonStructBytes / 1024);
    case QJsonParseError::GarbageAtEnd:
        return QCoreApplication::translate("JsonStruct", "There is more text after the end of the object.");
    default: return QCoreApplication::translate("JsonStruct", "This is not valid JSON.");
    }
}

void toValue(const QJsonValue &in, pb::Value *out);

void toStruct(const QJsonObject &in, pb::Struct *out)
{
    auto *fields = out->mutable_fields();
    for (auto it = in.begin(); it != in.end(); ++it)
        toValue(it.value(), &(*fields)[it.key().toStdString()]);
}

void toValue(const QJsonValue &in, pb::Value *out)
{
    switch (in.type()) {
    case QJsonValue::Bool: out->set_bool_value(in.toBool()); break;
    case QJsonValue::Double: out->set_number_value(in.toDouble()); break;
    case QJsonValue::String: out->set_string_value(in.toString().toStdString()); break;
    case QJsonValue::Array: {
        const QJsonArray array = in.toArray();
        auto *list = out->mutable_list_value();
        for (const auto &item : array)
            toValue(item, list->add_values());
        break;
    }
    case QJsonValue::Object: toStruct(in.toObject(), out->mutable_struct_value()); break;
    default: out->set_null_value(pb::NULL_VALUE); break;
    }
}

void writeString(const std::string &s, QByteArray *out)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        case '\b': out->append("\\b"); break;
        case '\f': out->append("\\f"); break;
        default:
            if (c < 0x20) {
                out->append("\\u00");
                out->append(hex[c >> 4]);
                out->append(hex[c & 0xF]);
            } else {
                out->append(ch);
            }
        }
    }
    out->append('"');
}

void writeNumber(double d, QByteArray *out)
{
    if (std::isnan(d)) {
        out->append("\"NaN\"");
    } else if (std::isinf(d)) {
        out->append(d > 0 ? "\"Infinity\"" : "\"-Infinity\"");
    } else if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
        out->append(QByteArray::number(static_cast<qint64>(d)));
    } else {
        out->append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    }
}

class Writer
{
public:
    explicit Writer(bool indented) : m_indented(indented) {}

    void value(const pb::Value &v, int depth)
    {
        switch (v.kind_case()) {
        case pb::Value::kBoolValue: m_out.append(v.bool_value() ? "true" : "false"); break;
        case pb::Value::kNumberValue: writeNumber(v.number_value(), &m_out); break;
        case pb::Value::kStringValue: writeString(v.string_value(), &m_out); break;
        case pb::Value::kStructValue: object(v.struct_value(), depth); break;
        case pb::Value::kListValue: list(v.list_value(), depth); break;
        default: m_out.append("null"); break;
        }
    }

    void object(const pb::Struct &s, int depth)
    {
        if (s.fields().empty()) {
            m_out.append("{}");
            return;
        }
        std::vector<const std::string *> keys;
        keys.reserve(s.fields().size());
        for (const auto &field : s.fields())
            keys.push_back(&field.first);
        std::sort(keys.begin(), keys.end(), [](const std::string *a, const std::string *b) { return *a < *b; });
        m_out.append('{');
        bool first = true;
        for (const std::string *key : keys) {
            separator(&first, depth + 1);
            writeString(*key, &m_out);
            m_out.append(m_indented ? ": " : ":");
            value(s.fields().at(*key), depth + 1);
        }
        newline(depth);
        m_out.append('}');
    }

    void list(const pb::ListValue &l, int depth)
    {
        if (l.values().empty()) {
            m_out.append("[]");
            return;
        }
        m_out.append('[');
        bool first = true;
        for (const auto &item : l.values()) {
            separator(&first, depth + 1);
            value(item, depth + 1);
        }
        newline(depth);
        m_out.append(']');
    }

    QByteArray take() { return std::move(m_out); }

private:
    void separator(bool *first, int depth)
    {
        if (!*first)
            m_out.append(',');
        *first = false;
        newline(depth);
    }

    void newline(int depth)
    {
        if (!m_indented)
            return;
        m_out.append('\n');
        m_out.append(QByteArray(static_cast<qsizetype>(depth) * 2, ' '));
    }

    bool m_indented;
    QByteArray m_out;
};

} // namespace

JsonParseResult jsonToStruct(const QByteArray &json, google::protobuf::Struct *out)
{
    out->Clear();
    if (json.size() > kMaxJsonStructBytes) {
        return failure(json, kMaxJsonStructBytes,
                       QCoreApplication::translate("JsonStruct", "The JSON is larger than %1 KiB; the platform takes "
                                                                 "no more.")
                           .arg(kMaxJsonStructBytes / 1024));
    }
    const qsizetype start = firstNonSpace(json);
    if (start == json.size()) {
        return failure(json, start,
                       QCoreApplication::translate("JsonStruct", "There is no JSON; write an object such as {}."));
    }
    if (json.at(start) != '{') {
        return failure(json, start,
                       QCoreApplication::translate("JsonStruct", "The input must be a JSON object, in { and }."));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    // The first mistake wins, whichever of the two finds it.
    const Finding finding = lexicalCheck(json);
    qsizetype offset = json.size();
    QString message;
    if (error.error != QJsonParseError::NoError)
        message = parseErrorMessage(json, error, &offset);
    if (error.error != QJsonParseError::NoError && error.offset >= json.size() && finding.endsUnclosed) {
        // Qt names what it was reading when the text ran out, not what is missing.
        offset = json.size();
        message = QCoreApplication::translate("JsonStruct", "The text ends before every object and array is closed; "
                                                            "a \"}\" or \"]\" is missing.");
    }
    if (finding.offset >= 0 && (message.isEmpty() || finding.offset <= offset))
        return failure(json, finding.offset, finding.message);
    if (!message.isEmpty())
        return failure(json, offset, message);
    if (!doc.isObject()) {
        return failure(json, start,
                       QCoreApplication::translate("JsonStruct", "The input must be a JSON object, in { and }."));
    }
    toStruct(doc.object(), out);
    const std::size_t encoded = out->ByteSizeLong();
    if (encoded > static_cast<std::size_t>(kMaxJsonStructBytes)) {
        out->Clear();
        return {false,
                QCoreApplication::translate("JsonStruct", "This JSON is %1 KiB when sent, more than the %2 KiB the "
                                                          "platform takes.")
                    .arg((encoded + 1023) / 1024)
                    .arg(kMaxJsonStructBytes / 1024),
                0, 0};
    }
    return {true, {}, 0, 0};
}

JsonParseResult checkJsonObject(const QByteArray &json)
{
    google::protobuf::Struct parsed;
    return jsonToStruct(json, &parsed);
}

QByteArray structToJson(const google::protobuf::Struct &s, bool indented)
{
    Writer writer(indented);
    writer.object(s, 0);
    return writer.take();
}

} // namespace ameide::client
