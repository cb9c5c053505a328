#pragma once

#include "client/runs/workflow_run.h"
#include "models/runs/run_detail.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QAction;
class QCheckBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QResizeEvent;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ameide::client {
class RunsApi;
}

namespace ameide::models {
class RunChainModel;
class RunHistoryModel;
class RunLogModel;
} // namespace ameide::models

namespace ameide::views {

class JsonView;
class RunActions;
class RunCompareView;
class RunDetailHistoryFilter;
class RunLogView;
class StepTimeline;

// Everything about one run: a header (id, definition, status, times,
// attempt, failure) and tabs for its step timeline, its status history
// (paged, however long), its step log, its input, output and error, its
// retry chain, and (for a failed run) how it differs from the last good run.
// The run itself is owned by a models::RunDetail that this widget shows;
// retry and cancel go through the RunActions it is given (none: disabled).
class RunDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailWidget)
public:
    using State = ameide::models::RunDetail::State;
    enum Tab { TimelineTab, HistoryTab, LogTab, InputTab, OutputTab, ErrorTab, ChainTab, CompareTab, TabCount };
    Q_ENUM(Tab)

    explicit RunDetailWidget(RunActions *actions, QWidget *parent = nullptr);
    ~RunDetailWidget() override;

    // Another platform (or none); shows nothing until showRun().
    void setApi(ameide::client::RunsApi *api);
    // The run shown, and its state; the widget only displays it.
    ameide::models::RunDetail *detail() const { return m_detail; }

    // Shortcuts to the detail: show, refresh, follow a live change.
    void showRun(const QString &runId);
    void refresh();
    void applyLiveUpdate(const ameide::client::runs::WorkflowRun &run);
    QString runId() const;
    const ameide::client::runs::WorkflowRun &run() const;
    State state() const;

    // The tenant of the shown run (or of the connection) and the link to it.
    QString tenantId() const;
    QUrl link() const;
    void copyLink();
    void copyRunId();

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    ameide::models::RunHistoryModel *historyModel() const;
    ameide::models::RunChainModel *chainModel() const;
    ameide::models::RunLogModel *logModel() const;
    RunLogView *logView() const { return m_logView; }

Q_SIGNALS:
    void stateChanged(ameide::models::RunDetail::State state);
    // After every successful describe of the shown run.
    void runLoaded(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildHeader(QWidget *parent, QGridLayout *layout);
    void buildTabs();
    void showState(State state);
    void fillHeader();
    void fillTabs();
    void updateActions();
    void updateDuration();
    void updateHistoryProgress();
    // The history's order, from the toggle (and the settings), and the
    // buttons' words that follow it.
    void setHistoryNewestFirst(bool newestFirst);
    // To the top or the bottom row of the history as shown; the bottom
    // loads the rest of the history first.
    void jumpInHistory(bool toBottom);
    void jumpToHistoryEdge(bool newest);
    void setNotice(const QString &text);
    // A notice that goes away by itself after a few seconds.
    void flashNotice(const QString &text);
    QLabel *addField(QGridLayout *grid, const QString &label, const QString &objectName);
    void arrangeFacts(bool twoColumns);

    ameide::models::RunDetail *m_detail;
    QPointer<RunActions> m_actions;
    QTimer m_durationTimer;
    QTimer m_noticeTimer;

    QStackedWidget *m_stack = nullptr;
    // State page.
    QLabel *m_stateTitle = nullptr;
    QLabel *m_stateDetail = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QPushButton *m_tryAgainButton = nullptr;
    // Header.
    QLabel *m_title = nullptr;
    QLabel *m_statusBadge = nullptr;
    QLabel *m_recoveredBadge = nullptr;
    QLabel *m_definition = nullptr;
    QLabel *m_element = nullptr;
    QLabel *m_startedBy = nullptr;
    QLabel *m_attempt = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_started = nullptr;
    QLabel *m_ended = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_failure = nullptr;
    QLabel *m_notice = nullptr;
    QGridLayout *m_factsGrid = nullptr;
    QList<QPair<QLabel *, QLabel *>> m_facts;
    bool m_factsInTwoColumns = true;
    QPushButton *m_copyIdButton = nullptr;
    QPushButton *m_copyLinkButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QAction *m_refreshAction = nullptr;
    // Tabs.
    QTabWidget *m_tabs = nullptr;
    StepTimeline *m_timeline = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_historyProgress = nullptr;
    QCheckBox *m_failedOnly = nullptr;
    RunDetailHistoryFilter *m_historyFilter = nullptr;
    QPushButton *m_historyRetryButton = nullptr;
    QCheckBox *m_newestFirst = nullptr;
    QPushButton *m_historyNewestButton = nullptr;
    QPushButton *m_historyOldestButton = nullptr;
    QAction *m_historyTopAction = nullptr;
    QAction *m_historyBottomAction = nullptr;
    // A jump to the bottom waits for the rest of the history to load.
    bool m_historyJumpPending = false;
    RunLogView *m_logView = nullptr;
    // The run the log's steps and follow state were last set for.
    QString m_logRunId;
    JsonView *m_input = nullptr;
    JsonView *m_output = nullptr;
    JsonView *m_error = nullptr;
    QTableView *m_chainTable = nullptr;
    QLabel *m_chainStatus = nullptr;
    QPushButton *m_chainRetryButton = nullptr;
    RunCompareView *m_compare = nullptr;
};

} // namespace ameide::views
