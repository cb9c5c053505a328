#pragma once

#include "ameide_core_proto/jobs/v1/job.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ameide::platform {

class Database;
struct Caller;
struct PageRequest;

namespace wf = ameide_core_proto::workflows_runtime::v1;

// Defaults of what a StartBulkRetry / StartBulkCancel request leaves 0.
constexpr int kDefaultBulkRetryRate = 500;
constexpr int kDefaultBulkCancelRate = 100;
constexpr int kDefaultCanaryRuns = 5;

struct BulkRetryStarted
{
    wf::BulkRetryJob job;
    bool created = false;
};

// One batch of a running job, as the runner processed it.
struct BulkRetryBatch
{
    // Runs the batch created, for the executor.
    std::vector<std::int64_t> newRunSeqs;
    // The last status update written (0: none).
    std::int64_t lastUpdate = 0;
    // The job is no longer RUNNING.
    bool finished = false;
};

struct RunningBulkRetryJob
{
    std::string id;
    int ratePerSecond = 0;
};

// Bulk jobs: a snapshot of FAILED runs (retry) or of PENDING and RUNNING
// runs (cancel) taken when the job starts, and the runner's progress
// through it. A retry job may start with a canary: its first retries, and
// a wait until they end, before the rest. Each item is retried through the same
// code as RetryWorkflowRun with the key "bulk:<job id>:<run id>", and marked
// done in the same transaction, so a crash never retries a run twice or
// skips one. Tenant-scoped for callers; errors are StatusError.
class BulkRetryStore
{
public:
    explicit BulkRetryStore(Database &db);

    // dry_run: the job as it would start (no id), nothing stored.
    BulkRetryStarted start(const Caller &caller, const wf::StartBulkRetryRequest &req);
    // The same for a bulk cancel (action BULK_JOB_ACTION_CANCEL).
    BulkRetryStarted startCancel(const Caller &caller, const wf::StartBulkCancelRequest &req);
    wf::BulkRetryJob get(const Caller &caller, const std::string &jobId);
    // RUNNING or PAUSED becomes CANCELLED; a job that has ended is FAILED_PRECONDITION.
    wf::BulkRetryJob cancel(const Caller &caller, const std::string &jobId);
    // PAUSED goes on with the rest (the canary is overruled); otherwise FAILED_PRECONDITION.
    wf::BulkRetryJob resume(const Caller &caller, const std::string &jobId);
    // Newest first.
    std::vector<wf::BulkRetryJob> list(const Caller &caller, const PageRequest &page, std::string *nextToken,
                                       const std::string &scope);

    // For the runner: every RUNNING job of every tenant.
    std::vector<RunningBulkRetryJob> runningJobs();
    // Retries (or skips) up to maxItems waiting items of the job in one write
    // transaction, together with the job's counters and, after the last
    // item, its completion.
    BulkRetryBatch processBatch(const std::string &jobId, int maxItems);

private:
    Database &m_db;
};

// The job in the shape every long job shares (BulkRetryJob.job): kind
// "bulk_retry", succeeded counts the retries started; planned for a dry run.
ameide_core_proto::jobs::v1::Job sharedJobOf(const wf::BulkRetryJob &job, bool planned);

} // namespace ameide::platform
