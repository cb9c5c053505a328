#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/run_filter.h"
#include "client/runs/workflow_run.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

#include <vector>

namespace ameide::models {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// Failed runs grouped by failure signature, for the filter's time range and
// definitions: each group's failure, its 7-day trend, counts, who is on it
// and its remediation item. Sorted here (the platform sends the most
// failures first); the order holds across reloads.
class FailureGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureGroupModel)
public:
    enum Column { FailureColumn, TrendColumn, RunsColumn, UnrecoveredColumn, LastSeenColumn, OwnerColumn,
                  RemediationColumn, FirstSeenColumn, DefinitionsColumn, ColumnCount };
    enum Role {
        SignatureRole = Qt::UserRole + 1,
        // The failed runs per day over the last 7 days, oldest first (QList<qint64>).
        TrendRole,
        // First seen in the last 24 hours (bool).
        NewRole,
    };

    explicit FailureGroupModel(QObject *parent = nullptr);

    void setApi(ameide::client::RunsApi *api);
    // The groups of the failed runs this filter selects (its statuses and
    // signature aside, so choosing a group does not hide the others).
    void load(const ameide::client::RunFilter &filter);
    void refresh() { load(m_filter); }
    // A group as the platform returned it after a change (an acknowledgement):
    // its row shows who is on it at once, until the next load.
    void applyGroup(const wf::FailureGroup &group);

    const wf::FailureGroup &groupAt(int row) const { return m_groups.at(static_cast<std::size_t>(row)); }
    int rowOfSignature(const QString &signature) const;
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }

    // The time "new", "ago" and "due in" are measured from (the time of the
    // last load until set).
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // One line for people: the group's step, error class and message.
    static QString title(const wf::FailureGroup &group);
    // "7-day trend: 0, 0, 3, 5, 9, 12, 20" (oldest day first).
    static QString trendText(const wf::FailureGroup &group);
    // How the trend sorts: failures in the last 24 h minus the daily average
    // of the 6 days before (positive: rising).
    static double trendScore(const wf::FailureGroup &group);
    // First seen in the 24 hours before `now`, and no failure in the 6 days
    // before that (so a range that starts recently does not make every group new).
    static bool isNew(const wf::FailureGroup &group, const QDateTime &now);
    // "alice — 12 min ago"; empty when nobody is on it.
    static QString ownerText(const wf::FailureGroup &group, const QDateTime &now);
    // "Triaged · due in 2 d", "Resolved", "none".
    static QString remediationText(const wf::FailureGroup &group, const QDateTime &now);
    // What the normalised message's placeholders stand for, those it has;
    // empty when it has none.
    static QString placeholderText(const wf::FailureGroup &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    void apply(std::vector<wf::FailureGroup> groups);
    void sortGroups(std::vector<wf::FailureGroup> &groups) const;
    QVariant tooltip(const wf::FailureGroup &group, int column) const;

    QPointer<ameide::client::RunsApi> m_api;
    ameide::client::RunFilter m_filter;
    std::vector<wf::FailureGroup> m_groups;
    bool m_loading = false;
    bool m_again = false;
    int m_generation = 0;
    QString m_lastError;
    QDateTime m_now;
    bool m_nowSet = false;
    int m_sortColumn = RunsColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace ameide::models
