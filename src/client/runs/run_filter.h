#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ameide::client {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The runs screen's filter, as its widgets and its one-line query show it:
//
//   status:failed,running definition:coding-agent since:24h is:unrecovered
//
// Terms are key:value separated by white space; a value may be put in double
// quotes to hold spaces (definition:"coding agent", \" and \\ escape inside
// quotes). Keys are case-insensitive:
//
//   status:S[,S...]        pending, running, completed, failed, cancelled
//                          (case-insensitive; repeats and lists accumulate)
//   definition_id:ID[,ID]  definition ids (repeats and lists accumulate)
//   definition:TEXT        substring of the definition's name    (alias def:)
//   element:ID             the element the run is for
//   id:PREFIX              prefix of the run id, at least 4 characters
//   since:N(s|m|h|d|w)     created in the last N seconds/minutes/hours/days/
//                          weeks; stays relative (at most 3650 days)
//   since:today            created since the user's midnight (their calendar
//                          day, worked out again on every request)
//   after:T  before:T      created at or after T / before T; T is an ISO 8601
//                          date (2026-11-01) or date and time
//                          (2026-11-20T10:00[:ss[.zzz]]) in the user's time
//                          zone, as the console shows times (client::TimeText),
//                          unless it ends in Z (UTC) or an offset (+01:00,
//                          -0530, +02)
//   signature:HEX          a failure group's 16-hex-digit signature (sig:)
//   is:recovered|unrecovered
//   job:ID                 the retries a bulk retry job started (as of the
//                          last load: a live run is never taken to be a job's)
//
// Any other key given twice with a different value is an error.
struct RunFilter
{
    // Order is kept but does not matter: == compares statuses and
    // definitionIds as sets.
    QList<wf::WorkflowRunStatus> statuses;
    QStringList definitionIds;
    QString definitionName;
    QString elementId;
    QString runIdPrefix;
    std::optional<qint64> sinceSeconds;
    // since:today; never together with sinceSeconds.
    bool sinceToday = false;
    std::optional<QDateTime> after;
    std::optional<QDateTime> before;
    // Lower-case hex, as the platform writes it.
    QString failureSignature;
    wf::RunRecovery recovery = wf::RUN_RECOVERY_ANY;
    QString bulkJobId;

    bool operator==(const RunFilter &other) const;
    bool operator!=(const RunFilter &other) const { return !(*this == other); }
    bool isEmpty() const;
};

// Where the query went wrong: position and length are in QChar (UTF-16)
// units of the query string, for underlining; message is for people.
struct QueryError
{
    int position = 0;
    int length = 0;
    QString message;
};

// On error, filter holds what the terms before the bad one gave.
struct ParsedQuery
{
    RunFilter filter;
    std::optional<QueryError> error;
};

// Longest query parseRunQuery reads; a longer one is an error.
inline constexpr int kMaxRunQueryLength = 2000;
// Longest since: 3650 days.
inline constexpr qint64 kMaxSinceSeconds = qint64{3650} * 24 * 60 * 60;

// Linear in the length of text; never throws. The empty (or all white
// space) query is the empty filter. The first error wins.
ParsedQuery parseRunQuery(const QString &text);

// The canonical query of a filter: keys in the order status, definition_id,
// definition, element, id, since, after, before, signature, is, job; values
// quoted only when they must be; times in the user's zone, with an offset
// only where the clock shows that time twice (or Z outside years 1 to 9999
// there). parseRunQuery(formatRunQuery(f)), in the same zone,
// gives back f for every filter parseRunQuery can give (no duplicate or
// unspecified statuses; definition ids non-empty, without commas or outer
// white space; id prefix of 4 or more characters; since between 1 s and
// kMaxSinceSeconds; times in years 1 to 9999; before later than after;
// signature of 16 lower-case hex digits). Values outside that are written
// as well as they can be and do not round-trip.
QString formatRunQuery(const RunFilter &filter);

// Sets the fields of *out the filter covers (statuses, definition_ids,
// definition_name, element_id, run_id_prefix, created_after, created_before,
// failure_signature, recovery, bulk_job_id) and leaves the others (original_run_id) as
// they are. since becomes created_after = now - since (since:today the
// user's midnight before now); when both since and after are given, the
// later of the two is created_after. An invalid now ignores since. Times
// are clamped to what a Timestamp can hold.
void toProto(const RunFilter &filter, const QDateTime &now, wf::WorkflowRunQuery *out);

// Whether a run passes the filter, as the platform would decide it: used for
// runs the watch stream delivers. The definition's name is the run's own
// definition_name, or definitionNamesById[definition_id] when that is empty.
// A run without created_at fails any since/after/before.
bool matches(const RunFilter &filter, const wf::WorkflowRun &run, const QHash<QString, QString> &definitionNamesById,
             const QDateTime &now);

// One short line for people, e.g. "Failed runs of coding-agent in the last
// 24 h"; "All runs" for the empty filter.
QString describeRunFilter(const RunFilter &filter);

} // namespace ameide::client
