#include "client/jobs/job.h"

#include "client/runs/workflow_run.h"

#include "ameide_core_proto/jobs/v1/job.pb.h"

namespace ameide::client {

namespace jv1 = ameide_core_proto::jobs::v1;

Job jobFromProto(const jv1::Job &job)
{
    Job out;
    out.id = QString::fromStdString(job.id());
    out.kind = QString::fromStdString(job.kind());
    switch (job.state()) {
    case jv1::JOB_STATE_PLANNED: out.state = Job::State::Planned; break;
    case jv1::JOB_STATE_RUNNING: out.state = Job::State::Running; break;
    case jv1::JOB_STATE_SUCCEEDED: out.state = Job::State::Succeeded; break;
    case jv1::JOB_STATE_STOPPED: out.state = Job::State::Stopped; break;
    case jv1::JOB_STATE_FAILED: out.state = Job::State::Failed; break;
    case jv1::JOB_STATE_PAUSED: out.state = Job::State::Paused; break;
    default: out.state = Job::State::Unspecified; break;
    }
    out.total = job.total();
    out.processed = job.processed();
    out.succeeded = job.succeeded();
    out.skipped = job.skipped();
    out.failed = job.failed();
    out.createdBy = QString::fromStdString(job.created_by());
    out.createdAt = runs::toDateTime(job.created_at());
    out.endedAt = runs::toDateTime(job.ended_at());
    out.description = QString::fromStdString(job.description());
    out.message = QString::fromStdString(job.message());
    out.phase = QString::fromStdString(job.phase());
    return out;
}

} // namespace ameide::client
