#include "models/runs/run_text.h"

#include "client/runs/workflow_run.h"
#include "client/time_text.h"

namespace ameide::models {

using ameide::client::TimeText;

QString RunText::runStatus(wf::WorkflowRunStatus status)
{
    switch (status) {
    case wf::WORKFLOW_RUN_STATUS_PENDING: return tr("Pending");
    case wf::WORKFLOW_RUN_STATUS_RUNNING: return tr("Running");
    case wf::WORKFLOW_RUN_STATUS_COMPLETED: return tr("Completed");
    case wf::WORKFLOW_RUN_STATUS_FAILED: return tr("Failed");
    case wf::WORKFLOW_RUN_STATUS_CANCELLED: return tr("Cancelled");
    default: return tr("Unknown");
    }
}

QString RunText::runStatus(wf::WorkflowRunStatus status, bool recovered)
{
    if (status == wf::WORKFLOW_RUN_STATUS_FAILED && recovered)
        return tr("Failed · recovered");
    return runStatus(status);
}

QString RunText::stepStatus(wf::WorkflowStepStatus status)
{
    switch (status) {
    case wf::WORKFLOW_STEP_STATUS_PENDING: return tr("Pending");
    case wf::WORKFLOW_STEP_STATUS_RUNNING: return tr("Running");
    case wf::WORKFLOW_STEP_STATUS_COMPLETED: return tr("Completed");
    case wf::WORKFLOW_STEP_STATUS_FAILED: return tr("Failed");
    case wf::WORKFLOW_STEP_STATUS_CANCELLED: return tr("Cancelled");
    default: return tr("Unknown");
    }
}

QString RunText::stepStatusInRun(wf::WorkflowStepStatus status, wf::WorkflowRunStatus runStatus)
{
    if ((status == wf::WORKFLOW_STEP_STATUS_PENDING || status == wf::WORKFLOW_STEP_STATUS_UNSPECIFIED)
        && client::runs::isTerminal(runStatus))
        return tr("Not run");
    return stepStatus(status);
}

QString RunText::dateTime(const google::protobuf::Timestamp &t, bool withSeconds)
{
    if (!client::runs::isSet(t))
        return {};
    return TimeText::absolute(client::runs::toDateTime(t),
                              withSeconds ? TimeText::Precision::Seconds : TimeText::Precision::Minutes);
}

QString RunText::preciseTime(const google::protobuf::Timestamp &t)
{
    if (!client::runs::isSet(t))
        return {};
    return TimeText::absolute(client::runs::toDateTime(t), TimeText::Precision::Milliseconds);
}

QString RunText::stepName(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

QString RunText::ago(const QDateTime &when, const QDateTime &now)
{
    return TimeText::ago(when, now);
}

QString RunText::dateTimeWithZone(const QDateTime &when)
{
    return TimeText::absolute(when);
}

QString RunText::duration(qint64 millis)
{
    constexpr qint64 kMinute = 60'000;
    millis = std::max<qint64>(millis, 0);
    if (millis < 1000)
        return tr("%1 ms").arg(millis);
    if (millis < kMinute)
        return tr("%1 s").arg(static_cast<double>(millis) / 1000.0, 0, 'f', 1);
    const qint64 seconds = millis / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds / 3600) % 24);
}

} // namespace ameide::models
