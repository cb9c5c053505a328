#pragma once

#include "client/jobs/job.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace ameide::models {

// One long server job from count to report, the same for every kind:
// it is planned first (nothing stored), the person confirms, it starts once
// under an idempotency key made here (pressing again after an error cannot
// start a second one), its progress is followed, it can be stopped, and it
// ends with a report. The job lives on the platform: dropping this model
// does not stop it.
class JobModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobModel)
public:
    enum class Phase {
        Planning,
        // Planned; waiting for the person to confirm.
        Confirm,
        // The plan found nothing to do.
        NothingToDo,
        Starting,
        Running,
        Finished,
        // Planning failed; nothing was started.
        Failed,
    };
    Q_ENUM(Phase)

    explicit JobModel(std::unique_ptr<ameide::client::JobBackend> backend, QObject *parent = nullptr);
    ~JobModel() override;

    ameide::client::JobBackend *backend() const { return m_backend.get(); }

    // Asks for the plan; the phase then moves to Confirm, NothingToDo or Failed.
    void plan();
    // Starts the job (only in Confirm, or again after a start that failed).
    void confirm();
    // Asks the platform to stop the running (or paused) job.
    void stop();
    // Asks the platform to go on with a paused job (its canary is overruled).
    void resume();

    Phase phase() const { return m_phase; }
    // The plan, then the job as last read.
    const ameide::client::Job &job() const { return m_job; }
    // Items the plan would act on (the total less what it would skip).
    qint64 plannedItems() const { return m_plannedItems; }
    // The last problem (a failed start, a lost poll); empty when none.
    QString problem() const { return m_problem; }
    // Milliseconds since the job was confirmed.
    qint64 elapsedMillis() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    // A start was asked for: its options are the job's from then on, even
    // when the answer was lost and the person confirms again.
    bool startAttempted() const { return m_startAttempted; }

Q_SIGNALS:
    void phaseChanged(ameide::models::JobModel::Phase phase);
    void jobChanged(const ameide::client::Job &job);
    void problemChanged(const QString &problem);
    // A stop was asked for, or its answer came back (stopping false).
    void stoppingChanged(bool stopping);
    // The same for a resume.
    void resumingChanged(bool resuming);
    // The job paused and waits for a person (Job::message says why).
    void paused(const ameide::client::Job &job);
    void finished(const ameide::client::Job &job);

private:
    void poll();
    void setPhase(Phase phase);
    void setProblem(const QString &problem);
    void setJob(const ameide::client::Job &job);

    std::unique_ptr<ameide::client::JobBackend> m_backend;
    QString m_key;
    Phase m_phase = Phase::Planning;
    ameide::client::Job m_job;
    qint64 m_plannedItems = 0;
    QString m_problem;
    bool m_stopping = false;
    bool m_resuming = false;
    bool m_startAttempted = false;
    // Only the answer to the latest plan() counts (options can change and re-plan).
    int m_planGeneration = 0;
    bool m_polling = false;
    QElapsedTimer m_elapsed;
    QTimer m_poll;
};

} // namespace ameide::models
