#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/workflow_run.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

#include <vector>

namespace ameide::models {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// A run's retry chain: the original run and every retry of it, by attempt
// (SearchWorkflowRuns with query.original_run_id). A chain is short, so all
// of its pages are read at once.
class RunChainModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunChainModel)
public:
    enum Column { AttemptColumn, RunColumn, StatusColumn, CreatedColumn, EndedColumn, FailureColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RunIdRole = Qt::UserRole + 1,
        // The WorkflowRunStatus as an int.
        StatusRole,
        // True for the run the chain was opened from.
        CurrentRole,
    };

    explicit RunChainModel(QObject *parent = nullptr);
    ~RunChainModel() override;

    void setApi(ameide::client::RunsApi *api);
    // Loads the chain that starts with `originalRunId`; `currentRunId` is
    // marked in it. An empty id clears the chain.
    void load(const QString &originalRunId, const QString &currentRunId);
    void clear();

    QString originalRunId() const { return m_originalRunId; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }
    const wf::WorkflowRun &runAt(int row) const { return m_runs.at(static_cast<std::size_t>(row)); }
    int rowOfRun(const QString &runId) const;

    // The widest texts of the attempt and status columns, in the language
    // spoken, for column widths that need not measure every row.
    static QString attemptSample();
    static QString statusSample();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(int runs);
    void loadFailed(const QString &message);

private:
    static QString attemptText(int attempt);
    static QString statusText(wf::WorkflowRunStatus status, bool recovered);

    void requestPage(const std::string &pageToken);
    void setLoading(bool loading);

    QPointer<ameide::client::RunsApi> m_api;
    QString m_originalRunId;
    QString m_currentRunId;
    // Rows shown; pages of a load collect in m_incoming until the last one.
    std::vector<wf::WorkflowRun> m_runs;
    std::vector<wf::WorkflowRun> m_incoming;
    bool m_loading = false;
    QString m_lastError;
    int m_generation = 0;
};

} // namespace ameide::models
