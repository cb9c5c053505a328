#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/run_filter.h"
#include "client/runs/run_watch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace ameide::models {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The runs of the current filter, as the server sorts and pages them.
// Pages arrive through fetchMore (the view asks as it scrolls); live events
// change rows in place and put new matching runs on top. Nothing is sorted
// or filtered here: a new filter or sort starts again from the first page.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)
public:
    enum Column { IdColumn, DefinitionColumn, StatusColumn, FailureColumn, StartedColumn, DurationColumn,
                  AttemptColumn, ElementColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // The WorkflowRunStatus as an int, for the status badge.
        StatusRole = Qt::UserRole + 1,
        RunIdRole,
        RecoveredRole,
    };

    explicit RunListModel(QObject *parent = nullptr);
    ~RunListModel() override;

    void setApi(ameide::client::RunsApi *api);
    // Both start again from the first page.
    void setFilter(const ameide::client::RunFilter &filter);
    void setSortOrder(wf::RunSortField field, bool ascending);
    void reload();

    const ameide::client::RunFilter &filter() const { return m_filter; }
    wf::RunSortField sortField() const { return m_sortField; }
    bool sortAscending() const { return m_ascending; }
    // The column a sort field is shown in, and back (-1 / nullopt when none).
    static int columnForSortField(wf::RunSortField field);
    static std::optional<wf::RunSortField> sortFieldForColumn(int column);

    // How many rows one request asks for.
    void setPageSize(int rows) { m_pageSize = rows; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return !m_nextToken.empty(); }
    // Why the last request failed, for people; empty when it did not.
    QString lastError() const { return m_lastError; }

    const wf::WorkflowRun &runAt(int row) const;
    int rowOfRun(const QString &runId) const;
    // Definition names by id, for the definition column and live matching.
    void setDefinitionNames(const QHash<QString, QString> &names);

    // Live changes from the watch stream, already coalesced by the caller.
    // Returns how many new runs went on top.
    int applyEvents(const QList<ameide::client::RunWatch::Event> &events);
    // New matching runs that could not be placed because the list is not
    // sorted newest first; reloading shows them.
    int pendingNewRuns() const { return m_pendingNew; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // A request started or ended; `firstPage` is true for the first page of a filter.
    void loadingChanged(bool loading);
    void firstPageLoaded(qint64 micros);
    void loadFailed(const QString &message);
    void pendingNewRunsChanged(int count);

private:
    void requestPage();
    void tickDurations();
    QVariant displayData(const wf::WorkflowRun &run, int column) const;
    int rowFromSerial(qint64 serial) const { return static_cast<int>(serial - m_frontSerial); }

    QPointer<ameide::client::RunsApi> m_api;
    ameide::client::RunFilter m_filter;
    wf::RunSortField m_sortField = wf::RUN_SORT_FIELD_CREATED_AT;
    bool m_ascending = false;
    int m_pageSize = 200;

    // Rows; new runs are pushed at the front. A run's serial stays the same
    // when rows are added above it, so the id index needs no rebuild.
    std::deque<wf::WorkflowRun> m_rows;
    QHash<QString, qint64> m_serialById;
    qint64 m_frontSerial = 0;
    QHash<QString, QString> m_definitionNames;

    std::string m_nextToken;
    bool m_loading = false;
    bool m_loadedFirstPage = false;
    int m_generation = 0;
    int m_pendingNew = 0;
    QList<ameide::client::RunWatch::Event> m_buffered;
    QString m_lastError;
    QTimer m_tick;
};

} // namespace ameide::models
