#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/workflow_run.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QString>

#include <string>
#include <vector>

namespace ameide::models {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The status updates of one run, newest first (or oldest first), as
// ListWorkflowRunUpdates pages them. Rows arrive only when a view asks for
// them (canFetchMore / fetchMore, one page per request), so a run with tens
// of thousands of updates costs one page until someone scrolls. A failed
// request is reported through loadFailed() and stops fetching until
// retryFetch(). Each update is numbered within its run (1 for its first),
// and its step is named as the run's timeline names it.
class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)
public:
    enum Column { NumberColumn, TimeColumn, StepColumn, StatusColumn, MessageColumn, FailureColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // WorkflowStatusUpdate.sequence (platform-wide) as qint64.
        SequenceRole = Qt::UserRole + 1,
        // True for an update that reports a failure (run or step FAILED).
        FailedRole,
        // occurred_at in milliseconds since the epoch.
        OccurredAtRole,
        // The update's number within its run, 1 for the first, as qint64.
        NumberRole,
    };

    static constexpr int kDefaultPageSize = 500;

    explicit RunHistoryModel(QObject *parent = nullptr);
    ~RunHistoryModel() override;

    void setApi(ameide::client::RunsApi *api);
    // Shows the history of another run (empty: none); nothing is requested
    // until a view or fetchMore() asks.
    void setRunId(const QString &runId);
    QString runId() const { return m_runId; }
    // Drops the loaded rows and starts again from the first page.
    void reload();
    // Newest first (the default) or oldest first; a change starts again
    // from the first page of the new order.
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    // The run's step names by step id (what the timeline shows); a step
    // without one reads as its id.
    void setStepNames(const QHash<QString, QString> &namesById);
    // Loads every remaining page, one after another, in the largest pages
    // the platform gives; allLoaded() says when they are in. For a jump to
    // the far end of a long history. Another run, order or reload stops it.
    void fetchAll();
    bool isFetchingAll() const { return m_fetchingAll; }
    // After loadFailed(): asks again for the page that failed.
    void retryFetch();

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    int loadedCount() const { return static_cast<int>(m_updates.size()); }
    // Updates the run has in all, as of the last page; -1 before the first.
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const;
    // Why the last request failed, for people; empty when it did not.
    QString lastError() const { return m_lastError; }

    const wf::WorkflowStatusUpdate &updateAt(int row) const { return m_updates.at(static_cast<std::size_t>(row)); }
    // The number within the run of the update at a row (1 for its first).
    qint64 numberAt(int row) const;
    // The step name shown for a step id.
    QString stepName(const QString &stepId) const;

    // The widest text of the status column, in the language spoken, for a
    // column width that need not measure 20,000 rows.
    static QString statusSample();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // After each page: rows loaded so far and the run's total.
    void progressChanged(int loaded, qint64 total);
    void loadFailed(const QString &message);
    // After fetchAll(): every update is loaded.
    void allLoaded();

private:
    static QString runStatusText(wf::WorkflowRunStatus status);
    static QString stepStatusText(wf::WorkflowStepStatus status);

    void requestPage();
    void setLoading(bool loading);
    QVariant displayData(const wf::WorkflowStatusUpdate &update, int column) const;

    QPointer<ameide::client::RunsApi> m_api;
    QString m_runId;
    int m_pageSize = kDefaultPageSize;
    std::vector<wf::WorkflowStatusUpdate> m_updates;
    QHash<QString, QString> m_stepNames;
    bool m_newestFirst = true;
    bool m_fetchingAll = false;
    // Newest first: the run's count of updates as of the first page, which
    // is the number of the top row.
    qint64 m_topNumber = 0;
    std::string m_nextToken;
    bool m_loadedFirstPage = false;
    bool m_loading = false;
    qint64 m_total = -1;
    QString m_lastError;
    // Replies to a request made for an earlier run or reload are dropped.
    int m_generation = 0;
};

} // namespace ameide::models
