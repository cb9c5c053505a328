#include "run_executor.h"

#include "core/clock.h"
#include "core/failure_signature.h"
#include "step_log.h"
#include "store/database.h"
#include "store/run_log_store.h"
#include "store/run_writer.h"
#include "store/update_feed.h"
#include "store/workflow_store.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <spdlog/spdlog.h>

#include <SQLiteCpp/Savepoint.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace ameide::platform {

namespace {

namespace wf = ameide_core_proto::workflows_runtime::v1;
using google::protobuf::Struct;
using google::protobuf::Value;

constexpr std::chrono::seconds kStuckRunRetry{30};
// The longest the worker sleeps before looking at its queue again.
constexpr std::int64_t kMaxWaitMs = std::int64_t{60} * 60 * 1000;

const Value *field(const Struct &s, const std::string &name)
{
    // An unset input is Struct's shared default instance; never probe its map
    // (with Debian's protobuf its table can be unset in sanitizer builds).
    if (s.fields().empty())
        return nullptr;
    auto it = s.fields().find(name);
    return it == s.fields().end() ? nullptr : &it->second;
}

std::string stringField(const Struct &s, const std::string &name)
{
    const Value *v = field(s, name);
    return v && v->kind_case() == Value::kStringValue ? v->string_value() : std::string();
}

double numberField(const Struct &s, const std::string &name, double fallback)
{
    const Value *v = field(s, name);
    return v && v->kind_case() == Value::kNumberValue ? v->number_value() : fallback;
}

struct StepOutcome
{
    bool fails = false;
    std::string reason;
    std::string errorClass;
    // For the log: which input asked for the failure, and its fail_attempts (0: none).
    std::string source;
    int failAttempts = 0;
};

StepOutcome decide(const wf::WorkflowStep &step, const Struct &runInput, int attempt)
{
    StepOutcome out;
    const Value *own = field(step.input(), "simulate_failure");
    const bool ownFails = own && own->kind_case() == Value::kBoolValue && own->bool_value();
    const bool runFails = stringField(runInput, "simulate_failure") == step.id();
    if (!ownFails && !runFails)
        return out;
    const double failAttempts = numberField(runInput, "fail_attempts", 0);
    if (failAttempts > 0 && attempt > failAttempts)
        return out;
    out.fails = true;
    out.source = ownFails ? "step input" : "run input";
    out.failAttempts = failAttempts > 0 ? static_cast<int>(std::min(failAttempts, 1e9)) : 0;
    out.reason = stringField(step.input(), "failure_reason");
    if (out.reason.empty())
        out.reason = stringField(runInput, "failure_reason");
    if (out.reason.empty())
        out.reason = "simulated failure in step " + step.id();
    out.errorClass = stringField(step.input(), "error_class");
    if (out.errorClass.empty())
        out.errorClass = stringField(runInput, "error_class");
    if (out.errorClass.empty())
        out.errorClass = "SimulatedFailure";
    return out;
}

// The longest a step can take (about 100 years): duration_ms comes from clients,
// and a larger value (or NaN) would overflow the due time and the executor's wait.
constexpr double kMaxStepMs = 100.0 * 365 * 24 * 60 * 60 * 1000;

std::int64_t stepDuration(const wf::WorkflowStep &step, const Struct &runInput, std::chrono::milliseconds fallback)
{
    const double own = numberField(step.input(), "duration_ms", static_cast<double>(fallback.count()));
    const double ms = numberField(runInput, "duration_ms", own);
    if (!(ms > 0)) // negative, zero or NaN
        return 0;
    return static_cast<std::int64_t>(std::min(ms, kMaxStepMs));
}

step_log::DurationSource durationSource(const wf::WorkflowStep &step, const Struct &runInput)
{
    const Value *run = field(runInput, "duration_ms");
    if (run && run->kind_case() == Value::kNumberValue)
        return step_log::DurationSource::RunInput;
    const Value *own = field(step.input(), "duration_ms");
    if (own && own->kind_case() == Value::kNumberValue)
        return step_log::DurationSource::StepInput;
    return step_log::DurationSource::Default;
}

} // namespace

struct RunExecutor::Writer
{
    explicit Writer(SQLite::Database &connection)
        : db(connection)
        , rows(connection)
        , logs(connection)
        , run(connection, "SELECT status, current_step, definition_id, version_number, input, tenant_id, attempt,"
                          " COALESCE(step_due_at, 0), retry_of_run_id, COALESCE(started_at, 0)"
                          " FROM workflow_runs WHERE seq = ?")
        , stepStarted(connection, "UPDATE workflow_run_steps SET status = ?, started_at = ?, ended_at = NULL,"
                                  " failure_reason = ?, error_class = ? WHERE run_seq = ? AND position = ?")
        , stepEnded(connection, "UPDATE workflow_run_steps SET status = ?, ended_at = ?,"
                                " failure_reason = ?, error_class = ? WHERE run_seq = ? AND position = ?")
        , runStarted(connection, "UPDATE workflow_runs SET status = ?, started_at = ? WHERE seq = ?")
        , stepDue(connection, "UPDATE workflow_runs SET current_step = ?, step_due_at = ? WHERE seq = ?")
        , runEnded(connection, "UPDATE workflow_runs SET status = ?, ended_at = ?, step_due_at = NULL, output = ?,"
                               " failure_reason = ?, error_class = ?, failed_step_id = ?, failure_signature = ?"
                               " WHERE seq = ?")
    {
    }

    // A statement ready for new bindings (the previous use may have thrown halfway).
    static SQLite::Statement &use(SQLite::Statement &q)
    {
        q.reset();
        q.clearBindings();
        return q;
    }

    void setStep(std::int64_t runSeq, int position, wf::WorkflowStepStatus status, std::int64_t now,
                 const StepOutcome *outcome = nullptr)
    {
        auto &q = use(status == wf::WORKFLOW_STEP_STATUS_RUNNING ? stepStarted : stepEnded);
        q.bind(1, static_cast<int>(status));
        q.bind(2, now);
        q.bind(3, outcome ? outcome->reason : std::string());
        q.bind(4, outcome ? outcome->errorClass : std::string());
        q.bind(5, runSeq);
        q.bind(6, position);
        q.exec();
    }

    SQLite::Database &db;
    RunWriter rows;
    RunLogWriter logs;
    SQLite::Statement run;
    SQLite::Statement stepStarted;
    SQLite::Statement stepEnded;
    SQLite::Statement runStarted;
    SQLite::Statement stepDue;
    SQLite::Statement runEnded;
};

RunExecutor::RunExecutor(Database &db, UpdateFeed &feed, ExecutorOptions options)
    : m_db(db)
    , m_feed(feed)
    , m_options(options)
{
}

RunExecutor::~RunExecutor()
{
    stop();
}

void RunExecutor::start()
{
    recover();
    m_thread = std::thread([this] { loop(); });
}

void RunExecutor::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RunExecutor::schedule(std::int64_t runSeq)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace(nowMs(), runSeq);
    }
    m_cv.notify_all();
}

void RunExecutor::recover()
{
    auto due = m_db.read([](SQLite::Database &db) {
        std::vector<Due> out;
        SQLite::Statement q(db, "SELECT seq, COALESCE(step_due_at, 0) FROM workflow_runs WHERE status IN (1, 2)");
        while (q.executeStep())
            out.emplace_back(q.getColumn(1).getInt64(), q.getColumn(0).getInt64());
        return out;
    });
    std::lock_guard lock(m_mutex);
    for (const auto &d : due)
        m_queue.push(d);
    if (!due.empty())
        spdlog::info("resuming {} workflow runs that were in flight", due.size());
}

void RunExecutor::loop()
{
    std::vector<Due> batch;
    while (true) {
        batch.clear();
        {
            std::unique_lock lock(m_mutex);
            while (!m_stopping) {
                const auto now = nowMs();
                if (!m_queue.empty() && m_queue.top().first <= now)
                    break;
                if (m_queue.empty())
                    m_cv.wait(lock);
                else
                    // Bounded, so a due time stored before durations were capped cannot overflow the wait.
                    m_cv.wait_for(lock, std::chrono::milliseconds(
                                            std::min<std::int64_t>(m_queue.top().first - now, kMaxWaitMs)));
            }
            if (m_stopping)
                return;
            const auto now = nowMs();
            while (!m_queue.empty() && m_queue.top().first <= now
                   && static_cast<int>(batch.size()) < m_options.maxBatch) {
                batch.push_back(m_queue.top());
                m_queue.pop();
            }
        }

        std::vector<Due> next;
        std::int64_t lastUpdate = 0;
        std::size_t advanced = 0;
        try {
            m_db.write([&](SQLite::Database &db) {
                const auto now = nowMs();
                const auto deadline = std::chrono::steady_clock::now() + m_options.maxTransaction;
                // One writer for the batch: its statements are prepared once.
                Writer w(db);
                for (const auto &[dueAt, seq] : batch) {
                    // The rest of a long batch goes in the next transaction, after any writer waiting.
                    if (advanced > 0 && std::chrono::steady_clock::now() >= deadline)
                        break;
                    ++advanced;
                    // One run that cannot advance (a damaged spec, say) must not hold back the others.
                    SQLite::Savepoint savepoint(db, "advance_run");
                    try {
                        const auto due = advance(w, seq, now, &lastUpdate);
                        savepoint.release();
                        if (due > 0)
                            next.emplace_back(due, seq);
                    } catch (const std::exception &e) {
                        savepoint.rollback();
                        db.exec("RELEASE SAVEPOINT advance_run");
                        w.logs.forget();
                        spdlog::error("run executor: run {} cannot advance, retrying in {} s: {}", seq,
                                      kStuckRunRetry.count(), e.what());
                        next.emplace_back(now + std::chrono::milliseconds(kStuckRunRetry).count(), seq);
                    }
                }
            });
        } catch (const std::exception &e) {
            // The transaction rolled back: nothing changed, so try the same runs again shortly.
            spdlog::error("run executor: {}", e.what());
            next.clear();
            const auto retryAt = nowMs() + 1000;
            for (const auto &d : batch)
                next.emplace_back(retryAt, d.second);
            advanced = batch.size();
        }
        if (lastUpdate > 0)
            m_feed.publish(lastUpdate);
        std::lock_guard lock(m_mutex);
        for (const auto &d : next)
            m_queue.push(d);
        // Runs the transaction left for the next one keep their due time.
        for (std::size_t i = advanced; i < batch.size(); ++i)
            m_queue.push(batch[i]);
    }
}

const wf::WorkflowSpec &RunExecutor::spec(SQLite::Database &db, const std::string &definitionId, int version)
{
    const auto key = std::make_pair(definitionId, version);
    auto it = m_specs.find(key);
    if (it == m_specs.end())
        it = m_specs.emplace(key, loadSpec(db, definitionId, version)).first;
    return it->second;
}

std::int64_t RunExecutor::advance(Writer &w, std::int64_t runSeq, std::int64_t now, std::int64_t *lastUpdate)
{
    SQLite::Database &db = w.db;
    RunLogWriter &logs = w.logs;
    auto &q = Writer::use(w.run);
    q.bind(1, runSeq);
    if (!q.executeStep())
        return 0;
    const auto status = static_cast<wf::WorkflowRunStatus>(q.getColumn(0).getInt());
    const int current = q.getColumn(1).getInt();
    const std::string definitionId = q.getColumn(2).getString();
    const int version = q.getColumn(3).getInt();
    const std::string inputJson = q.getColumn(4).getString();
    const std::string tenantId = q.getColumn(5).getString();
    const int attempt = q.getColumn(6).getInt();
    const std::int64_t dueAt = q.getColumn(7).getInt64();
    const std::string retryOf = q.getColumn(8).getString();
    const std::int64_t runStartedAt = status == wf::WORKFLOW_RUN_STATUS_PENDING ? now : q.getColumn(9).getInt64();
    q.reset();
    if (status != wf::WORKFLOW_RUN_STATUS_PENDING && status != wf::WORKFLOW_RUN_STATUS_RUNNING)
        return 0;
    // A run cancelled and re-queued, or queued twice, is not advanced early.
    if (status == wf::WORKFLOW_RUN_STATUS_RUNNING && dueAt > now)
        return dueAt;

    Struct input;
    if (!inputJson.empty())
        (void)google::protobuf::util::JsonStringToMessage(inputJson, &input);
    const auto &steps = spec(db, definitionId, version).steps();

    auto emit = [&](wf::WorkflowRunStatus runStatus, const std::string &stepId, wf::WorkflowStepStatus stepStatus,
                    const std::string &message, const StepOutcome *outcome = nullptr) {
        StatusUpdateRow u;
        u.tenantId = tenantId;
        u.runSeq = runSeq;
        u.runStatus = runStatus;
        u.stepId = stepId;
        u.stepStatus = stepStatus;
        u.message = message;
        if (outcome) {
            u.failureReason = outcome->reason;
            u.errorClass = outcome->errorClass;
        }
        u.occurredAt = now;
        *lastUpdate = w.rows.appendStatusUpdate(u);
    };
    auto startStep = [&](int position) {
        const auto &step = steps.Get(position);
        w.setStep(runSeq, position, wf::WORKFLOW_STEP_STATUS_RUNNING, now);
        emit(wf::WORKFLOW_RUN_STATUS_RUNNING, step.id(), wf::WORKFLOW_STEP_STATUS_RUNNING, "step started");
        const std::int64_t duration = stepDuration(step, input, m_options.defaultActivity);
        logs.append(step_log::stepStarted(runSeq, now, step, position, steps.size(), attempt,
                                          inputJson.empty() ? std::string("{}") : inputJson));
        logs.append(step_log::activityScheduled(runSeq, now, step.id(), duration, durationSource(step, input)));
        const std::int64_t due = now + duration;
        auto &u = Writer::use(w.stepDue);
        u.bind(1, position);
        u.bind(2, due);
        u.bind(3, runSeq);
        u.exec();
        return due;
    };
    auto finishRun = [&](wf::WorkflowRunStatus final, const StepOutcome *outcome, const std::string &stepId) {
        Struct output;
        (*output.mutable_fields())["steps_completed"].set_number_value(
            final == wf::WORKFLOW_RUN_STATUS_COMPLETED ? steps.size() : current);
        std::string outputJson;
        (void)google::protobuf::util::MessageToJsonString(output, &outputJson);
        auto &u = Writer::use(w.runEnded);
        u.bind(1, static_cast<int>(final));
        u.bind(2, now);
        u.bind(3, outputJson);
        u.bind(4, outcome ? outcome->reason : std::string());
        u.bind(5, outcome ? outcome->errorClass : std::string());
        u.bind(6, outcome ? stepId : std::string());
        u.bind(7, outcome ? failureSignature(stepId, outcome->errorClass, outcome->reason) : std::string());
        u.bind(8, runSeq);
        u.exec();
        if (final == wf::WORKFLOW_RUN_STATUS_COMPLETED)
            w.rows.markChainRecovered(runSeq);
        emit(final, stepId, outcome ? wf::WORKFLOW_STEP_STATUS_FAILED : wf::WORKFLOW_STEP_STATUS_UNSPECIFIED,
             final == wf::WORKFLOW_RUN_STATUS_COMPLETED ? "run completed" : "run failed", outcome);
        logs.append(step_log::runEnded(runSeq, now, final == wf::WORKFLOW_RUN_STATUS_COMPLETED ? steps.size() : current,
                                       outcome ? stepId : std::string(), std::max<std::int64_t>(0, now - runStartedAt)));
        return std::int64_t{0};
    };

    if (status == wf::WORKFLOW_RUN_STATUS_PENDING) {
        auto &u = Writer::use(w.runStarted);
        u.bind(1, static_cast<int>(wf::WORKFLOW_RUN_STATUS_RUNNING));
        u.bind(2, now);
        u.bind(3, runSeq);
        u.exec();
        emit(wf::WORKFLOW_RUN_STATUS_RUNNING, {}, wf::WORKFLOW_STEP_STATUS_UNSPECIFIED, "run started");
        logs.append(step_log::runStarted(runSeq, now, attempt, retryOf, current, steps.size()));
        // A retry from its failed step starts there (current_step); the steps
        // before it were carried over when it was created.
        if (current < 0 || current >= steps.size())
            return finishRun(wf::WORKFLOW_RUN_STATUS_COMPLETED, nullptr, {});
        return startStep(current);
    }

    if (current < 0 || current >= steps.size())
        return finishRun(wf::WORKFLOW_RUN_STATUS_COMPLETED, nullptr, {});
    const auto &step = steps.Get(current);
    const StepOutcome outcome = decide(step, input, attempt);
    // The step began when its due time less its duration; a batch may reach it a little late.
    const std::int64_t planned = stepDuration(step, input, m_options.defaultActivity);
    const std::int64_t elapsed = dueAt > 0 ? std::max<std::int64_t>(0, now - (dueAt - planned)) : planned;
    logs.append(step_log::activityReturned(runSeq, now, step.id(), elapsed));
    if (outcome.fails) {
        logs.append(step_log::failureInjected(runSeq, now, step.id(), outcome.source, attempt, outcome.failAttempts));
        logs.append(step_log::stepFailed(runSeq, now, step, current, outcome.reason, outcome.errorClass, attempt,
                                         elapsed, outcome.source, outcome.failAttempts));
        w.setStep(runSeq, current, wf::WORKFLOW_STEP_STATUS_FAILED, now, &outcome);
        emit(wf::WORKFLOW_RUN_STATUS_RUNNING, step.id(), wf::WORKFLOW_STEP_STATUS_FAILED, "step failed", &outcome);
        return finishRun(wf::WORKFLOW_RUN_STATUS_FAILED, &outcome, step.id());
    }
    w.setStep(runSeq, current, wf::WORKFLOW_STEP_STATUS_COMPLETED, now);
    emit(wf::WORKFLOW_RUN_STATUS_RUNNING, step.id(), wf::WORKFLOW_STEP_STATUS_COMPLETED, "step completed");
    logs.append(step_log::stepCompleted(runSeq, now, step.id(), elapsed));
    if (current + 1 < steps.size())
        return startStep(current + 1);
    return finishRun(wf::WORKFLOW_RUN_STATUS_COMPLETED, nullptr, {});
}

} // namespace ameide::platform
