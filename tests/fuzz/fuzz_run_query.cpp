// Fuzzes the runs screen's query language (src/client/run_query.h): any
// text parses without crashing, hanging or throwing, and an error points
// inside the text. When it parses, the canonical form must parse back to the
// same filter and format to the same text, and toProto and matches must
// take the filter with any "now".
//
// Input layout:
//   bytes 0-7  now, milliseconds since the epoch (int64, little-endian)
//   rest       the query, as UTF-8

#include "client/runs/run_filter.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

using namespace ameide::client;

[[noreturn]] void finding(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_run_query: FINDING: %s: %s\n", what, detail.toUtf8().constData());
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::int64_t nowMs = 0;
    if (size >= sizeof nowMs) {
        std::memcpy(&nowMs, data, sizeof nowMs);
        data += sizeof nowMs;
        size -= sizeof nowMs;
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ParsedQuery parsed = parseRunQuery(text);

    // Whatever came before an error is a filter too.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    wf::WorkflowRunQuery query;
    toProto(parsed.filter, now, &query);
    wf::WorkflowRun run;
    run.set_id(text.left(12).toStdString());
    run.set_definition_name(text.right(8).toStdString());
    run.mutable_created_at()->set_seconds(nowMs / 1000);
    (void)matches(parsed.filter, run, {}, now);
    (void)describeRunFilter(parsed.filter);
    if (query.has_created_after() && query.has_created_before() && parsed.filter.after && parsed.filter.before
        && !parsed.filter.sinceSeconds && !parsed.filter.sinceToday
        && (query.created_after().seconds() > query.created_before().seconds()))
        finding("created_after later than created_before", text);

    if (parsed.error) {
        const QueryError &e = *parsed.error;
        if (e.position < 0 || e.length < 0 || e.position + e.length > text.size() || e.message.isEmpty())
            finding("error outside the text", text + QStringLiteral(" @%1+%2").arg(e.position).arg(e.length));
        return 0;
    }
    const QString formatted = formatRunQuery(parsed.filter);
    const ParsedQuery again = parseRunQuery(formatted);
    if (again.error)
        finding("canonical form does not parse", text + QStringLiteral(" -> ") + formatted + QStringLiteral(": ")
                                                      + again.error->message);
    if (again.filter != parsed.filter)
        finding("canonical form parses to another filter",
                text + QStringLiteral(" -> ") + formatted + QStringLiteral(" -> ") + formatRunQuery(again.filter));
    if (formatRunQuery(again.filter) != formatted)
        finding("canonical form is not stable", text + QStringLiteral(" -> ") + formatted);
    if (parsed.filter.isEmpty() != formatted.isEmpty())
        finding("empty filter and empty query disagree", text);
    return 0;
}
