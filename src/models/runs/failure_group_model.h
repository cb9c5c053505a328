#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/run_filter.h"
#include "client/runs/workflow_run.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace ameide::models {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// Failed runs grouped by failure signature, most failures first, for the
// filter's time range and definitions.
class FailureGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureGroupModel)
public:
    enum Column { FailureColumn, RunsColumn, UnrecoveredColumn, FirstSeenColumn, LastSeenColumn,
                  DefinitionsColumn, RemediationColumn, ColumnCount };
    enum Role { SignatureRole = Qt::UserRole + 1 };

    explicit FailureGroupModel(QObject *parent = nullptr);

    void setApi(ameide::client::RunsApi *api);
    // The groups of the failed runs this filter selects (its statuses and
    // signature aside, so choosing a group does not hide the others).
    void load(const ameide::client::RunFilter &filter);
    void refresh() { load(m_filter); }

    const wf::FailureGroup &groupAt(int row) const { return m_groups.at(static_cast<std::size_t>(row)); }
    int rowOfSignature(const QString &signature) const;
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }
    // One line for people: the group's step, error class and message.
    static QString title(const wf::FailureGroup &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    QPointer<ameide::client::RunsApi> m_api;
    ameide::client::RunFilter m_filter;
    std::vector<wf::FailureGroup> m_groups;
    bool m_loading = false;
    bool m_again = false;
    int m_generation = 0;
    QString m_lastError;
};

} // namespace ameide::models
