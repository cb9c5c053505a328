#include "views/runs/runs_page.h"

#include "client/runs/bulk_retry_job_api.h"
#include "client/runs/runs_api.h"
#include "client/time_text.h"
#include "models/jobs/job_list_model.h"
#include "models/runs/failure_group_model.h"
#include "models/runs/live_run_feed.h"
#include "models/runs/run_csv_export.h"
#include "models/runs/run_list_model.h"
#include "models/runs/run_permissions.h"
#include "models/runs/saved_views.h"
#include "views/jobs/jobs_panel.h"
#include "views/runs/failure_groups_panel.h"
#include "views/runs/live_indicator.h"
#include "views/runs/run_actions.h"
#include "views/runs/run_detail_dialog.h"
#include "views/runs/run_detail_widget.h"
#include "views/runs/run_filter_bar.h"
#include "views/runs/shortcuts_dialog.h"
#include "views/runs/status_delegate.h"
#include "views/runs/steady_text.h"
#include "views/shell/themed_icon.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ameide::views {

using ameide::client::RunFilter;
using ameide::client::runs::WorkflowRun;
using ameide::models::FailureGroupModel;
using ameide::models::LiveRunFeed;
using ameide::models::RunListModel;

namespace {

constexpr auto kCountsDebounce = std::chrono::seconds(2);
constexpr auto kDetailDebounce = std::chrono::milliseconds(150);
constexpr auto kMessageTimeout = std::chrono::seconds(8);
// How long the list waits for the live stream to subscribe before it loads anyway.
constexpr auto kSubscribeWait = std::chrono::seconds(2);

constexpr auto kHeaderKey = "runs/header";
constexpr auto kMainSplitterKey = "runs/mainSplitter";
constexpr auto kListSplitterKey = "runs/listSplitter";
constexpr auto kGroupsShownKey = "runs/groupsShown";
// The groups' columns changed (trend, who is on it): a layout saved before is not theirs.
constexpr auto kGroupsHeaderKey = "runs/failureGroupsHeader";

} // namespace

RunsPage::RunsPage(QWidget *parent)
    : FeaturePage(parent)
    , m_api(new client::RunsApi(nullptr, this))
    , m_model(new RunListModel(this))
    , m_feed(new LiveRunFeed(this))
    , m_actions(new RunActions(this))
{
    setObjectName(QStringLiteral("runsPage"));
    setAccessibleName(tr("Workflow runs"));
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(kCountsDebounce);
    connect(&m_countsTimer, &QTimer::timeout, this, &RunsPage::refreshCounts);
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(kDetailDebounce);
    connect(&m_detailTimer, &QTimer::timeout, this, &RunsPage::showDetailOfCurrent);
    m_messageTimer.setSingleShot(true);
    m_messageTimer.setInterval(kMessageTimeout);

    createWidgets();
    createActions();

    connect(m_model, &RunListModel::firstPageLoaded, this, [this] {
        Q_EMIT firstRowsShown(m_sinceFilter.elapsed());
        loadSecondary();
        updateEmptyState();
        updateActions();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &RunListModel::loadFailed, this, [this](const QString &) {
        updateEmptyState();
        loadSecondary();
    });
    // A reload empties the list before it asks again: "Loading", not "no runs".
    connect(m_model, &RunListModel::loadingChanged, this, [this] { updateEmptyState(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateEmptyState(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateActions();
    });
    connect(m_model, &RunListModel::pendingNewRunsChanged, this, [this](int n) {
        if (n > 0)
            showMessage(tr("%n new matching run(s) arrived; press F5 to show them in this order.", nullptr, n));
    });
    connect(m_feed, &LiveRunFeed::eventsReady, this, &RunsPage::applyLiveEvents);
    connect(m_feed, &LiveRunFeed::changed, this, [this] {
        if (m_feed->state() != LiveRunFeed::State::Connecting)
            loadWaitingList();
    });
    m_listWaitTimer.setSingleShot(true);
    m_listWaitTimer.setInterval(kSubscribeWait);
    connect(&m_listWaitTimer, &QTimer::timeout, this, &RunsPage::loadWaitingList);
    connect(m_feed, &LiveRunFeed::overflowed, this, [this] { m_reloadAction->trigger(); });
    connect(m_actions, &RunActions::message, this, &RunsPage::showMessage);
    connect(m_actions, &RunActions::availabilityChanged, this, &RunsPage::updateActions);
    connect(m_actions, &RunActions::remediationOpened, m_groups, &FailureGroupsPanel::refresh);
    // Who is on a group shows at once, then the groups are read again.
    connect(m_actions, &RunActions::failureGroupAcknowledged, this,
            [this](const client::runs::FailureGroup &group) {
                m_groups->model()->applyGroup(group);
                m_groups->refresh();
            });
    connect(m_actions, &RunActions::jobRunsRequested, this, &RunsPage::showJobRuns);

    // The last query on screen comes back, else the empty filter.
    const auto parsed = ameide::client::parseRunQuery(models::SavedViews::lastQuery());
    const RunFilter initial = parsed.error ? RunFilter{} : parsed.filter;
    m_filterBar->showFilter(initial);
    m_model->setFilter(initial);
    m_groups->load(initial);
    updateActions();
}

RunsPage::~RunsPage()
{
    saveLayout();
}

QString RunsPage::title() const
{
    return tr("Workflow runs");
}

QString RunsPage::navigationText() const
{
    return tr("Runs");
}

QIcon RunsPage::icon() const
{
    return themedIcon(QStringLiteral("view-list-details"));
}

void RunsPage::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    m_filterBar = new RunFilterBar(this);
    m_filterBar->addToQueryRow(new LiveIndicator(m_feed, m_filterBar));
    layout->addWidget(m_filterBar);
    connect(m_filterBar, &RunFilterBar::filterChosen, this, &RunsPage::setFilter);
    connect(m_filterBar, &RunFilterBar::queryAccepted, this, [this] { m_table->setFocus(); });
    connect(m_filterBar, &RunFilterBar::message, this, &RunsPage::showMessage);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("runActions"));
    bar->setAccessibleName(tr("Run actions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(bar);

    // Failure groups above the list; the run's detail beside both.
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("runsMainSplitter"));
    m_listSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_listSplitter->setObjectName(QStringLiteral("runsListSplitter"));
    m_groups = new FailureGroupsPanel(m_listSplitter);
    m_listSplitter->addWidget(m_groups);
    connect(m_groups, &FailureGroupsPanel::groupChosen, this, [this](const QString &signature) {
        RunFilter f = m_model->filter();
        f.failureSignature = signature;
        f.statuses = {ameide_core_proto::workflows_runtime::v1::WORKFLOW_RUN_STATUS_FAILED};
        m_filterBar->showFilter(f);
        setFilter(f);
        m_table->setFocus();
    });
    connect(m_groups, &FailureGroupsPanel::currentChanged, this, &RunsPage::updateActions);

    auto *listPanel = new QWidget(m_listSplitter);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(listPanel);
    m_emptyLabel->setObjectName(QStringLiteral("runsEmptyState"));
    m_emptyLabel->setAccessibleName(tr("Runs list state"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    listLayout->addWidget(m_emptyLabel);
    m_table = new QTableView(listPanel);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setAccessibleName(tr("Workflow runs"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    // The list's own order (newest created first) is no column's: no indicator until a column is chosen.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(RunListModel::StatusColumn, new StatusDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // At the default window size (1280 x 800) the columns a triage needs fit
    // without scrolling, the failure reason last so it takes what is left;
    // attempt and element are one click away in the header's menu.
    const QList<QPair<int, int>> widths = {{RunListModel::IdColumn, 88},      {RunListModel::DefinitionColumn, 124},
                                           {RunListModel::StatusColumn, 122}, {RunListModel::FailureColumn, 140},
                                           {RunListModel::StartedColumn, 84}, {RunListModel::DurationColumn, 90},
                                           {RunListModel::AttemptColumn, 64}, {RunListModel::ElementColumn, 140}};
    auto *header = m_table->horizontalHeader();
    // Those widths fit the English texts: a header or a status badge that
    // runs longer in the language spoken widens its column instead of losing
    // its end.
    const int longAgo = m_table->fontMetrics().horizontalAdvance(client::TimeText::agoSample()) + 16;
    for (const auto &[column, width] : widths) {
        int wanted = header->sectionSizeHint(column);
        if (column == RunListModel::StatusColumn)
            wanted = std::max(wanted, StatusDelegate::columnWidth(m_table->font()));
        else if (column == RunListModel::StartedColumn)
            wanted = std::max(wanted, longAgo);
        header->resizeSection(column, std::max(width, wanted));
    }
    header->moveSection(header->visualIndex(RunListModel::FailureColumn),
                        header->visualIndex(RunListModel::DurationColumn));
    m_table->setColumnHidden(RunListModel::AttemptColumn, true);
    m_table->setColumnHidden(RunListModel::ElementColumn, true);
    // The header works out its last visible section when this is set, not when sections move.
    header->setStretchLastSection(false);
    header->setStretchLastSection(true);
    listLayout->addWidget(m_table, 1);
    m_listSplitter->addWidget(listPanel);
    m_listSplitter->setStretchFactor(0, 1);
    m_listSplitter->setStretchFactor(1, 3);
    m_mainSplitter->addWidget(m_listSplitter);
    m_detail = new RunDetailWidget(m_actions, m_mainSplitter);
    m_detail->setObjectName(QStringLiteral("runDetail"));
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    // The list gets the larger share until the user says otherwise.
    m_mainSplitter->setSizes({760, 440});
    // Eight failure groups show above the list; the pane can be resized, or
    // collapsed by dragging or with G.
    // (restoreLayout() sizes the pane for eight rows once the page has its size.)
    m_listSplitter->setSizes({240, 480});
    layout->addWidget(m_mainSplitter, 1);

    auto *footer = new QHBoxLayout;
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("runCounts"));
    m_countsLabel->setAccessibleName(tr("Run counts"));
    footer->addWidget(m_countsLabel);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("runsMessage"));
    m_messageLabel->setAccessibleName(tr("Last message"));
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long message (an error with the platform's words, a longer language)
    // wraps onto a second line rather than widening the window past the screen.
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    footer->addWidget(m_messageLabel, 1);
    m_loadedLabel = new QLabel(this);
    m_loadedLabel->setObjectName(QStringLiteral("runsLoaded"));
    m_loadedLabel->setAccessibleName(tr("Rows loaded"));
    m_loadedLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Room for a long list from the start; the count changes with every page.
    setSteadyText(m_loadedLabel, tr("%n row(s) loaded, more on scroll", nullptr, 9999999));
    footer->addWidget(m_loadedLabel);
    layout->addLayout(footer);
    connect(&m_messageTimer, &QTimer::timeout, m_messageLabel, &QLabel::clear);

    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        // Columns the server cannot sort by keep the current order.
        if (!RunListModel::sortFieldForColumn(column)) {
            const QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(RunListModel::columnForSortField(m_model->sortField()),
                                                          m_model->sortAscending() ? Qt::AscendingOrder
                                                                                   : Qt::DescendingOrder);
            showMessage(tr("The platform cannot sort by this column."));
            return;
        }
        m_sinceFilter.start();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (int c = 0; c < RunListModel::ColumnCount; ++c) {
            auto *action = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_table->isColumnHidden(c));
            action->setEnabled(c != RunListModel::IdColumn);
            connect(action, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        menu->addSeparator();
        auto *ownOrder = menu->addAction(tr("Newest first (the list's own order)"));
        ownOrder->setObjectName(QStringLiteral("defaultOrderAction"));
        ownOrder->setEnabled(m_model->sortField() != ameide_core_proto::workflows_runtime::v1::RUN_SORT_FIELD_CREATED_AT
                             || m_model->sortAscending());
        connect(ownOrder, &QAction::triggered, this, [this] {
            m_sinceFilter.start();
            m_model->setSortOrder(ameide_core_proto::workflows_runtime::v1::RUN_SORT_FIELD_CREATED_AT, false);
            const QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
        });
        menu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
    });
}

void RunsPage::createActions()
{
    auto *bar = findChild<QToolBar *>(QStringLiteral("runActions"));
    auto make = [this](const QString &text, const QString &name, const QKeySequence &key, QWidget *scope) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            scope->addAction(action);
        }
        return action;
    };
    QTableView *groups = m_groups->table();
    // Single letters act only where the list has the focus, so typing in the
    // query never fires them.
    m_openAction = make(tr("Open detail"), QStringLiteral("openRunAction"), QKeySequence(Qt::Key_Return), m_table);
    m_retryAction = make(tr("&Retry…"), QStringLiteral("retryAction"), QKeySequence(Qt::Key_R), m_table);
    m_retryFromStepAction =
        make(tr("Retry from step…"), QStringLiteral("retryFromStepAction"), QKeySequence(Qt::Key_F), m_table);
    m_cancelAction = make(tr("&Cancel run…"), QStringLiteral("cancelAction"), QKeySequence(Qt::Key_C), m_table);
    m_bulkSelectionAction =
        make(tr("Retry selected…"), QStringLiteral("bulkSelectionAction"), QKeySequence(Qt::Key_S), m_table);
    m_bulkFilterAction = make(tr("Retry all matching…"), QStringLiteral("bulkFilterAction"),
                              QKeySequence(Qt::SHIFT | Qt::Key_R), m_table);
    m_bulkCancelSelectionAction = make(tr("Cancel selected…"), QStringLiteral("bulkCancelSelectionAction"),
                                       QKeySequence(Qt::SHIFT | Qt::Key_C), m_table);
    m_bulkCancelFilterAction = make(tr("Cancel all matching…"), QStringLiteral("bulkCancelFilterAction"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), m_table);
    m_exportAction = make(tr("Export CSV…"), QStringLiteral("exportAction"), QKeySequence(Qt::CTRL | Qt::Key_E), this);
    m_reloadAction = make(tr("Reload"), QStringLiteral("reloadAction"), QKeySequence(Qt::Key_F5), this);
    m_groupsAction = make(tr("Failure groups"), QStringLiteral("groupsAction"), QKeySequence(Qt::Key_G), m_table);
    m_groupsAction->setCheckable(true);
    m_pauseAction = make(tr("Pause live"), QStringLiteral("pauseAction"), QKeySequence(Qt::Key_P), m_table);
    m_filterGroupAction = make(tr("Show runs of group"), QStringLiteral("filterGroupAction"),
                               QKeySequence(Qt::Key_Return), groups);
    m_remediationAction =
        make(tr("Remediation item…"), QStringLiteral("remediationAction"), QKeySequence(Qt::Key_M), groups);
    m_acknowledgeAction =
        make(tr("Acknowledge…"), QStringLiteral("acknowledgeAction"), QKeySequence(Qt::Key_A), groups);
    m_jobsAction = make(tr("Bulk jobs…"), QStringLiteral("jobsAction"), QKeySequence(Qt::CTRL | Qt::Key_J), this);
    // Ctrl+F edits the query from the list, the groups and the filter bar;
    // in the run's detail it belongs to the log's own search.
    auto *find = make(tr("Find"), QStringLiteral("findAction"), QKeySequence(Qt::CTRL | Qt::Key_F), m_table);
    m_filterBar->addAction(find);
    groups->addAction(find);
    auto *help =
        make(tr("Shortcuts (?)"), QStringLiteral("shortcutsAction"), QKeySequence(Qt::Key_Question), m_table);
    auto *helpAnywhere =
        make(tr("Keyboard shortcuts"), QStringLiteral("shortcutsF1Action"), QKeySequence(Qt::Key_F1), this);
    auto *down = make(tr("Next run"), QStringLiteral("nextRunAction"), QKeySequence(Qt::Key_J), m_table);
    auto *up = make(tr("Previous run"), QStringLiteral("previousRunAction"), QKeySequence(Qt::Key_K), m_table);
    auto *escape = make(tr("Back to the list"), QStringLiteral("backToListAction"), QKeySequence(Qt::Key_Escape),
                        m_filterBar->queryEdit());

    // What each does, for the status bar and the cheat sheet (which lists the window's actions).
    const std::pair<QAction *, QString> tips[] = {
        {m_openAction, tr("Open the selected run's detail")},
        {m_retryAction, tr("Retry the selected run (asks first)")},
        {m_retryFromStepAction, tr("Retry the selected run from its failed step (asks first)")},
        {m_cancelAction, tr("Cancel the selected run (asks first)")},
        {m_bulkSelectionAction, tr("Retry the selected runs as one job (counts first)")},
        {m_bulkFilterAction, tr("Retry every failed run the filter matches as one job (counts first)")},
        {m_bulkCancelSelectionAction, tr("Cancel the selected pending and running runs as one job (counts first)")},
        {m_bulkCancelFilterAction, tr("Cancel every pending and running run the filter matches as one job (counts "
                                      "first)")},
        {m_exportAction, tr("Export the filtered runs as CSV")},
        {m_reloadAction, tr("Reload the list, the counts and the failure groups")},
        {m_groupsAction, tr("Show or hide the failure groups")},
        {m_pauseAction, tr("Pause or resume live updates")},
        {m_filterGroupAction, tr("Show the runs of the selected failure group")},
        {m_remediationAction, tr("Open a remediation item for the selected failure group")},
        {m_acknowledgeAction, tr("Say who is on the selected failure group, with a note, or clear it")},
        {m_jobsAction, tr("Show the tenant's bulk jobs, running and recent")},
        {find, tr("Edit the filter query")},
        {help, tr("List the keyboard shortcuts")},
        {helpAnywhere, tr("List the keyboard shortcuts")},
        {down, tr("Next run")},
        {up, tr("Previous run")},
        {escape, tr("Back to the list from the query")},
    };
    for (const auto &[action, tip] : tips)
        action->setStatusTip(tip);

    // Shown in the menus (the toolbar shows text only, to fit beside the detail).
    const std::pair<QAction *, const char *> icons[] = {
        {m_retryAction, "edit-redo"},
        {m_retryFromStepAction, "go-jump"},
        {m_cancelAction, "process-stop"},
        {m_bulkSelectionAction, "edit-redo"},
        {m_bulkFilterAction, "edit-redo"},
        {m_bulkCancelSelectionAction, "process-stop"},
        {m_bulkCancelFilterAction, "process-stop"},
        {m_exportAction, "document-save-as"},
        {m_reloadAction, "view-refresh"},
        {m_groupsAction, "dialog-warning"},
        {m_pauseAction, "media-playback-pause"},
        {m_jobsAction, "system-run"},
        {find, "edit-find"},
        {help, "input-keyboard"},
        {helpAnywhere, "input-keyboard"},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(themedIcon(QString::fromLatin1(name)));

    for (auto *action :
         {m_retryAction, m_retryFromStepAction, m_cancelAction, m_bulkSelectionAction, m_bulkFilterAction})
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(m_jobsAction);
    bar->addAction(m_exportAction);
    bar->addAction(m_reloadAction);
    bar->addAction(m_groupsAction);
    bar->addSeparator();
    bar->addAction(m_remediationAction);
    bar->addAction(m_acknowledgeAction);
    bar->addSeparator();
    bar->addAction(help);
    for (auto *action : bar->actions()) {
        if (auto *button = bar->widgetForAction(action)) {
            button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
        }
    }
    // The list's context menu.
    for (auto *action : {m_openAction, m_retryAction, m_retryFromStepAction, m_cancelAction, m_bulkSelectionAction,
                         m_bulkCancelSelectionAction})
        m_table->addAction(action);

    connect(m_openAction, &QAction::triggered, this, [this] {
        if (const auto run = currentRun())
            openRun(QString::fromStdString(run->id()));
    });
    connect(m_retryAction, &QAction::triggered, this, [this] {
        if (const auto run = currentRun())
            m_actions->retry(*run, false, this);
    });
    connect(m_retryFromStepAction, &QAction::triggered, this, [this] {
        if (const auto run = currentRun())
            m_actions->retry(*run, true, this);
    });
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (const auto run = currentRun())
            m_actions->cancel(*run, this);
    });
    connect(m_bulkSelectionAction, &QAction::triggered, this,
            [this] { m_actions->bulkRetry(selectedRunIds(), this); });
    connect(m_bulkFilterAction, &QAction::triggered, this, [this] { m_actions->bulkRetry(m_model->filter(), this); });
    connect(m_bulkCancelSelectionAction, &QAction::triggered, this,
            [this] { m_actions->bulkCancel(selectedRunIds(), this); });
    connect(m_bulkCancelFilterAction, &QAction::triggered, this,
            [this] { m_actions->bulkCancel(m_model->filter(), this); });
    connect(m_exportAction, &QAction::triggered, this, &RunsPage::exportWithDialog);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        m_sinceFilter.start();
        m_model->reload();
        afterFirstPage(GroupsDue::Refresh);
    });
    connect(m_groupsAction, &QAction::toggled, this, [this](bool on) {
        m_groups->setVisible(on);
        QSettings().setValue(QLatin1String(kGroupsShownKey), on);
        if (on)
            m_groups->table()->setFocus();
    });
    m_groupsAction->setChecked(QSettings().value(QLatin1String(kGroupsShownKey), true).toBool());
    m_groups->setVisible(m_groupsAction->isChecked());
    connect(m_pauseAction, &QAction::triggered, this, [this] { setLivePaused(!isLivePaused()); });
    connect(m_filterGroupAction, &QAction::triggered, m_groups, &FailureGroupsPanel::chooseCurrent);
    connect(m_remediationAction, &QAction::triggered, this, [this] {
        const int row = m_groups->currentRow();
        if (row >= 0)
            m_actions->openRemediation(m_groups->model()->groupAt(row), this);
    });
    connect(m_acknowledgeAction, &QAction::triggered, this, [this] {
        const int row = m_groups->currentRow();
        if (row >= 0)
            m_actions->acknowledge(m_groups->model()->groupAt(row), this);
    });
    connect(find, &QAction::triggered, m_filterBar, &RunFilterBar::focusQuery);
    connect(m_jobsAction, &QAction::triggered, this, &RunsPage::showJobs);
    connect(help, &QAction::triggered, this, &RunsPage::showShortcuts);
    connect(helpAnywhere, &QAction::triggered, this, &RunsPage::showShortcuts);
    connect(down, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(up, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(escape, &QAction::triggered, this, [this] { m_table->setFocus(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        m_detailTimer.start();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPage::updateActions);
}

void RunsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        restoreLayout();
    }
}

void RunsPage::restoreLayout()
{
    QSettings settings;
    m_table->horizontalHeader()->restoreState(settings.value(QLatin1String(kHeaderKey)).toByteArray());
    m_groups->restoreHeaderState(settings.value(QLatin1String(kGroupsHeaderKey)).toByteArray());
    m_mainSplitter->restoreState(settings.value(QLatin1String(kMainSplitterKey)).toByteArray());
    if (!m_listSplitter->restoreState(settings.value(QLatin1String(kListSplitterKey)).toByteArray())) {
        // Eight failure groups show above the list (at most half the height)
        // until the user resizes the pane.
        const int total = m_listSplitter->height() - m_listSplitter->handleWidth();
        const int groups = std::min(m_groups->heightForRows(8), total / 2);
        if (groups > 0)
            m_listSplitter->setSizes({groups, total - groups});
    }
    // The sort shown is the one the model uses.
    const QSignalBlocker block(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(RunListModel::columnForSortField(m_model->sortField()),
                                                  m_model->sortAscending() ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void RunsPage::saveLayout() const
{
    if (!m_layoutRestored)
        return;
    QSettings settings;
    settings.setValue(QLatin1String(kHeaderKey), m_table->horizontalHeader()->saveState());
    settings.setValue(QLatin1String(kGroupsHeaderKey), m_groups->saveHeaderState());
    settings.setValue(QLatin1String(kMainSplitterKey), m_mainSplitter->saveState());
    settings.setValue(QLatin1String(kListSplitterKey), m_listSplitter->saveState());
}

void RunsPage::setConnection(ameide::client::PlatformConnection *connection)
{
    // One API for the page's life; everything on the page, and every window
    // it opens, asks through it, and starts again when it moves.
    m_api->setConnection(connection);
    client::RunsApi *api = connection ? m_api : nullptr;
    // The jobs panel reads through the connection it was made with.
    delete m_jobsPanel;
    m_feed->setApi(api);
    m_actions->setApi(api);
    m_detail->setApi(api);
    m_sinceFilter.start();
    loadListOnceSubscribed(api);
    m_groups->setApi(nullptr); // until the first page is in
    if (api) {
        afterFirstPage(GroupsDue::Connect);
        loadDefinitions();
    } else {
        m_countsDue = false;
        m_groupsDue = GroupsDue::Nothing;
        m_countsLabel->clear();
    }
    updateActions();
    updateEmptyState();
}

void RunsPage::loadListOnceSubscribed(ameide::client::RunsApi *api)
{
    // Subscribe first, then read the list: a run that starts in between is
    // then in the list or among the live events (which the model holds until
    // its first page is in), never in neither. A stream that does not answer
    // soon does not hold the list back.
    m_listWaitTimer.stop();
    m_listWaiting = false;
    if (!api || m_feed->state() != LiveRunFeed::State::Connecting) {
        m_model->setApi(api);
        return;
    }
    m_model->setApi(nullptr);
    m_listWaiting = true;
    m_listWaitTimer.start();
}

void RunsPage::loadWaitingList()
{
    if (!std::exchange(m_listWaiting, false))
        return;
    m_listWaitTimer.stop();
    m_model->setApi(m_api);
}

// --- Filter ------------------------------------------------------------------

QString RunsPage::query() const
{
    return ameide::client::formatRunQuery(m_model->filter());
}

bool RunsPage::applyQuery(const QString &text)
{
    return m_filterBar->applyQuery(text);
}

void RunsPage::setFilter(const RunFilter &filter)
{
    if (filter == m_model->filter() && m_model->lastError().isEmpty())
        return;
    models::SavedViews::setLastQuery(ameide::client::formatRunQuery(filter));
    m_sinceFilter.start();
    m_model->setFilter(filter);
    afterFirstPage(GroupsDue::Load);
}

void RunsPage::afterFirstPage(GroupsDue groups)
{
    m_countsDue = true;
    m_groupsDue = std::max(m_groupsDue, groups);
    if (!m_model->isLoading() && !m_listWaiting)
        loadSecondary(); // nothing to wait for
}

void RunsPage::loadSecondary()
{
    switch (std::exchange(m_groupsDue, GroupsDue::Nothing)) {
    case GroupsDue::Connect:
        // The filter first, then the platform: connecting loads that filter's groups.
        m_groups->load(m_model->filter());
        m_groups->setApi(m_api->isConnected() ? m_api : nullptr);
        break;
    case GroupsDue::Load:
        m_groups->load(m_model->filter());
        break;
    case GroupsDue::Refresh:
        m_groups->refresh();
        break;
    case GroupsDue::Nothing:
        break;
    }
    if (std::exchange(m_countsDue, false))
        refreshCounts();
}

// --- Platform data -----------------------------------------------------------

void RunsPage::loadDefinitions()
{
    m_api->listDefinitions(this, [this](const client::ApiResult<QList<client::WorkflowDefinitionName>> &result) {
        if (!result.ok())
            return; // The name column falls back to ids; the list itself does not depend on this.
        QHash<QString, QString> names;
        for (const auto &d : result.value)
            names.insert(d.id, d.name);
        m_filterBar->setDefinitions(result.value);
        m_model->setDefinitionNames(names);
    });
}

void RunsPage::refreshCounts()
{
    if (!m_api->isConnected())
        return;
    m_api->countRuns(this, m_model->filter(),
                     [this, filter = m_model->filter()](const client::ApiResult<client::RunCounts> &result) {
                         if (!(filter == m_model->filter()))
                             return;
                         if (!result.ok()) {
                             m_countsLabel->setText(tr("Counts unavailable"));
                             m_countsLabel->setToolTip(result.message);
                             return;
                         }
                         const auto &c = result.value;
                         const QLocale locale;
                         m_countsLabel->setText(tr("%1 total • %2 running • %3 failed (%4 recovered)")
                                                    .arg(locale.toString(c.total), locale.toString(c.running),
                                                         locale.toString(c.failed), locale.toString(c.recovered)));
                         m_countsLabel->setToolTip(tr("Pending %1, completed %2, cancelled %3")
                                                       .arg(locale.toString(c.pending), locale.toString(c.completed),
                                                            locale.toString(c.cancelled)));
                         Q_EMIT countsShown();
                     });
}

// --- Live ----------------------------------------------------------------------

void RunsPage::setLivePaused(bool paused)
{
    m_feed->setPaused(paused);
}

bool RunsPage::isLivePaused() const
{
    return m_feed->isPaused();
}

void RunsPage::applyLiveEvents(const QList<client::RunWatch::Event> &events)
{
    m_model->applyEvents(events);
    bool failures = false;
    const std::string shown = m_detail->runId().toStdString();
    bool currentChanged = false;
    for (const auto &event : events) {
        failures = failures || client::runs::isFailed(event.run.status()) || event.run.recovered();
        // The pane may show a run that is not the list's current row (one
        // opened from its retry chain); it follows that run.
        if (!shown.empty() && event.run.id() == shown) {
            currentChanged = true;
            m_detail->applyLiveUpdate(event.run);
        }
    }
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
    if (failures)
        m_groups->refreshSoon();
    if (currentChanged)
        updateActions();
    updateLoadedLabel();
}

// --- Selection and actions -------------------------------------------------------

std::optional<WorkflowRun> RunsPage::currentRun() const
{
    const auto index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->runAt(index.row());
}

QStringList RunsPage::selectedRunIds() const
{
    QStringList ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const auto &index : rows)
        ids << index.data(models::RunListModel::RunIdRole).toString();
    return ids;
}

std::optional<bool> RunsPage::canManage() const
{
    return m_actions->permissions()->canManage();
}

models::FailureGroupModel *RunsPage::failureGroups() const
{
    return m_groups->model();
}

void RunsPage::updateActions()
{
    const auto current = currentRun();
    const WorkflowRun *run = current ? &*current : nullptr;
    const auto set = [](QAction *action, const RunActions::Availability &can, const QString &tip) {
        action->setEnabled(can.enabled);
        action->setToolTip(can.enabled ? tip : can.reason);
    };
    set(m_retryAction, m_actions->retryAvailability(run), tr("Retry this run (R)"));
    set(m_retryFromStepAction, m_actions->retryFromStepAvailability(run), tr("Retry from the step that failed (F)"));
    set(m_cancelAction, m_actions->cancelAvailability(run), tr("Cancel this run (C)"));
    const auto selected = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    set(m_bulkSelectionAction, m_actions->bulkSelectionAvailability(selected),
        tr("Retry the %n selected run(s) as one job (S)", nullptr, selected));
    set(m_bulkFilterAction, m_actions->manageAvailability(),
        tr("Retry every failed run matching the filter as one job (Shift+R)"));
    set(m_bulkCancelSelectionAction, m_actions->bulkSelectionAvailability(selected),
        tr("Cancel the %n selected run(s) that are pending or running, as one job (Shift+C)", nullptr, selected));
    set(m_bulkCancelFilterAction, m_actions->manageAvailability(),
        tr("Cancel every pending or running run matching the filter as one job (Ctrl+Shift+C)"));
    m_openAction->setEnabled(run != nullptr);
    const int groupRow = m_groups->currentRow();
    set(m_remediationAction,
        m_actions->remediationAvailability(groupRow >= 0 ? &m_groups->model()->groupAt(groupRow) : nullptr),
        tr("Open a remediation backlog item for the selected failure group (M)"));
    set(m_acknowledgeAction,
        m_actions->acknowledgeAvailability(groupRow >= 0 ? &m_groups->model()->groupAt(groupRow) : nullptr),
        tr("Say who is on the selected failure group, or clear it (A)"));
    m_jobsAction->setEnabled(m_api->isConnected());
    m_jobsAction->setToolTip(m_api->isConnected() ? tr("Bulk jobs of this tenant, running and recent (Ctrl+J)")
                                                  : tr("Not connected."));
    m_filterGroupAction->setEnabled(groupRow >= 0);
    updateLoadedLabel();
}

void RunsPage::updateLoadedLabel()
{
    const QString text = m_model->hasMore() ? tr("%n row(s) loaded, more on scroll", nullptr, m_model->rowCount())
                                            : tr("%n row(s)", nullptr, m_model->rowCount());
    setSteadyText(m_loadedLabel, text);
}

void RunsPage::updateEmptyState()
{
    QString text;
    if (!m_api->isConnected()) {
        text = tr("Not connected. Choose a profile under Connection ▸ Profiles, or wait for the local platform.");
    } else if (!m_model->lastError().isEmpty()) {
        text = tr("The runs could not be loaded: %1\nPress F5 to try again.").arg(m_model->lastError());
    } else if (m_model->rowCount() == 0 && !m_model->isLoading() && !m_listWaiting) {
        text = m_model->filter().isEmpty()
            ? tr("This tenant has no workflow runs yet.")
            : tr("No runs match \"%1\".").arg(ameide::client::describeRunFilter(m_model->filter()));
    } else if (m_model->rowCount() == 0) {
        text = tr("Loading runs…");
    }
    // Called for every page that arrives while scrolling: touch nothing that
    // has not changed, so the page is not laid out and repainted again.
    if (m_emptyLabel->text() != text)
        m_emptyLabel->setText(text);
    if (m_emptyLabel->isVisible() == text.isEmpty())
        m_emptyLabel->setVisible(!text.isEmpty());
    updateLoadedLabel();
}

void RunsPage::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentIndex().row() + delta, 0, rows - 1);
    m_table->setCurrentIndex(m_model->index(row, std::max(0, m_table->currentIndex().column())));
    m_table->scrollTo(m_table->currentIndex());
}

void RunsPage::showDetailOfCurrent()
{
    if (const auto run = currentRun())
        m_detail->showRun(QString::fromStdString(run->id()));
}

void RunsPage::openRun(const QString &runId)
{
    if (!m_api->isConnected())
        return;
    auto *dialog = new RunDetailDialog(m_actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showRun(runId);
    dialog->show();
}

// --- Export ----------------------------------------------------------------------

void RunsPage::exportWithDialog()
{
    if (!m_api->isConnected())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export runs"), dir, tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(
        QStringLiteral("runs-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    connect(dialog, &QFileDialog::fileSelected, this, &RunsPage::exportCsv);
    dialog->open();
}

void RunsPage::exportCsv(const QString &path)
{
    auto *job = new models::RunCsvExport(m_api, m_model->filter(), m_model->sortField(), m_model->sortAscending(),
                                         path, this);
    QPointer<QProgressDialog> progress = new QProgressDialog(tr("Exporting runs…"), tr("Stop"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setAccessibleName(tr("Export progress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, job, &models::RunCsvExport::stop);
    connect(job, &models::RunCsvExport::progress, progress,
            [progress](qint64 rows) {
                if (progress)
                    progress->setLabelText(tr("Exported %Ln run(s)…", nullptr, static_cast<int>(rows)));
            });
    connect(job, &models::RunCsvExport::finished, this,
            [this, job, progress](const QString &file, qint64 rows, const QString &error) {
                showMessage(error.isEmpty() ? tr("Exported %n run(s) to %1.", nullptr, static_cast<int>(rows)).arg(file)
                                            : error);
                Q_EMIT exportFinished(file, rows, error);
                if (progress)
                    progress->close();
                job->deleteLater();
            });
    job->start();
}

// --- Misc ----------------------------------------------------------------------

void RunsPage::showJobs()
{
    if (!m_api->isConnected()) {
        showMessage(tr("Not connected."));
        return;
    }
    if (!m_jobsPanel) {
        auto *model = new models::JobListModel(m_api->bulkRetryJob(QStringList()));
        m_jobsPanel = new JobsPanel(model, this);
        model->setParent(m_jobsPanel);
        connect(m_jobsPanel, &JobsPanel::showRunsRequested, this, &RunsPage::showJobRuns);
    }
    m_jobsPanel->show();
    m_jobsPanel->raise();
    m_jobsPanel->activateWindow();
}

void RunsPage::showJob(const QString &jobId)
{
    showJobs();
    if (!m_jobsPanel)
        return;
    auto *model = qobject_cast<models::JobListModel *>(m_jobsPanel->table()->model());
    if (!model)
        return;
    const auto select = [table = QPointer<QTableView>(m_jobsPanel->table()), model, jobId] {
        const int row = model->rowOfJob(jobId);
        if (table && row >= 0)
            table->setCurrentIndex(model->index(row, 0));
        return row >= 0;
    };
    // A panel opened just now lists the jobs once the platform answers.
    if (!select()) {
        auto *once = new QObject(m_jobsPanel);
        connect(model, &models::JobListModel::refreshed, once, [select, once] {
            select();
            once->deleteLater();
        });
    }
}

void RunsPage::showJobRuns(const QString &jobId)
{
    // The query names the job alone: what else was filtered would hide some of its runs.
    applyQuery(QStringLiteral("job:") + jobId);
    m_table->setFocus();
}

void RunsPage::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(window(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RunsPage::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageTimer.start();
    Q_EMIT message(text);
}

} // namespace ameide::views
