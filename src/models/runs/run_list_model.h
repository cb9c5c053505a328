#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/run_filter.h"
#include "client/runs/run_watch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <string_view>
#include <unordered_map>
#include <vector>

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

    // The run of a row, rebuilt from what the list keeps (no input, output
    // or steps: the list's pages carry none).
    wf::WorkflowRun runAt(int row) const;
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
    // One run as the list keeps it. A list of 100,000 runs must stay small:
    // times are nanoseconds since the epoch (0: not set), and every text
    // but the id is an index into m_texts, where texts that repeat from run
    // to run (definitions, elements, failure reasons) are kept once.
    struct Row
    {
        std::string id; // keys m_serialById, so it never changes once the row is in
        qint64 createdNs = 0;
        qint64 startedNs = 0;
        qint64 endedNs = 0;
        wf::WorkflowRunStatus status = wf::WORKFLOW_RUN_STATUS_UNSPECIFIED;
        qint32 attempt = 0;
        qint32 version = 0;
        bool recovered = false;
        quint32 tenant = 0;
        quint32 definitionId = 0;
        quint32 definitionName = 0;
        quint32 element = 0;
        quint32 failureReason = 0;
        quint32 errorClass = 0;
        quint32 failedStep = 0;
        quint32 startedBy = 0;
        quint32 retryOf = 0;
        quint32 original = 0;
        quint32 signature = 0;
    };

    void requestPage();
    void tickDurations();
    // Everything of `run` but its id goes into `row`.
    void fill(Row *row, const wf::WorkflowRun &run);
    quint32 intern(const std::string &text);
    const QString &text(quint32 id) const { return m_texts[id]; }
    void clearRows();
    QVariant displayData(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    int rowFromSerial(qint64 serial) const { return static_cast<int>(serial - m_frontSerial); }

    QPointer<ameide::client::RunsApi> m_api;
    ameide::client::RunFilter m_filter;
    wf::RunSortField m_sortField = wf::RUN_SORT_FIELD_CREATED_AT;
    bool m_ascending = false;
    int m_pageSize = 200;

    // Rows; new runs are pushed at the front. A run's serial stays the same
    // when rows are added above it, so the id index needs no rebuild.
    std::deque<Row> m_rows;
    // Views into the rows' ids: a deque keeps its elements in place when
    // rows are added at either end.
    std::unordered_map<std::string_view, qint64> m_serialById;
    // Texts of the rows; index 0 is the empty text.
    std::vector<QString> m_texts;
    QHash<QString, quint32> m_textIds;
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
