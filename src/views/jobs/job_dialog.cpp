#include "views/jobs/job_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ameide::views {

using ameide::client::Job;
using ameide::models::JobModel;

JobDialog::JobDialog(JobModel *model, Texts texts, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_texts(std::move(texts))
{
    m_model->setParent(this);
    setObjectName(QStringLiteral("jobDialog"));
    setWindowTitle(m_texts.title);
    setAccessibleName(m_texts.title);
    auto *layout = new QVBoxLayout(this);

    auto *scope = new QLabel(m_texts.scope, this);
    scope->setObjectName(QStringLiteral("jobScope"));
    scope->setWordWrap(true);
    layout->addWidget(scope);

    m_summary = new QLabel(m_texts.planning, this);
    m_summary->setObjectName(QStringLiteral("jobSummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_optionsBox = new QWidget(this);
    m_options = new QFormLayout(m_optionsBox);
    m_options->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_optionsBox);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("jobStatus"));
    m_status->setAccessibleName(tr("Job status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("jobStart"));
    m_startButton->setAccessibleName(tr("Start the job"));
    m_startButton->setEnabled(false);
    // Enter never starts a job: the person clicks the button that names how
    // much it will do, or tabs to it and presses Space. Enter closes.
    m_startButton->setAutoDefault(false);
    m_stopButton = buttons->addButton(tr("&Stop job"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("jobStop"));
    m_stopButton->setAccessibleName(tr("Stop the job"));
    m_stopButton->setVisible(false);
    // Only for a paused job, never the default and without a mnemonic: going
    // on after a failed canary is a decision, not a keypress.
    m_resumeButton = buttons->addButton(tr("Resume anyway"), QDialogButtonBox::ActionRole);
    m_resumeButton->setObjectName(QStringLiteral("jobResume"));
    m_resumeButton->setAccessibleName(tr("Resume the paused job"));
    m_resumeButton->setToolTip(tr("Go on with the rest of the job although it paused (for example because its "
                                  "canary failed again)."));
    m_resumeButton->setAutoDefault(false);
    m_resumeButton->setVisible(false);
    m_resultButton = buttons->addButton(m_texts.showResult.isEmpty() ? tr("Show") : m_texts.showResult,
                                        QDialogButtonBox::ActionRole);
    m_resultButton->setObjectName(QStringLiteral("jobShowResult"));
    m_resultButton->setAccessibleName(QString(m_texts.showResult).remove(QLatin1Char('&')));
    m_resultButton->setVisible(false);
    connect(m_resultButton, &QPushButton::clicked, this, [this] {
        Q_EMIT showResultRequested(m_model->job());
        accept();
    });
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setDefault(true);
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setToolTip(tr("A running job goes on on the platform after this window closes."));
    layout->addWidget(buttons);
    connect(m_startButton, &QPushButton::clicked, this, &JobDialog::confirm);
    connect(m_stopButton, &QPushButton::clicked, this, &JobDialog::stop);
    connect(m_resumeButton, &QPushButton::clicked, this, &JobDialog::resume);
    connect(m_model, &JobModel::resumingChanged, this, [this](bool resuming) {
        m_resumeButton->setEnabled(!resuming);
    });
    connect(m_closeButton, &QPushButton::clicked, this, &JobDialog::reject);

    connect(m_model, &JobModel::phaseChanged, this, &JobDialog::showPhase);
    connect(m_model, &JobModel::jobChanged, this, &JobDialog::showJob);
    // A stop the platform did not take can be asked for again.
    connect(m_model, &JobModel::stoppingChanged, this, [this](bool stopping) {
        m_stopButton->setEnabled(!stopping && m_model->phase() == JobModel::Phase::Running);
    });
    connect(m_model, &JobModel::problemChanged, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            m_status->setText(problem);
    });
    resize(520, sizeHint().height());
    m_model->plan();
}

JobDialog::~JobDialog() = default;

void JobDialog::confirm()
{
    if (m_model->phase() != JobModel::Phase::Confirm)
        return;
    m_startButton->setEnabled(false);
    m_optionsBox->setEnabled(false);
    m_status->setText(tr("Starting the job…"));
    m_model->confirm();
}

void JobDialog::stop()
{
    if (m_model->phase() != JobModel::Phase::Running)
        return;
    m_stopButton->setEnabled(false);
    m_model->stop();
}

void JobDialog::resume()
{
    if (m_model->job().state != Job::State::Paused)
        return;
    m_resumeButton->setEnabled(false);
    m_model->resume();
}

void JobDialog::showPhase(JobModel::Phase phase)
{
    // The button box shows its buttons again when it lays them out: say it each time.
    m_stopButton->setVisible(phase == JobModel::Phase::Running);
    m_resumeButton->setVisible(phase == JobModel::Phase::Running && m_model->job().state == Job::State::Paused);
    m_resultButton->setVisible(phase == JobModel::Phase::Finished && !m_texts.showResult.isEmpty()
                               && m_model->job().succeeded > 0);
    switch (phase) {
    case JobModel::Phase::Planning:
        m_summary->setText(m_texts.planning);
        m_startButton->setEnabled(false);
        break;
    case JobModel::Phase::Confirm:
        m_summary->setText(m_texts.planned(*m_model));
        m_startButton->setText(m_texts.startLabel(m_model->plannedItems()));
        m_startButton->setEnabled(true);
        // After a start whose answer was lost, the options stay as sent:
        // the same key returns that job, with those options.
        m_optionsBox->setEnabled(!m_model->startAttempted());
        m_closeButton->setFocus();
        break;
    case JobModel::Phase::NothingToDo:
        m_summary->setText(m_texts.nothingToDo(*m_model));
        m_closeButton->setFocus();
        break;
    case JobModel::Phase::Failed:
        m_summary->setText(tr("The job could not be planned."));
        m_status->setText(m_model->problem());
        break;
    case JobModel::Phase::Starting: break;
    case JobModel::Phase::Running:
        m_progress->setVisible(true);
        m_stopButton->setVisible(true);
        m_stopButton->setEnabled(true);
        m_startButton->setVisible(false);
        break;
    case JobModel::Phase::Finished:
        m_stopButton->setVisible(false);
        m_startButton->setVisible(false);
        m_status->setText(tr("Job %1").arg(m_model->job().id));
        m_closeButton->setFocus();
        break;
    }
    fitHeight();
}

void JobDialog::fitHeight()
{
    // Longer words (a plan with its reasons, a report, a start button that
    // names the count) make the dialog taller and the button wider at once.
    if (QLayout *buttons = m_startButton->parentWidget()->layout())
        buttons->activate();
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void JobDialog::showJob(const Job &job)
{
    if (m_model->phase() == JobModel::Phase::Planning)
        return;
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, job.total)));
    m_progress->setValue(static_cast<int>(job.processed));
    m_resumeButton->setVisible(m_model->phase() == JobModel::Phase::Running && job.state == Job::State::Paused);
    switch (job.state) {
    case Job::State::Running:
        m_status->setText(job.phase.isEmpty() ? m_texts.running(job)
                                              : m_texts.running(job) + QLatin1Char('\n') + job.phase);
        break;
    case Job::State::Paused:
        m_summary->setText(tr("Paused: %1").arg(job.message));
        // Not the running text: nothing moves until someone resumes or stops it.
        m_status->setText(tr("Paused after %1 of %2; %n waiting for you to resume or stop the job.", nullptr,
                             static_cast<int>(std::max<qint64>(0, job.total - job.processed)))
                              .arg(job.processed)
                              .arg(job.total));
        m_closeButton->setFocus();
        break;
    case Job::State::Succeeded:
        m_summary->setText(m_texts.succeeded(job, static_cast<double>(m_model->elapsedMillis()) / 1000.0));
        break;
    case Job::State::Stopped:
    case Job::State::Failed:
        m_summary->setText(m_texts.stopped(job));
        break;
    default: break;
    }
    fitHeight();
}

} // namespace ameide::views
