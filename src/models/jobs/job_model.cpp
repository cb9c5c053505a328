#include "models/jobs/job_model.h"


namespace ameide::models {

using ameide::client::ApiResult;
using ameide::client::Job;

namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(250);

} // namespace

JobModel::JobModel(std::unique_ptr<ameide::client::JobBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_key(client::newIdempotencyKey())
{
    m_poll.setInterval(kPollInterval);
    connect(&m_poll, &QTimer::timeout, this, &JobModel::poll);
}

JobModel::~JobModel() = default;

void JobModel::plan()
{
    if (m_phase != Phase::Planning && m_phase != Phase::Confirm && m_phase != Phase::NothingToDo
        && m_phase != Phase::Failed)
        return; // the job has started: its plan is what was sent
    if (m_startAttempted)
        return; // a start may have reached the platform with the options as planned
    setPhase(Phase::Planning);
    const int generation = ++m_planGeneration;
    m_backend->plan(this, [this, generation](const ApiResult<Job> &result) {
        if (generation != m_planGeneration)
            return;
        if (!result.ok()) {
            setProblem(result.message);
            setPhase(Phase::Failed);
            return;
        }
        setProblem({});
        m_plannedItems = result.value.total - result.value.skipped;
        setJob(result.value);
        setPhase(m_plannedItems > 0 ? Phase::Confirm : Phase::NothingToDo);
    });
}

void JobModel::confirm()
{
    if (m_phase != Phase::Confirm)
        return;
    setPhase(Phase::Starting);
    m_startAttempted = true;
    setProblem({});
    m_elapsed.start();
    m_backend->start(this, m_key, [this](const ApiResult<Job> &result) {
        if (!result.ok()) {
            // The same key goes with the next press: at most one job results.
            setProblem(result.message);
            setPhase(Phase::Confirm);
            return;
        }
        setJob(result.value);
        if (result.value.isFinished()) {
            setPhase(Phase::Finished);
            Q_EMIT finished(m_job);
            return;
        }
        setPhase(Phase::Running);
        m_poll.start();
    });
}

void JobModel::stop()
{
    if (m_phase != Phase::Running || m_stopping || m_job.id.isEmpty())
        return;
    m_stopping = true;
    Q_EMIT stoppingChanged(true);
    m_backend->stop(this, m_job.id, [this](const ApiResult<Job> &result) {
        m_stopping = false;
        Q_EMIT stoppingChanged(false);
        if (!result.ok()) {
            setProblem(result.message);
            return;
        }
        setJob(result.value);
        poll();
    });
}

void JobModel::resume()
{
    if (m_phase != Phase::Running || m_resuming || m_job.state != Job::State::Paused)
        return;
    m_resuming = true;
    Q_EMIT resumingChanged(true);
    m_backend->resume(this, m_job.id, [this](const ApiResult<Job> &result) {
        m_resuming = false;
        Q_EMIT resumingChanged(false);
        if (!result.ok()) {
            setProblem(result.message);
            return;
        }
        setProblem({});
        setJob(result.value);
    });
}

void JobModel::poll()
{
    if (m_polling || m_job.id.isEmpty() || m_phase != Phase::Running)
        return;
    m_polling = true;
    m_backend->get(this, m_job.id, [this](const ApiResult<Job> &result) {
        m_polling = false;
        if (m_phase != Phase::Running)
            return;
        if (!result.ok()) {
            // The job runs on the platform; a lost answer is only a gap in the display.
            setProblem(tr("Waiting for the platform: %1").arg(result.message));
            return;
        }
        setProblem({});
        setJob(result.value);
        if (m_job.isFinished()) {
            m_poll.stop();
            setPhase(Phase::Finished);
            Q_EMIT finished(m_job);
        }
    });
}

void JobModel::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void JobModel::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

void JobModel::setJob(const Job &job)
{
    const bool pausedNow = job.state == Job::State::Paused && m_job.state != Job::State::Paused;
    m_job = job;
    Q_EMIT jobChanged(m_job);
    if (pausedNow)
        Q_EMIT paused(m_job);
}

} // namespace ameide::models
