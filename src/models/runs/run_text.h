#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ameide::models {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// How runs, steps and durations read, the same on every screen.
class RunText
{
    Q_DECLARE_TR_FUNCTIONS(RunText)
public:
    static QString runStatus(wf::WorkflowRunStatus status);
    // The same, with "recovered" for a failed run whose retry completed.
    static QString runStatus(wf::WorkflowRunStatus status, bool recovered);
    static QString stepStatus(wf::WorkflowStepStatus status);
    // A step as it reads within its run: one still pending when the run has
    // ended (failed or cancelled before reaching it) reads "Not run".
    static QString stepStatusInRun(wf::WorkflowStepStatus status, wf::WorkflowRunStatus runStatus);
    // Times follow client::TimeText (the user's zone, always shown).
    // Local date and time with the zone ("2026-11-20 10:04:05 CET", or to
    // the minute); empty when never set.
    static QString dateTime(const google::protobuf::Timestamp &t, bool withSeconds = true);
    // The same to the millisecond, for histories and logs.
    static QString preciseTime(const google::protobuf::Timestamp &t);
    // The step as the timeline names it: its name, or its id when it has none.
    static QString stepName(const QString &name, const QString &id);
    // "850 ms", "4.2 s", "3 min 07 s", "2 h 05 min", "3 d 4 h"; negative reads as 0.
    static QString duration(qint64 millis);
    // How long ago, for scanning: "just now", "42 s ago", "5 min ago",
    // "3 h ago", "2 d ago"; empty for an invalid time.
    static QString ago(const QDateTime &when, const QDateTime &now);
    // Local date and time with the zone ("2026-11-20 10:04:05 CET"), for
    // tooltips beside a relative time; empty for an invalid time.
    static QString dateTimeWithZone(const QDateTime &when);
};

} // namespace ameide::models
