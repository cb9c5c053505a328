#pragma once

#include "run_query.h"
#include "run_watch.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QToolButton;

namespace ameide::client {
class PlatformConnection;
}

namespace ameide::models {
class FailureGroupModel;
class RunListModel;
class SavedViews;
} // namespace ameide::models

namespace ameide::views {

class RunDetailWidget;

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The on-call engineer's screen: the server-paged list of runs under a
// filter (widgets and a query string that stay in step), saved views, live
// updates, failure groups, the selected run's detail and every action on
// runs, one or thousands at a time.
class RunsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPage)
public:
    explicit RunsPage(QWidget *parent = nullptr);
    ~RunsPage() override;

    void setConnection(ameide::client::PlatformConnection *connection);

    // Applies a query as if typed; false (and the inline message) when it is not valid.
    bool applyQuery(const QString &query);
    QString query() const;
    // Opens the run's detail in its own window (deep links land here).
    void openRun(const QString &runId);
    // Writes every run of the filter, in the list's order, to a CSV file.
    void exportCsv(const QString &path);
    void setLivePaused(bool paused);
    bool isLivePaused() const { return m_paused; }

    ameide::models::RunListModel *model() const { return m_model; }
    ameide::models::FailureGroupModel *failureGroups() const { return m_groups; }
    // Whether the user's role may retry and cancel (unknown until the platform answered).
    std::optional<bool> canManage() const { return m_canManage; }

Q_SIGNALS:
    // For benchmarks and tests: the first rows of a filter are on screen.
    void firstRowsShown(qint64 millisSinceRequest);
    void countsShown();
    void exportFinished(const QString &path, qint64 rows, const QString &error);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void restoreLayout();
    void saveLayout() const;

    void setFilter(const ameide::client::RunFilter &filter, bool fromQueryEdit);
    void filterWidgetsChanged();
    void showFilterInWidgets(const ameide::client::RunFilter &filter);
    void queryEdited();
    void showQueryError(const QString &text);
    void fillViewCombo();
    void syncViewCombo();
    void saveView();
    void deleteView();

    void loadDefinitions();
    void probePermissions();
    void refreshCounts();
    void onWatchState(ameide::client::RunWatch::State state);
    void onEvents(const QList<ameide::client::RunWatch::Event> &events);
    void flushEvents();
    void updateLiveIndicator();
    void updateActions();
    void updateEmptyState();
    void updateLoadedLabel();
    void showDetailOfCurrent();

    std::optional<wf::WorkflowRun> currentRun() const;
    QStringList selectedRunIds() const;
    void retryCurrent(bool fromFailedStep);
    void cancelCurrent();
    void cancelRun(const wf::WorkflowRun &run);
    void bulkRetry(bool allMatching);
    void exportWithDialog();
    void filterByGroup();
    void openRemediation();
    void showShortcuts();
    void moveCurrent(int delta);
    void showMessage(const QString &text);

    QPointer<ameide::client::PlatformConnection> m_connection;
    ameide::models::RunListModel *m_model;
    ameide::models::FailureGroupModel *m_groups;
    ameide::models::SavedViews *m_views;
    ameide::client::RunWatch *m_watch = nullptr;
    QHash<QString, QString> m_definitionNames;
    std::optional<bool> m_canManage;
    QString m_manageReason;
    bool m_layoutRestored = false;

    // Live updates: coalesced, applied at most every kFlushInterval.
    QList<ameide::client::RunWatch::Event> m_pendingEvents;
    QTimer m_flushTimer;
    QTimer m_countsTimer;
    QTimer m_groupsTimer;
    QTimer m_queryTimer;
    QTimer m_detailTimer;
    bool m_paused = false;
    QElapsedTimer m_sinceFilter;
    QElapsedTimer m_sinceFlush;

    QComboBox *m_viewCombo = nullptr;
    QLineEdit *m_query = nullptr;
    QLabel *m_queryError = nullptr;
    QToolButton *m_saveViewButton = nullptr;
    QToolButton *m_deleteViewButton = nullptr;
    QWidget *m_filterPanel = nullptr;
    QToolButton *m_statusButton = nullptr;
    QMenu *m_statusMenu = nullptr;
    QComboBox *m_definitionCombo = nullptr;
    QComboBox *m_timeCombo = nullptr;
    QComboBox *m_recoveryCombo = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_elementEdit = nullptr;
    QLineEdit *m_signatureEdit = nullptr;
    QLabel *m_liveLabel = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_listSplitter = nullptr;
    QWidget *m_groupsPanel = nullptr;
    QTableView *m_groupsTable = nullptr;
    QLabel *m_groupsState = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    RunDetailWidget *m_detail = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_loadedLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTimer m_messageTimer;

    QAction *m_retryAction = nullptr;
    QAction *m_retryFromStepAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_bulkSelectionAction = nullptr;
    QAction *m_bulkFilterAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_groupsAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_filterGroupAction = nullptr;
    QAction *m_remediationAction = nullptr;
};

} // namespace ameide::views
