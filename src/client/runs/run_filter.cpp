#include "client/runs/run_filter.h"

#include "client/time_text.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace ameide::client {

namespace {

// Query syntax is not translated; only the sentences around it are.
constexpr auto kFilterNames =
    "status, definition, definition_id, element, id, since, after, before, signature, is, job";
constexpr auto kStatusNames = "pending, running, completed, failed, cancelled";

// Longest piece of a term quoted back in a message.
constexpr int kMaxQuoted = 40;

// What a Timestamp can hold: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
constexpr qint64 kMinTimestampSeconds = -62135596800LL;
constexpr qint64 kMaxTimestampSeconds = 253402300799LL;

enum class Key { Status, DefinitionId, Definition, Element, Id, Since, After, Before, Signature, Is, Job, Unknown };

struct KeyName
{
    const char *name;
    Key key;
};

constexpr std::array kKeys{
    KeyName{"status", Key::Status},       KeyName{"definition_id", Key::DefinitionId},
    KeyName{"definition", Key::Definition}, KeyName{"def", Key::Definition},
    KeyName{"element", Key::Element},     KeyName{"id", Key::Id},
    KeyName{"since", Key::Since},         KeyName{"after", Key::After},
    KeyName{"before", Key::Before},       KeyName{"signature", Key::Signature},
    KeyName{"sig", Key::Signature},       KeyName{"is", Key::Is},
    KeyName{"job", Key::Job},
};

struct StatusName
{
    const char *name;
    wf::WorkflowRunStatus status;
};

constexpr std::array kStatuses{
    StatusName{"pending", wf::WORKFLOW_RUN_STATUS_PENDING},
    StatusName{"running", wf::WORKFLOW_RUN_STATUS_RUNNING},
    StatusName{"completed", wf::WORKFLOW_RUN_STATUS_COMPLETED},
    StatusName{"failed", wf::WORKFLOW_RUN_STATUS_FAILED},
    StatusName{"cancelled", wf::WORKFLOW_RUN_STATUS_CANCELLED},
    StatusName{"canceled", wf::WORKFLOW_RUN_STATUS_CANCELLED},
};

Key keyFor(const QString &key)
{
    for (const auto &k : kKeys) {
        if (key.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.key;
    }
    return Key::Unknown;
}

// The canonical name of a key, as formatRunQuery and the messages write it.
QString keyName(Key key)
{
    for (const auto &k : kKeys) {
        if (k.key == key)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<wf::WorkflowRunStatus> statusFor(const QString &name)
{
    for (const auto &s : kStatuses) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.status;
    }
    return std::nullopt;
}

QString statusName(wf::WorkflowRunStatus status)
{
    for (const auto &s : kStatuses) {
        if (s.status == status)
            return QLatin1String(s.name);
    }
    return {};
}

// A piece of the query quoted back to its author, cut short when long.
QString quoted(const QString &text)
{
    if (text.size() <= kMaxQuoted)
        return text;
    return text.left(kMaxQuoted) + QChar(0x2026);
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Reads exactly `count` digits at *pos.
bool readDigits(const QString &s, int *pos, int count, int *value)
{
    if (*pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s.at(*pos + i);
        if (!isDigit(c))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *pos += count;
    *value = v;
    return true;
}

bool readChar(const QString &s, int *pos, char c)
{
    if (*pos < s.size() && s.at(*pos) == QLatin1Char(c)) {
        ++*pos;
        return true;
    }
    return false;
}

// YYYY-MM-DD[Thh:mm[:ss[.fff]][Z|±hh[[:]mm]]], in the user's zone unless Z
// or an offset is given. The result is in UTC and within years 1 to 9999.
std::optional<QDateTime> parseDateTime(const QString &s)
{
    int pos = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readDigits(s, &pos, 4, &year) || !readChar(s, &pos, '-') || !readDigits(s, &pos, 2, &month)
        || !readChar(s, &pos, '-') || !readDigits(s, &pos, 2, &day))
        return std::nullopt;
    const QDate date(year, month, day);
    if (year < 1 || !date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    // Unset: the user's zone, as the console shows times.
    std::optional<qint64> offsetSeconds;
    if (pos < s.size()) {
        if (!readChar(s, &pos, 'T') && !readChar(s, &pos, 't'))
            return std::nullopt;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int msec = 0;
        if (!readDigits(s, &pos, 2, &hour) || !readChar(s, &pos, ':') || !readDigits(s, &pos, 2, &minute))
            return std::nullopt;
        if (readChar(s, &pos, ':')) {
            if (!readDigits(s, &pos, 2, &second))
                return std::nullopt;
            if (readChar(s, &pos, '.') || readChar(s, &pos, ',')) {
                // Up to nine digits; milliseconds are kept.
                int digits = 0;
                while (pos < s.size() && isDigit(s.at(pos)) && digits < 9) {
                    if (digits < 3)
                        msec = msec * 10 + (s.at(pos).unicode() - '0');
                    ++pos;
                    ++digits;
                }
                if (digits == 0)
                    return std::nullopt;
                for (int d = digits; d < 3; ++d)
                    msec *= 10;
            }
        }
        if (hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
        time = QTime(hour, minute, second, msec);
        if (readChar(s, &pos, 'Z') || readChar(s, &pos, 'z')) {
            offsetSeconds = 0;
        } else if (pos < s.size() && (s.at(pos) == QLatin1Char('+') || s.at(pos) == QLatin1Char('-'))) {
            const bool negative = s.at(pos) == QLatin1Char('-');
            ++pos;
            int oh = 0;
            int om = 0;
            if (!readDigits(s, &pos, 2, &oh))
                return std::nullopt;
            if (pos < s.size()) {
                readChar(s, &pos, ':');
                if (!readDigits(s, &pos, 2, &om))
                    return std::nullopt;
            }
            if (oh > 23 || om > 59)
                return std::nullopt;
            offsetSeconds = (qint64{oh} * 60 + om) * 60 * (negative ? -1 : 1);
        }
    }
    if (pos != s.size())
        return std::nullopt;
    const qint64 ms = offsetSeconds ? QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - *offsetSeconds * 1000
                                    : TimeText::fromLocal(date, time).toMSecsSinceEpoch();
    QDateTime result = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    if (result.date().year() < 1 || result.date().year() > 9999)
        return std::nullopt;
    return result;
}

QString twoDigits(int v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

// A clock reading as the query writes it, as short as it can be: the date
// alone at midnight unless withTime.
QString readingText(const QDate &d, const QTime &t, bool withTime)
{
    QString out = QStringLiteral("%1-%2-%3").arg(d.year(), 4, 10, QLatin1Char('0')).arg(twoDigits(d.month()),
                                                                                          twoDigits(d.day()));
    if (t == QTime(0, 0) && !withTime)
        return out;
    out += QLatin1Char('T') + twoDigits(t.hour()) + QLatin1Char(':') + twoDigits(t.minute());
    if (t.second() != 0 || t.msec() != 0)
        out += QLatin1Char(':') + twoDigits(t.second());
    if (t.msec() != 0)
        out += QStringLiteral(".%1").arg(t.msec(), 3, 10, QLatin1Char('0'));
    return out;
}

// The shortest form parseDateTime reads back as the same instant: the
// user's clock; with its offset where the clock shows that reading twice
// (the hour repeated when summer time ends); in UTC with Z when the user's
// clock is outside years 1 to 9999 or keeps an offset of odd seconds.
QString formatDateTime(const QDateTime &value)
{
    const QDateTime local = value.toLocalTime();
    const int year = local.date().year();
    if (year >= 1 && year <= 9999) {
        const QString text = readingText(local.date(), local.time(), false);
        if (parseDateTime(text) == value)
            return text;
        const int offset = local.offsetFromUtc();
        if (offset % 60 == 0) {
            const int minutes = std::abs(offset) / 60;
            const QString withOffset = readingText(local.date(), local.time(), true)
                + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) + twoDigits(minutes / 60) + QLatin1Char(':')
                + twoDigits(minutes % 60);
            if (parseDateTime(withOffset) == value)
                return withOffset;
        }
    }
    const QDateTime utc = value.toUTC();
    return readingText(utc.date(), utc.time(), true) + QLatin1Char('Z');
}

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;

// N followed by s, m, h, d or w; 0 when it is not one, -1 when too long.
qint64 parseDuration(const QString &s)
{
    int pos = 0;
    qint64 n = 0;
    while (pos < s.size() && isDigit(s.at(pos))) {
        if (n > kMaxSinceSeconds)
            return -1;
        n = n * 10 + (s.at(pos).unicode() - '0');
        ++pos;
    }
    if (pos == 0 || pos + 1 != s.size())
        return 0;
    qint64 unit = 0;
    switch (s.at(pos).toLower().unicode()) {
    case 's': unit = 1; break;
    case 'm': unit = kMinute; break;
    case 'h': unit = kHour; break;
    case 'd': unit = kDay; break;
    case 'w': unit = kWeek; break;
    default: return 0;
    }
    if (n > kMaxSinceSeconds / unit)
        return -1;
    return n * unit;
}

// The largest whole unit, except that a day reads 24h and a week 7d.
QString formatDuration(qint64 seconds)
{
    if (seconds % kWeek == 0 && seconds > kWeek)
        return QString::number(seconds / kWeek) + QLatin1Char('w');
    if (seconds % kDay == 0 && seconds > kDay)
        return QString::number(seconds / kDay) + QLatin1Char('d');
    if (seconds % kHour == 0)
        return QString::number(seconds / kHour) + QLatin1Char('h');
    if (seconds % kMinute == 0)
        return QString::number(seconds / kMinute) + QLatin1Char('m');
    return QString::number(seconds) + QLatin1Char('s');
}

bool needsQuotes(const QString &value)
{
    if (value.isEmpty() || value.startsWith(QLatin1Char('"')))
        return true;
    return std::any_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); });
}

QString formatValue(const QString &value)
{
    if (!needsQuotes(value))
        return value;
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

// Items of a comma list, trimmed; empty when one of them is empty.
std::optional<QStringList> splitList(const QString &value)
{
    QStringList items = value.split(QLatin1Char(','));
    for (QString &item : items) {
        item = item.trimmed();
        if (item.isEmpty())
            return std::nullopt;
    }
    return items;
}

template<typename T>
bool sameSet(const QList<T> &a, const QList<T> &b)
{
    return std::all_of(a.begin(), a.end(), [&](const T &v) { return b.contains(v); })
        && std::all_of(b.begin(), b.end(), [&](const T &v) { return a.contains(v); });
}

struct Term
{
    int start = 0;
    int length = 0;
    QString text;
    QString key;
    QString value;
};

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    ParsedQuery run()
    {
        ParsedQuery result;
        const int n = static_cast<int>(m_text.size());
        if (n > kMaxRunQueryLength) {
            result.error = QueryError{
                kMaxRunQueryLength, n - kMaxRunQueryLength,
                QCoreApplication::translate("RunQuery", "The query is longer than %1 characters; shorten it.")
                    .arg(kMaxRunQueryLength)};
            return result;
        }
        int pos = 0;
        while (!result.error) {
            while (pos < n && m_text.at(pos).isSpace())
                ++pos;
            if (pos >= n)
                break;
            Term term;
            result.error = readTerm(&pos, &term);
            if (!result.error)
                result.error = apply(term, &result.filter);
        }
        return result;
    }

private:
    QueryError errorAt(int start, int length, const QString &message) const { return {start, length, message}; }

    // Reads one term at *pos and moves past it.
    std::optional<QueryError> readTerm(int *pos, Term *term)
    {
        const int n = static_cast<int>(m_text.size());
        const int start = *pos;
        int i = start;
        while (i < n && !m_text.at(i).isSpace() && m_text.at(i) != QLatin1Char(':') && m_text.at(i) != QLatin1Char('"'))
            ++i;
        if (i >= n || m_text.at(i) != QLatin1Char(':')) {
            // A bare word, possibly quoted.
            QString word;
            bool closed = true;
            if (i == start && i < n && m_text.at(i) == QLatin1Char('"')) {
                i = readQuoted(i, &word, &closed);
                if (!closed) {
                    return errorAt(start, n - start,
                                   QCoreApplication::translate("RunQuery", "This quote is not closed; add a \" at the "
                                                                           "end of the value."));
                }
            } else {
                while (i < n && !m_text.at(i).isSpace())
                    ++i;
                word = m_text.mid(start, i - start);
            }
            *pos = i;
            return errorAt(start, i - start, bareWordMessage(word));
        }
        term->start = start;
        term->key = m_text.mid(start, i - start);
        const int valueStart = i + 1;
        int end = valueStart;
        if (end < n && m_text.at(end) == QLatin1Char('"')) {
            bool closed = true;
            end = readQuoted(end, &term->value, &closed);
            if (!closed) {
                return errorAt(start, n - start,
                               QCoreApplication::translate("RunQuery", "The quote after \"%1:\" is not closed; add a "
                                                                       "\" at the end of the value.")
                                   .arg(quoted(term->key)));
            }
            if (end < n && !m_text.at(end).isSpace()) {
                return errorAt(end, 1,
                               QCoreApplication::translate("RunQuery",
                                                           "Put a space after the closing quote of \"%1:\".")
                                   .arg(quoted(term->key)));
            }
        } else {
            while (end < n && !m_text.at(end).isSpace())
                ++end;
            term->value = m_text.mid(valueStart, end - valueStart);
        }
        term->length = end - start;
        term->text = m_text.mid(start, term->length);
        *pos = end;
        return std::nullopt;
    }

    // Reads a quoted string whose opening quote is at `at`; returns the
    // position after the closing quote (or the end when there is none).
    int readQuoted(int at, QString *out, bool *closed) const
    {
        const int n = static_cast<int>(m_text.size());
        int i = at + 1;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('\\')) {
                if (i + 1 >= n)
                    break;
                *out += m_text.at(i + 1);
                i += 2;
            } else if (c == QLatin1Char('"')) {
                *closed = true;
                return i + 1;
            } else {
                *out += c;
                ++i;
            }
        }
        *closed = false;
        return n;
    }

    static QString bareWordMessage(const QString &word)
    {
        QString suggestion;
        if (word.compare(QLatin1String("recovered"), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String("unrecovered"), Qt::CaseInsensitive) == 0)
            suggestion = QStringLiteral("is:") + word.toLower();
        else if (const auto status = statusFor(word))
            suggestion = QStringLiteral("status:") + statusName(*status);
        else
            suggestion = QStringLiteral("id:") + formatValue(word);
        return QCoreApplication::translate("RunQuery", "A bare word \"%1\" is not a filter; did you mean %2?")
            .arg(quoted(word), quoted(suggestion));
    }

    template<typename T>
    std::optional<QueryError> setOnce(const Term &term, Key key, T *field, const T &value, const T &unset)
    {
        if (*field != unset && *field != value)
            return twice(term, key);
        *field = value;
        return std::nullopt;
    }

    template<typename T>
    std::optional<QueryError> setOnce(const Term &term, Key key, std::optional<T> *field, const T &value)
    {
        if (field->has_value() && !(**field == value))
            return twice(term, key);
        *field = value;
        return std::nullopt;
    }

    QueryError twice(const Term &term, Key key) const
    {
        return errorAt(term.start, term.length,
                       QCoreApplication::translate("RunQuery", "\"%1\" is given twice with different values; give it "
                                                               "once.")
                           .arg(keyName(key)));
    }

    std::optional<QueryError> apply(const Term &term, RunFilter *f)
    {
        const Key key = keyFor(term.key);
        if (key == Key::Unknown) {
            if (term.key.isEmpty()) {
                return errorAt(term.start, term.length,
                               QCoreApplication::translate("RunQuery", "\"%1\" has no filter name before the colon. "
                                                                       "Filters: %2.")
                                   .arg(quoted(term.text), QLatin1String(kFilterNames)));
            }
            return errorAt(term.start, term.length,
                           QCoreApplication::translate("RunQuery", "Unknown filter \"%1\". Filters: %2.")
                               .arg(quoted(term.key), QLatin1String(kFilterNames)));
        }
        if (term.value.isEmpty()) {
            return errorAt(term.start, term.length,
                           QCoreApplication::translate("RunQuery", "\"%1\" needs a value after the colon.")
                               .arg(keyName(key)));
        }
        switch (key) {
        case Key::Status: {
            const auto items = splitList(term.value);
            if (!items)
                return emptyItem(term, key);
            for (const QString &item : *items) {
                const auto status = statusFor(item);
                if (!status) {
                    return errorAt(term.start, term.length,
                                   QCoreApplication::translate("RunQuery", "Unknown status \"%1\". Use one of: %2.")
                                       .arg(quoted(item), QLatin1String(kStatusNames)));
                }
                if (!f->statuses.contains(*status))
                    f->statuses.append(*status);
            }
            return std::nullopt;
        }
        case Key::DefinitionId: {
            const auto items = splitList(term.value);
            if (!items)
                return emptyItem(term, key);
            for (const QString &item : *items) {
                if (!f->definitionIds.contains(item))
                    f->definitionIds.append(item);
            }
            return std::nullopt;
        }
        case Key::Definition: return setOnce(term, key, &f->definitionName, term.value, QString());
        case Key::Element: return setOnce(term, key, &f->elementId, term.value, QString());
        case Key::Job: return setOnce(term, key, &f->bulkJobId, term.value, QString());
        case Key::Id:
            if (term.value.size() < 4) {
                return errorAt(term.start, term.length,
                               QCoreApplication::translate("RunQuery",
                                                           "\"id\" needs at least 4 characters of the run id."));
            }
            return setOnce(term, key, &f->runIdPrefix, term.value, QString());
        case Key::Since: {
            // The user's calendar day: a value of its own, worked out on every request.
            if (term.value.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0) {
                if (f->sinceSeconds)
                    return twice(term, key);
                f->sinceToday = true;
                return std::nullopt;
            }
            if (f->sinceToday)
                return twice(term, key);
            const qint64 seconds = parseDuration(term.value);
            if (seconds < 0) {
                return errorAt(term.start, term.length,
                               QCoreApplication::translate("RunQuery", "\"since\" reaches back at most %1 days.")
                                   .arg(kMaxSinceSeconds / kDay));
            }
            if (seconds == 0) {
                return errorAt(term.start, term.length,
                               QCoreApplication::translate("RunQuery",
                                                           "\"since\" needs a duration such as 15m, 24h or 7d, "
                                                           "or \"today\"."));
            }
            return setOnce(term, key, &f->sinceSeconds, seconds);
        }
        case Key::After:
        case Key::Before: {
            const auto time = parseDateTime(term.value);
            if (!time) {
                return errorAt(term.start, term.length,
                               QCoreApplication::translate("RunQuery",
                                                           "\"%1\" needs a date such as 2026-11-01 or a date and time "
                                                           "such as 2026-11-20T10:00, in your time zone (%2) unless "
                                                           "it ends in Z for UTC or an offset such as +01:00.")
                                   .arg(keyName(key), TimeText::zone(QDateTime::currentDateTimeUtc())));
            }
            auto error = setOnce(term, key, key == Key::After ? &f->after : &f->before, *time);
            if (!error && f->after && f->before && *f->after >= *f->before) {
                error = errorAt(term.start, term.length,
                                QCoreApplication::translate("RunQuery", "\"after\" must be earlier than \"before\"."));
                if (key == Key::After)
                    f->after.reset();
                else
                    f->before.reset();
            }
            return error;
        }
        case Key::Signature: {
            const bool hex16 = term.value.size() == 16 && std::all_of(term.value.begin(), term.value.end(), isHex);
            if (!hex16) {
                return errorAt(term.start, term.length,
                               QCoreApplication::translate("RunQuery", "\"signature\" needs the 16 hexadecimal digits "
                                                                       "of a failure group's signature."));
            }
            return setOnce(term, key, &f->failureSignature, term.value.toLower(), QString());
        }
        case Key::Is: {
            wf::RunRecovery recovery = wf::RUN_RECOVERY_ANY;
            if (term.value.compare(QLatin1String("recovered"), Qt::CaseInsensitive) == 0)
                recovery = wf::RUN_RECOVERY_RECOVERED;
            else if (term.value.compare(QLatin1String("unrecovered"), Qt::CaseInsensitive) == 0)
                recovery = wf::RUN_RECOVERY_UNRECOVERED;
            else {
                return errorAt(term.start, term.length,
                               QCoreApplication::translate("RunQuery", "Unknown value \"%1\" for \"is\". Use one of: "
                                                                       "recovered, unrecovered.")
                                   .arg(quoted(term.value)));
            }
            return setOnce(term, key, &f->recovery, recovery, wf::RUN_RECOVERY_ANY);
        }
        case Key::Unknown: break;
        }
        return std::nullopt;
    }

    QueryError emptyItem(const Term &term, Key key) const
    {
        return errorAt(term.start, term.length,
                       QCoreApplication::translate("RunQuery", "\"%1\" has an empty item in its comma list.")
                           .arg(keyName(key)));
    }

    const QString &m_text;
};

// Milliseconds since the epoch within what a Timestamp can hold.
qint64 clampMs(qint64 ms)
{
    return std::clamp(ms, kMinTimestampSeconds * 1000, kMaxTimestampSeconds * 1000 + 999);
}

void setTimestamp(qint64 ms, google::protobuf::Timestamp *out)
{
    ms = clampMs(ms);
    qint64 seconds = ms / 1000;
    qint64 rest = ms % 1000;
    if (rest < 0) {
        rest += 1000;
        --seconds;
    }
    out->set_seconds(seconds);
    out->set_nanos(static_cast<int>(rest * 1000000));
}

struct TimeBounds
{
    std::optional<qint64> afterMs;
    std::optional<qint64> beforeMs;
};

TimeBounds timeBounds(const RunFilter &f, const QDateTime &now)
{
    TimeBounds b;
    if (f.sinceSeconds && now.isValid())
        b.afterMs = clampMs(clampMs(now.toMSecsSinceEpoch())
                            - std::clamp<qint64>(*f.sinceSeconds, 0, kMaxSinceSeconds) * 1000);
    if (f.sinceToday && now.isValid()) {
        const QDateTime midnight = TimeText::startOfDay(now);
        if (midnight.isValid())
            b.afterMs = clampMs(midnight.toMSecsSinceEpoch());
    }
    if (f.after && f.after->isValid()) {
        const qint64 ms = clampMs(f.after->toMSecsSinceEpoch());
        b.afterMs = b.afterMs ? std::max(*b.afterMs, ms) : ms;
    }
    if (f.before && f.before->isValid())
        b.beforeMs = clampMs(f.before->toMSecsSinceEpoch());
    return b;
}

// How far back "since" reaches, as it follows "in the last".
QString durationText(qint64 seconds)
{
    const int n = static_cast<int>(std::min<qint64>(seconds, kMaxSinceSeconds));
    const int weeks = static_cast<int>(n / kWeek);
    const int days = static_cast<int>(n / kDay);
    const int hours = static_cast<int>(n / kHour);
    const int minutes = static_cast<int>(n / kMinute);
    //: Follows "in the last"; always two or more.
    if (n % kWeek == 0 && n > kWeek)
        return QCoreApplication::translate("RunQuery", "%n weeks", nullptr, weeks);
    //: Follows "in the last"; always two or more.
    if (n % kDay == 0 && n > kDay)
        return QCoreApplication::translate("RunQuery", "%n days", nullptr, days);
    if (n % kHour == 0)
        return QCoreApplication::translate("RunQuery", "%n h", nullptr, hours);
    if (n % kMinute == 0)
        return QCoreApplication::translate("RunQuery", "%n min", nullptr, minutes);
    return QCoreApplication::translate("RunQuery", "%n s", nullptr, n);
}

QString statusAdjective(wf::WorkflowRunStatus status)
{
    switch (status) {
    case wf::WORKFLOW_RUN_STATUS_PENDING: return QCoreApplication::translate("RunQuery", "pending");
    case wf::WORKFLOW_RUN_STATUS_RUNNING: return QCoreApplication::translate("RunQuery", "running");
    case wf::WORKFLOW_RUN_STATUS_COMPLETED: return QCoreApplication::translate("RunQuery", "completed");
    case wf::WORKFLOW_RUN_STATUS_FAILED: return QCoreApplication::translate("RunQuery", "failed");
    case wf::WORKFLOW_RUN_STATUS_CANCELLED: return QCoreApplication::translate("RunQuery", "cancelled");
    default: return {};
    }
}

// As every screen shows a time: the user's clock and zone.
QString describeTime(const QDateTime &t)
{
    const QTime clock = t.toLocalTime().time();
    return TimeText::absolute(t, clock.second() == 0 && clock.msec() == 0 ? TimeText::Precision::Minutes
                                                                          : TimeText::Precision::Seconds);
}

} // namespace

bool RunFilter::operator==(const RunFilter &other) const
{
    return sameSet(statuses, other.statuses) && sameSet(definitionIds, other.definitionIds)
        && definitionName == other.definitionName && elementId == other.elementId
        && runIdPrefix == other.runIdPrefix && sinceSeconds == other.sinceSeconds
        && sinceToday == other.sinceToday && after == other.after
        && before == other.before && failureSignature == other.failureSignature && recovery == other.recovery
        && bulkJobId == other.bulkJobId;
}

bool RunFilter::isEmpty() const
{
    return *this == RunFilter{};
}

ParsedQuery parseRunQuery(const QString &text)
{
    return Parser(text).run();
}

QString formatRunQuery(const RunFilter &filter)
{
    QStringList terms;
    auto add = [&terms](Key key, const QString &value) {
        terms.append(keyName(key) + QLatin1Char(':') + formatValue(value));
    };
    QStringList statuses;
    for (const auto status : filter.statuses) {
        const QString name = statusName(status);
        if (!name.isEmpty() && !statuses.contains(name))
            statuses.append(name);
    }
    if (!statuses.isEmpty())
        add(Key::Status, statuses.join(QLatin1Char(',')));
    QStringList ids;
    for (const QString &id : filter.definitionIds) {
        if (!id.trimmed().isEmpty() && !ids.contains(id.trimmed()))
            ids.append(id.trimmed());
    }
    if (!ids.isEmpty())
        add(Key::DefinitionId, ids.join(QLatin1Char(',')));
    if (!filter.definitionName.isEmpty())
        add(Key::Definition, filter.definitionName);
    if (!filter.elementId.isEmpty())
        add(Key::Element, filter.elementId);
    if (!filter.runIdPrefix.isEmpty())
        add(Key::Id, filter.runIdPrefix);
    if (filter.sinceToday)
        add(Key::Since, QStringLiteral("today"));
    else if (filter.sinceSeconds && *filter.sinceSeconds > 0)
        add(Key::Since, formatDuration(*filter.sinceSeconds));
    if (filter.after && filter.after->isValid())
        add(Key::After, formatDateTime(*filter.after));
    if (filter.before && filter.before->isValid())
        add(Key::Before, formatDateTime(*filter.before));
    if (!filter.failureSignature.isEmpty())
        add(Key::Signature, filter.failureSignature);
    if (filter.recovery == wf::RUN_RECOVERY_RECOVERED)
        add(Key::Is, QStringLiteral("recovered"));
    else if (filter.recovery == wf::RUN_RECOVERY_UNRECOVERED)
        add(Key::Is, QStringLiteral("unrecovered"));
    if (!filter.bulkJobId.isEmpty())
        add(Key::Job, filter.bulkJobId);
    return terms.join(QLatin1Char(' '));
}

void toProto(const RunFilter &filter, const QDateTime &now, wf::WorkflowRunQuery *out)
{
    out->clear_statuses();
    for (const auto status : filter.statuses)
        out->add_statuses(status);
    out->clear_definition_ids();
    for (const QString &id : filter.definitionIds)
        out->add_definition_ids(id.toStdString());
    out->set_definition_name(filter.definitionName.toStdString());
    out->set_element_id(filter.elementId.toStdString());
    out->set_run_id_prefix(filter.runIdPrefix.toStdString());
    const TimeBounds bounds = timeBounds(filter, now);
    if (bounds.afterMs)
        setTimestamp(*bounds.afterMs, out->mutable_created_after());
    else
        out->clear_created_after();
    if (bounds.beforeMs)
        setTimestamp(*bounds.beforeMs, out->mutable_created_before());
    else
        out->clear_created_before();
    out->set_failure_signature(filter.failureSignature.toStdString());
    out->set_bulk_job_id(filter.bulkJobId.toStdString());
    out->set_recovery(filter.recovery);
}

bool matches(const RunFilter &filter, const wf::WorkflowRun &run, const QHash<QString, QString> &definitionNamesById,
             const QDateTime &now)
{
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(run.status()))
        return false;
    const QString definitionId = QString::fromStdString(run.definition_id());
    if (!filter.definitionIds.isEmpty() && !filter.definitionIds.contains(definitionId))
        return false;
    if (!filter.definitionName.isEmpty()) {
        QString name = QString::fromStdString(run.definition_name());
        if (name.isEmpty())
            name = definitionNamesById.value(definitionId);
        if (!name.contains(filter.definitionName, Qt::CaseInsensitive))
            return false;
    }
    if (!filter.elementId.isEmpty() && QString::fromStdString(run.element_id()) != filter.elementId)
        return false;
    // Which job started a run is not on the run: a new run is not taken to be the job's.
    if (!filter.bulkJobId.isEmpty())
        return false;
    if (!filter.runIdPrefix.isEmpty() && !QString::fromStdString(run.id()).startsWith(filter.runIdPrefix))
        return false;
    const TimeBounds bounds = timeBounds(filter, now);
    if (bounds.afterMs || bounds.beforeMs) {
        if (!run.has_created_at())
            return false;
        // Compared as (seconds, nanos) so sub-millisecond times are exact.
        google::protobuf::Timestamp bound;
        const auto less = [](const google::protobuf::Timestamp &a, const google::protobuf::Timestamp &b) {
            return a.seconds() < b.seconds() || (a.seconds() == b.seconds() && a.nanos() < b.nanos());
        };
        if (bounds.afterMs) {
            setTimestamp(*bounds.afterMs, &bound);
            if (less(run.created_at(), bound))
                return false;
        }
        if (bounds.beforeMs) {
            setTimestamp(*bounds.beforeMs, &bound);
            if (!less(run.created_at(), bound))
                return false;
        }
    }
    if (!filter.failureSignature.isEmpty()
        && QString::fromStdString(run.failure_signature()).compare(filter.failureSignature, Qt::CaseInsensitive) != 0)
        return false;
    switch (filter.recovery) {
    case wf::RUN_RECOVERY_RECOVERED:
        return run.status() == wf::WORKFLOW_RUN_STATUS_FAILED && run.recovered();
    case wf::RUN_RECOVERY_UNRECOVERED:
        return run.status() == wf::WORKFLOW_RUN_STATUS_FAILED && !run.recovered();
    default: return true;
    }
}

QString describeRunFilter(const RunFilter &filter)
{
    if (filter.isEmpty())
        return QCoreApplication::translate("RunQuery", "All runs");
    QStringList adjectives;
    for (const auto status : filter.statuses) {
        const QString adjective = statusAdjective(status);
        if (!adjective.isEmpty() && !adjectives.contains(adjective))
            adjectives.append(adjective);
    }
    QString text;
    if (adjectives.isEmpty()) {
        text = QCoreApplication::translate("RunQuery", "Runs");
    } else {
        text = QCoreApplication::translate("RunQuery", "%1 runs")
                   .arg(adjectives.join(QCoreApplication::translate("RunQuery", " or ")));
        text[0] = text.at(0).toUpper();
    }
    QStringList parts{text};
    if (filter.recovery == wf::RUN_RECOVERY_RECOVERED)
        parts.append(QCoreApplication::translate("RunQuery", "since recovered"));
    else if (filter.recovery == wf::RUN_RECOVERY_UNRECOVERED)
        parts.append(QCoreApplication::translate("RunQuery", "not yet recovered"));
    if (!filter.definitionName.isEmpty())
        parts.append(QCoreApplication::translate("RunQuery", "of %1").arg(filter.definitionName));
    if (!filter.definitionIds.isEmpty()) {
        parts.append(QCoreApplication::translate("RunQuery", "of definition %1")
                         .arg(filter.definitionIds.join(QCoreApplication::translate("RunQuery", " or "))));
    }
    if (!filter.elementId.isEmpty())
        parts.append(QCoreApplication::translate("RunQuery", "for element %1").arg(filter.elementId));
    if (!filter.runIdPrefix.isEmpty())
        parts.append(QCoreApplication::translate("RunQuery", "with an id starting %1").arg(filter.runIdPrefix));
    if (!filter.failureSignature.isEmpty())
        parts.append(QCoreApplication::translate("RunQuery", "with failure signature %1").arg(filter.failureSignature));
    if (!filter.bulkJobId.isEmpty())
        parts.append(QCoreApplication::translate("RunQuery", "started by bulk job %1").arg(filter.bulkJobId));
    if (filter.sinceToday)
        parts.append(QCoreApplication::translate("RunQuery", "created today"));
    else if (filter.sinceSeconds && *filter.sinceSeconds > 0)
        parts.append(QCoreApplication::translate("RunQuery", "in the last %1").arg(durationText(*filter.sinceSeconds)));
    if (filter.after && filter.after->isValid())
        parts.append(QCoreApplication::translate("RunQuery", "created after %1").arg(describeTime(*filter.after)));
    if (filter.before && filter.before->isValid())
        parts.append(QCoreApplication::translate("RunQuery", "created before %1").arg(describeTime(*filter.before)));
    return parts.join(QLatin1Char(' '));
}

} // namespace ameide::client
