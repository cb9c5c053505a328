#include "client/runs/run_filter.h"
#include "client/time_text.h"

#include <gtest/gtest.h>

#include <QByteArray>

#include <ctime>
#include <memory>
#include <random>

using namespace ameide::client;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

RunFilter parseOk(const char *text)
{
    const ParsedQuery parsed = parseRunQuery(S(text));
    EXPECT_FALSE(parsed.error) << text << ": " << (parsed.error ? parsed.error->message.toStdString() : "");
    return parsed.filter;
}

QueryError parseError(const char *text)
{
    const ParsedQuery parsed = parseRunQuery(S(text));
    EXPECT_TRUE(parsed.error) << text << " parsed without an error";
    return parsed.error.value_or(QueryError{-1, -1, {}});
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// The user's zone, as the operating system gives it, for one scope.
class LocalZone
{
public:
    explicit LocalZone(const char *zone)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalZone(const LocalZone &) = delete;
    LocalZone &operator=(const LocalZone &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

// Times without a zone are the user's clock: here UTC, unless a test says otherwise.
class UtcEnvironment final : public testing::Environment
{
public:
    void SetUp() override { m_zone = std::make_unique<LocalZone>("UTC"); }
    void TearDown() override { m_zone.reset(); }

private:
    std::unique_ptr<LocalZone> m_zone;
};

[[maybe_unused]] testing::Environment *const utcEnvironment = testing::AddGlobalTestEnvironment(new UtcEnvironment);

std::string show(const RunFilter &f)
{
    return formatRunQuery(f).toStdString();
}

} // namespace

TEST(RunQuery, EmptyIsEmptyFilter)
{
    for (const char *text : {"", "   ", "\t\n "}) {
        const ParsedQuery parsed = parseRunQuery(S(text));
        EXPECT_FALSE(parsed.error);
        EXPECT_TRUE(parsed.filter.isEmpty());
    }
    EXPECT_EQ(formatRunQuery(RunFilter{}), QString());
    RunFilter f;
    f.recovery = wf::RUN_RECOVERY_RECOVERED;
    EXPECT_FALSE(f.isEmpty());
}

TEST(RunQuery, TheExampleFromTheRunsScreen)
{
    const RunFilter f = parseOk("status:FAILED definition:coding-agent since:24h");
    EXPECT_EQ(f.statuses, QList<wf::WorkflowRunStatus>{wf::WORKFLOW_RUN_STATUS_FAILED});
    EXPECT_EQ(f.definitionName, S("coding-agent"));
    EXPECT_EQ(f.sinceSeconds, 24 * 3600);
    EXPECT_EQ(formatRunQuery(f), S("status:failed definition:coding-agent since:24h"));
    EXPECT_EQ(describeRunFilter(f), S("Failed runs of coding-agent in the last 24 h"));
}

TEST(RunQuery, Statuses)
{
    RunFilter f = parseOk("status:failed,RUNNING status:Pending status:failed status:completed,cancelled");
    const QList<wf::WorkflowRunStatus> expected{wf::WORKFLOW_RUN_STATUS_FAILED, wf::WORKFLOW_RUN_STATUS_RUNNING,
                                                wf::WORKFLOW_RUN_STATUS_PENDING, wf::WORKFLOW_RUN_STATUS_COMPLETED,
                                                wf::WORKFLOW_RUN_STATUS_CANCELLED};
    EXPECT_EQ(f.statuses, expected);
    EXPECT_EQ(parseOk("status:canceled").statuses,
              QList<wf::WorkflowRunStatus>{wf::WORKFLOW_RUN_STATUS_CANCELLED});
    EXPECT_EQ(parseOk("STATUS:\"failed, running\"").statuses.size(), 2);
    // Order does not matter to ==.
    EXPECT_EQ(parseOk("status:running,failed"), parseOk("status:failed status:running"));
    EXPECT_NE(parseOk("status:running"), parseOk("status:failed"));
}

TEST(RunQuery, EveryKey)
{
    const RunFilter f = parseOk("definition_id:wfd-a,wfd-b definition_id:wfd-c definition:\"coding agent\" "
                                "element:el-42 id:run-1a2b since:15m after:2026-11-01 before:2026-11-20T10:00 "
                                "signature:0123456789ABCDEF is:unrecovered");
    EXPECT_EQ(f.definitionIds, (QStringList{S("wfd-a"), S("wfd-b"), S("wfd-c")}));
    EXPECT_EQ(f.definitionName, S("coding agent"));
    EXPECT_EQ(f.elementId, S("el-42"));
    EXPECT_EQ(f.runIdPrefix, S("run-1a2b"));
    EXPECT_EQ(f.sinceSeconds, 15 * 60);
    EXPECT_EQ(f.after, utc(2026, 11, 1));
    EXPECT_EQ(f.before, utc(2026, 11, 20, 10));
    EXPECT_EQ(f.failureSignature, S("0123456789abcdef"));
    EXPECT_EQ(f.recovery, wf::RUN_RECOVERY_UNRECOVERED);
    EXPECT_EQ(formatRunQuery(f), S("definition_id:wfd-a,wfd-b,wfd-c definition:\"coding agent\" element:el-42 "
                                   "id:run-1a2b since:15m after:2026-11-01 before:2026-11-20T10:00 "
                                   "signature:0123456789abcdef is:unrecovered"));
    EXPECT_EQ(parseOk("is:RECOVERED").recovery, wf::RUN_RECOVERY_RECOVERED);
    // The runs a bulk retry job started: sent to the platform, never matched locally.
    const RunFilter job = parseOk("job:bulk-1a2b status:failed");
    EXPECT_EQ(job.bulkJobId, S("bulk-1a2b"));
    EXPECT_EQ(formatRunQuery(job), S("status:failed job:bulk-1a2b"));
    wf::WorkflowRunQuery proto;
    toProto(job, QDateTime::currentDateTimeUtc(), &proto);
    EXPECT_EQ(proto.bulk_job_id(), "bulk-1a2b");
    wf::WorkflowRun run;
    run.set_status(wf::WORKFLOW_RUN_STATUS_FAILED);
    EXPECT_FALSE(matches(job, run, {}, QDateTime::currentDateTimeUtc()));
}

TEST(RunQuery, KeysAreCaseInsensitiveAndHaveAliases)
{
    EXPECT_EQ(parseOk("DEF:coding").definitionName, S("coding"));
    EXPECT_EQ(parseOk("Definition:coding"), parseOk("def:coding"));
    EXPECT_EQ(parseOk("SIG:00000000000000ff").failureSignature, S("00000000000000ff"));
    EXPECT_EQ(parseOk("sig:00000000000000ff"), parseOk("signature:00000000000000FF"));
    EXPECT_EQ(parseOk("Element:x"), parseOk("element:x"));
}

TEST(RunQuery, Durations)
{
    EXPECT_EQ(parseOk("since:90s").sinceSeconds, 90);
    EXPECT_EQ(parseOk("since:15m").sinceSeconds, 900);
    EXPECT_EQ(parseOk("since:24H").sinceSeconds, 86400);
    EXPECT_EQ(parseOk("since:7d").sinceSeconds, 7 * 86400);
    EXPECT_EQ(parseOk("since:2w").sinceSeconds, 14 * 86400);
    EXPECT_EQ(parseOk("since:3650d").sinceSeconds, kMaxSinceSeconds);
    // Canonical forms: the largest whole unit, but a day reads 24h and a week 7d.
    EXPECT_EQ(formatRunQuery(parseOk("since:1d")), S("since:24h"));
    EXPECT_EQ(formatRunQuery(parseOk("since:1w")), S("since:7d"));
    EXPECT_EQ(formatRunQuery(parseOk("since:14d")), S("since:2w"));
    EXPECT_EQ(formatRunQuery(parseOk("since:120s")), S("since:2m"));
    EXPECT_EQ(formatRunQuery(parseOk("since:90s")), S("since:90s"));
    EXPECT_EQ(formatRunQuery(parseOk("since:48h")), S("since:2d"));
}

TEST(RunQuery, Times)
{
    EXPECT_EQ(parseOk("after:2026-11-20T10:00:30").after, utc(2026, 11, 20, 10, 0, 30));
    EXPECT_EQ(parseOk("after:2026-11-20t10:00:30.250Z").after, utc(2026, 11, 20, 10, 0, 30, 250));
    EXPECT_EQ(parseOk("after:2026-11-20T10:00+01:00").after, utc(2026, 11, 20, 9));
    EXPECT_EQ(parseOk("after:2026-11-20T10:00-0530").after, utc(2026, 11, 20, 15, 30));
    EXPECT_EQ(parseOk("after:2026-11-20T10:00+02").after, utc(2026, 11, 20, 8));
    EXPECT_EQ(parseOk("after:2026-11-20T10:00:00.5").after, utc(2026, 11, 20, 10, 0, 0, 500));
    EXPECT_EQ(parseOk("after:0001-01-01").after, utc(1, 1, 1));
    EXPECT_EQ(parseOk("before:9999-12-31T23:59:59.999").before, utc(9999, 12, 31, 23, 59, 59, 999));
    EXPECT_EQ(formatRunQuery(parseOk("after:2026-11-20T10:00+01:00")), S("after:2026-11-20T09:00"));
    EXPECT_EQ(formatRunQuery(parseOk("after:2026-11-20T00:00:00Z")), S("after:2026-11-20"));
    EXPECT_EQ(formatRunQuery(parseOk("after:2026-11-20T10:00:00.120")), S("after:2026-11-20T10:00:00.120"));
    // A time given in another zone is the same instant.
    RunFilter f;
    f.after = QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::OffsetFromUTC, 3600);
    EXPECT_EQ(formatRunQuery(f), S("after:2026-11-20T10:00"));
    EXPECT_EQ(parseRunQuery(formatRunQuery(f)).filter, f);
}

TEST(RunQuery, Quoting)
{
    EXPECT_EQ(parseOk("definition:\"a \\\"quoted\\\" name\"").definitionName, S("a \"quoted\" name"));
    EXPECT_EQ(parseOk("definition:\"back\\\\slash\"").definitionName, S("back\\slash"));
    EXPECT_EQ(parseOk("element:a\"b").elementId, S("a\"b"));
    EXPECT_EQ(parseOk("element:a\\b").elementId, S("a\\b"));
    EXPECT_EQ(parseOk("definition:\"x:y\" element:z").definitionName, S("x:y"));
    EXPECT_EQ(parseOk("element:a:b").elementId, S("a:b"));
    RunFilter f;
    f.definitionName = S("say \"hi\" \\ there");
    f.elementId = S("\"starts with a quote");
    f.runIdPrefix = S("tab\there");
    EXPECT_EQ(formatRunQuery(f), S("definition:\"say \\\"hi\\\" \\\\ there\" element:\"\\\"starts with a quote\" "
                                   "id:\"tab\there\""));
    EXPECT_EQ(parseRunQuery(formatRunQuery(f)).filter, f) << show(f);
}

TEST(RunQuery, RepeatedScalarsMustAgree)
{
    EXPECT_EQ(parseOk("element:x element:x").elementId, S("x"));
    EXPECT_EQ(parseOk("since:1h since:60m").sinceSeconds, 3600);
    EXPECT_EQ(parseOk("def:a definition:a").definitionName, S("a"));
    const QueryError e = parseError("element:x element:y");
    EXPECT_EQ(e.position, 10);
    EXPECT_EQ(e.length, 9);
    EXPECT_EQ(e.message, S("\"element\" is given twice with different values; give it once."));
    EXPECT_EQ(parseError("is:recovered is:unrecovered").position, 13);
    EXPECT_EQ(parseError("def:a definition:b").position, 6);
    EXPECT_EQ(parseError("sig:0000000000000000 sig:0000000000000001").position, 21);
    EXPECT_EQ(parseError("after:2026-01-01 after:2026-01-02").position, 17);
    EXPECT_EQ(parseError("before:2026-01-01 before:2026-01-02").position, 18);
    EXPECT_EQ(parseError("since:1h since:2h").position, 9);
    EXPECT_EQ(parseError("id:abcd id:abce").position, 8);
}

TEST(RunQuery, ErrorsSayWhatIsWrongAndWhere)
{
    struct Case
    {
        const char *text;
        int position;
        int length;
        const char *message;
    };
    const Case cases[] = {
        {"status:faild", 0, 12, "Unknown status \"faild\". Use one of: pending, running, completed, failed, cancelled."},
        {"status:failed,faild", 0, 19,
         "Unknown status \"faild\". Use one of: pending, running, completed, failed, cancelled."},
        {"since:1h stauts:failed", 9, 13,
         "Unknown filter \"stauts\". Filters: status, definition, definition_id, element, id, since, after, before, "
         "signature, is, job."},
        {"since:yesterday", 0, 15, "\"since\" needs a duration such as 15m, 24h or 7d, or \"today\"."},
        {"since:0h", 0, 8, "\"since\" needs a duration such as 15m, 24h or 7d, or \"today\"."},
        {"since:15", 0, 8, "\"since\" needs a duration such as 15m, 24h or 7d, or \"today\"."},
        {"since:15mm", 0, 10, "\"since\" needs a duration such as 15m, 24h or 7d, or \"today\"."},
        {"since:-5m", 0, 9, "\"since\" needs a duration such as 15m, 24h or 7d, or \"today\"."},
        {"since:3651d", 0, 11, "\"since\" reaches back at most 3650 days."},
        {"since:99999999999999999999999w", 0, 30, "\"since\" reaches back at most 3650 days."},
        {"status:failed foo", 14, 3, "A bare word \"foo\" is not a filter; did you mean id:foo?"},
        {"failed", 0, 6, "A bare word \"failed\" is not a filter; did you mean status:failed?"},
        {"Recovered", 0, 9, "A bare word \"Recovered\" is not a filter; did you mean is:recovered?"},
        {"\"a b\"", 0, 5, "A bare word \"a b\" is not a filter; did you mean id:\"a b\"?"},
        {"x\"y", 0, 3, "A bare word \"x\"y\" is not a filter; did you mean id:x\"y?"},
        {"definition:\"coding agent", 0, 24,
         "The quote after \"definition:\" is not closed; add a \" at the end of the value."},
        {"definition:\"coding\\\"", 0, 20,
         "The quote after \"definition:\" is not closed; add a \" at the end of the value."},
        {"x \"abc", 0, 1, "A bare word \"x\" is not a filter; did you mean id:x?"},
        {"id:abcd \"abc", 8, 4, "This quote is not closed; add a \" at the end of the value."},
        {"definition:\"a\"b", 14, 1, "Put a space after the closing quote of \"definition:\"."},
        {"element:", 0, 8, "\"element\" needs a value after the colon."},
        {"element: x", 0, 8, "\"element\" needs a value after the colon."},
        {"element:\"\"", 0, 10, "\"element\" needs a value after the colon."},
        {":x", 0, 2,
         "\":x\" has no filter name before the colon. Filters: status, definition, definition_id, element, id, "
         "since, after, before, signature, is, job."},
        {"status:failed,", 0, 14, "\"status\" has an empty item in its comma list."},
        {"definition_id:a,,b", 0, 18, "\"definition_id\" has an empty item in its comma list."},
        {"id:abc", 0, 6, "\"id\" needs at least 4 characters of the run id."},
        {"signature:0123", 0, 14, "\"signature\" needs the 16 hexadecimal digits of a failure group's signature."},
        {"sig:0123456789abcdeg", 0, 20,
         "\"signature\" needs the 16 hexadecimal digits of a failure group's signature."},
        {"sig:0123456789abcdef0", 0, 21,
         "\"signature\" needs the 16 hexadecimal digits of a failure group's signature."},
        {"is:fixed", 0, 8, "Unknown value \"fixed\" for \"is\". Use one of: recovered, unrecovered."},
        {"after:2026-11-01 before:2026-11-01", 17, 17, "\"after\" must be earlier than \"before\"."},
        {"before:2026-11-01 after:2026-11-02", 18, 16, "\"after\" must be earlier than \"before\"."},
    };
    for (const Case &c : cases) {
        const QueryError e = parseError(c.text);
        EXPECT_EQ(e.position, c.position) << c.text;
        EXPECT_EQ(e.length, c.length) << c.text;
        EXPECT_EQ(e.message, S(c.message)) << c.text;
    }
}

TEST(RunQuery, BadTimes)
{
    const char *message = "\"after\" needs a date such as 2026-11-01 or a date and time such as 2026-11-20T10:00, "
                          "in your time zone (UTC) unless it ends in Z for UTC or an offset such as +01:00.";
    for (const char *text : {"after:2026-13-01", "after:2026-02-30", "after:26-11-01", "after:2026-11-1",
                             "after:2026-11-01T", "after:2026-11-01T10", "after:2026-11-01T24:00",
                             "after:2026-11-01T10:60", "after:2026-11-01T10:00:60", "after:2026-11-01T10:00:00.",
                             "after:2026-11-01T10:00+1", "after:2026-11-01T10:00+24:00",
                             "after:0000-01-01", "after:0001-01-01T00:00+01:00", "after:9999-12-31T23:00-02:00",
                             "after:2026-11-01X", "after:today", "after:２０２６-11-01"}) {
        const QueryError e = parseError(text);
        EXPECT_EQ(e.position, 0) << text;
        EXPECT_EQ(e.message, S(message)) << text;
    }
    EXPECT_TRUE(parseError("before:x").message.startsWith(S("\"before\" needs a date")));
}

TEST(RunQuery, FirstErrorWinsAndKeepsWhatCameBefore)
{
    const ParsedQuery parsed = parseRunQuery(S("status:failed element:x stauts:y id:ab"));
    ASSERT_TRUE(parsed.error);
    EXPECT_EQ(parsed.error->position, 24);
    EXPECT_EQ(parsed.filter.statuses.size(), 1);
    EXPECT_EQ(parsed.filter.elementId, S("x"));
    EXPECT_TRUE(parsed.filter.runIdPrefix.isEmpty());
}

TEST(RunQuery, LongInputIsAnErrorNotAHang)
{
    QString longQuery;
    while (longQuery.size() + 14 <= kMaxRunQueryLength)
        longQuery += S("status:failed ");
    longQuery += QString(kMaxRunQueryLength - longQuery.size(), QLatin1Char(' '));
    ASSERT_EQ(longQuery.size(), kMaxRunQueryLength);
    EXPECT_FALSE(parseRunQuery(longQuery).error);
    const QString tooLong = longQuery + S("xxxxx");
    const ParsedQuery parsed = parseRunQuery(tooLong);
    ASSERT_TRUE(parsed.error);
    EXPECT_EQ(parsed.error->position, kMaxRunQueryLength);
    EXPECT_EQ(parsed.error->length, 5);
    EXPECT_TRUE(parsed.filter.isEmpty());
    // Long terms are cut short in messages.
    const QString key(1000, QLatin1Char('k'));
    const ParsedQuery unknown = parseRunQuery(key + S(":v"));
    ASSERT_TRUE(unknown.error);
    EXPECT_LT(unknown.error->message.size(), 200);
    EXPECT_EQ(unknown.error->length, 1002);
    // Many list items, and a huge number of digits, stay quick.
    QString ids = S("definition_id:");
    for (int i = 0; i < 400; ++i)
        ids += QString::number(i) + QLatin1Char(',');
    ids.chop(1);
    EXPECT_EQ(parseOk(ids.toUtf8().constData()).definitionIds.size(), 400);
    EXPECT_TRUE(parseRunQuery(S("since:") + QString(1990, QLatin1Char('9')) + S("d")).error);
}

TEST(RunQuery, RoundTripsHandPickedFilters)
{
    const char *queries[] = {
        "status:failed",
        "status:completed,cancelled,pending definition_id:\"a b,c\"",
        "definition:\"  spaced  \"",
        "definition:\"\\\"\"",
        "element:é-ü-😀",
        "id:run-\\\\x",
        "since:1s",
        "since:3650d",
        "after:2026-11-01T10:00:00.001 before:2026-11-01T10:00:00.002",
        "signature:ffffffffffffffff is:recovered",
        "def:\"a\u00a0b\"",
    };
    for (const char *q : queries) {
        const RunFilter f = parseOk(q);
        const QString formatted = formatRunQuery(f);
        const ParsedQuery again = parseRunQuery(formatted);
        EXPECT_FALSE(again.error) << q << " -> " << formatted.toStdString();
        EXPECT_EQ(again.filter, f) << q << " -> " << formatted.toStdString();
        EXPECT_EQ(formatRunQuery(again.filter), formatted) << q;
    }
}

namespace {

QString randomText(std::mt19937 &rng, int minLength)
{
    static const QString alphabet = QString::fromUtf8("abcXYZ019-_.:,\"\\ \t/é😀\u00a0'");
    std::uniform_int_distribution<int> length(minLength, 12);
    std::uniform_int_distribution<int> pick(0, static_cast<int>(alphabet.size()) - 1);
    QString out;
    const int n = length(rng);
    while (out.size() < n) {
        const QChar c = alphabet.at(pick(rng));
        if (c.isHighSurrogate() || c.isLowSurrogate())
            out += QString::fromUtf8("😀");
        else
            out += c;
    }
    return out;
}

QDateTime randomTime(std::mt19937 &rng)
{
    std::uniform_int_distribution<qint64> ms(-62135596800000LL, 253402300799999LL);
    qint64 v = ms(rng);
    switch (rng() % 4) {
    case 0: v -= v % 86400000; break; // midnight
    case 1: v -= v % 60000; break;    // whole minute
    case 2: v -= v % 1000; break;     // whole second
    default: break;
    }
    if (v < -62135596800000LL)
        v += 86400000;
    return QDateTime::fromMSecsSinceEpoch(v, Qt::UTC);
}

RunFilter randomFilter(std::mt19937 &rng)
{
    RunFilter f;
    auto coin = [&rng] { return rng() % 3 == 0; };
    const wf::WorkflowRunStatus all[] = {wf::WORKFLOW_RUN_STATUS_PENDING, wf::WORKFLOW_RUN_STATUS_RUNNING,
                                         wf::WORKFLOW_RUN_STATUS_COMPLETED, wf::WORKFLOW_RUN_STATUS_FAILED,
                                         wf::WORKFLOW_RUN_STATUS_CANCELLED};
    for (const auto s : all) {
        if (coin())
            f.statuses.append(s);
    }
    std::shuffle(f.statuses.begin(), f.statuses.end(), rng);
    if (coin()) {
        const int n = 1 + static_cast<int>(rng() % 3);
        for (int i = 0; i < n; ++i) {
            QString id = randomText(rng, 1).remove(QLatin1Char(',')).trimmed();
            if (!id.isEmpty() && !f.definitionIds.contains(id))
                f.definitionIds.append(id);
        }
    }
    if (coin())
        f.definitionName = randomText(rng, 1);
    if (coin())
        f.elementId = randomText(rng, 1);
    if (coin())
        f.runIdPrefix = randomText(rng, 4);
    if (coin()) {
        const qint64 units[] = {1, 60, 3600, 86400, 604800};
        const qint64 unit = units[rng() % 5];
        f.sinceSeconds = std::uniform_int_distribution<qint64>(1, kMaxSinceSeconds / unit)(rng) * unit;
    }
    if (coin())
        f.after = randomTime(rng);
    if (coin()) {
        f.before = randomTime(rng);
        if (f.after && *f.after >= *f.before)
            std::swap(*f.after, *f.before);
        if (f.after && *f.after == *f.before)
            f.after.reset();
    }
    if (coin()) {
        static const char hex[] = "0123456789abcdef";
        for (int i = 0; i < 16; ++i)
            f.failureSignature += QLatin1Char(hex[rng() % 16]);
    }
    if (coin())
        f.recovery = rng() % 2 ? wf::RUN_RECOVERY_RECOVERED : wf::RUN_RECOVERY_UNRECOVERED;
    return f;
}

} // namespace

TEST(RunQuery, RoundTripsRandomFilters)
{
    std::mt19937 rng(20261125);
    for (int i = 0; i < 5000; ++i) {
        // The canonical query is written on the user's clock: it reads back the same in every zone.
        static const char *const zones[] = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
                                            "Australia/Lord_Howe"};
        const LocalZone zone(zones[i % 5]);
        if (rng() % 7 == 0) {
            RunFilter today;
            today.sinceToday = true;
            ASSERT_EQ(parseRunQuery(formatRunQuery(today)).filter, today);
        }
        const RunFilter f = randomFilter(rng);
        const QString formatted = formatRunQuery(f);
        const ParsedQuery parsed = parseRunQuery(formatted);
        ASSERT_FALSE(parsed.error) << formatted.toStdString() << ": " << parsed.error->message.toStdString();
        ASSERT_EQ(parsed.filter, f) << formatted.toStdString() << " -> " << show(parsed.filter);
        ASSERT_EQ(formatRunQuery(parsed.filter), formatted);
        ASSERT_EQ(f.isEmpty(), formatted.isEmpty());
    }
}

TEST(RunQuery, ToProto)
{
    const QDateTime now = utc(2026, 11, 25, 12, 0, 0, 500);
    wf::WorkflowRunQuery q;
    q.set_original_run_id("run-original");
    q.add_statuses(wf::WORKFLOW_RUN_STATUS_PENDING);
    toProto(parseOk("status:failed,running definition_id:a,b def:coding element:e id:run-1 since:1h "
                    "sig:00000000000000aa is:recovered"),
            now, &q);
    ASSERT_EQ(q.statuses_size(), 2);
    EXPECT_EQ(q.statuses(0), wf::WORKFLOW_RUN_STATUS_FAILED);
    EXPECT_EQ(q.statuses(1), wf::WORKFLOW_RUN_STATUS_RUNNING);
    ASSERT_EQ(q.definition_ids_size(), 2);
    EXPECT_EQ(q.definition_ids(1), "b");
    EXPECT_EQ(q.definition_name(), "coding");
    EXPECT_EQ(q.element_id(), "e");
    EXPECT_EQ(q.run_id_prefix(), "run-1");
    EXPECT_EQ(q.failure_signature(), "00000000000000aa");
    EXPECT_EQ(q.recovery(), wf::RUN_RECOVERY_RECOVERED);
    EXPECT_EQ(q.original_run_id(), "run-original") << "fields the filter does not cover are left alone";
    ASSERT_TRUE(q.has_created_after());
    EXPECT_EQ(q.created_after().seconds(), now.toSecsSinceEpoch() - 3600);
    EXPECT_EQ(q.created_after().nanos(), 500000000);
    EXPECT_FALSE(q.has_created_before());

    // after and before; the later of since and after wins.
    toProto(parseOk("after:2026-11-01 before:2026-11-20T10:00"), now, &q);
    EXPECT_EQ(q.statuses_size(), 0);
    EXPECT_EQ(q.definition_name(), "");
    EXPECT_EQ(q.recovery(), wf::RUN_RECOVERY_ANY);
    EXPECT_EQ(q.created_after().seconds(), utc(2026, 11, 1).toSecsSinceEpoch());
    EXPECT_EQ(q.created_after().nanos(), 0);
    EXPECT_EQ(q.created_before().seconds(), utc(2026, 11, 20, 10).toSecsSinceEpoch());
    toProto(parseOk("after:2026-11-01 since:1h"), now, &q);
    EXPECT_EQ(q.created_after().seconds(), now.toSecsSinceEpoch() - 3600);
    EXPECT_FALSE(q.has_created_before());
    toProto(parseOk("after:2026-11-25T11:30 since:1h"), now, &q);
    EXPECT_EQ(q.created_after().seconds(), utc(2026, 11, 25, 11, 30).toSecsSinceEpoch());
    // Before 1970 the nanos stay positive.
    toProto(parseOk("after:1969-12-31T23:59:59.250"), now, &q);
    EXPECT_EQ(q.created_after().seconds(), -1);
    EXPECT_EQ(q.created_after().nanos(), 250000000);
    // Clamped to what a Timestamp holds; an invalid now ignores since.
    toProto(parseOk("since:3650d"), utc(1, 1, 2), &q);
    EXPECT_EQ(q.created_after().seconds(), -62135596800LL);
    toProto(parseOk("since:1h"), QDateTime(), &q);
    EXPECT_FALSE(q.has_created_after());
}

namespace {

wf::WorkflowRun makeRun()
{
    wf::WorkflowRun run;
    run.set_id("run-1a2b3c");
    run.set_definition_id("wfd-ameide-coding-agent");
    run.set_definition_name("Coding Agent");
    run.set_element_id("el-1");
    run.set_status(wf::WORKFLOW_RUN_STATUS_FAILED);
    run.set_failure_signature("00000000000000ab");
    run.mutable_created_at()->set_seconds(utc(2026, 11, 25, 11).toSecsSinceEpoch());
    return run;
}

bool passes(const char *query, const wf::WorkflowRun &run, const QHash<QString, QString> &names = {})
{
    return matches(parseOk(query), run, names, utc(2026, 11, 25, 12));
}

} // namespace

TEST(RunQuery, MatchesEachField)
{
    const wf::WorkflowRun run = makeRun();
    EXPECT_TRUE(passes("", run));
    EXPECT_TRUE(passes("status:failed,running", run));
    EXPECT_FALSE(passes("status:running", run));
    EXPECT_TRUE(passes("definition_id:x,wfd-ameide-coding-agent", run));
    EXPECT_FALSE(passes("definition_id:wfd-other", run));
    EXPECT_TRUE(passes("definition:coding", run));
    EXPECT_TRUE(passes("definition:\"ING AG\"", run));
    EXPECT_FALSE(passes("definition:reviewer", run));
    EXPECT_TRUE(passes("element:el-1", run));
    EXPECT_FALSE(passes("element:el", run));
    EXPECT_TRUE(passes("id:run-1a2b", run));
    EXPECT_FALSE(passes("id:run-1a2c", run));
    EXPECT_FALSE(passes("id:RUN-1a2b", run));
    EXPECT_TRUE(passes("since:1h", run)) << "created exactly at the bound";
    EXPECT_FALSE(passes("since:59m", run));
    EXPECT_TRUE(passes("after:2026-11-25T11:00", run));
    EXPECT_FALSE(passes("after:2026-11-25T11:00:01", run));
    EXPECT_TRUE(passes("before:2026-11-25T11:00:01", run));
    EXPECT_FALSE(passes("before:2026-11-25T11:00", run)) << "before is exclusive";
    EXPECT_TRUE(passes("sig:00000000000000AB", run));
    EXPECT_FALSE(passes("sig:00000000000000ac", run));
    EXPECT_TRUE(passes("is:unrecovered", run));
    EXPECT_FALSE(passes("is:recovered", run));

    wf::WorkflowRun recovered = run;
    recovered.set_recovered(true);
    EXPECT_TRUE(passes("is:recovered", recovered));
    EXPECT_FALSE(passes("is:unrecovered", recovered));
    wf::WorkflowRun completed = run;
    completed.set_status(wf::WORKFLOW_RUN_STATUS_COMPLETED);
    EXPECT_FALSE(passes("is:recovered", completed));
    EXPECT_FALSE(passes("is:unrecovered", completed));

    // The definition's name from the catalogue when the run has none.
    wf::WorkflowRun unnamed = run;
    unnamed.clear_definition_name();
    EXPECT_FALSE(passes("definition:coding", unnamed));
    const QHash<QString, QString> names{{S("wfd-ameide-coding-agent"), S("coding-agent")}};
    EXPECT_TRUE(passes("definition:CODING", unnamed, names));

    // Sub-second creation times compare exactly.
    wf::WorkflowRun late = run;
    late.mutable_created_at()->set_nanos(1);
    EXPECT_FALSE(passes("before:2026-11-25T11:00", late));
    EXPECT_TRUE(passes("before:2026-11-25T11:00:00.001", late));
    EXPECT_FALSE(passes("after:2026-11-25T11:00:00.001", late));

    // No created_at: fails any time bound.
    wf::WorkflowRun timeless = run;
    timeless.clear_created_at();
    EXPECT_TRUE(passes("status:failed", timeless));
    EXPECT_FALSE(passes("since:7d", timeless));
    EXPECT_FALSE(passes("before:2030-01-01", timeless));
}

TEST(RunQuery, DescribesFiltersForPeople)
{
    EXPECT_EQ(describeRunFilter(RunFilter{}), S("All runs"));
    EXPECT_EQ(describeRunFilter(parseOk("status:failed,running")), S("Failed or running runs"));
    EXPECT_EQ(describeRunFilter(parseOk("def:x since:7d")), S("Runs of x in the last 7 days"));
    EXPECT_EQ(describeRunFilter(parseOk("status:failed is:unrecovered since:15m")),
              S("Failed runs not yet recovered in the last 15 min"));
    EXPECT_EQ(describeRunFilter(parseOk("after:2026-11-01 before:2026-11-20T10:00")),
              S("Runs created after 2026-11-01 00:00 UTC created before 2026-11-20 10:00 UTC"));
    EXPECT_EQ(describeRunFilter(parseOk("status:failed since:today")), S("Failed runs created today"));
    EXPECT_EQ(describeRunFilter(parseOk("id:run-1 element:e definition_id:a,b sig:00000000000000ab")),
              S("Runs of definition a or b for element e with an id starting run-1 with failure signature "
                "00000000000000ab"));
}

// The one rule for time: shown and read in the user's zone, the zone always shown.
TEST(TimeText, EveryAbsoluteTimeShowsItsZone)
{
    {
        const LocalZone zone("Europe/Berlin");
        EXPECT_EQ(TimeText::absolute(utc(2026, 12, 2, 6, 41, 51)), S("2026-12-02 07:41:51 CET"));
        EXPECT_EQ(TimeText::absolute(utc(2026, 7, 1, 6, 41, 51, 250), TimeText::Precision::Milliseconds),
                  S("2026-07-01 08:41:51.250 CEST"));
        EXPECT_EQ(TimeText::absolute(utc(2026, 12, 2, 6, 41, 51), TimeText::Precision::Minutes),
                  S("2026-12-02 07:41 CET"));
        EXPECT_EQ(TimeText::absoluteMs(utc(2026, 12, 2, 6, 41, 51).toMSecsSinceEpoch()), S("2026-12-02 07:41:51 CET"));
        EXPECT_EQ(TimeText::iso(utc(2026, 12, 2, 6, 41, 51, 5)), S("2026-12-02T07:41:51.005+01:00"));
        // The widest text of the year is the summer one.
        EXPECT_TRUE(TimeText::sample().endsWith(S(" CEST"))) << TimeText::sample().toStdString();
    }
    {
        // A zone without an abbreviation shows its offset.
        const LocalZone zone("Asia/Dubai");
        EXPECT_EQ(TimeText::absolute(utc(2026, 12, 2, 6, 41, 51)), S("2026-12-02 10:41:51 UTC+04:00"));
        const LocalZone kolkata("Asia/Kolkata");
        EXPECT_EQ(TimeText::zone(utc(2026, 12, 2)), S("IST"));
        const LocalZone newfoundland("America/St_Johns");
        EXPECT_EQ(TimeText::absolute(utc(2026, 12, 2, 12)), S("2026-12-02 08:30:00 NST"));
        const LocalZone sao("America/Sao_Paulo");
        EXPECT_EQ(TimeText::zone(utc(2026, 12, 2)), S("UTC-03:00"));
    }
    EXPECT_EQ(TimeText::absolute(utc(2026, 12, 2, 6, 41, 51)), S("2026-12-02 06:41:51 UTC"));
    EXPECT_EQ(TimeText::absolute(QDateTime()), QString());
    EXPECT_EQ(TimeText::zone(QDateTime()), QString());
}

TEST(TimeText, RelativeTimes)
{
    const QDateTime now = utc(2026, 12, 2, 12);
    EXPECT_EQ(TimeText::ago(now.addSecs(-3), now), S("just now"));
    EXPECT_EQ(TimeText::ago(now.addSecs(30), now), S("just now")) << "a clock a little ahead is not the future";
    EXPECT_EQ(TimeText::ago(now.addSecs(-42), now), S("42 s ago"));
    EXPECT_EQ(TimeText::ago(now.addSecs(-3 * 60 - 5), now), S("3 min ago"));
    EXPECT_EQ(TimeText::ago(now.addSecs(-5 * 3600), now), S("5 h ago"));
    EXPECT_EQ(TimeText::ago(now.addDays(-2), now), S("2 d ago"));
    EXPECT_EQ(TimeText::ago(QDateTime(), now), QString());
}

TEST(TimeText, TheClockAcrossSummerTime)
{
    const LocalZone zone("Europe/Berlin");
    // An ordinary reading, in winter and in summer.
    EXPECT_EQ(TimeText::fromLocal(QDate(2026, 11, 20), QTime(10, 0)), utc(2026, 11, 20, 9));
    EXPECT_EQ(TimeText::fromLocal(QDate(2026, 7, 1), QTime(10, 0)), utc(2026, 7, 1, 8));
    // 02:30 on 29 March never shows: read with the offset before the change, it is 03:30 CEST.
    EXPECT_EQ(TimeText::fromLocal(QDate(2026, 3, 29), QTime(2, 30)), utc(2026, 3, 29, 1, 30));
    // 02:30 on 25 October shows twice: the first, in CEST.
    EXPECT_EQ(TimeText::fromLocal(QDate(2026, 10, 25), QTime(2, 30)), utc(2026, 10, 25, 0, 30));
    EXPECT_EQ(TimeText::startOfDay(utc(2026, 12, 2, 6, 41)), utc(2026, 12, 1, 23));
    EXPECT_EQ(TimeText::startOfDay(utc(2026, 12, 1, 23, 30)), utc(2026, 12, 1, 23)) << "already the 2nd in Berlin";
    EXPECT_EQ(TimeText::startOfDay(utc(2026, 3, 29, 12)), utc(2026, 3, 28, 23)) << "the day summer time starts";
    EXPECT_EQ(TimeText::startOfDay(utc(2026, 10, 25, 12)), utc(2026, 10, 24, 22)) << "the day it ends";
    EXPECT_FALSE(TimeText::startOfDay(QDateTime()).isValid());
    const LocalZone newYork("America/New_York");
    EXPECT_EQ(TimeText::fromLocal(QDate(2026, 3, 8), QTime(2, 30)), utc(2026, 3, 8, 7, 30));
    EXPECT_EQ(TimeText::fromLocal(QDate(2026, 11, 1), QTime(1, 30)), utc(2026, 11, 1, 5, 30));
    EXPECT_EQ(TimeText::startOfDay(utc(2026, 12, 2, 3)), utc(2026, 12, 1, 5)) << "still the 1st in New York";
}

// What the query reads is what the screens show: the user's clock, in their zone.
TEST(RunQuery, TimesAreReadOnTheUsersClockAsTheyAreShown)
{
    const LocalZone zone("Europe/Berlin");
    EXPECT_EQ(parseOk("after:2026-11-20T10:00").after, utc(2026, 11, 20, 9));
    EXPECT_EQ(parseOk("after:2026-07-01T10:00").after, utc(2026, 7, 1, 8));
    EXPECT_EQ(parseOk("after:2026-11-20").after, utc(2026, 11, 19, 23));
    EXPECT_EQ(parseOk("after:2026-11-20T10:00Z").after, utc(2026, 11, 20, 10)) << "Z is UTC";
    EXPECT_EQ(parseOk("after:2026-11-20T10:00+05:30").after, utc(2026, 11, 20, 4, 30)) << "an offset is the offset";
    EXPECT_EQ(formatRunQuery(parseOk("after:2026-11-20T10:00Z")), S("after:2026-11-20T11:00"));
    EXPECT_EQ(formatRunQuery(parseOk("after:2026-11-20")), S("after:2026-11-20"));
    EXPECT_EQ(describeRunFilter(parseOk("after:2026-11-20 before:2026-11-20T10:00:30")),
              S("Runs created after 2026-11-20 00:00 CET created before 2026-11-20 10:00:30 CET"));
    EXPECT_TRUE(parseError("after:x").message.contains(S("your time zone (CET)")));
    // The hour the clock repeats: the first reading without an offset, the second with one.
    EXPECT_EQ(formatRunQuery(parseOk("after:2026-10-25T02:30")), S("after:2026-10-25T02:30"));
    RunFilter second;
    second.after = utc(2026, 10, 25, 1, 30);
    EXPECT_EQ(formatRunQuery(second), S("after:2026-10-25T02:30+01:00"));
    EXPECT_EQ(parseRunQuery(formatRunQuery(second)).filter, second);
    // The hour it skips lands after the gap, and is written as the clock shows it.
    EXPECT_EQ(formatRunQuery(parseOk("after:2026-03-29T02:30")), S("after:2026-03-29T03:30"));

    // Displayed and typed agree: every quarter hour over both changes of
    // the year, in two zones, the query reads the clock the screen shows.
    for (const char *name : {"Europe/Berlin", "America/New_York"}) {
        const LocalZone each(name);
        for (const QDate day : {QDate(2026, 3, 8), QDate(2026, 3, 29), QDate(2026, 10, 25), QDate(2026, 11, 1)}) {
            for (qint64 minutes = -24 * 60; minutes <= 48 * 60; minutes += 15) {
                RunFilter f;
                f.after = QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(minutes * 60);
                const QString query = formatRunQuery(f);
                const QString shown = TimeText::absolute(*f.after, TimeText::Precision::Minutes);
                ASSERT_EQ(parseRunQuery(query).filter, f) << name << " " << query.toStdString();
                // "after:2026-10-25T02:30[+01:00]" against "2026-10-25 02:30 CET".
                QString clock = query.mid(6, 16).replace(QLatin1Char('T'), QLatin1Char(' '));
                if (clock.size() == 10)
                    clock += S(" 00:00");
                EXPECT_TRUE(shown.startsWith(clock)) << name << ": " << query.toStdString() << " shown as "
                                                     << shown.toStdString();
                EXPECT_EQ(parseRunQuery(S("after:") + shown.left(16).replace(QLatin1Char(' '), QLatin1Char('T')))
                              .filter.after->toMSecsSinceEpoch()
                              <= f.after->toMSecsSinceEpoch(),
                          true)
                    << "typing back the shown clock never skips past the time: " << shown.toStdString();
            }
        }
    }
}

// "Today" is the user's calendar day, worked out when the query is used.
TEST(RunQuery, SinceTodayIsTheUsersCalendarDay)
{
    const RunFilter f = parseOk("status:failed since:TODAY");
    EXPECT_TRUE(f.sinceToday);
    EXPECT_FALSE(f.sinceSeconds);
    EXPECT_EQ(formatRunQuery(f), S("status:failed since:today"));
    EXPECT_EQ(parseRunQuery(formatRunQuery(f)).filter, f);
    EXPECT_TRUE(parseError("since:today since:24h").message.contains(S("given twice")));
    EXPECT_TRUE(parseError("since:24h since:today").message.contains(S("given twice")));
    EXPECT_TRUE(parseOk("since:today since:today").sinceToday);
    EXPECT_TRUE(parseError("since:yesterday").message.contains(S("today")));

    const LocalZone zone("Europe/Berlin");
    wf::WorkflowRunQuery q;
    // 07:41 CET on 2 December: since midnight CET, 23:00 UTC the day before.
    toProto(f, utc(2026, 12, 2, 6, 41), &q);
    EXPECT_EQ(q.created_after().seconds(), utc(2026, 12, 1, 23).toSecsSinceEpoch());
    // The same query the next day is the next day: nothing is frozen.
    toProto(f, utc(2026, 12, 3, 6, 41), &q);
    EXPECT_EQ(q.created_after().seconds(), utc(2026, 12, 2, 23).toSecsSinceEpoch());
    // The later of today and after wins.
    toProto(parseOk("since:today after:2026-12-02T09:00"), utc(2026, 12, 2, 12), &q);
    EXPECT_EQ(q.created_after().seconds(), utc(2026, 12, 2, 8).toSecsSinceEpoch());
    toProto(parseOk("since:today"), QDateTime(), &q);
    EXPECT_FALSE(q.has_created_after());

    wf::WorkflowRun run;
    run.set_status(wf::WORKFLOW_RUN_STATUS_FAILED);
    run.mutable_created_at()->set_seconds(utc(2026, 12, 1, 23, 30).toSecsSinceEpoch());
    EXPECT_TRUE(matches(f, run, {}, utc(2026, 12, 2, 6))) << "00:30 CET is today";
    run.mutable_created_at()->set_seconds(utc(2026, 12, 1, 22, 59).toSecsSinceEpoch());
    EXPECT_FALSE(matches(f, run, {}, utc(2026, 12, 2, 6))) << "23:59 CET was yesterday";
    const LocalZone newYork("America/New_York");
    EXPECT_TRUE(matches(f, run, {}, utc(2026, 12, 2, 3))) << "17:59 EST on the 1st, and it is 22:00 EST on the 1st";
}
