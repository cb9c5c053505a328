#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"
#include "store/run_log_store.h"

#include <cstdint>
#include <string>

namespace ameide::platform {

// The log lines a run writes as the executor plays it, in one place so the
// seeder's history reads like what the executor writes. Each returns the
// row for RunLogWriter::append; `at` is in ms.
namespace step_log {

// Where a step's duration came from: the run's input, the step's own input,
// or the platform's default (--activity-ms).
enum class DurationSource { RunInput, StepInput, Default };

// Run level (no step): the run began; `firstStep` is where it starts (a
// retry from its failed step starts past 0).
RunLogRow runStarted(std::int64_t runSeq, std::int64_t at, int attempt, const std::string &retryOf,
                     int firstStep, int stepCount);
// INFO: the step began; its input and the run's (inputSummary) are in the fields.
RunLogRow stepStarted(std::int64_t runSeq, std::int64_t at, const wf::WorkflowStep &step, int position,
                      int stepCount, int attempt, const std::string &runInput);
// DEBUG: how long the activity is going to take, and why.
RunLogRow activityScheduled(std::int64_t runSeq, std::int64_t at, const std::string &stepId, std::int64_t durationMs,
                            DurationSource source);
// DEBUG: the activity's time is up.
RunLogRow activityReturned(std::int64_t runSeq, std::int64_t at, const std::string &stepId, std::int64_t elapsedMs);
// INFO: the step completed after durationMs.
RunLogRow stepCompleted(std::int64_t runSeq, std::int64_t at, const std::string &stepId, std::int64_t durationMs);
// WARNING: the run's input asks this step to fail (simulate_failure).
RunLogRow failureInjected(std::int64_t runSeq, std::int64_t at, const std::string &stepId, const std::string &source,
                          int attempt, int failAttempts);
// ERROR: the step failed; the message is the failure reason and the fields
// carry its context. failAttempts 0: not limited.
RunLogRow stepFailed(std::int64_t runSeq, std::int64_t at, const wf::WorkflowStep &step, int position,
                     const std::string &reason, const std::string &errorClass, int attempt, std::int64_t durationMs,
                     const std::string &source, int failAttempts);
// WARNING: the step was stopped because the run was cancelled.
RunLogRow stepCancelled(std::int64_t runSeq, std::int64_t at, const std::string &stepId, const std::string &by);
// Run level: the run ended COMPLETED (failedStep empty) or FAILED at failedStep.
RunLogRow runEnded(std::int64_t runSeq, std::int64_t at, int stepsCompleted, const std::string &failedStep,
                   std::int64_t runMs);

// "1.5 s", "320 ms", "4 min 12 s".
std::string durationText(std::int64_t ms);
// The step input in one line of compact JSON, cut to about 200 bytes.
std::string inputSummary(const google::protobuf::Struct &input);

} // namespace step_log

} // namespace ameide::platform
