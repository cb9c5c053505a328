#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/workflow_run.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace ameide::models {

class RunChainModel;
class RunHistoryModel;
class RunLogModel;

// The one owner of the run a detail pane shows: its id, the last describe
// of it, whether it is loading, missing or failed, and the models that
// follow it (its status history, its step log and its retry chain). Widgets observe it;
// nothing else keeps a copy of the run id in step by hand.
class RunDetail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetail)
public:
    enum class State { Empty, Loading, Loaded, NotFound, Failed };
    Q_ENUM(State)

    explicit RunDetail(QObject *parent = nullptr);
    ~RunDetail() override;

    // Another API (or none): shows nothing until showRun(). When the API
    // moves to another platform, the shown run is asked for there again.
    void setApi(ameide::client::RunsApi *api);
    ameide::client::RunsApi *api() const { return m_api; }

    // Describes the run; the history and the retry chain follow. The same
    // run again only refreshes what is shown.
    void showRun(const QString &runId);
    // Describes the shown run again and reloads its history and chain.
    void refresh();
    // A live event says the run changed (a run without steps, input or
    // output is enough): the run follows at once, and a describe follows,
    // gathered to at most a few a second. Other runs are ignored.
    void applyLiveUpdate(const ameide::client::runs::WorkflowRun &run);

    QString runId() const { return m_runId; }
    const ameide::client::runs::WorkflowRun &run() const { return m_run; }
    State state() const { return m_state; }
    // What went wrong, for NotFound and Failed.
    QString problemTitle() const { return m_problemTitle; }
    QString problemDetail() const { return m_problemDetail; }
    QString tenantId() const;

    RunHistoryModel *history() const { return m_history; }
    RunChainModel *chain() const { return m_chain; }
    // Loads when a view asks; follows the run while it is active.
    RunLogModel *logs() const { return m_logs; }

Q_SIGNALS:
    void stateChanged(ameide::models::RunDetail::State state);
    // The run's fields changed (a describe or a live update).
    void runChanged();
    // After every successful describe of the shown run.
    void runLoaded(const QString &runId);
    // Something to show beside the run that does not replace it ("could not
    // be refreshed", "refreshing…"); empty clears it.
    void notice(const QString &text);

private:
    void reset();
    void describe(bool quiet);
    void setState(State state, const QString &title = {}, const QString &detail = {});

    QPointer<ameide::client::RunsApi> m_api;
    QString m_runId;
    ameide::client::runs::WorkflowRun m_run;
    State m_state = State::Empty;
    QString m_problemTitle;
    QString m_problemDetail;
    int m_generation = 0;
    bool m_describing = false;
    bool m_describeAgain = false;
    QTimer m_liveTimer;
    RunHistoryModel *m_history;
    RunChainModel *m_chain;
    RunLogModel *m_logs;
};

} // namespace ameide::models
