#include "models/jobs/job_list_model.h"

#include "models/runs/run_text.h"

#include <QSet>

#include <algorithm>

namespace ameide::models {

using ameide::client::ApiResult;
using ameide::client::Job;
using ameide::client::JobPage;

JobListModel::JobListModel(std::unique_ptr<ameide::client::JobBackend> backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(std::move(backend))
{
    m_timer.setInterval(kRefreshInterval);
    connect(&m_timer, &QTimer::timeout, this, &JobListModel::refresh);
}

JobListModel::~JobListModel() = default;

void JobListModel::setActive(bool active)
{
    if (active == m_timer.isActive())
        return;
    if (active) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
}

void JobListModel::refresh()
{
    if (m_loading)
        return; // one read at a time; the timer asks again
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_backend->list(this, {}, kPageSize, [this](const ApiResult<JobPage> &result) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
        const QString error = result.ok() ? QString() : result.message;
        if (error != m_error) {
            m_error = error;
            Q_EMIT errorChanged(m_error);
        }
        if (!result.ok())
            return; // keep what is shown; the next tick tries again
        apply(result.value.jobs);
        m_loaded = true;
        Q_EMIT refreshed();
    });
}

void JobListModel::apply(const QList<Job> &jobs)
{
    m_now = QDateTime::currentDateTimeUtc();
    QSet<QString> wasRunning;
    for (const auto &job : m_jobs) {
        if (job.state == Job::State::Running)
            wasRunning.insert(job.id);
    }
    bool sameRows = jobs.size() == m_jobs.size();
    for (int i = 0; sameRows && i < jobs.size(); ++i)
        sameRows = jobs[i].id == m_jobs[i].id;
    if (sameRows) {
        m_jobs = jobs;
        if (!m_jobs.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
    }
    for (const auto &job : jobs) {
        if (job.isFinished() && wasRunning.contains(job.id))
            Q_EMIT jobEnded(job);
        else if (job.state == Job::State::Paused && wasRunning.contains(job.id))
            Q_EMIT jobPaused(job);
    }
}

const Job *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs[row] : nullptr;
}

int JobListModel::rowOfJob(const QString &jobId) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].id == jobId)
            return i;
    }
    return -1;
}

int JobListModel::runningCount() const
{
    return static_cast<int>(
        std::count_if(m_jobs.begin(), m_jobs.end(), [](const Job &job) { return job.state == Job::State::Running; }));
}

void JobListModel::resume(const QString &jobId)
{
    m_backend->resume(this, jobId, [this, jobId](const ApiResult<Job> &result) {
        Q_EMIT resumeFinished(jobId, result.ok() ? QString() : result.message);
        refresh();
    });
}

void JobListModel::stop(const QString &jobId)
{
    m_backend->stop(this, jobId, [this, jobId](const ApiResult<Job> &result) {
        Q_EMIT stopFinished(jobId, result.ok() ? QString() : result.message);
        refresh();
    });
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::stateText(Job::State state)
{
    switch (state) {
    case Job::State::Planned: return tr("Planned");
    case Job::State::Running: return tr("Running");
    case Job::State::Succeeded: return tr("Done");
    case Job::State::Stopped: return tr("Stopped");
    case Job::State::Failed: return tr("Failed");
    case Job::State::Paused: return tr("Paused");
    case Job::State::Unspecified: break;
    }
    return tr("Unknown");
}

QString JobListModel::kindText(const QString &kind)
{
    // The platform's job kinds (jobs.v1.Job.kind); a new one reads as itself.
    if (kind == QLatin1String("bulk_retry"))
        return tr("Retry");
    if (kind == QLatin1String("bulk_cancel"))
        return tr("Cancel");
    return kind;
}

QString JobListModel::progressText(const Job &job)
{
    QString text = tr("%1 of %2 done").arg(job.succeeded).arg(job.total - job.skipped);
    if (job.skipped > 0)
        text += tr(", %n skipped", nullptr, static_cast<int>(job.skipped));
    if (job.failed > 0)
        text += tr(", %n failed", nullptr, static_cast<int>(job.failed));
    return text;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    const Job *job = index.isValid() ? jobAt(index.row()) : nullptr;
    if (!job)
        return {};
    switch (role) {
    case JobIdRole: return job->id;
    case ProcessedRole: return job->processed;
    case TotalRole: return job->total;
    case FinishedRole: return job->isFinished();
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return stateText(job->state);
        case ProgressColumn: return progressText(*job);
        case StartedByColumn: return job->createdBy;
        case StartedColumn: return RunText::ago(job->createdAt, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
        case DescriptionColumn:
            return tr("%1: %2", "what a job does: its description").arg(kindText(job->kind), job->description);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StartedColumn: {
            QString text = tr("Started %1").arg(RunText::dateTimeWithZone(job->createdAt));
            if (job->endedAt.isValid())
                text += QLatin1Char('\n') + tr("Ended %1").arg(RunText::dateTimeWithZone(job->endedAt));
            return text;
        }
        case ProgressColumn: {
            QStringList lines{progressText(*job)};
            for (const auto &reason : job->skippedBecause)
                lines.append(QStringLiteral("• ") + reason.text);
            return lines.join(QLatin1Char('\n'));
        }
        case DescriptionColumn: return job->description;
        case StateColumn: {
            QStringList lines;
            if (!job->phase.isEmpty())
                lines.append(job->phase);
            if (!job->message.isEmpty())
                lines.append(job->message);
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        default: return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == ProgressColumn)
            return progressText(*job);
        return data(index, Qt::DisplayRole);
    default: return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Progress");
    case StartedByColumn: return tr("Started by");
    case StartedColumn: return tr("Started");
    case DescriptionColumn: return tr("What");
    default: return {};
    }
}

} // namespace ameide::models
