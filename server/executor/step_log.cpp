#include "step_log.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

namespace ameide::platform::step_log {

namespace {

constexpr std::size_t kSummaryBytes = 200;

RunLogRow row(std::int64_t runSeq, std::int64_t at, const std::string &stepId, wf::RunLogLevel level,
              std::string message)
{
    RunLogRow r;
    r.runSeq = runSeq;
    r.at = at;
    r.stepId = stepId;
    r.level = level;
    r.message = std::move(message);
    return r;
}

std::string typeName(wf::WorkflowStepType type)
{
    switch (type) {
    case wf::WORKFLOW_STEP_TYPE_ACTIVITY: return "activity";
    case wf::WORKFLOW_STEP_TYPE_DECISION: return "decision";
    case wf::WORKFLOW_STEP_TYPE_PARALLEL: return "parallel";
    default: return "unspecified";
    }
}

const char *sourceText(DurationSource source)
{
    switch (source) {
    case DurationSource::RunInput: return "duration_ms of the run input";
    case DurationSource::StepInput: return "duration_ms of the step input";
    case DurationSource::Default: return "the platform's default activity time";
    }
    return "";
}

// Cuts UTF-8 text to at most `bytes`, on a character boundary, marking the cut.
std::string cut(std::string text, std::size_t bytes)
{
    if (text.size() <= bytes)
        return text;
    std::size_t end = bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80)
        --end;
    text.resize(end);
    text += "…";
    return text;
}

} // namespace

std::string durationText(std::int64_t ms)
{
    if (ms < 1000)
        return std::to_string(ms) + " ms";
    if (ms < std::int64_t{60} * 1000) {
        const std::int64_t tenths = ms / 100;
        return std::to_string(tenths / 10) + '.' + std::to_string(tenths % 10) + " s";
    }
    const std::int64_t s = ms / 1000;
    if (s < 3600)
        return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
    return std::to_string(s / 3600) + " h " + std::to_string((s / 60) % 60) + " min";
}

std::string inputSummary(const google::protobuf::Struct &input)
{
    if (input.fields().empty())
        return "{}";
    std::string json;
    if (!google::protobuf::util::MessageToJsonString(input, &json).ok())
        return "{}";
    return cut(std::move(json), kSummaryBytes);
}

RunLogRow runStarted(std::int64_t runSeq, std::int64_t at, int attempt, const std::string &retryOf, int firstStep,
                     int stepCount)
{
    std::string message = "run started, attempt " + std::to_string(attempt);
    if (firstStep > 0)
        message += ", from step " + std::to_string(firstStep + 1) + " of " + std::to_string(stepCount)
            + " (the steps before it carried over)";
    auto r = row(runSeq, at, {}, wf::RUN_LOG_LEVEL_INFO, std::move(message));
    r.fields.emplace_back("attempt", std::to_string(attempt));
    r.fields.emplace_back("steps", std::to_string(stepCount));
    if (!retryOf.empty())
        r.fields.emplace_back("retry_of_run_id", retryOf);
    return r;
}

RunLogRow stepStarted(std::int64_t runSeq, std::int64_t at, const wf::WorkflowStep &step, int position,
                      int stepCount, int attempt, const std::string &runInput)
{
    auto r = row(runSeq, at, step.id(), wf::RUN_LOG_LEVEL_INFO,
                 "step " + step.id() + " started (" + std::to_string(position + 1) + " of "
                     + std::to_string(stepCount) + "): " + (step.name().empty() ? step.id() : step.name()));
    r.fields.emplace_back("step_name", step.name());
    r.fields.emplace_back("step_type", typeName(step.type()));
    r.fields.emplace_back("position", std::to_string(position + 1) + " of " + std::to_string(stepCount));
    r.fields.emplace_back("attempt", std::to_string(attempt));
    r.fields.emplace_back("input", inputSummary(step.input()));
    r.fields.emplace_back("run_input", cut(runInput, kSummaryBytes));
    return r;
}

RunLogRow activityScheduled(std::int64_t runSeq, std::int64_t at, const std::string &stepId, std::int64_t durationMs,
                            DurationSource source)
{
    auto r = row(runSeq, at, stepId, wf::RUN_LOG_LEVEL_DEBUG,
                 "activity scheduled to take " + durationText(durationMs) + " (" + sourceText(source) + ")");
    r.fields.emplace_back("duration_ms", std::to_string(durationMs));
    return r;
}

RunLogRow activityReturned(std::int64_t runSeq, std::int64_t at, const std::string &stepId, std::int64_t elapsedMs)
{
    auto r = row(runSeq, at, stepId, wf::RUN_LOG_LEVEL_DEBUG, "activity returned after " + durationText(elapsedMs));
    r.fields.emplace_back("elapsed_ms", std::to_string(elapsedMs));
    return r;
}

RunLogRow stepCompleted(std::int64_t runSeq, std::int64_t at, const std::string &stepId, std::int64_t durationMs)
{
    auto r = row(runSeq, at, stepId, wf::RUN_LOG_LEVEL_INFO,
                 "step " + stepId + " completed in " + durationText(durationMs));
    r.fields.emplace_back("duration_ms", std::to_string(durationMs));
    return r;
}

RunLogRow failureInjected(std::int64_t runSeq, std::int64_t at, const std::string &stepId, const std::string &source,
                          int attempt, int failAttempts)
{
    std::string message = "simulate_failure in the " + source + " names this step: failing it";
    if (failAttempts > 0)
        message += " (attempt " + std::to_string(attempt) + ", fail_attempts " + std::to_string(failAttempts) + ")";
    auto r = row(runSeq, at, stepId, wf::RUN_LOG_LEVEL_WARNING, std::move(message));
    r.fields.emplace_back("failure_source", source);
    if (failAttempts > 0)
        r.fields.emplace_back("fail_attempts", std::to_string(failAttempts));
    return r;
}

RunLogRow stepFailed(std::int64_t runSeq, std::int64_t at, const wf::WorkflowStep &step, int position,
                     const std::string &reason, const std::string &errorClass, int attempt, std::int64_t durationMs,
                     const std::string &source, int failAttempts)
{
    auto r = row(runSeq, at, step.id(), wf::RUN_LOG_LEVEL_ERROR, reason);
    r.fields.emplace_back("error_class", errorClass);
    r.fields.emplace_back("step_name", step.name());
    r.fields.emplace_back("step_type", typeName(step.type()));
    r.fields.emplace_back("position", std::to_string(position + 1));
    r.fields.emplace_back("attempt", std::to_string(attempt));
    r.fields.emplace_back("duration_ms", std::to_string(durationMs));
    if (!source.empty())
        r.fields.emplace_back("failure_source", source);
    if (failAttempts > 0)
        r.fields.emplace_back("fail_attempts", std::to_string(failAttempts));
    return r;
}

RunLogRow stepCancelled(std::int64_t runSeq, std::int64_t at, const std::string &stepId, const std::string &by)
{
    auto r = row(runSeq, at, stepId, wf::RUN_LOG_LEVEL_WARNING,
                 "step " + stepId + " stopped: the run was cancelled" + (by.empty() ? "" : " by " + by));
    if (!by.empty())
        r.fields.emplace_back("cancelled_by", by);
    return r;
}

RunLogRow runEnded(std::int64_t runSeq, std::int64_t at, int stepsCompleted, const std::string &failedStep,
                   std::int64_t runMs)
{
    const bool failed = !failedStep.empty();
    auto r = row(runSeq, at, {}, failed ? wf::RUN_LOG_LEVEL_WARNING : wf::RUN_LOG_LEVEL_INFO,
                 failed ? "run failed at step " + failedStep + " after " + durationText(runMs)
                        : "run completed: " + std::to_string(stepsCompleted) + " steps in " + durationText(runMs));
    r.fields.emplace_back("steps_completed", std::to_string(stepsCompleted));
    r.fields.emplace_back("duration_ms", std::to_string(runMs));
    if (failed)
        r.fields.emplace_back("failed_step_id", failedStep);
    return r;
}

} // namespace ameide::platform::step_log
