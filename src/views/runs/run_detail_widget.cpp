#include "views/runs/run_detail_widget.h"

#include "client/deep_link.h"
#include "client/runs/runs_api.h"
#include "client/time_text.h"
#include "models/runs/run_chain_model.h"
#include "models/runs/run_detail.h"
#include "models/runs/run_history_model.h"
#include "models/runs/run_log_model.h"
#include "models/runs/run_text.h"
#include "views/runs/json_view.h"
#include "views/runs/run_actions.h"
#include "views/runs/run_compare_view.h"
#include "views/runs/run_detail_history_filter.h"
#include "views/runs/run_log_view.h"
#include "views/runs/status_palette.h"
#include "views/runs/step_timeline.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFont>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ameide::views {

using ameide::client::runs::isActive;
using ameide::client::runs::isSet;
using ameide::client::runs::millisOf;
using ameide::client::runs::WorkflowRun;
using ameide::models::RunChainModel;
using ameide::models::RunHistoryModel;

namespace {

constexpr int kDurationTickMs = 1000;
constexpr int kNoticeMs = 4000;
// Below this many average characters of width the facts go in one column.
constexpr int kTwoColumnChars = 105;

QString timeText(const google::protobuf::Timestamp &t)
{
    const QString text = models::RunText::dateTime(t);
    return text.isEmpty() ? RunDetailWidget::tr("—") : text;
}

QPushButton *makeButton(const QString &text, const QString &objectName, const QString &accessibleName,
                        const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    return button;
}

// The run's id in the title: as wide as it likes, but it gives way to a
// narrow pane by eliding in the middle (the whole id is in the tooltip).
class ElidedTitle final : public QLabel
{
public:
    using QLabel::QLabel;

    void setFullText(const QString &text)
    {
        m_full = text;
        setToolTip(text);
        setAccessibleDescription(text);
        updateGeometry();
        elide();
    }
    QString fullText() const { return m_full; }

    QSize sizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(m_full) + 4, QLabel::sizeHint().height()};
    }
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 12, QLabel::minimumSizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide() { setText(fontMetrics().elidedText(m_full, Qt::ElideMiddle, width())); }

    QString m_full;
};

} // namespace

RunDetailWidget::RunDetailWidget(RunActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_detail(new models::RunDetail(this))
    , m_actions(actions)
{
    setObjectName(QStringLiteral("runDetail"));
    setAccessibleName(tr("Run detail"));
    if (actions)
        m_detail->setApi(actions->api());

    m_stack = new QStackedWidget(this);
    m_stack->setAccessibleName(tr("Run detail content"));

    // The state page: nothing shown, loading, not found, failed.
    auto *statePage = new QWidget(m_stack);
    statePage->setAccessibleName(tr("Run detail state"));
    m_stateTitle = new QLabel(statePage);
    m_stateTitle->setObjectName(QStringLiteral("runStateTitle"));
    m_stateTitle->setAccessibleName(tr("Run detail state"));
    m_stateTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_stateTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_stateTitle->setFont(titleFont);
    m_stateDetail = new QLabel(statePage);
    m_stateDetail->setObjectName(QStringLiteral("runStateDetail"));
    m_stateDetail->setAccessibleName(tr("Run detail state details"));
    m_stateDetail->setAlignment(Qt::AlignCenter);
    m_stateDetail->setWordWrap(true);
    m_stateDetail->setTextFormat(Qt::PlainText);
    m_stateDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Busy while the run is being fetched, so "Loading" is seen to be under way.
    m_loadingBar = new QProgressBar(statePage);
    m_loadingBar->setObjectName(QStringLiteral("runLoadingBar"));
    m_loadingBar->setAccessibleName(tr("Loading the run"));
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setFixedWidth(fontMetrics().averageCharWidth() * 30);
    m_loadingBar->hide();
    m_tryAgainButton = makeButton(tr("&Try again"), QStringLiteral("runTryAgain"), tr("Try loading the run again"),
                                  tr("Ask the platform for the run again"), statePage);
    connect(m_tryAgainButton, &QPushButton::clicked, this, [this] { showRun(m_detail->runId()); });
    auto *stateLayout = new QVBoxLayout(statePage);
    stateLayout->addStretch(1);
    stateLayout->addWidget(m_stateTitle);
    stateLayout->addWidget(m_loadingBar, 0, Qt::AlignHCenter);
    stateLayout->addWidget(m_stateDetail);
    auto *tryRow = new QHBoxLayout;
    tryRow->addStretch(1);
    tryRow->addWidget(m_tryAgainButton);
    tryRow->addStretch(1);
    stateLayout->addLayout(tryRow);
    stateLayout->addStretch(2);

    // The run.
    auto *runPage = new QWidget(m_stack);
    runPage->setAccessibleName(tr("Run"));
    auto *header = new QGridLayout;
    buildHeader(runPage, header);
    buildTabs();
    auto *runLayout = new QVBoxLayout(runPage);
    runLayout->setContentsMargins(8, 8, 8, 8);
    runLayout->addLayout(header);
    runLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(statePage);
    m_stack->addWidget(runPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_refreshAction = new QAction(tr("Refresh run"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &RunDetailWidget::refresh);
    addAction(m_refreshAction);

    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(kNoticeMs);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] { setNotice({}); });
    m_durationTimer.setInterval(kDurationTickMs);
    connect(&m_durationTimer, &QTimer::timeout, this, &RunDetailWidget::updateDuration);

    connect(m_detail, &models::RunDetail::stateChanged, this, &RunDetailWidget::showState);
    connect(m_detail, &models::RunDetail::runChanged, this, [this] {
        fillHeader();
        if (m_detail->state() == State::Loaded)
            fillTabs();
    });
    connect(m_detail, &models::RunDetail::runLoaded, this, &RunDetailWidget::runLoaded);
    connect(m_detail, &models::RunDetail::notice, this, &RunDetailWidget::setNotice);
    if (actions)
        connect(actions, &RunActions::availabilityChanged, this, &RunDetailWidget::updateActions);
    showState(State::Empty);
}

RunDetailWidget::~RunDetailWidget() = default;

QLabel *RunDetailWidget::addField(QGridLayout *grid, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(grid->parentWidget());
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *name = new QLabel(tr("%1:").arg(label), grid->parentWidget());
    name->setAccessibleName(label);
    name->setBuddy(value);
    // A role, not a colour, so a dark palette set later still applies.
    name->setForegroundRole(QPalette::PlaceholderText);
    m_facts.push_back({name, value});
    return value;
}

void RunDetailWidget::arrangeFacts(bool twoColumns)
{
    // Two columns of facts side by side when there is room, one when the
    // pane beside the run list is narrow.
    m_factsInTwoColumns = twoColumns;
    const int perColumn = twoColumns ? static_cast<int>((m_facts.size() + 1) / 2) : static_cast<int>(m_facts.size());
    for (const auto &[name, value] : m_facts) {
        m_factsGrid->removeWidget(name);
        m_factsGrid->removeWidget(value);
    }
    for (int i = 0; i < m_facts.size(); ++i) {
        const int row = i % perColumn;
        const int column = (i / perColumn) * 2;
        m_factsGrid->addWidget(m_facts.at(i).first, row, column, Qt::AlignRight | Qt::AlignTop);
        m_factsGrid->addWidget(m_facts.at(i).second, row, column + 1, Qt::AlignTop);
    }
    m_factsGrid->setColumnStretch(1, 1);
    m_factsGrid->setColumnStretch(3, twoColumns ? 1 : 0);
}

void RunDetailWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The badges' colours come from the palette.
    if (event->type() == QEvent::PaletteChange && m_detail->state() == State::Loaded)
        fillHeader();
}

void RunDetailWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool twoColumns = width() >= fontMetrics().averageCharWidth() * kTwoColumnChars;
    if (twoColumns != m_factsInTwoColumns)
        arrangeFacts(twoColumns);
}

void RunDetailWidget::buildHeader(QWidget *parent, QGridLayout *layout)
{
    m_title = new ElidedTitle(parent);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setAccessibleName(tr("Run id"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_statusBadge = new QLabel(parent);
    m_statusBadge->setObjectName(QStringLiteral("runStatusBadge"));
    m_statusBadge->setAccessibleName(tr("Run status"));
    m_recoveredBadge = new QLabel(tr("Recovered"), parent);
    m_recoveredBadge->setObjectName(QStringLiteral("runRecoveredBadge"));
    m_recoveredBadge->setAccessibleName(tr("Recovered"));
    m_recoveredBadge->setToolTip(tr("This run failed, and a later retry of it completed"));

    m_copyIdButton = makeButton(tr("Copy &ID"), QStringLiteral("runCopyId"), tr("Copy run id"),
                                tr("Copy the run id to the clipboard"), parent);
    m_copyLinkButton = makeButton(tr("Copy &link"), QStringLiteral("runCopyLink"), tr("Copy link to run"),
                                  tr("Copy an ameide:// link to this run to the clipboard"), parent);
    m_refreshButton = makeButton(tr("Re&fresh"), QStringLiteral("runRefresh"), tr("Refresh run"),
                                 tr("Load the run, its history and its retry chain again (Ctrl+R)"), parent);
    m_retryButton = makeButton(tr("&Retry…"), QStringLiteral("runRetry"), tr("Retry run"), {}, parent);
    m_cancelButton = makeButton(tr("Ca&ncel run…"), QStringLiteral("runCancel"), tr("Cancel run"), {}, parent);
    connect(m_copyIdButton, &QPushButton::clicked, this, &RunDetailWidget::copyRunId);
    connect(m_copyLinkButton, &QPushButton::clicked, this, &RunDetailWidget::copyLink);
    connect(m_refreshButton, &QPushButton::clicked, this, &RunDetailWidget::refresh);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_actions && m_detail->state() == State::Loaded)
            m_actions->retry(m_detail->run(), false, this);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_actions && m_detail->state() == State::Loaded)
            m_actions->cancel(m_detail->run(), this);
    });

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_statusBadge);
    titleRow->addWidget(m_recoveredBadge);
    titleRow->addStretch(1);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_copyIdButton);
    actionRow->addWidget(m_copyLinkButton);
    actionRow->addWidget(m_refreshButton);
    actionRow->addStretch(1);
    actionRow->addWidget(m_retryButton);
    actionRow->addWidget(m_cancelButton);

    auto *fields = new QWidget(parent);
    fields->setAccessibleName(tr("Run facts"));
    m_factsGrid = new QGridLayout(fields);
    m_factsGrid->setContentsMargins(0, 0, 0, 0);
    m_factsGrid->setHorizontalSpacing(10);
    m_factsGrid->setVerticalSpacing(4);
    m_definition = addField(m_factsGrid, tr("Definition"), QStringLiteral("runDefinition"));
    m_element = addField(m_factsGrid, tr("Element"), QStringLiteral("runElement"));
    m_startedBy = addField(m_factsGrid, tr("Started by"), QStringLiteral("runStartedBy"));
    m_attempt = addField(m_factsGrid, tr("Attempt"), QStringLiteral("runAttempt"));
    m_created = addField(m_factsGrid, tr("Created"), QStringLiteral("runCreated"));
    m_started = addField(m_factsGrid, tr("Started"), QStringLiteral("runStarted"));
    m_ended = addField(m_factsGrid, tr("Ended"), QStringLiteral("runEnded"));
    m_duration = addField(m_factsGrid, tr("Duration"), QStringLiteral("runDuration"));
    arrangeFacts(true);

    m_failure = new QLabel(parent);
    m_failure->setObjectName(QStringLiteral("runFailure"));
    m_failure->setAccessibleName(tr("Failure"));
    m_failure->setTextFormat(Qt::PlainText);
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_failure->setFrameShape(QFrame::StyledPanel);
    m_failure->setMargin(6);

    m_notice = new QLabel(parent);
    m_notice->setObjectName(QStringLiteral("runNotice"));
    m_notice->setAccessibleName(tr("Run detail notice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();

    layout->addLayout(titleRow, 0, 0);
    layout->addLayout(actionRow, 1, 0);
    layout->addWidget(fields, 2, 0);
    layout->addWidget(m_failure, 3, 0);
    layout->addWidget(m_notice, 4, 0);
}

void RunDetailWidget::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->setAccessibleName(tr("Run detail tabs"));
    m_tabs->setDocumentMode(true);

    m_timeline = new StepTimeline(this);
    auto *timelineScroll = new QScrollArea(this);
    timelineScroll->setObjectName(QStringLiteral("timelineScroll"));
    timelineScroll->setAccessibleName(tr("Step timeline"));
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(timelineScroll, tr("&Timeline"));

    // History: a plain table over the paged model. Fixed row heights and
    // interactive column widths keep a 20,000-row table from measuring rows.
    auto *historyPage = new QWidget(this);
    historyPage->setAccessibleName(tr("Status history"));
    m_historyTable = new QTableView(historyPage);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setAccessibleName(tr("Status history"));
    m_historyFilter = new RunDetailHistoryFilter(this);
    m_historyFilter->setSourceModel(m_detail->history());
    m_historyTable->setModel(m_historyFilter);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setWordWrap(false);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_historyTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *hh = m_historyTable->horizontalHeader();
    hh->setSectionResizeMode(QHeaderView::Interactive);
    hh->setStretchLastSection(true);
    // Widths from sample text: measuring 20,000 rows is what we avoid.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics boldFm(bold);
    const int pad = fm.averageCharWidth() * 3;
    const auto width = [&](const QString &sample) { return boldFm.horizontalAdvance(sample) + pad; };
    m_historyTable->setColumnWidth(RunHistoryModel::NumberColumn, width(QStringLiteral("000000")));
    m_historyTable->setColumnWidth(RunHistoryModel::TimeColumn,
                                   width(client::TimeText::sample(client::TimeText::Precision::Milliseconds)));
    m_historyTable->setColumnWidth(RunHistoryModel::StepColumn, width(QStringLiteral("open-pull-request")));
    m_historyTable->setColumnWidth(RunHistoryModel::StatusColumn, width(RunHistoryModel::statusSample()));
    m_historyTable->setColumnWidth(RunHistoryModel::MessageColumn, fm.averageCharWidth() * 48);
    m_historyProgress = new QLabel(historyPage);
    m_historyProgress->setObjectName(QStringLiteral("historyProgress"));
    m_historyProgress->setAccessibleName(tr("History loaded"));
    m_historyProgress->setTextFormat(Qt::PlainText);
    m_historyProgress->setWordWrap(true);
    m_historyRetryButton = makeButton(tr("Try a&gain"), QStringLiteral("historyTryAgain"),
                                      tr("Load the rest of the history again"),
                                      tr("Ask the platform for the next page of the history again"), historyPage);
    m_historyRetryButton->hide();
    connect(m_historyRetryButton, &QPushButton::clicked, m_detail->history(), &RunHistoryModel::retryFetch);
    connect(m_detail->history(), &RunHistoryModel::progressChanged, this, &RunDetailWidget::updateHistoryProgress);
    connect(m_detail->history(), &RunHistoryModel::loadingChanged, this, &RunDetailWidget::updateHistoryProgress);
    connect(m_detail->history(), &RunHistoryModel::loadFailed, this, &RunDetailWidget::updateHistoryProgress);
    m_failedOnly = new QCheckBox(tr("&Show failures only"), historyPage);
    m_failedOnly->setObjectName(QStringLiteral("historyFailedOnly"));
    m_failedOnly->setAccessibleName(tr("Show failures only"));
    m_failedOnly->setToolTip(tr("Only the updates that report a failed run or step; more of the history loads as "
                                "you scroll"));
    connect(m_failedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_historyFilter->setFailedOnly(on);
        updateHistoryProgress();
    });
    // Order: newest first unless the user chose otherwise (kept like the layout).
    m_newestFirst = new QCheckBox(tr("Newest first"), historyPage);
    m_newestFirst->setObjectName(QStringLiteral("historyNewestFirst"));
    m_newestFirst->setAccessibleName(tr("Newest first"));
    m_newestFirst->setToolTip(tr("The latest updates at the top; clear it to read the run from its start"));
    // Jumps to either end, by the button or by Home and End in the table.
    m_historyNewestButton = makeButton(tr("Newest"), QStringLiteral("historyJumpNewest"),
                                       tr("Jump to the newest update"), QString(), historyPage);
    m_historyOldestButton = makeButton(tr("Oldest"), QStringLiteral("historyJumpOldest"),
                                       tr("Jump to the oldest update"), QString(), historyPage);
    connect(m_historyNewestButton, &QPushButton::clicked, this, [this] { jumpToHistoryEdge(true); });
    connect(m_historyOldestButton, &QPushButton::clicked, this, [this] { jumpToHistoryEdge(false); });
    m_historyTopAction = new QAction(tr("Jump to the top of the history"), m_historyTable);
    m_historyTopAction->setObjectName(QStringLiteral("historyTopAction"));
    m_historyTopAction->setShortcuts({QKeySequence(Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_Home)});
    m_historyTopAction->setShortcutContext(Qt::WidgetShortcut);
    m_historyTopAction->setStatusTip(tr("Jump to the first row of the status history"));
    connect(m_historyTopAction, &QAction::triggered, this, [this] { jumpInHistory(false); });
    m_historyTable->addAction(m_historyTopAction);
    m_historyBottomAction = new QAction(tr("Jump to the bottom of the history"), m_historyTable);
    m_historyBottomAction->setObjectName(QStringLiteral("historyBottomAction"));
    m_historyBottomAction->setShortcuts({QKeySequence(Qt::Key_End), QKeySequence(Qt::CTRL | Qt::Key_End)});
    m_historyBottomAction->setShortcutContext(Qt::WidgetShortcut);
    m_historyBottomAction->setStatusTip(tr("Jump to the last row of the status history, loading the rest of it"));
    connect(m_historyBottomAction, &QAction::triggered, this, [this] { jumpInHistory(true); });
    m_historyTable->addAction(m_historyBottomAction);
    connect(m_detail->history(), &RunHistoryModel::allLoaded, this, [this] {
        if (m_historyJumpPending) {
            m_historyJumpPending = false;
            jumpInHistory(true);
        }
    });
    connect(m_detail->history(), &RunHistoryModel::modelReset, this, [this] { m_historyJumpPending = false; });
    setHistoryNewestFirst(QSettings().value(QStringLiteral("runDetail/historyNewestFirst"), true).toBool());
    connect(m_newestFirst, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("runDetail/historyNewestFirst"), on);
        setHistoryNewestFirst(on);
    });
    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(m_newestFirst);
    historyBar->addWidget(m_failedOnly);
    historyBar->addStretch(1);
    historyBar->addWidget(m_historyNewestButton);
    historyBar->addWidget(m_historyOldestButton);
    auto *historyStatus = new QHBoxLayout;
    historyStatus->addWidget(m_historyProgress, 1);
    historyStatus->addWidget(m_historyRetryButton);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->addLayout(historyBar);
    historyLayout->addWidget(m_historyTable, 1);
    historyLayout->addLayout(historyStatus);
    m_tabs->addTab(historyPage, tr("&History"));

    // The step log: its step filter follows the step chosen in the timeline.
    m_logView = new RunLogView(m_detail->logs(), this);
    m_tabs->addTab(m_logView, tr("Lo&g"));
    connect(m_timeline, &StepTimeline::currentStepChanged, this, [this](int row) {
        const auto &steps = m_detail->run().steps();
        if (row >= 0 && row < steps.size())
            m_logView->selectStep(client::runs::text(steps.Get(row).id()));
    });

    m_input = new JsonView(tr("Run input"), this);
    m_input->setObjectName(QStringLiteral("inputJson"));
    m_input->setEmptyText(tr("This run has no input"));
    m_tabs->addTab(m_input, tr("In&put"));
    m_output = new JsonView(tr("Run output"), this);
    m_output->setObjectName(QStringLiteral("outputJson"));
    m_output->setEmptyText(tr("No output yet"));
    m_tabs->addTab(m_output, tr("&Output"));
    m_error = new JsonView(tr("Run error"), this);
    m_error->setObjectName(QStringLiteral("errorJson"));
    m_error->setEmptyText(tr("The run has not failed"));
    m_tabs->addTab(m_error, tr("&Error"));

    auto *chainPage = new QWidget(this);
    chainPage->setAccessibleName(tr("Retry chain"));
    m_chainTable = new QTableView(chainPage);
    m_chainTable->setObjectName(QStringLiteral("chainTable"));
    m_chainTable->setAccessibleName(tr("Retry chain"));
    m_chainTable->setAccessibleDescription(
        tr("The original run and each retry of it, by attempt; Enter opens the selected run"));
    m_chainTable->setModel(m_detail->chain());
    m_chainTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chainTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chainTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chainTable->setWordWrap(false);
    m_chainTable->setAlternatingRowColors(true);
    m_chainTable->verticalHeader()->hide();
    m_chainTable->horizontalHeader()->setStretchLastSection(true);
    m_chainTable->verticalHeader()->setDefaultSectionSize(fm.height() + 10);
    m_chainTable->setColumnWidth(RunChainModel::AttemptColumn, width(RunChainModel::attemptSample()));
    m_chainTable->setColumnWidth(RunChainModel::RunColumn, width(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    m_chainTable->setColumnWidth(RunChainModel::StatusColumn, width(RunChainModel::statusSample()));
    m_chainTable->setColumnWidth(RunChainModel::CreatedColumn, width(client::TimeText::sample()));
    m_chainTable->setColumnWidth(RunChainModel::EndedColumn, width(client::TimeText::sample()));
    connect(m_chainTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(RunChainModel::RunIdRole).toString();
        if (!id.isEmpty() && id != m_detail->runId())
            showRun(id);
    });
    m_chainStatus = new QLabel(chainPage);
    m_chainStatus->setObjectName(QStringLiteral("chainStatus"));
    m_chainStatus->setAccessibleName(tr("Retry chain status"));
    m_chainStatus->setTextFormat(Qt::PlainText);
    m_chainStatus->setWordWrap(true);
    m_chainRetryButton = makeButton(tr("Try a&gain"), QStringLiteral("chainTryAgain"),
                                    tr("Load the retry chain again"), tr("Ask the platform for the retry chain again"),
                                    chainPage);
    m_chainRetryButton->hide();
    connect(m_chainRetryButton, &QPushButton::clicked, this, [this] {
        m_detail->chain()->load(m_detail->chain()->originalRunId(), m_detail->runId());
    });
    const auto chainProgress = [this] {
        const bool failed = !m_detail->chain()->lastError().isEmpty();
        m_chainRetryButton->setVisible(failed);
        QString text;
        if (m_detail->chain()->isLoading())
            text = tr("Loading the retry chain…");
        else if (failed)
            text = tr("The retry chain could not be loaded: %1").arg(m_detail->chain()->lastError());
        else if (m_detail->chain()->rowCount() <= 1)
            text = tr("This run has not been retried.");
        else
            text = tr("%n run(s) in the chain. Press Enter or double-click a row to open that run.", nullptr,
                      m_detail->chain()->rowCount());
        m_chainStatus->setText(text);
        m_chainStatus->setAccessibleDescription(text);
        const int row = m_detail->chain()->rowOfRun(m_detail->runId());
        if (row >= 0 && !m_chainTable->currentIndex().isValid())
            m_chainTable->setCurrentIndex(m_detail->chain()->index(row, 0));
    };
    connect(m_detail->chain(), &RunChainModel::loadingChanged, this, chainProgress);
    connect(m_detail->chain(), &RunChainModel::loaded, this, chainProgress);
    connect(m_detail->chain(), &RunChainModel::loadFailed, this, chainProgress);
    auto *chainStatusRow = new QHBoxLayout;
    chainStatusRow->addWidget(m_chainStatus, 1);
    chainStatusRow->addWidget(m_chainRetryButton);
    auto *chainLayout = new QVBoxLayout(chainPage);
    chainLayout->setContentsMargins(0, 4, 0, 0);
    chainLayout->addWidget(m_chainTable, 1);
    chainLayout->addLayout(chainStatusRow);
    m_tabs->addTab(chainPage, tr("Retry &chain"));

    // A failed run beside the last completed run of its definition.
    m_compare = new RunCompareView(m_detail, this);
    connect(m_compare, &RunCompareView::runRequested, this, &RunDetailWidget::showRun);
    m_tabs->addTab(m_compare, tr("Co&mpare"));

    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, QString(m_tabs->tabText(i)).remove(QLatin1Char('&')));
}

void RunDetailWidget::setApi(ameide::client::RunsApi *api)
{
    m_detail->setApi(api);
}

void RunDetailWidget::showRun(const QString &runId)
{
    m_detail->showRun(runId);
}

void RunDetailWidget::refresh()
{
    m_detail->refresh();
}

void RunDetailWidget::applyLiveUpdate(const WorkflowRun &run)
{
    m_detail->applyLiveUpdate(run);
}

QString RunDetailWidget::runId() const
{
    return m_detail->runId();
}

const WorkflowRun &RunDetailWidget::run() const
{
    return m_detail->run();
}

RunDetailWidget::State RunDetailWidget::state() const
{
    return m_detail->state();
}

RunHistoryModel *RunDetailWidget::historyModel() const
{
    return m_detail->history();
}

RunChainModel *RunDetailWidget::chainModel() const
{
    return m_detail->chain();
}

models::RunLogModel *RunDetailWidget::logModel() const
{
    return m_detail->logs();
}

void RunDetailWidget::showState(State state)
{
    if (state == State::Loaded) {
        m_stack->setCurrentIndex(1);
    } else {
        QString t = m_detail->problemTitle();
        QString d = m_detail->problemDetail();
        switch (state) {
        case State::Empty:
            t = tr("No run selected");
            d = tr("Choose a run to see its steps, history, input, output and retries.");
            break;
        case State::Loading:
            t = tr("Loading run…");
            d = tr("Asking the platform for run %1.").arg(m_detail->runId());
            break;
        default: break;
        }
        m_stateTitle->setText(t);
        m_stateDetail->setText(d);
        m_stateDetail->setVisible(!d.isEmpty());
        m_stateTitle->setAccessibleDescription(d);
        m_loadingBar->setVisible(state == State::Loading);
        m_tryAgainButton->setVisible(state == State::Failed || state == State::NotFound);
        m_stack->setCurrentIndex(0);
        m_durationTimer.stop();
    }
    updateActions();
    Q_EMIT stateChanged(state);
}

void RunDetailWidget::fillHeader()
{
    const WorkflowRun &r = m_detail->run();
    static_cast<ElidedTitle *>(m_title)->setFullText(tr("Run %1").arg(client::runs::text(r.id())));

    const QString status = models::RunText::runStatus(r.status());
    const QColor bg = StatusPalette::colour(r.status(), false, palette());
    const QColor fg = StatusPalette::textOn(bg);
    m_statusBadge->setText(status);
    m_statusBadge->setAccessibleDescription(tr("Status: %1").arg(status));
    m_statusBadge->setToolTip(tr("Status: %1").arg(status));
    m_statusBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px;"
                                                " padding: 2px 10px; font-weight: 600; }")
                                     .arg(bg.name(), fg.name()));
    const QColor green = StatusPalette::colour(StatusPalette::Tone::Succeeded, palette());
    m_recoveredBadge->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; color: %1; border-radius: 9px;"
                                                   " padding: 1px 9px; font-weight: 600; }")
                                        .arg(green.name()));
    m_recoveredBadge->setVisible(r.recovered());

    m_definition->setText(r.definition_name().empty()
                              ? tr("%1, version %2").arg(client::runs::text(r.definition_id())).arg(r.version_number())
                              : tr("%1, version %2").arg(client::runs::text(r.definition_name())).arg(r.version_number()));
    m_definition->setToolTip(client::runs::text(r.definition_id()));
    m_element->setText(r.element_id().empty() ? tr("—") : client::runs::text(r.element_id()));
    m_startedBy->setText(r.started_by().empty() ? tr("—") : client::runs::text(r.started_by()));
    const int attempt = std::max(1, r.attempt());
    if (r.retry_of_run_id().empty())
        m_attempt->setText(attempt == 1 ? tr("1 (original run)") : QString::number(attempt));
    else
        m_attempt->setText(tr("%1 (retry of %2)").arg(attempt).arg(client::runs::text(r.retry_of_run_id())));
    m_created->setText(timeText(r.created_at()));
    m_started->setText(timeText(r.started_at()));
    m_ended->setText(timeText(r.ended_at()));
    updateDuration();

    QString failedStep = client::runs::text(r.failed_step_id());
    for (const auto &s : r.steps()) {
        if (s.id() == r.failed_step_id() && !s.name().empty() && s.name() != s.id())
            failedStep = tr("%1 (%2)").arg(client::runs::text(s.name()), client::runs::text(s.id()));
    }
    if (!r.failure_reason().empty() || !r.error_class().empty()) {
        QStringList lines;
        lines << tr("Failure: %1").arg(client::runs::text(r.failure_reason()));
        if (!r.error_class().empty())
            lines << tr("Error class: %1").arg(client::runs::text(r.error_class()));
        if (!failedStep.isEmpty())
            lines << tr("Failed step: %1").arg(failedStep);
        if (r.recovered())
            lines << tr("Recovered: a later retry of this run completed.");
        m_failure->setText(lines.join(QLatin1Char('\n')));
        m_failure->setAccessibleDescription(m_failure->text());
        m_failure->show();
    } else {
        m_failure->clear();
        m_failure->hide();
    }

    if (isActive(r.status()) && isSet(r.started_at()))
        m_durationTimer.start();
    else
        m_durationTimer.stop();
    m_timeline->setRun(r);
    QList<QPair<QString, QString>> steps;
    steps.reserve(r.steps_size());
    for (const auto &s : r.steps())
        steps.append({client::runs::text(s.id()), client::runs::text(s.name())});
    const bool newRun = m_logRunId != client::runs::text(r.id());
    m_logRunId = client::runs::text(r.id());
    m_logView->setSteps(steps);
    if (newRun)
        m_logView->selectStep({});
    m_logView->setRunActive(isActive(r.status()), newRun);
    updateActions();
}

void RunDetailWidget::fillTabs()
{
    const WorkflowRun &r = m_detail->run();
    m_input->setStruct(r.input());
    m_output->setStruct(r.output());
    m_output->setEmptyText(isActive(r.status()) ? tr("No output yet") : tr("The run produced no output"));
    if (!r.failure_reason().empty() || !r.error_class().empty() || !r.failed_step_id().empty()) {
        QJsonObject error;
        error.insert(QStringLiteral("failure_reason"), client::runs::text(r.failure_reason()));
        error.insert(QStringLiteral("error_class"), client::runs::text(r.error_class()));
        error.insert(QStringLiteral("failed_step_id"), client::runs::text(r.failed_step_id()));
        for (const auto &s : r.steps()) {
            if (s.id() != r.failed_step_id())
                continue;
            error.insert(QStringLiteral("failed_step_name"), client::runs::text(s.name()));
            if (!s.failure_reason().empty() && s.failure_reason() != r.failure_reason())
                error.insert(QStringLiteral("step_failure_reason"), client::runs::text(s.failure_reason()));
        }
        if (!r.failure_signature().empty())
            error.insert(QStringLiteral("failure_signature"), client::runs::text(r.failure_signature()));
        error.insert(QStringLiteral("recovered"), r.recovered());
        m_error->setJson(error);
    } else {
        m_error->clear();
    }
    m_error->setEmptyText(r.status() == wf::WORKFLOW_RUN_STATUS_CANCELLED ? tr("The run was cancelled, not failed")
                                                                          : tr("The run has not failed"));
}

void RunDetailWidget::updateDuration()
{
    const WorkflowRun &r = m_detail->run();
    if (!isSet(r.started_at())) {
        m_duration->setText(tr("—"));
        return;
    }
    if (isSet(r.ended_at())) {
        m_duration->setText(models::RunText::duration(millisOf(r.ended_at()) - millisOf(r.started_at())));
        return;
    }
    m_duration->setText(tr("%1 so far").arg(models::RunText::duration(QDateTime::currentMSecsSinceEpoch()
                                                                         - millisOf(r.started_at()))));
}

void RunDetailWidget::updateActions()
{
    const bool loaded = m_detail->state() == State::Loaded;
    const WorkflowRun *run = loaded ? &m_detail->run() : nullptr;
    const auto apply = [](QPushButton *button, const RunActions::Availability &can, const QString &tip) {
        button->setEnabled(can.enabled);
        button->setToolTip(can.enabled ? tip : can.reason);
        button->setAccessibleDescription(button->toolTip());
    };
    const RunActions::Availability none{false, tr("Not available here.")};
    apply(m_retryButton, m_actions ? m_actions->retryAvailability(run) : none,
          tr("Start this run again as a new attempt"));
    apply(m_cancelButton, m_actions ? m_actions->cancelAvailability(run) : none, tr("Stop this run"));
    m_copyIdButton->setEnabled(loaded);
    m_copyLinkButton->setEnabled(loaded && link().isValid());
    m_refreshButton->setEnabled(loaded);
    m_refreshAction->setEnabled(!m_detail->runId().isEmpty());
}

void RunDetailWidget::updateHistoryProgress()
{
    const QLocale locale;
    const QString loaded = locale.toString(m_detail->history()->loadedCount());
    const qint64 total = m_detail->history()->total();
    const QString totalText = total < 0 ? tr("?") : locale.toString(total);
    const QString error = m_detail->history()->lastError();
    QString text;
    if (!error.isEmpty())
        text = tr("Loaded %1 of %2 updates. The next page could not be loaded: %3").arg(loaded, totalText, error);
    else if (total < 0)
        text = m_detail->history()->isLoading() ? tr("Loading the history…") : QString();
    else if (total == 0)
        text = tr("This run has no status updates yet.");
    else if (m_detail->history()->loadedCount() >= total)
        text = tr("All %Ln update(s) loaded.", nullptr, static_cast<int>(total));
    else if (m_detail->history()->isFetchingAll())
        text = tr("Loaded %1 of %Ln update(s); loading the rest to reach the bottom of the list…", nullptr,
                  static_cast<int>(total))
                   .arg(loaded);
    else
        text = m_detail->history()->isLoading()
            ? tr("Loaded %1 of %Ln update(s); loading more…", nullptr, static_cast<int>(total)).arg(loaded)
            : tr("Loaded %1 of %Ln update(s); scroll down to load more.", nullptr, static_cast<int>(total))
                  .arg(loaded);
    if (m_historyFilter->failedOnly() && total > 0)
        text = tr("%1 Failures among them: %2.").arg(text, locale.toString(m_historyFilter->rowCount()));
    m_historyProgress->setText(text);
    m_historyProgress->setAccessibleDescription(text);
    m_historyRetryButton->setVisible(!error.isEmpty());
}

void RunDetailWidget::setHistoryNewestFirst(bool newestFirst)
{
    if (m_newestFirst->isChecked() != newestFirst) {
        const QSignalBlocker block(m_newestFirst);
        m_newestFirst->setChecked(newestFirst);
    }
    m_historyTable->setAccessibleDescription(newestFirst
                                                 ? tr("Every status update of the run, newest first, numbered from "
                                                      "1 for the run's first")
                                                 : tr("Every status update of the run, oldest first, numbered from "
                                                      "1 for the run's first"));
    // Each button says which key does the same in this order.
    const QString top = QKeySequence(Qt::Key_Home).toString(QKeySequence::NativeText);
    const QString bottom = QKeySequence(Qt::Key_End).toString(QKeySequence::NativeText);
    m_historyNewestButton->setToolTip(tr("Jump to the run's newest update (%1)").arg(newestFirst ? top : bottom));
    m_historyOldestButton->setToolTip(tr("Jump to the run's first update (%1)").arg(newestFirst ? bottom : top));
    m_historyNewestButton->setAccessibleDescription(m_historyNewestButton->toolTip());
    m_historyOldestButton->setAccessibleDescription(m_historyOldestButton->toolTip());
    models::RunHistoryModel *history = m_detail->history();
    if (history->newestFirst() == newestFirst)
        return;
    history->setNewestFirst(newestFirst);
    // The new order starts from its first page at once, as a new run does.
    if (m_detail->state() == State::Loaded && history->canFetchMore({}))
        history->fetchMore({});
}

void RunDetailWidget::jumpToHistoryEdge(bool newest)
{
    // The newest is on top when newest first, and at the bottom otherwise.
    jumpInHistory(newest != m_detail->history()->newestFirst());
    m_historyTable->setFocus(Qt::OtherFocusReason);
}

void RunDetailWidget::jumpInHistory(bool toBottom)
{
    models::RunHistoryModel *history = m_detail->history();
    if (toBottom && history->hasMore()) {
        // The bottom is not loaded yet: load the rest, then come back here.
        m_historyJumpPending = true;
        history->fetchAll();
        updateHistoryProgress();
        return;
    }
    QAbstractItemModel *shown = m_historyTable->model();
    const int rows = shown->rowCount();
    if (rows == 0)
        return;
    const QModelIndex target = shown->index(toBottom ? rows - 1 : 0, 0);
    m_historyTable->setCurrentIndex(target);
    m_historyTable->scrollTo(target, toBottom ? QAbstractItemView::PositionAtBottom : QAbstractItemView::PositionAtTop);
}

void RunDetailWidget::flashNotice(const QString &text)
{
    setNotice(text);
    m_noticeTimer.start();
}

void RunDetailWidget::setNotice(const QString &text)
{
    m_noticeTimer.stop();
    m_notice->setText(text);
    m_notice->setAccessibleDescription(text);
    m_notice->setVisible(!text.isEmpty());
}

QString RunDetailWidget::tenantId() const
{
    if (!m_detail->run().tenant_id().empty())
        return client::runs::text(m_detail->run().tenant_id());
    return m_detail->tenantId();
}

QUrl RunDetailWidget::link() const
{
    if (m_detail->runId().isEmpty())
        return {};
    return client::runLink(tenantId(), m_detail->runId());
}

void RunDetailWidget::copyLink()
{
    const QUrl url = link();
    if (!url.isValid())
        return;
    QGuiApplication::clipboard()->setText(url.toString());
    flashNotice(tr("Copied %1").arg(url.toString()));
}

void RunDetailWidget::copyRunId()
{
    if (m_detail->runId().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_detail->runId());
    flashNotice(tr("Copied the run id."));
}

RunDetailWidget::Tab RunDetailWidget::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

void RunDetailWidget::setCurrentTab(Tab tab)
{
    if (tab >= 0 && tab < TabCount)
        m_tabs->setCurrentIndex(tab);
}

} // namespace ameide::views
