#include "runs_page.h"

#include "failure_group_model.h"
#include "platform_connection.h"
#include "run_detail_dialog.h"
#include "run_detail_widget.h"
#include "run_dialogs.h"
#include "run_list_model.h"
#include "run_text.h"
#include "saved_views.h"
#include "status_delegate.h"
#include "status_text.h"

#include <google/protobuf/util/time_util.h>

#include <QAction>
#include <QTimeZone>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ameide::views {

using ameide::client::RunFilter;
using ameide::client::RunWatch;
using ameide::models::FailureGroupModel;
using ameide::models::RunListModel;

namespace {

// Live events are applied at once when none were applied for this long, and
// otherwise gathered until it has passed: a lone update shows without delay,
// a burst costs one pass per interval.
constexpr auto kFlushInterval = std::chrono::milliseconds(50);
constexpr auto kCountsDebounce = std::chrono::seconds(2);
constexpr auto kGroupsDebounce = std::chrono::seconds(10);
constexpr auto kQueryDebounce = std::chrono::milliseconds(600);
constexpr auto kDetailDebounce = std::chrono::milliseconds(150);
constexpr auto kMessageTimeout = std::chrono::seconds(8);
// Held while paused; beyond this the list reloads on resume instead.
constexpr qsizetype kMaxHeldEvents = 200000;
constexpr int kExportPageSize = 1000;

constexpr auto kHeaderKey = "runs/header";
constexpr auto kMainSplitterKey = "runs/mainSplitter";
constexpr auto kListSplitterKey = "runs/listSplitter";
constexpr auto kFiltersShownKey = "runs/filtersShown";
constexpr auto kGroupsShownKey = "runs/groupsShown";
constexpr auto kGroupsHeaderKey = "runs/groupsHeader";

const QList<wf::WorkflowRunStatus> &allStatuses()
{
    static const QList<wf::WorkflowRunStatus> all = {
        wf::WORKFLOW_RUN_STATUS_PENDING, wf::WORKFLOW_RUN_STATUS_RUNNING, wf::WORKFLOW_RUN_STATUS_COMPLETED,
        wf::WORKFLOW_RUN_STATUS_FAILED, wf::WORKFLOW_RUN_STATUS_CANCELLED};
    return all;
}

struct TimeRange
{
    const char *label;
    qint64 seconds;
};

const QList<TimeRange> &timeRanges()
{
    static const QList<TimeRange> all = {
        {QT_TRANSLATE_NOOP("ameide::views::RunsPage", "Any time"), 0},
        {QT_TRANSLATE_NOOP("ameide::views::RunsPage", "Last 15 minutes"), qint64{15} * 60},
        {QT_TRANSLATE_NOOP("ameide::views::RunsPage", "Last hour"), 3600},
        {QT_TRANSLATE_NOOP("ameide::views::RunsPage", "Last 24 hours"), qint64{24} * 3600},
        {QT_TRANSLATE_NOOP("ameide::views::RunsPage", "Last 7 days"), qint64{7} * 24 * 3600},
        {QT_TRANSLATE_NOOP("ameide::views::RunsPage", "Last 30 days"), qint64{30} * 24 * 3600},
    };
    return all;
}

bool isFailedStatus(wf::WorkflowRunStatus status)
{
    return status == wf::WORKFLOW_RUN_STATUS_FAILED;
}

QString isoTime(const google::protobuf::Timestamp &ts)
{
    if (ts.seconds() == 0 && ts.nanos() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(google::protobuf::util::TimeUtil::TimestampToMilliseconds(ts), QTimeZone::utc())
        .toString(Qt::ISODateWithMs);
}

// One CSV field: quoted when it must be, and never read as a formula by a
// spreadsheet (a failure message can start with "=").
QByteArray csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields[i]);
    }
    line += "\r\n";
    return line;
}

QStringList csvHeader()
{
    return {QStringLiteral("run_id"), QStringLiteral("definition_id"), QStringLiteral("definition_name"),
            QStringLiteral("version"), QStringLiteral("status"), QStringLiteral("recovered"),
            QStringLiteral("failure_reason"), QStringLiteral("error_class"), QStringLiteral("failed_step_id"),
            QStringLiteral("failure_signature"), QStringLiteral("created_at"), QStringLiteral("started_at"),
            QStringLiteral("ended_at"), QStringLiteral("attempt"), QStringLiteral("retry_of_run_id"),
            QStringLiteral("original_run_id"), QStringLiteral("element_id"), QStringLiteral("started_by")};
}

QStringList csvValues(const wf::WorkflowRun &run)
{
    auto s = [](const std::string &v) { return QString::fromStdString(v); };
    QString status = QString::fromStdString(wf::WorkflowRunStatus_Name(run.status()));
    status.remove(QStringLiteral("WORKFLOW_RUN_STATUS_"));
    return {s(run.id()),
            s(run.definition_id()),
            s(run.definition_name()),
            QString::number(run.version_number()),
            status,
            run.recovered() ? QStringLiteral("true") : QStringLiteral("false"),
            s(run.failure_reason()),
            s(run.error_class()),
            s(run.failed_step_id()),
            s(run.failure_signature()),
            isoTime(run.created_at()),
            isoTime(run.started_at()),
            isoTime(run.ended_at()),
            QString::number(run.attempt()),
            s(run.retry_of_run_id()),
            s(run.original_run_id()),
            s(run.element_id()),
            s(run.started_by())};
}

QLineEdit *filterEdit(const QString &objectName, const QString &accessible, const QString &placeholder,
                      QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

RunsPage::RunsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunListModel(this))
    , m_groups(new FailureGroupModel(this))
    , m_views(new models::SavedViews(this))
{
    setObjectName(QStringLiteral("runsPage"));
    setAccessibleName(tr("Workflow runs"));
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunsPage::flushEvents);
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(kCountsDebounce);
    connect(&m_countsTimer, &QTimer::timeout, this, &RunsPage::refreshCounts);
    m_groupsTimer.setSingleShot(true);
    m_groupsTimer.setInterval(kGroupsDebounce);
    connect(&m_groupsTimer, &QTimer::timeout, m_groups, &FailureGroupModel::refresh);
    m_queryTimer.setSingleShot(true);
    m_queryTimer.setInterval(kQueryDebounce);
    connect(&m_queryTimer, &QTimer::timeout, this, &RunsPage::queryEdited);
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(kDetailDebounce);
    connect(&m_detailTimer, &QTimer::timeout, this, &RunsPage::showDetailOfCurrent);
    m_messageTimer.setSingleShot(true);
    m_messageTimer.setInterval(kMessageTimeout);

    createWidgets();
    createActions();

    connect(m_model, &RunListModel::firstPageLoaded, this, [this] {
        Q_EMIT firstRowsShown(m_sinceFilter.elapsed());
        updateEmptyState();
        updateActions();
        if (m_table->currentIndex().isValid() == false && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &RunListModel::loadFailed, this, [this](const QString &) { updateEmptyState(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateEmptyState(); });
    connect(m_model, &RunListModel::pendingNewRunsChanged, this, [this](int n) {
        if (n > 0)
            showMessage(tr("%n new matching run(s) arrived; press F5 to show them in this order.", nullptr, n));
    });
    connect(m_groups, &FailureGroupModel::loaded, this, [this] {
        m_groupsState->setText(m_groups->rowCount() == 0 ? tr("No failures in this range.")
                                                         : tr("%n failure group(s)", nullptr, m_groups->rowCount()));
        const int row = m_groups->rowOfSignature(m_model->filter().failureSignature);
        if (row >= 0)
            m_groupsTable->setCurrentIndex(m_groups->index(row, 0));
    });
    connect(m_groups, &FailureGroupModel::loadFailed, this,
            [this](const QString &error) { m_groupsState->setText(tr("Could not load failure groups: %1").arg(error)); });

    // The last query on screen comes back, else the failures view.
    const auto last = models::SavedViews::lastQuery();
    const auto parsed = ameide::client::parseRunQuery(last);
    const RunFilter initial = parsed.error ? RunFilter{} : parsed.filter;
    m_query->setText(ameide::client::formatRunQuery(initial));
    showFilterInWidgets(initial);
    m_model->setFilter(initial);
    syncViewCombo();
    updateLiveIndicator();
    updateActions();
}

RunsPage::~RunsPage()
{
    saveLayout();
}

void RunsPage::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    // Row 1: saved views, the query, live state.
    auto *top = new QHBoxLayout;
    auto *viewLabel = new QLabel(tr("&View:"), this);
    m_viewCombo = new QComboBox(this);
    m_viewCombo->setObjectName(QStringLiteral("savedViews"));
    m_viewCombo->setAccessibleName(tr("Saved view"));
    m_viewCombo->setPlaceholderText(tr("Custom query"));
    m_viewCombo->setMinimumContentsLength(16);
    viewLabel->setBuddy(m_viewCombo);
    top->addWidget(viewLabel);
    top->addWidget(m_viewCombo);
    m_saveViewButton = new QToolButton(this);
    m_saveViewButton->setObjectName(QStringLiteral("saveView"));
    m_saveViewButton->setText(tr("Save view…"));
    m_saveViewButton->setAccessibleName(tr("Save the query as a view"));
    m_saveViewButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_saveViewButton);
    m_deleteViewButton = new QToolButton(this);
    m_deleteViewButton->setObjectName(QStringLiteral("deleteView"));
    m_deleteViewButton->setText(tr("Delete view"));
    m_deleteViewButton->setAccessibleName(tr("Delete the saved view"));
    top->addWidget(m_deleteViewButton);

    auto *queryLabel = new QLabel(tr("&Query:"), this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("runQuery"));
    m_query->setAccessibleName(tr("Run query"));
    m_query->setPlaceholderText(tr("e.g. status:failed definition:coding-agent since:24h  (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_query->setToolTip(tr("Filters: status, definition, definition_id, element, id, since, after, before, "
                           "signature, is:recovered, is:unrecovered. Press Enter to apply."));
    queryLabel->setBuddy(m_query);
    top->addWidget(queryLabel);
    top->addWidget(m_query, 1);

    auto *filtersToggle = new QToolButton(this);
    filtersToggle->setObjectName(QStringLiteral("toggleFilters"));
    filtersToggle->setText(tr("Filters"));
    filtersToggle->setAccessibleName(tr("Show filter fields"));
    filtersToggle->setCheckable(true);
    top->addWidget(filtersToggle);

    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveIndicator"));
    m_liveLabel->setAccessibleName(tr("Live updates"));
    m_liveLabel->setMinimumWidth(150);
    top->addWidget(m_liveLabel);
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseLive"));
    m_pauseButton->setAccessibleName(tr("Pause live updates"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setText(tr("Pause"));
    top->addWidget(m_pauseButton);
    layout->addLayout(top);

    m_queryError = new QLabel(this);
    m_queryError->setObjectName(QStringLiteral("queryError"));
    m_queryError->setAccessibleName(tr("Query problem"));
    m_queryError->setWordWrap(true);
    m_queryError->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 4px 8px; "
                                               "border-radius: 4px;"));
    m_queryError->hide();
    layout->addWidget(m_queryError);

    // Row 2: the same filter as fields.
    m_filterPanel = new QWidget(this);
    m_filterPanel->setObjectName(QStringLiteral("filterPanel"));
    auto *fields = new QHBoxLayout(m_filterPanel);
    fields->setContentsMargins(0, 0, 0, 0);
    m_statusButton = new QToolButton(m_filterPanel);
    m_statusButton->setObjectName(QStringLiteral("statusFilter"));
    m_statusButton->setAccessibleName(tr("Status filter"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusMenu = new QMenu(m_statusButton);
    for (const auto status : allStatuses()) {
        auto *action = m_statusMenu->addAction(models::RunText::runStatus(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        connect(action, &QAction::toggled, this, &RunsPage::filterWidgetsChanged);
    }
    m_statusButton->setMenu(m_statusMenu);
    fields->addWidget(m_statusButton);
    m_definitionCombo = new QComboBox(m_filterPanel);
    m_definitionCombo->setObjectName(QStringLiteral("definitionFilter"));
    m_definitionCombo->setAccessibleName(tr("Definition filter"));
    m_definitionCombo->addItem(tr("All definitions"), QString());
    fields->addWidget(m_definitionCombo);
    m_timeCombo = new QComboBox(m_filterPanel);
    m_timeCombo->setObjectName(QStringLiteral("timeFilter"));
    m_timeCombo->setAccessibleName(tr("Time range"));
    for (const auto &range : timeRanges())
        m_timeCombo->addItem(tr(range.label), range.seconds);
    fields->addWidget(m_timeCombo);
    m_recoveryCombo = new QComboBox(m_filterPanel);
    m_recoveryCombo->setObjectName(QStringLiteral("recoveryFilter"));
    m_recoveryCombo->setAccessibleName(tr("Recovery filter"));
    m_recoveryCombo->addItem(tr("Recovered or not"), static_cast<int>(wf::RUN_RECOVERY_ANY));
    m_recoveryCombo->addItem(tr("Recovered failures"), static_cast<int>(wf::RUN_RECOVERY_RECOVERED));
    m_recoveryCombo->addItem(tr("Unrecovered failures"), static_cast<int>(wf::RUN_RECOVERY_UNRECOVERED));
    fields->addWidget(m_recoveryCombo);
    m_idEdit = filterEdit(QStringLiteral("idFilter"), tr("Run id prefix"), tr("Run id prefix"), m_filterPanel);
    m_nameEdit = filterEdit(QStringLiteral("nameFilter"), tr("Definition name contains"), tr("Definition name"),
                            m_filterPanel);
    m_elementEdit = filterEdit(QStringLiteral("elementFilter"), tr("Element"), tr("Element id"), m_filterPanel);
    m_signatureEdit = filterEdit(QStringLiteral("signatureFilter"), tr("Failure signature"), tr("Failure signature"),
                                 m_filterPanel);
    for (auto *edit : {m_idEdit, m_nameEdit, m_elementEdit, m_signatureEdit}) {
        fields->addWidget(edit, 1);
        connect(edit, &QLineEdit::editingFinished, this, &RunsPage::filterWidgetsChanged);
    }
    connect(m_definitionCombo, &QComboBox::activated, this, &RunsPage::filterWidgetsChanged);
    connect(m_timeCombo, &QComboBox::activated, this, &RunsPage::filterWidgetsChanged);
    connect(m_recoveryCombo, &QComboBox::activated, this, &RunsPage::filterWidgetsChanged);
    layout->addWidget(m_filterPanel);
    connect(filtersToggle, &QToolButton::toggled, m_filterPanel, &QWidget::setVisible);
    filtersToggle->setChecked(QSettings().value(QLatin1String(kFiltersShownKey), true).toBool());
    m_filterPanel->setVisible(filtersToggle->isChecked());
    connect(filtersToggle, &QToolButton::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(kFiltersShownKey), on); });

    // The action bar.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("runActions"));
    bar->setAccessibleName(tr("Run actions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(bar);
    bar->setProperty("pending", true);

    // Failure groups above the list; the run's detail beside both.
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("runsMainSplitter"));
    m_listSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_listSplitter->setObjectName(QStringLiteral("runsListSplitter"));

    m_groupsPanel = new QWidget(m_listSplitter);
    m_groupsPanel->setObjectName(QStringLiteral("failureGroupsPanel"));
    auto *groupsLayout = new QVBoxLayout(m_groupsPanel);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupsHeader = new QHBoxLayout;
    auto *groupsTitle = new QLabel(tr("<b>Failure groups</b>"), m_groupsPanel);
    groupsHeader->addWidget(groupsTitle);
    m_groupsState = new QLabel(m_groupsPanel);
    m_groupsState->setObjectName(QStringLiteral("failureGroupsState"));
    m_groupsState->setAccessibleName(tr("Failure groups state"));
    groupsHeader->addWidget(m_groupsState, 1);
    groupsLayout->addLayout(groupsHeader);
    m_groupsTable = new QTableView(m_groupsPanel);
    m_groupsTable->setObjectName(QStringLiteral("failureGroups"));
    m_groupsTable->setAccessibleName(tr("Failure groups"));
    m_groupsTable->setModel(m_groups);
    m_groupsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupsTable->verticalHeader()->hide();
    m_groupsTable->verticalHeader()->setDefaultSectionSize(m_groupsTable->fontMetrics().height() + 8);
    m_groupsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_groupsTable->horizontalHeader()->resizeSection(FailureGroupModel::FailureColumn, 420);
    m_groupsTable->horizontalHeader()->setStretchLastSection(true);
    m_groupsTable->setWordWrap(false);
    groupsLayout->addWidget(m_groupsTable);
    m_listSplitter->addWidget(m_groupsPanel);

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
    m_table->horizontalHeader()->setSortIndicator(RunListModel::StartedColumn, Qt::DescendingOrder);
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
    const QList<QPair<int, int>> widths = {{RunListModel::IdColumn, 110}, {RunListModel::DefinitionColumn, 170},
                                           {RunListModel::StatusColumn, 150}, {RunListModel::FailureColumn, 320},
                                           {RunListModel::StartedColumn, 150}, {RunListModel::DurationColumn, 95},
                                           {RunListModel::RetriesColumn, 65}};
    for (const auto &[column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    listLayout->addWidget(m_table, 1);
    m_listSplitter->addWidget(listPanel);
    m_listSplitter->setStretchFactor(0, 1);
    m_listSplitter->setStretchFactor(1, 3);
    m_mainSplitter->addWidget(m_listSplitter);
    m_detail = new RunDetailWidget(nullptr, m_mainSplitter);
    m_detail->setObjectName(QStringLiteral("runDetail"));
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    // The list gets the larger share until the user says otherwise.
    m_mainSplitter->setSizes({720, 480});
    layout->addWidget(m_mainSplitter, 1);

    // Footer.
    auto *footer = new QHBoxLayout;
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("runCounts"));
    m_countsLabel->setAccessibleName(tr("Run counts"));
    footer->addWidget(m_countsLabel);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("runsMessage"));
    m_messageLabel->setAccessibleName(tr("Last message"));
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    footer->addWidget(m_messageLabel, 1, Qt::AlignCenter);
    m_loadedLabel = new QLabel(this);
    m_loadedLabel->setObjectName(QStringLiteral("runsLoaded"));
    m_loadedLabel->setAccessibleName(tr("Rows loaded"));
    m_loadedLabel->setMinimumWidth(m_loadedLabel->fontMetrics().horizontalAdvance(tr("%n row(s) loaded, more on scroll", nullptr, 9999999)));
    m_loadedLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    footer->addWidget(m_loadedLabel);
    layout->addLayout(footer);
    connect(&m_messageTimer, &QTimer::timeout, m_messageLabel, &QLabel::clear);

    connect(m_query, &QLineEdit::textEdited, this, [this] { m_queryTimer.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_queryTimer.stop();
        queryEdited();
        if (m_queryError->isHidden())
            m_table->setFocus();
    });
    fillViewCombo();
    connect(m_views, &models::SavedViews::changed, this, &RunsPage::fillViewCombo);
    connect(m_viewCombo, &QComboBox::activated, this, [this](int index) {
        const auto views = m_views->all();
        if (index >= 0 && index < views.size())
            applyQuery(views[index].query);
    });
    connect(m_saveViewButton, &QToolButton::clicked, this, &RunsPage::saveView);
    connect(m_deleteViewButton, &QToolButton::clicked, this, &RunsPage::deleteView);
    connect(m_pauseButton, &QToolButton::toggled, this, &RunsPage::setLivePaused);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                // Columns the server cannot sort by keep the current order.
                if (!RunListModel::sortFieldForColumn(column)) {
                    const QSignalBlocker block(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(
                        RunListModel::columnForSortField(m_model->sortField()),
                        m_model->sortAscending() ? Qt::AscendingOrder : Qt::DescendingOrder);
                    showMessage(tr("The platform cannot sort by this column."));
                    return;
                }
                m_sinceFilter.start();
                Q_UNUSED(order)
            });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < RunListModel::ColumnCount; ++c) {
            auto *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_table->isColumnHidden(c));
            action->setEnabled(c != RunListModel::IdColumn);
            connect(action, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateActions();
    });
    connect(m_groupsTable, &QTableView::doubleClicked, this, &RunsPage::filterByGroup);
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
    // Single letters act only where the list has the focus, so typing in the
    // query never fires them.
    m_openAction = make(tr("Open detail"), QStringLiteral("openRunAction"), QKeySequence(Qt::Key_Return), m_table);
    m_retryAction = make(tr("&Retry…"), QStringLiteral("retryAction"), QKeySequence(Qt::Key_R), m_table);
    m_retryFromStepAction =
        make(tr("Retry from step…"), QStringLiteral("retryFromStepAction"), QKeySequence(), m_table);
    m_cancelAction = make(tr("&Cancel run…"), QStringLiteral("cancelAction"), QKeySequence(Qt::Key_C), m_table);
    m_bulkSelectionAction =
        make(tr("Retry selected…"), QStringLiteral("bulkSelectionAction"), QKeySequence(), m_table);
    m_bulkFilterAction = make(tr("Retry all matching…"), QStringLiteral("bulkFilterAction"),
                              QKeySequence(Qt::SHIFT | Qt::Key_R), m_table);
    m_exportAction = make(tr("Export CSV…"), QStringLiteral("exportAction"), QKeySequence(Qt::CTRL | Qt::Key_E), this);
    m_reloadAction = make(tr("Reload"), QStringLiteral("reloadAction"), QKeySequence(Qt::Key_F5), this);
    m_groupsAction = make(tr("Failure groups"), QStringLiteral("groupsAction"), QKeySequence(Qt::Key_G), m_table);
    m_groupsAction->setCheckable(true);
    m_pauseAction = make(tr("Pause live"), QStringLiteral("pauseAction"), QKeySequence(Qt::Key_P), m_table);
    m_filterGroupAction = make(tr("Show runs of group"), QStringLiteral("filterGroupAction"),
                               QKeySequence(Qt::Key_Return), m_groupsTable);
    m_remediationAction =
        make(tr("Remediation item…"), QStringLiteral("remediationAction"), QKeySequence(), m_groupsTable);
    auto *find = make(tr("Find"), QStringLiteral("findAction"), QKeySequence(Qt::CTRL | Qt::Key_F), this);
    auto *help = make(tr("Shortcuts (?)"), QStringLiteral("shortcutsAction"), QKeySequence(Qt::Key_Question),
                      m_table);
    auto *helpAnywhere = make(tr("Keyboard shortcuts"), QStringLiteral("shortcutsF1Action"),
                              QKeySequence(Qt::Key_F1), this);
    auto *down = make(tr("Next run"), QStringLiteral("nextRunAction"), QKeySequence(Qt::Key_J), m_table);
    auto *up = make(tr("Previous run"), QStringLiteral("previousRunAction"), QKeySequence(Qt::Key_K), m_table);
    auto *escape = make(tr("Back to the list"), QStringLiteral("backToListAction"), QKeySequence(Qt::Key_Escape),
                        m_query);

    for (auto *action : {m_retryAction, m_retryFromStepAction, m_cancelAction, m_bulkSelectionAction,
                         m_bulkFilterAction}) {
        bar->addAction(action);
    }
    bar->addSeparator();
    bar->addAction(m_exportAction);
    bar->addAction(m_reloadAction);
    bar->addAction(m_groupsAction);
    bar->addSeparator();
    bar->addAction(m_remediationAction);
    bar->addSeparator();
    bar->addAction(help);
    for (auto *action : bar->actions()) {
        if (auto *button = bar->widgetForAction(action)) {
            button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
        }
    }
    // The list's context menu.
    for (auto *action : {m_openAction, m_retryAction, m_retryFromStepAction, m_cancelAction, m_bulkSelectionAction})
        m_table->addAction(action);

    connect(m_detail, &RunDetailWidget::retryRequested, this, [this](const wf::WorkflowRun &run) {
        auto *dialog = new RetryDialog(m_connection, run, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RetryDialog::retried, this, [this](const wf::WorkflowRun &newRun, bool created) {
            showMessage(created ? tr("Retry started: %1").arg(QString::fromStdString(newRun.id()))
                                : tr("That retry had already been started: %1").arg(QString::fromStdString(newRun.id())));
        });
        dialog->open();
    });
    connect(m_detail, &RunDetailWidget::cancelRequested, this, &RunsPage::cancelRun);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (const auto run = currentRun())
            openRun(QString::fromStdString(run->id()));
    });
    connect(m_retryAction, &QAction::triggered, this, [this] { retryCurrent(false); });
    connect(m_retryFromStepAction, &QAction::triggered, this, [this] { retryCurrent(true); });
    connect(m_cancelAction, &QAction::triggered, this, &RunsPage::cancelCurrent);
    connect(m_bulkSelectionAction, &QAction::triggered, this, [this] { bulkRetry(false); });
    connect(m_bulkFilterAction, &QAction::triggered, this, [this] { bulkRetry(true); });
    connect(m_exportAction, &QAction::triggered, this, &RunsPage::exportWithDialog);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        m_sinceFilter.start();
        m_model->reload();
        refreshCounts();
        m_groups->refresh();
    });
    connect(m_groupsAction, &QAction::toggled, this, [this](bool on) {
        m_groupsPanel->setVisible(on);
        QSettings().setValue(QLatin1String(kGroupsShownKey), on);
        if (on)
            m_groupsTable->setFocus();
    });
    m_groupsAction->setChecked(QSettings().value(QLatin1String(kGroupsShownKey), true).toBool());
    m_groupsPanel->setVisible(m_groupsAction->isChecked());
    connect(m_pauseAction, &QAction::triggered, this, [this] { m_pauseButton->toggle(); });
    connect(m_filterGroupAction, &QAction::triggered, this, &RunsPage::filterByGroup);
    connect(m_remediationAction, &QAction::triggered, this, &RunsPage::openRemediation);
    connect(find, &QAction::triggered, this, [this] {
        m_query->setFocus();
        m_query->selectAll();
    });
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
    connect(m_groupsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPage::updateActions);
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
    m_groupsTable->horizontalHeader()->restoreState(settings.value(QLatin1String(kGroupsHeaderKey)).toByteArray());
    m_mainSplitter->restoreState(settings.value(QLatin1String(kMainSplitterKey)).toByteArray());
    m_listSplitter->restoreState(settings.value(QLatin1String(kListSplitterKey)).toByteArray());
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
    settings.setValue(QLatin1String(kGroupsHeaderKey), m_groupsTable->horizontalHeader()->saveState());
    settings.setValue(QLatin1String(kMainSplitterKey), m_mainSplitter->saveState());
    settings.setValue(QLatin1String(kListSplitterKey), m_listSplitter->saveState());
}

void RunsPage::setConnection(ameide::client::PlatformConnection *connection)
{
    if (m_watch) {
        m_watch->stop();
        m_watch->deleteLater();
        m_watch = nullptr;
    }
    m_pendingEvents.clear();
    m_connection = connection;
    m_canManage.reset();
    m_manageReason.clear();
    m_detail->setConnection(connection);
    if (connection) {
        m_watch = new RunWatch(connection, this);
        connect(m_watch, &RunWatch::eventsReceived, this, &RunsPage::onEvents);
        connect(m_watch, &RunWatch::stateChanged, this, &RunsPage::onWatchState);
        m_watch->start();
    }
    m_sinceFilter.start();
    m_model->setConnection(connection);
    m_groups->setConnection(connection);
    m_groups->load(m_model->filter());
    m_groupsState->setText(connection ? tr("Loading…") : QString());
    if (connection) {
        loadDefinitions();
        probePermissions();
        refreshCounts();
    } else {
        m_countsLabel->clear();
    }
    updateLiveIndicator();
    updateActions();
    updateEmptyState();
}

// --- Filter ------------------------------------------------------------------

QString RunsPage::query() const
{
    return ameide::client::formatRunQuery(m_model->filter());
}

bool RunsPage::applyQuery(const QString &text)
{
    m_query->setText(text);
    m_queryTimer.stop();
    queryEdited();
    return m_queryError->isHidden();
}

void RunsPage::queryEdited()
{
    const auto parsed = ameide::client::parseRunQuery(m_query->text());
    if (parsed.error) {
        const auto &e = *parsed.error;
        showQueryError(tr("%1 The list still shows the previous filter.").arg(e.message));
        if (!m_query->hasFocus())
            m_query->setSelection(e.position, std::max(1, e.length));
        return;
    }
    showQueryError({});
    setFilter(parsed.filter, true);
}

void RunsPage::showQueryError(const QString &text)
{
    m_queryError->setText(text);
    m_queryError->setVisible(!text.isEmpty());
    m_query->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #b3261e; }"));
}

void RunsPage::setFilter(const RunFilter &filter, bool fromQueryEdit)
{
    const QString canonical = ameide::client::formatRunQuery(filter);
    if (!fromQueryEdit || m_query->text().trimmed().isEmpty())
        m_query->setText(canonical);
    showFilterInWidgets(filter);
    if (filter == m_model->filter() && m_model->lastError().isEmpty())
        return;
    models::SavedViews::setLastQuery(canonical);
    m_sinceFilter.start();
    m_model->setFilter(filter);
    syncViewCombo();
    m_groups->load(filter);
    m_groupsState->setText(tr("Loading…"));
    refreshCounts();
}

void RunsPage::filterWidgetsChanged()
{
    RunFilter f = m_model->filter();
    f.statuses.clear();
    for (auto *action : m_statusMenu->actions()) {
        if (action->isChecked())
            f.statuses.append(static_cast<wf::WorkflowRunStatus>(action->data().toInt()));
    }
    const QString definition = m_definitionCombo->currentData().toString();
    // "Several (from the query)" keeps what the query said.
    if (m_definitionCombo->currentIndex() >= 0 && definition != QStringLiteral("*"))
        f.definitionIds = definition.isEmpty() ? QStringList() : QStringList{definition};
    const qint64 seconds = m_timeCombo->currentData().toLongLong();
    if (seconds >= 0) {
        f.sinceSeconds = seconds > 0 ? std::optional<qint64>(seconds) : std::nullopt;
        if (seconds == 0) {
            f.after.reset();
            f.before.reset();
        }
    }
    f.recovery = static_cast<wf::RunRecovery>(m_recoveryCombo->currentData().toInt());
    f.runIdPrefix = m_idEdit->text().trimmed();
    f.definitionName = m_nameEdit->text().trimmed();
    f.elementId = m_elementEdit->text().trimmed();
    f.failureSignature = m_signatureEdit->text().trimmed();
    // The fields take what the query takes; anything else is said the same way.
    const auto reparsed = ameide::client::parseRunQuery(ameide::client::formatRunQuery(f));
    if (reparsed.error) {
        showQueryError(reparsed.error->message);
        return;
    }
    showQueryError({});
    setFilter(reparsed.filter, false);
}

void RunsPage::showFilterInWidgets(const RunFilter &filter)
{
    const QSignalBlocker b1(m_statusMenu);
    QStringList statusNames;
    for (auto *action : m_statusMenu->actions()) {
        const QSignalBlocker block(action);
        const bool on = filter.statuses.contains(static_cast<wf::WorkflowRunStatus>(action->data().toInt()));
        action->setChecked(on);
        if (on)
            statusNames << action->text();
    }
    m_statusButton->setText(statusNames.isEmpty() ? tr("Any status") : statusNames.join(QStringLiteral(", ")));

    const QSignalBlocker b2(m_definitionCombo);
    const int several = m_definitionCombo->findData(QStringLiteral("*"));
    if (several >= 0)
        m_definitionCombo->removeItem(several);
    if (filter.definitionIds.isEmpty()) {
        m_definitionCombo->setCurrentIndex(0);
    } else if (filter.definitionIds.size() == 1 && m_definitionCombo->findData(filter.definitionIds.front()) >= 0) {
        m_definitionCombo->setCurrentIndex(m_definitionCombo->findData(filter.definitionIds.front()));
    } else {
        m_definitionCombo->addItem(tr("%n definition(s) from the query", nullptr,
                                      static_cast<int>(filter.definitionIds.size())),
                                   QStringLiteral("*"));
        m_definitionCombo->setCurrentIndex(m_definitionCombo->count() - 1);
    }

    const QSignalBlocker b3(m_timeCombo);
    const int custom = m_timeCombo->findData(qint64{-1});
    if (custom >= 0)
        m_timeCombo->removeItem(custom);
    int timeIndex = -1;
    if (!filter.after && !filter.before)
        timeIndex = m_timeCombo->findData(filter.sinceSeconds.value_or(0));
    if (timeIndex < 0) {
        m_timeCombo->addItem(tr("Custom range (from the query)"), qint64{-1});
        timeIndex = m_timeCombo->count() - 1;
    }
    m_timeCombo->setCurrentIndex(timeIndex);

    const QSignalBlocker b4(m_recoveryCombo);
    m_recoveryCombo->setCurrentIndex(std::max(0, m_recoveryCombo->findData(static_cast<int>(filter.recovery))));
    m_idEdit->setText(filter.runIdPrefix);
    m_nameEdit->setText(filter.definitionName);
    m_elementEdit->setText(filter.elementId);
    m_signatureEdit->setText(filter.failureSignature);
}

void RunsPage::fillViewCombo()
{
    const QSignalBlocker block(m_viewCombo);
    m_viewCombo->clear();
    const auto views = m_views->all();
    for (const auto &view : views)
        m_viewCombo->addItem(view.builtIn ? view.name : tr("%1 (mine)").arg(view.name), view.query);
    syncViewCombo();
}

void RunsPage::syncViewCombo()
{
    const QSignalBlocker block(m_viewCombo);
    const int index = m_views->indexOfQuery(query());
    m_viewCombo->setCurrentIndex(index);
    const auto views = m_views->all();
    const bool userView = index >= 0 && !views[index].builtIn;
    m_deleteViewButton->setEnabled(userView);
    m_deleteViewButton->setToolTip(userView ? tr("Delete the view \"%1\"").arg(views[index].name)
                                            : tr("Built-in views cannot be deleted."));
}

void RunsPage::saveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view for \"%1\":").arg(query()),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString error = m_views->save(name, query());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save view"), error);
        return;
    }
    syncViewCombo();
    showMessage(tr("Saved the view \"%1\".").arg(name.trimmed()));
}

void RunsPage::deleteView()
{
    const int index = m_viewCombo->currentIndex();
    const auto views = m_views->all();
    if (index < 0 || index >= views.size() || views[index].builtIn)
        return;
    const auto name = views[index].name;
    if (QMessageBox::question(this, tr("Delete view"), tr("Delete the view \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    m_views->remove(name);
    showMessage(tr("Deleted the view \"%1\".").arg(name));
}

// --- Platform data -----------------------------------------------------------

void RunsPage::loadDefinitions()
{
    wf::ListWorkflowDefinitionsRequest request;
    request.mutable_pagination()->set_page_size(1000);
    m_connection->call<wf::ListWorkflowDefinitionsRequest, wf::ListWorkflowDefinitionsResponse>(
        this, request,
        [s = m_connection->workflows()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->ListWorkflowDefinitions(ctx, req, resp, std::move(done));
        },
        [this](const grpc::Status &status, const wf::ListWorkflowDefinitionsResponse &response, qint64) {
            if (!status.ok())
                return; // The name column falls back to ids; the list itself does not depend on this.
            m_definitionNames.clear();
            const QSignalBlocker block(m_definitionCombo);
            while (m_definitionCombo->count() > 1)
                m_definitionCombo->removeItem(1);
            for (const auto &d : response.definitions()) {
                const auto id = QString::fromStdString(d.id());
                const auto name = QString::fromStdString(d.name());
                m_definitionNames.insert(id, name);
                m_definitionCombo->addItem(name, id);
            }
            m_model->setDefinitionNames(m_definitionNames);
            showFilterInWidgets(m_model->filter());
        });
}

void RunsPage::probePermissions()
{
    // A dry run answers nothing but whether this role may start retries.
    wf::StartBulkRetryRequest request;
    request.set_dry_run(true);
    request.mutable_query();
    m_connection->call<wf::StartBulkRetryRequest, wf::StartBulkRetryResponse>(
        this, request,
        [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->StartBulkRetry(ctx, req, resp, std::move(done));
        },
        [this](const grpc::Status &status, const wf::StartBulkRetryResponse &, qint64) {
            if (status.error_code() == grpc::StatusCode::PERMISSION_DENIED) {
                m_canManage = false;
                m_manageReason = ameide::client::describeStatus(status);
            } else if (status.error_code() == grpc::StatusCode::UNAVAILABLE ||
                       status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED) {
                // NOLINTNEXTLINE(clang-analyzer-cplusplus.NewDeleteLeaks): Qt owns the timer.
                QTimer::singleShot(std::chrono::seconds(5), this, [this] {
                    if (m_connection && !m_canManage)
                        probePermissions();
                });
                return;
            } else {
                m_canManage = true;
            }
            updateActions();
        });
}

void RunsPage::refreshCounts()
{
    if (!m_connection)
        return;
    wf::CountWorkflowRunsRequest request;
    ameide::client::toProto(m_model->filter(), QDateTime::currentDateTimeUtc(), request.mutable_query());
    m_connection->call<wf::CountWorkflowRunsRequest, wf::CountWorkflowRunsResponse>(
        this, request,
        [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->CountWorkflowRuns(ctx, req, resp, std::move(done));
        },
        [this, filter = m_model->filter()](const grpc::Status &status, const wf::CountWorkflowRunsResponse &response, qint64) {
            if (!(filter == m_model->filter()))
                return;
            if (!status.ok()) {
                m_countsLabel->setText(tr("Counts unavailable"));
                m_countsLabel->setToolTip(ameide::client::describeStatus(status));
                return;
            }
            const QLocale locale;
            m_countsLabel->setText(tr("%1 total • %2 running • %3 failed (%4 recovered)")
                                       .arg(locale.toString(response.total()), locale.toString(response.running()),
                                            locale.toString(response.failed()), locale.toString(response.recovered())));
            m_countsLabel->setToolTip(tr("Pending %1, completed %2, cancelled %3")
                                          .arg(locale.toString(response.pending()),
                                               locale.toString(response.completed()),
                                               locale.toString(response.cancelled())));
            Q_EMIT countsShown();
        });
}

// --- Live ----------------------------------------------------------------------

void RunsPage::onEvents(const QList<RunWatch::Event> &events)
{
    if (m_pendingEvents.size() < kMaxHeldEvents) {
        m_pendingEvents.append(events);
    } else {
        // Too much to replay: the list is read afresh instead.
        m_pendingEvents.clear();
        m_pendingEvents.squeeze();
        if (!m_paused)
            m_model->reload();
    }
    if (m_paused) {
        updateLiveIndicator();
        return;
    }
    if (m_flushTimer.isActive())
        return;
    const qint64 sinceLast = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : kFlushInterval.count();
    if (sinceLast >= kFlushInterval.count())
        flushEvents();
    else
        m_flushTimer.start(std::chrono::milliseconds(kFlushInterval.count() - sinceLast));
}

void RunsPage::flushEvents()
{
    if (m_paused || m_pendingEvents.isEmpty())
        return;
    const auto events = std::exchange(m_pendingEvents, {});
    m_sinceFlush.start();
    m_model->applyEvents(events);
    bool failures = false;
    QString current;
    if (const auto run = currentRun())
        current = QString::fromStdString(run->id());
    bool currentChanged = false;
    for (const auto &event : events) {
        failures = failures || isFailedStatus(event.run.status()) || event.run.recovered();
        if (!currentChanged && !current.isEmpty() && QString::fromStdString(event.run.id()) == current) {
            currentChanged = true;
            m_detail->applyLiveUpdate(event.run);
        }
    }
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
    if (failures && !m_groupsTimer.isActive())
        m_groupsTimer.start();
    if (currentChanged)
        updateActions();
    updateLoadedLabel();
}

void RunsPage::onWatchState(RunWatch::State)
{
    updateLiveIndicator();
}

void RunsPage::setLivePaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    {
        const QSignalBlocker block(m_pauseButton);
        m_pauseButton->setChecked(paused);
    }
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setAccessibleName(paused ? tr("Resume live updates") : tr("Pause live updates"));
    if (!paused)
        flushEvents();
    updateLiveIndicator();
}

void RunsPage::updateLiveIndicator()
{
    QString text;
    QString colour;
    QString tip;
    const auto state = m_watch ? m_watch->state() : RunWatch::State::Stopped;
    if (!m_watch || state == RunWatch::State::Stopped) {
        text = tr("○ Not live");
        colour = QStringLiteral("#6b6b6b");
        tip = tr("Not connected to a platform.");
    } else if (m_paused) {
        text = tr("❚❚ Paused (%n update(s) waiting)", nullptr, static_cast<int>(m_pendingEvents.size()));
        colour = QStringLiteral("#8a6d00");
        tip = tr("Live updates are held while paused and applied on resume. Press P to resume.");
    } else if (state == RunWatch::State::Live) {
        text = tr("● Live");
        colour = QStringLiteral("#1e7e34");
        tip = tr("Rows change as runs progress; new matching runs appear on top.");
    } else {
        text = state == RunWatch::State::Connecting ? tr("◌ Connecting…") : tr("◌ Reconnecting…");
        colour = QStringLiteral("#b35c00");
        tip = m_watch->lastError().isEmpty()
            ? tr("Waiting for the update stream.")
            : tr("The update stream broke (%1); it resumes where it stopped, so nothing is missed.")
                  .arg(m_watch->lastError());
    }
    m_liveLabel->setText(text);
    m_liveLabel->setToolTip(tip);
    m_liveLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
}

// --- Selection and actions -------------------------------------------------------

std::optional<wf::WorkflowRun> RunsPage::currentRun() const
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
        ids << QString::fromStdString(m_model->runAt(index.row()).id());
    return ids;
}

void RunsPage::updateActions()
{
    const auto run = currentRun();
    const bool known = m_canManage.has_value();
    const bool allowed = m_canManage.value_or(false);
    const QString roleReason = known ? m_manageReason : tr("Checking what your role may do…");
    auto set = [&](QAction *action, bool possible, const QString &whyNot, const QString &tip) {
        const bool enabled = possible && allowed;
        action->setEnabled(enabled);
        action->setToolTip(enabled ? tip : (!allowed ? roleReason : whyNot));
    };
    const auto status = run ? run->status() : wf::WORKFLOW_RUN_STATUS_UNSPECIFIED;
    const bool retryable = status == wf::WORKFLOW_RUN_STATUS_FAILED || status == wf::WORKFLOW_RUN_STATUS_CANCELLED;
    set(m_retryAction, retryable, run ? tr("Only failed or cancelled runs can be retried.") : tr("Select a run."),
        tr("Retry this run (R)"));
    set(m_retryFromStepAction, status == wf::WORKFLOW_RUN_STATUS_FAILED && run && !run->failed_step_id().empty(),
        tr("Only a failed run with a failed step can restart from it."), tr("Retry from the step that failed"));
    set(m_cancelAction, status == wf::WORKFLOW_RUN_STATUS_PENDING || status == wf::WORKFLOW_RUN_STATUS_RUNNING,
        run ? tr("Only pending or running runs can be cancelled.") : tr("Select a run."), tr("Cancel this run (C)"));
    const auto selected = m_table->selectionModel()->selectedRows().size();
    set(m_bulkSelectionAction, selected > 0, tr("Select runs first."),
        tr("Retry the %n selected run(s) as one job", nullptr, static_cast<int>(selected)));
    set(m_bulkFilterAction, true, {}, tr("Retry every failed run matching the filter as one job (Shift+R)"));
    m_openAction->setEnabled(run.has_value());
    const bool group = m_groupsTable->currentIndex().isValid();
    set(m_remediationAction, group, tr("Select a failure group."),
        tr("Open a remediation backlog item for the selected failure group"));
    m_filterGroupAction->setEnabled(group);
    m_detail->setActionsEnabled(allowed && retryable, allowed ? QString() : roleReason,
                                allowed && (status == wf::WORKFLOW_RUN_STATUS_PENDING ||
                                            status == wf::WORKFLOW_RUN_STATUS_RUNNING),
                                allowed ? QString() : roleReason);
    updateLoadedLabel();
}

void RunsPage::updateLoadedLabel()
{
    const QString text = m_model->hasMore() ? tr("%n row(s) loaded, more on scroll", nullptr, m_model->rowCount())
                                            : tr("%n row(s)", nullptr, m_model->rowCount());
    if (m_loadedLabel->text() != text)
        m_loadedLabel->setText(text);
}

void RunsPage::updateEmptyState()
{
    QString text;
    if (!m_connection) {
        text = tr("Not connected. Choose a profile under Connection ▸ Profiles, or wait for the local platform.");
    } else if (!m_model->lastError().isEmpty()) {
        text = tr("The runs could not be loaded: %1\nPress F5 to try again.").arg(m_model->lastError());
    } else if (m_model->rowCount() == 0 && !m_model->isLoading()) {
        text = m_model->filter().isEmpty() ? tr("This tenant has no workflow runs yet.")
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
    if (!m_connection)
        return;
    auto *dialog = new RunDetailDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->detail()->showRun(runId);
    connect(dialog->detail(), &RunDetailWidget::retryRequested, this, [this, dialog](const wf::WorkflowRun &run) {
        auto *retry = new RetryDialog(m_connection, run, dialog);
        retry->setAttribute(Qt::WA_DeleteOnClose);
        retry->open();
    });
    connect(dialog->detail(), &RunDetailWidget::cancelRequested, this, &RunsPage::cancelRun);
    dialog->show();
}

void RunsPage::retryCurrent(bool fromFailedStep)
{
    const auto run = currentRun();
    if (!run || !m_connection || !m_retryAction->isEnabled())
        return;
    auto *dialog = new RetryDialog(m_connection, *run, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFromFailedStep(fromFailedStep);
    connect(dialog, &RetryDialog::retried, this, [this](const wf::WorkflowRun &newRun, bool created) {
        showMessage(created ? tr("Retry started: %1").arg(QString::fromStdString(newRun.id()))
                            : tr("That retry had already been started: %1").arg(QString::fromStdString(newRun.id())));
    });
    dialog->open();
}

void RunsPage::cancelCurrent()
{
    const auto run = currentRun();
    if (!run || !m_cancelAction->isEnabled())
        return;
    cancelRun(*run);
}

void RunsPage::cancelRun(const wf::WorkflowRun &run)
{
    if (!m_connection || !m_canManage.value_or(false))
        return;
    const auto id = QString::fromStdString(run.id());
    QMessageBox box(QMessageBox::Question, tr("Cancel run"),
                    tr("Cancel run %1 of %2? Its running step stops and the run ends as cancelled.")
                        .arg(id, QString::fromStdString(run.definition_name())),
                    QMessageBox::NoButton, this);
    QAbstractButton *yes = box.addButton(tr("Cancel run"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Keep running"), QMessageBox::RejectRole));
    box.setObjectName(QStringLiteral("confirmCancel"));
    box.exec();
    if (box.clickedButton() != yes)
        return;
    wf::CancelWorkflowRunRequest request;
    request.set_run_id(run.id());
    m_connection->call<wf::CancelWorkflowRunRequest, wf::CancelWorkflowRunResponse>(
        this, request,
        [s = m_connection->workflows()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->CancelWorkflowRun(ctx, req, resp, std::move(done));
        },
        [this, id](const grpc::Status &status, const wf::CancelWorkflowRunResponse &, qint64) {
            showMessage(status.ok() ? tr("Cancelled %1.").arg(id)
                                    : tr("Could not cancel %1: %2").arg(id, ameide::client::describeStatus(status)));
        });
}

void RunsPage::bulkRetry(bool allMatching)
{
    if (!m_connection || !(allMatching ? m_bulkFilterAction : m_bulkSelectionAction)->isEnabled())
        return;
    auto *dialog = allMatching ? new BulkRetryDialog(m_connection, {}, m_model->filter(), this)
                               : new BulkRetryDialog(m_connection, selectedRunIds(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkRetryDialog::jobFinished, this, [this](const wf::BulkRetryJob &job) {
        showMessage(tr("Bulk retry %1: %2 retried, %3 skipped.")
                        .arg(QString::fromStdString(job.id()))
                        .arg(job.retried())
                        .arg(job.skipped()));
    });
    dialog->open();
}

// --- Failure groups ----------------------------------------------------------------

void RunsPage::filterByGroup()
{
    const auto index = m_groupsTable->currentIndex();
    if (!index.isValid())
        return;
    RunFilter f = m_model->filter();
    f.failureSignature = m_groups->data(index, FailureGroupModel::SignatureRole).toString();
    f.statuses = {wf::WORKFLOW_RUN_STATUS_FAILED};
    setFilter(f, false);
    m_table->setFocus();
}

void RunsPage::openRemediation()
{
    const auto index = m_groupsTable->currentIndex();
    if (!index.isValid() || !m_connection || !m_remediationAction->isEnabled())
        return;
    const auto &group = m_groups->groupAt(index.row());
    if (!group.feedback_item_id().empty()) {
        showMessage(tr("This group already has the remediation item %1.")
                        .arg(QString::fromStdString(group.feedback_item_id())));
        return;
    }
    auto *dialog = new RemediationDialog(m_connection, group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemediationDialog::opened, this, [this](const QString &itemId, bool created) {
        showMessage(created ? tr("Opened remediation item %1.").arg(itemId)
                            : tr("The group already had the remediation item %1.").arg(itemId));
        m_groups->refresh();
    });
    dialog->open();
}

// --- Export ----------------------------------------------------------------------

void RunsPage::exportWithDialog()
{
    if (!m_connection)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export runs"),
        dir + QStringLiteral("/runs-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void RunsPage::exportCsv(const QString &path)
{
    if (!m_connection) {
        Q_EMIT exportFinished(path, 0, tr("Not connected."));
        return;
    }
    struct Export
    {
        QSaveFile file;
        std::string token;
        qint64 rows = 0;
        wf::SearchWorkflowRunsRequest request;
    };
    auto job = std::make_shared<Export>();
    job->file.setFileName(path);
    if (!job->file.open(QIODevice::WriteOnly)) {
        const auto error = tr("Cannot write %1: %2").arg(path, job->file.errorString());
        showMessage(error);
        Q_EMIT exportFinished(path, 0, error);
        return;
    }
    job->file.write(csvRow(csvHeader()));
    ameide::client::toProto(m_model->filter(), QDateTime::currentDateTimeUtc(), job->request.mutable_query());
    job->request.mutable_sort()->set_field(m_model->sortField());
    job->request.mutable_sort()->set_ascending(m_model->sortAscending());
    job->request.mutable_pagination()->set_page_size(kExportPageSize);

    auto *progress = new QProgressDialog(tr("Exporting runs…"), tr("Stop"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setAccessibleName(tr("Export progress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto finish = [this, job, path, progress](const QString &error) {
        if (error.isEmpty() && !job->file.commit()) {
            Q_EMIT exportFinished(path, job->rows, job->file.errorString());
            showMessage(tr("Export failed: %1").arg(job->file.errorString()));
        } else {
            if (!error.isEmpty())
                job->file.cancelWriting();
            showMessage(error.isEmpty() ? tr("Exported %n run(s) to %1.", nullptr, static_cast<int>(job->rows)).arg(path)
                                        : error);
            Q_EMIT exportFinished(path, job->rows, error);
        }
        progress->close();
    };
    // Each page's answer keeps the loop alive; the loop does not keep itself.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, job, progress, finish, weakNext = std::weak_ptr<std::function<void()>>(next)] {
        auto self = weakNext.lock();
        if (progress->wasCanceled()) {
            finish(tr("Export stopped; nothing was written."));
            return;
        }
        if (!m_connection) {
            finish(tr("The connection was lost; nothing was written."));
            return;
        }
        job->request.mutable_pagination()->set_page_token(job->token);
        m_connection->call<wf::SearchWorkflowRunsRequest, wf::SearchWorkflowRunsResponse>(
            this, job->request,
            [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
                s->async()->SearchWorkflowRuns(ctx, req, resp, std::move(done));
            },
            [job, progress, finish, self](const grpc::Status &status, const wf::SearchWorkflowRunsResponse &response,
                                          qint64) {
                if (!status.ok()) {
                    finish(QObject::tr("Export failed: %1").arg(ameide::client::describeStatus(status)));
                    return;
                }
                for (const auto &run : response.runs())
                    job->file.write(csvRow(csvValues(run)));
                job->rows += response.runs_size();
                progress->setLabelText(QObject::tr("Exported %1 runs…").arg(job->rows));
                job->token = response.pagination().next_page_token();
                if (job->token.empty())
                    finish({});
                else
                    (*self)();
            },
            std::chrono::seconds(30));
    };
    (*next)();
}

// --- Misc ----------------------------------------------------------------------

void RunsPage::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
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
