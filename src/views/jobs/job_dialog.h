#pragma once

#include "client/jobs/job.h"
#include "models/jobs/job_model.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ameide::views {

// The one progress dialog of every long server job: the plan in words, the
// job's options, a start button that names how much it will do, progress,
// stop, and a report. Closing it leaves a running job running on the
// platform. A feature gives it its words and, through options(), its fields.
class JobDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDialog)
public:
    // What the dialog says, in the feature's words.
    struct Texts
    {
        QString title;
        // What the job covers, e.g. "All failed runs matching: …".
        QString scope;
        QString planning;
        // The plan when it would do nothing (and why, when the job says).
        std::function<QString(const ameide::models::JobModel &)> nothingToDo;
        // The plan, e.g. "12 failed runs will be retried."
        std::function<QString(const ameide::models::JobModel &)> planned;
        // The start button, e.g. "&Retry 12 runs".
        std::function<QString(qint64 items)> startLabel;
        std::function<QString(const ameide::client::Job &)> running;
        std::function<QString(const ameide::client::Job &, double seconds)> succeeded;
        std::function<QString(const ameide::client::Job &)> stopped;
        // A button shown when the job has finished having done something,
        // e.g. "Show &new runs"; none when empty.
        QString showResult;
    };

    // Takes the model, and asks it for the plan at once.
    JobDialog(ameide::models::JobModel *model, Texts texts, QWidget *parent = nullptr);
    ~JobDialog() override;

    ameide::models::JobModel *model() const { return m_model; }
    // As the start button does; for keyboard users and tests.
    void confirm();
    void stop();
    void resume();

Q_SIGNALS:
    // The finished job's result was asked for (Texts::showResult); the dialog then closes.
    void showResultRequested(const ameide::client::Job &job);

protected:
    // Where a feature puts its fields; they are disabled once the job starts.
    QFormLayout *options() const { return m_options; }

private:
    void showPhase(ameide::models::JobModel::Phase phase);
    void showJob(const ameide::client::Job &job);
    void fitHeight();

    ameide::models::JobModel *m_model;
    Texts m_texts;
    QWidget *m_optionsBox = nullptr;
    QFormLayout *m_options = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_resultButton = nullptr;
};

} // namespace ameide::views
