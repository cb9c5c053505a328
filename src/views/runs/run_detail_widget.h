#pragma once

#include "platform_connection.h"

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
class QPushButton;
class QResizeEvent;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ameide::models {
class RunChainModel;
class RunHistoryModel;
} // namespace ameide::models

namespace ameide::views {

class JsonView;
class RunDetailHistoryFilter;
class StepTimeline;

namespace wf = ameide_core_proto::workflows_runtime::v1;

// Everything about one run: a header (id, definition, status, times,
// attempt, failure) and tabs for its step timeline, its status history
// (paged, however long), its input, output and error, and its retry chain.
// Retry and cancel are requested, not performed: the page that embeds the
// widget owns the dialogs and the calls, and tells the widget through
// setActionsEnabled() what the user's role allows.
class RunDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailWidget)
public:
    enum class State { Empty, Loading, Loaded, NotFound, Failed };
    Q_ENUM(State)
    enum Tab { TimelineTab, HistoryTab, InputTab, OutputTab, ErrorTab, ChainTab, TabCount };
    Q_ENUM(Tab)

    explicit RunDetailWidget(ameide::client::PlatformConnection *connection, QWidget *parent = nullptr);
    ~RunDetailWidget() override;

    // Another connection (e.g. after a profile switch); shows nothing until showRun().
    void setConnection(ameide::client::PlatformConnection *connection);
    ameide::client::PlatformConnection *connection() const { return m_connection; }

    // Describes the run and shows it; the history and the retry chain load too.
    void showRun(const QString &runId);
    // Describes the shown run again and reloads its history and chain.
    void refresh();
    // The page's live watch says this run changed (a run without steps,
    // input or output is enough). Runs other than the one shown are ignored;
    // the header follows at once and a describe follows, coalesced to at
    // most a few a second.
    void applyLiveUpdate(const wf::WorkflowRun &run);
    // What the user's role allows; a reason is shown as the tooltip of a
    // disabled button. Retry also needs a FAILED or CANCELLED run, Cancel a
    // PENDING or RUNNING one.
    void setActionsEnabled(bool retry, const QString &retryReason, bool cancel, const QString &cancelReason);

    QString runId() const { return m_runId; }
    // The last described run (empty before the first answer).
    const wf::WorkflowRun &run() const { return m_run; }
    State state() const { return m_state; }
    // The tenant of the shown run (or of the connection) and the link to it.
    QString tenantId() const;
    QUrl link() const;
    void copyLink();
    void copyRunId();

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    ameide::models::RunHistoryModel *historyModel() const { return m_historyModel; }
    ameide::models::RunChainModel *chainModel() const { return m_chainModel; }

Q_SIGNALS:
    void retryRequested(const ameide_core_proto::workflows_runtime::v1::WorkflowRun &run);
    void cancelRequested(const ameide_core_proto::workflows_runtime::v1::WorkflowRun &run);
    void stateChanged(ameide::views::RunDetailWidget::State state);
    // After every successful describe of the shown run.
    void runLoaded(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildHeader(QWidget *parent, QGridLayout *layout);
    void buildTabs();
    void describe(bool quiet);
    void setState(State state, const QString &title = {}, const QString &detail = {});
    void fillHeader();
    void fillTabs();
    void updateActions();
    void updateDuration();
    void updateHistoryProgress();
    void setNotice(const QString &text);
    // A notice that goes away by itself after a few seconds.
    void flashNotice(const QString &text);
    QLabel *addField(QGridLayout *grid, const QString &label, const QString &objectName);
    void arrangeFacts(bool twoColumns);

    QPointer<ameide::client::PlatformConnection> m_connection;
    QString m_runId;
    wf::WorkflowRun m_run;
    State m_state = State::Empty;
    int m_generation = 0;
    bool m_describing = false;
    bool m_describeAgain = false;
    QTimer m_liveTimer;
    QTimer m_durationTimer;
    QTimer m_noticeTimer;

    bool m_retryAllowed = true;
    QString m_retryReason;
    bool m_cancelAllowed = true;
    QString m_cancelReason;

    QStackedWidget *m_stack = nullptr;
    // State page.
    QLabel *m_stateTitle = nullptr;
    QLabel *m_stateDetail = nullptr;
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
    JsonView *m_input = nullptr;
    JsonView *m_output = nullptr;
    JsonView *m_error = nullptr;
    QTableView *m_chainTable = nullptr;
    QLabel *m_chainStatus = nullptr;
    QPushButton *m_chainRetryButton = nullptr;
    ameide::models::RunHistoryModel *m_historyModel = nullptr;
    ameide::models::RunChainModel *m_chainModel = nullptr;
};

} // namespace ameide::views
