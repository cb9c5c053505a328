#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"

#include <QDateTime>
#include <QString>

#include <vector>

// The runs feature's vocabulary for the layers above the client: the
// contract's run records, read-only, under names of their own, and the one
// copy of every helper that reads them. Requests, responses and stubs never
// leave src/client/runs/runs_api.cpp.
namespace ameide::client::runs {

using WorkflowRun = ameide_core_proto::workflows_runtime::v1::WorkflowRun;
using WorkflowRunStep = ameide_core_proto::workflows_runtime::v1::WorkflowRunStep;
using StatusUpdate = ameide_core_proto::workflows_runtime::v1::WorkflowStatusUpdate;
using FailureGroup = ameide_core_proto::workflows_runtime::v1::FailureGroup;
using RunStatus = ameide_core_proto::workflows_runtime::v1::WorkflowRunStatus;
using StepStatus = ameide_core_proto::workflows_runtime::v1::WorkflowStepStatus;
using SortField = ameide_core_proto::workflows_runtime::v1::RunSortField;
using Recovery = ameide_core_proto::workflows_runtime::v1::RunRecovery;

// Every run status, in the order people read them.
const QList<RunStatus> &allRunStatuses();

// A Timestamp that was never set reads as 0 s and 0 ns.
bool isSet(const google::protobuf::Timestamp &t);
qint64 millisOf(const google::protobuf::Timestamp &t);
// Invalid when not set; UTC otherwise.
QDateTime toDateTime(const google::protobuf::Timestamp &t);

// Pending or running: the run may still change.
bool isActive(RunStatus status);
// Completed, failed or cancelled: it will not change by itself.
bool isTerminal(RunStatus status);
bool isFailed(RunStatus status);
bool isActive(StepStatus status);

// What may be asked of one run (the role aside).
bool isRetryable(const WorkflowRun &run);
bool canRetryFromFailedStep(const WorkflowRun &run);
bool isCancellable(const WorkflowRun &run);
// The run's chain has moved past it: the newest attempt created after it
// that is not cancelled, among `chain` (any runs, any order; those of other
// chains are ignored). Null when there is none. The platform refuses to
// retry such a run unless asked to anyway.
const WorkflowRun *supersedingAttempt(const WorkflowRun &run, const std::vector<WorkflowRun> &chain);

// Milliseconds from start to end, to now while active; -1 when it cannot be told.
qint64 runDurationMillis(const WorkflowRun &run, qint64 nowMillis);

inline QString text(const std::string &s)
{
    return QString::fromStdString(s);
}
inline QString runId(const WorkflowRun &run)
{
    return text(run.id());
}

} // namespace ameide::client::runs
