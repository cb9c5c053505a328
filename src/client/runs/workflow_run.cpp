#include "client/runs/workflow_run.h"

#include <google/protobuf/util/time_util.h>

#include <QTimeZone>

namespace ameide::client::runs {

namespace wf = ameide_core_proto::workflows_runtime::v1;

const QList<RunStatus> &allRunStatuses()
{
    static const QList<RunStatus> all = {wf::WORKFLOW_RUN_STATUS_PENDING, wf::WORKFLOW_RUN_STATUS_RUNNING,
                                         wf::WORKFLOW_RUN_STATUS_COMPLETED, wf::WORKFLOW_RUN_STATUS_FAILED,
                                         wf::WORKFLOW_RUN_STATUS_CANCELLED};
    return all;
}

bool isSet(const google::protobuf::Timestamp &t)
{
    return t.seconds() != 0 || t.nanos() != 0;
}

qint64 millisOf(const google::protobuf::Timestamp &t)
{
    return google::protobuf::util::TimeUtil::TimestampToMilliseconds(t);
}

QDateTime toDateTime(const google::protobuf::Timestamp &t)
{
    if (!isSet(t))
        return {};
    return QDateTime::fromMSecsSinceEpoch(millisOf(t), QTimeZone::utc());
}

bool isActive(RunStatus status)
{
    return status == wf::WORKFLOW_RUN_STATUS_PENDING || status == wf::WORKFLOW_RUN_STATUS_RUNNING;
}

bool isTerminal(RunStatus status)
{
    return status == wf::WORKFLOW_RUN_STATUS_COMPLETED || status == wf::WORKFLOW_RUN_STATUS_FAILED ||
           status == wf::WORKFLOW_RUN_STATUS_CANCELLED;
}

bool isFailed(RunStatus status)
{
    return status == wf::WORKFLOW_RUN_STATUS_FAILED;
}

bool isActive(StepStatus status)
{
    return status == wf::WORKFLOW_STEP_STATUS_PENDING || status == wf::WORKFLOW_STEP_STATUS_RUNNING;
}

bool isRetryable(const WorkflowRun &run)
{
    return run.status() == wf::WORKFLOW_RUN_STATUS_FAILED;
}

const WorkflowRun *supersedingAttempt(const WorkflowRun &run, const std::vector<WorkflowRun> &chain)
{
    const std::string &original = run.original_run_id().empty() ? run.id() : run.original_run_id();
    const qint64 created = millisOf(run.created_at());
    const WorkflowRun *newest = nullptr;
    for (const auto &other : chain) {
        const std::string &otherOriginal = other.original_run_id().empty() ? other.id() : other.original_run_id();
        if (other.id() == run.id() || otherOriginal != original || other.status() == wf::WORKFLOW_RUN_STATUS_CANCELLED)
            continue;
        const qint64 at = millisOf(other.created_at());
        if (at < created || (at == created && other.attempt() <= run.attempt()))
            continue;
        if (!newest || at > millisOf(newest->created_at())
            || (at == millisOf(newest->created_at()) && other.attempt() > newest->attempt()))
            newest = &other;
    }
    return newest;
}

bool canRetryFromFailedStep(const WorkflowRun &run)
{
    return run.status() == wf::WORKFLOW_RUN_STATUS_FAILED && !run.failed_step_id().empty();
}

bool isCancellable(const WorkflowRun &run)
{
    return isActive(run.status());
}

qint64 runDurationMillis(const WorkflowRun &run, qint64 nowMillis)
{
    if (!isSet(run.started_at()))
        return -1;
    const qint64 end = isSet(run.ended_at()) ? millisOf(run.ended_at()) : (isActive(run.status()) ? nowMillis : -1);
    return end < 0 ? -1 : std::max<qint64>(0, end - millisOf(run.started_at()));
}

} // namespace ameide::client::runs
