#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/workflow_run.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

#include <string>
#include <vector>

namespace ameide::models {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The status updates of one run, oldest first, as ListWorkflowRunUpdates
// pages them. Rows arrive only when a view asks for them (canFetchMore /
// fetchMore, one page per request), so a run with tens of thousands of
// updates costs one page until someone scrolls. A failed request is
// reported through loadFailed() and stops fetching until retryFetch().
class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)
public:
    enum Column { SequenceColumn, TimeColumn, StepColumn, StatusColumn, MessageColumn, FailureColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // WorkflowStatusUpdate.sequence as qint64.
        SequenceRole = Qt::UserRole + 1,
        // True for an update that reports a failure (run or step FAILED).
        FailedRole,
        // occurred_at in milliseconds since the epoch.
        OccurredAtRole,
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

private:
    void requestPage();
    void setLoading(bool loading);
    QVariant displayData(const wf::WorkflowStatusUpdate &update, int column) const;

    QPointer<ameide::client::RunsApi> m_api;
    QString m_runId;
    int m_pageSize = kDefaultPageSize;
    std::vector<wf::WorkflowStatusUpdate> m_updates;
    std::string m_nextToken;
    bool m_loadedFirstPage = false;
    bool m_loading = false;
    qint64 m_total = -1;
    QString m_lastError;
    // Replies to a request made for an earlier run or reload are dropped.
    int m_generation = 0;
};

} // namespace ameide::models
