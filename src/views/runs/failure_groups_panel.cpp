#include "views/runs/failure_groups_panel.h"

#include "client/time_text.h"
#include "models/runs/failure_group_model.h"
#include "views/runs/failure_group_delegate.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ameide::views {

using ameide::models::FailureGroupModel;

namespace {

// New failures refresh the groups at most this often.
constexpr auto kRefreshDebounce = std::chrono::seconds(10);
// How often relative times ("12 min ago", "due in 2 h") are brought up to date.
constexpr auto kClockTick = std::chrono::seconds(30);

} // namespace

FailureGroupsPanel::FailureGroupsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FailureGroupModel(this))
{
    setObjectName(QStringLiteral("failureGroupsPanel"));
    setAccessibleName(tr("Failure groups"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDebounce);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FailureGroupsPanel::refresh);
    m_clock.setInterval(kClockTick);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    m_clock.start();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Failure groups</b>"), this));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("failureGroupsState"));
    m_state->setAccessibleName(tr("Failure groups state"));
    // An error (with the platform's words, in a longer language) wraps rather
    // than widening the window.
    m_state->setWordWrap(true);
    header->addWidget(m_state, 1);
    layout->addLayout(header);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("failureGroups"));
    m_table->setAccessibleName(tr("Failure groups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *delegate = new FailureGroupDelegate(m_table);
    m_table->setItemDelegateForColumn(FailureGroupModel::FailureColumn, delegate);
    m_table->setItemDelegateForColumn(FailureGroupModel::TrendColumn, delegate);
    auto *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    // What fits beside the run's detail at 1280 x 800 (about 640 pixels): the
    // failure, its trend, counts, last seen and who is on it; the remediation
    // item is a scroll away, first seen and definitions a click on the header.
    const QList<QPair<int, int>> widths = {
        {FailureGroupModel::FailureColumn, 230},     {FailureGroupModel::TrendColumn, 62},
        {FailureGroupModel::RunsColumn, 56},         {FailureGroupModel::UnrecoveredColumn, 92},
        {FailureGroupModel::LastSeenColumn, 80},     {FailureGroupModel::OwnerColumn, 120},
        {FailureGroupModel::RemediationColumn, 150}, {FailureGroupModel::FirstSeenColumn, 130},
        {FailureGroupModel::DefinitionsColumn, 200}};
    // Those widths fit the English headers; a longer one in the language
    // spoken widens its column instead of losing its end.
    const int longAgo = m_table->fontMetrics().horizontalAdvance(ameide::client::TimeText::agoSample());
    for (const auto &[column, width] : widths) {
        int wanted = columns->sectionSizeHint(column);
        if (column == FailureGroupModel::LastSeenColumn)
            wanted = std::max(wanted, longAgo + 16);
        columns->resizeSection(column, std::max(width, wanted));
    }
    m_table->setColumnHidden(FailureGroupModel::FirstSeenColumn, true);
    m_table->setColumnHidden(FailureGroupModel::DefinitionsColumn, true);
    // Room to spare goes to the failure's text, not to the last column.
    m_failureWidth = columns->sectionSize(FailureGroupModel::FailureColumn);
    columns->setStretchLastSection(false);
    connect(columns, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (m_fitting)
            return;
        if (column == FailureGroupModel::FailureColumn)
            m_failureWidth = size;
        else
            fitFailureColumn();
    });
    m_table->viewport()->installEventFilter(this);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &FailureGroupsPanel::showColumnMenu);
    // What failed most recently first, until a header is clicked: at 3 a.m.
    // the question is what broke just now, not what failed most in a week.
    columns->setSortIndicator(FailureGroupModel::LastSeenColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table);

    connect(m_table, &QTableView::doubleClicked, this, &FailureGroupsPanel::chooseCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FailureGroupsPanel::currentChanged);
    // A reload with other groups resets the model: the group selected before is selected again.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_signatureToSelect.isEmpty())
            m_signatureToSelect = currentSignature();
    });
    connect(m_model, &FailureGroupModel::loaded, this, [this] {
        m_state->setText(m_model->rowCount() == 0 ? tr("No failures in this range.")
                                                  : tr("%n failure group(s)", nullptr, m_model->rowCount()));
        selectAfterLoad();
        Q_EMIT currentChanged();
    });
    connect(m_model, &FailureGroupModel::loadFailed, this,
            [this](const QString &error) { m_state->setText(tr("Could not load failure groups: %1").arg(error)); });
}

FailureGroupsPanel::~FailureGroupsPanel() = default;

void FailureGroupsPanel::setApi(ameide::client::RunsApi *api)
{
    // The model asks again for the groups of the filter it has.
    m_model->setApi(api);
    m_state->setText(api ? tr("Loading…") : QString());
}

void FailureGroupsPanel::chooseCurrent()
{
    const QString signature = currentSignature();
    if (!signature.isEmpty())
        Q_EMIT groupChosen(signature);
}

void FailureGroupsPanel::load(const ameide::client::RunFilter &filter)
{
    m_signatureToSelect = filter.failureSignature;
    m_refreshTimer.stop();
    m_model->load(filter);
    m_state->setText(tr("Loading…"));
}

void FailureGroupsPanel::refreshSoon()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void FailureGroupsPanel::refresh()
{
    m_refreshTimer.stop();
    m_signatureToSelect = currentSignature();
    m_model->refresh();
}

void FailureGroupsPanel::selectAfterLoad()
{
    const QString signature = std::exchange(m_signatureToSelect, QString());
    const int row = m_model->rowOfSignature(signature);
    if (row < 0 || row == currentRow())
        return;
    m_table->setCurrentIndex(m_model->index(row, std::max(0, m_table->currentIndex().column())));
    m_table->scrollTo(m_table->currentIndex());
}

int FailureGroupsPanel::currentRow() const
{
    const auto index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

QString FailureGroupsPanel::currentSignature() const
{
    const auto index = m_table->currentIndex();
    return index.isValid() ? m_model->data(index, FailureGroupModel::SignatureRole).toString() : QString();
}

QByteArray FailureGroupsPanel::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void FailureGroupsPanel::restoreHeaderState(const QByteArray &state)
{
    auto *columns = m_table->horizontalHeader();
    if (state.isEmpty() || !columns->restoreState(state))
        return;
    m_failureWidth = columns->sectionSize(FailureGroupModel::FailureColumn);
    m_model->sort(columns->sortIndicatorSection(), columns->sortIndicatorOrder());
    fitFailureColumn();
}

bool FailureGroupsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitFailureColumn();
    return QWidget::eventFilter(watched, event);
}

void FailureGroupsPanel::fitFailureColumn()
{
    auto *columns = m_table->horizontalHeader();
    const int failure = columns->sectionSize(FailureGroupModel::FailureColumn);
    const int others = columns->length() - failure;
    const int wanted = std::max(m_failureWidth, m_table->viewport()->width() - others);
    if (wanted == failure)
        return;
    m_fitting = true;
    columns->resizeSection(FailureGroupModel::FailureColumn, wanted);
    m_fitting = false;
}

int FailureGroupsPanel::heightForRows(int rows) const
{
    const auto *layout = this->layout();
    const int title = layout->itemAt(0)->sizeHint().height() + layout->spacing();
    const int table = 2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + m_table->horizontalScrollBar()->sizeHint().height();
    return title + table;
}

void FailureGroupsPanel::showColumnMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("failureGroupColumns"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < FailureGroupModel::ColumnCount; ++c) {
        auto *action = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(c));
        action->setEnabled(c != FailureGroupModel::FailureColumn);
        connect(action, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
    menu->popup(m_table->horizontalHeader()->mapToGlobal(pos));
}

} // namespace ameide::views
