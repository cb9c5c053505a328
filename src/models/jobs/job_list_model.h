#pragma once

#include "client/jobs/job.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

#include <memory>

namespace ameide::models {

// The tenant's jobs of one kind, newest first, whoever started them: state,
// progress, who, when and what each covers. While active it reads the list
// again every few seconds, so a job started from another console appears
// and running ones move on. Rows are replaced in place when the same jobs
// come back, so a view keeps its selection and scroll position.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)
public:
    enum Column { StateColumn, ProgressColumn, StartedByColumn, StartedColumn, DescriptionColumn, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        // Items through and items in all, for a progress bar.
        ProcessedRole,
        TotalRole,
        FinishedRole,
    };

    static constexpr int kPageSize = 50;
    static constexpr auto kRefreshInterval = std::chrono::seconds(2);

    explicit JobListModel(std::unique_ptr<ameide::client::JobBackend> backend, QObject *parent = nullptr);
    ~JobListModel() override;

    // Reads the list now and, while active, every kRefreshInterval.
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }
    void refresh();

    const ameide::client::Job *jobAt(int row) const;
    int rowOfJob(const QString &jobId) const;
    bool hasLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    // Why the last read failed; empty when it worked.
    QString error() const { return m_error; }
    int runningCount() const;

    // Asks the platform to go on with a paused job; resumeFinished() tells how it went.
    void resume(const QString &jobId);
    // Asks the platform to stop the job; stopFinished() tells how it went.
    void stop(const QString &jobId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Progress in words: "120 of 500 done, 3 skipped".
    static QString progressText(const ameide::client::Job &job);
    static QString stateText(ameide::client::Job::State state);
    // What a job does, in a word ("Retry", "Cancel"), from its kind.
    static QString kindText(const QString &kind);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void refreshed();
    void errorChanged(const QString &error);
    // A job seen running has ended (for notifications).
    void jobEnded(const ameide::client::Job &job);
    // A job seen running has paused and waits for a person (for notifications).
    void jobPaused(const ameide::client::Job &job);
    // error is empty when the platform resumed it.
    void resumeFinished(const QString &jobId, const QString &error);
    // error is empty when the platform stopped it.
    void stopFinished(const QString &jobId, const QString &error);

private:
    void apply(const QList<ameide::client::Job> &jobs);

    std::unique_ptr<ameide::client::JobBackend> m_backend;
    QList<ameide::client::Job> m_jobs;
    QTimer m_timer;
    QDateTime m_now;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_error;
};

} // namespace ameide::models
