#pragma once

#include "client/runs/run_filter.h"
#include "client/runs/run_watch.h"
#include "client/runs/workflow_run.h"
#include "views/shell/feature_page.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace ameide::client {
class PlatformConnection;
class RunsApi;
} // namespace ameide::client

namespace ameide::models {
class FailureGroupModel;
class LiveRunFeed;
class RunListModel;
} // namespace ameide::models

namespace ameide::views {

class FailureGroupsPanel;
class JobsPanel;
class RunActions;
class RunDetailWidget;
class RunFilterBar;

// The on-call engineer's screen: the server-paged list of runs under a
// filter, the failure groups, the selected run's detail and every action on
// runs. It lays them out and wires them; the filter bar, the groups panel,
// the live feed, the actions and the export are objects of their own.
class RunsPage final : public FeaturePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPage)
public:
    explicit RunsPage(QWidget *parent = nullptr);
    ~RunsPage() override;

    QString title() const override;
    QString navigationText() const override;
    QIcon icon() const override;
    void setConnection(ameide::client::PlatformConnection *connection) override;

    // Applies a query as if typed; false (and the inline message) when it is not valid.
    bool applyQuery(const QString &query);
    QString query() const;
    // Opens the run's detail in its own window (deep links land here).
    void openRun(const QString &runId);
    // Shows the bulk jobs with this one selected (a notification was clicked).
    void showJob(const QString &jobId);
    // Writes every run of the filter, in the list's order, to a CSV file.
    void exportCsv(const QString &path);
    void setLivePaused(bool paused);
    bool isLivePaused() const;

    ameide::models::RunListModel *model() const { return m_model; }
    ameide::models::FailureGroupModel *failureGroups() const;
    RunActions *actions() const { return m_actions; }
    // Whether the user's role may retry and cancel (unknown until the platform answered).
    std::optional<bool> canManage() const;

Q_SIGNALS:
    // For benchmarks and tests: the first rows of a filter are on screen.
    void firstRowsShown(qint64 millisSinceRequest);
    void countsShown();
    void exportFinished(const QString &path, qint64 rows, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void restoreLayout();
    void saveLayout() const;

    void setFilter(const ameide::client::RunFilter &filter);
    void loadDefinitions();
    void refreshCounts();
    // The list's first page is asked for alone; the counts and the failure
    // groups (heavier queries) follow once it is in or has failed, so on a
    // busy platform they do not hold the rows back.
    // In rising order: a later one includes what an earlier one does.
    enum class GroupsDue { Nothing, Refresh, Load, Connect };
    void afterFirstPage(GroupsDue groups);
    void loadSecondary();
    void loadListOnceSubscribed(ameide::client::RunsApi *api);
    void loadWaitingList();
    void applyLiveEvents(const QList<ameide::client::RunWatch::Event> &events);
    void updateActions();
    void updateEmptyState();
    void updateLoadedLabel();
    void showDetailOfCurrent();
    void moveCurrent(int delta);
    void showMessage(const QString &text);

    std::optional<ameide::client::runs::WorkflowRun> currentRun() const;
    QStringList selectedRunIds() const;
    void exportWithDialog();
    void showShortcuts();
    void showJobs();
    void showJobRuns(const QString &jobId);

    ameide::client::RunsApi *m_api;
    ameide::models::RunListModel *m_model;
    ameide::models::LiveRunFeed *m_feed;
    RunActions *m_actions;
    bool m_layoutRestored = false;
    QTimer m_countsTimer;
    QTimer m_listWaitTimer;
    bool m_listWaiting = false; // for the live stream, before reading the list
    bool m_countsDue = false;
    GroupsDue m_groupsDue = GroupsDue::Nothing;
    QTimer m_detailTimer;
    QTimer m_messageTimer;
    QElapsedTimer m_sinceFilter;

    RunFilterBar *m_filterBar = nullptr;
    FailureGroupsPanel *m_groups = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_listSplitter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    RunDetailWidget *m_detail = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_loadedLabel = nullptr;
    QLabel *m_messageLabel = nullptr;

    QAction *m_retryAction = nullptr;
    QAction *m_retryFromStepAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_bulkSelectionAction = nullptr;
    QAction *m_bulkFilterAction = nullptr;
    QAction *m_bulkCancelSelectionAction = nullptr;
    QAction *m_bulkCancelFilterAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_groupsAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_filterGroupAction = nullptr;
    QAction *m_remediationAction = nullptr;
    QAction *m_acknowledgeAction = nullptr;
    QAction *m_jobsAction = nullptr;
    QPointer<JobsPanel> m_jobsPanel;
};

} // namespace ameide::views
