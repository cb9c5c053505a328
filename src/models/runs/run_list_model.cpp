#include "models/runs/run_list_model.h"

#include "client/runs/runs_api.h"
#include "models/runs/run_text.h"

#include <QDateTime>

namespace ameide::models {

using ameide::client::RunWatch;
using ameide::client::runs::isSet;
using ameide::client::runs::millisOf;

namespace {

constexpr auto kTickInterval = std::chrono::seconds(1);

// Sorts keyed by a value that a live update can change are not kept in
// place by inserting on top; only "newest first" is.
bool newRunsGoOnTop(wf::RunSortField field, bool ascending)
{
    return field == wf::RUN_SORT_FIELD_CREATED_AT && !ascending;
}

} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_tick.setInterval(kTickInterval);
    connect(&m_tick, &QTimer::timeout, this, &RunListModel::tickDurations);
    m_tick.start();
}

RunListModel::~RunListModel() = default;

void RunListModel::setApi(ameide::client::RunsApi *api)
{
    m_api = api;
    reload();
}

void RunListModel::setFilter(const ameide::client::RunFilter &filter)
{
    m_filter = filter;
    reload();
}

void RunListModel::setSortOrder(wf::RunSortField field, bool ascending)
{
    if (field == m_sortField && ascending == m_ascending)
        return;
    m_sortField = field;
    m_ascending = ascending;
    reload();
}

void RunListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_serialById.clear();
    m_frontSerial = 0;
    m_nextToken.clear();
    m_loadedFirstPage = false;
    m_buffered.clear();
    m_lastError.clear();
    endResetModel();
    if (m_pendingNew != 0) {
        m_pendingNew = 0;
        Q_EMIT pendingNewRunsChanged(0);
    }
    m_loading = false;
    if (m_api)
        requestPage();
}

int RunListModel::columnForSortField(wf::RunSortField field)
{
    switch (field) {
    case wf::RUN_SORT_FIELD_STARTED_AT:
        return StartedColumn;
    case wf::RUN_SORT_FIELD_DURATION:
        return DurationColumn;
    case wf::RUN_SORT_FIELD_STATUS:
        return StatusColumn;
    case wf::RUN_SORT_FIELD_DEFINITION:
        return DefinitionColumn;
    case wf::RUN_SORT_FIELD_ATTEMPT:
        return AttemptColumn;
    default:
        return -1;
    }
}

std::optional<wf::RunSortField> RunListModel::sortFieldForColumn(int column)
{
    switch (column) {
    case StartedColumn:
        return wf::RUN_SORT_FIELD_STARTED_AT;
    case DurationColumn:
        return wf::RUN_SORT_FIELD_DURATION;
    case StatusColumn:
        return wf::RUN_SORT_FIELD_STATUS;
    case DefinitionColumn:
        return wf::RUN_SORT_FIELD_DEFINITION;
    case AttemptColumn:
        return wf::RUN_SORT_FIELD_ATTEMPT;
    default:
        return std::nullopt;
    }
}

void RunListModel::sort(int column, Qt::SortOrder order)
{
    if (const auto field = sortFieldForColumn(column))
        setSortOrder(*field, order == Qt::AscendingOrder);
}

const wf::WorkflowRun &RunListModel::runAt(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row));
}

int RunListModel::rowOfRun(const QString &runId) const
{
    const auto it = m_serialById.constFind(runId);
    return it == m_serialById.cend() ? -1 : rowFromSerial(*it);
}

void RunListModel::setDefinitionNames(const QHash<QString, QString> &names)
{
    m_definitionNames = names;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, DefinitionColumn), index(rowCount() - 1, DefinitionColumn));
}

void RunListModel::requestPage()
{
    if (m_loading || !m_api)
        return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    client::RunPageQuery request;
    request.filter = m_filter;
    request.sortField = m_sortField;
    request.ascending = m_ascending;
    request.pageSize = m_pageSize;
    request.pageToken = m_nextToken;
    const int generation = m_generation;
    const bool firstPage = !m_loadedFirstPage;
    m_api->searchRuns(this, request, [this, generation, firstPage](const client::ApiResult<client::RunPage> &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result.ok()) {
            m_lastError = result.message;
            Q_EMIT loadingChanged(false);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        m_lastError.clear();
        const auto &page = result.value;
        m_nextToken = page.nextPageToken;
        // A live event may have put a run of this page on top already.
        std::vector<const wf::WorkflowRun *> fresh;
        fresh.reserve(page.runs.size());
        for (const auto &run : page.runs) {
            if (!m_serialById.contains(QString::fromStdString(run.id())))
                fresh.push_back(&run);
        }
        if (!fresh.empty()) {
            const int first = rowCount();
            beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
            for (const auto *run : fresh) {
                m_serialById.insert(QString::fromStdString(run->id()), m_frontSerial + static_cast<qint64>(m_rows.size()));
                m_rows.push_back(*run);
            }
            endInsertRows();
        }
        m_loadedFirstPage = true;
        Q_EMIT loadingChanged(false);
        if (firstPage) {
            Q_EMIT firstPageLoaded(page.micros);
            if (!m_buffered.isEmpty())
                applyEvents(std::exchange(m_buffered, {}));
        }
    });
}

int RunListModel::applyEvents(const QList<RunWatch::Event> &events)
{
    if (!m_loadedFirstPage) {
        // Applied, in order, once the first page is here; events older than
        // the page are then overtaken by the later ones.
        constexpr qsizetype kMaxBuffered = 100000;
        if (m_buffered.size() < kMaxBuffered)
            m_buffered.append(events);
        return 0;
    }
    const auto now = QDateTime::currentDateTimeUtc();
    const qint64 newestShown = m_rows.empty() ? 0 : millisOf(m_rows.front().created_at());
    const bool onTop = newRunsGoOnTop(m_sortField, m_ascending);
    // Latest snapshot per run, in order of first appearance.
    QHash<QString, int> latest;
    std::vector<const wf::WorkflowRun *> order;
    for (const auto &event : events) {
        if (event.run.id().empty())
            continue;
        const auto id = QString::fromStdString(event.run.id());
        const auto it = latest.constFind(id);
        if (it == latest.cend()) {
            latest.insert(id, static_cast<int>(order.size()));
            order.push_back(&event.run);
        } else {
            order[static_cast<std::size_t>(*it)] = &event.run;
        }
    }
    int minRow = -1;
    int maxRow = -1;
    std::vector<const wf::WorkflowRun *> added;
    for (const auto *run : order) {
        const auto id = QString::fromStdString(run->id());
        const int row = rowOfRun(id);
        if (row >= 0) {
            auto &slot = m_rows[static_cast<std::size_t>(row)];
            // The list's snapshot lacks input/output; so does the event's.
            slot = *run;
            minRow = minRow < 0 ? row : std::min(minRow, row);
            maxRow = std::max(maxRow, row);
            continue;
        }
        // Runs not on screen are either further down (not fetched yet) or new.
        if (millisOf(run->created_at()) < newestShown)
            continue;
        if (!ameide::client::matches(m_filter, *run, m_definitionNames, now))
            continue;
        added.push_back(run);
    }
    if (minRow >= 0)
        Q_EMIT dataChanged(index(minRow, 0), index(maxRow, ColumnCount - 1));
    if (added.empty())
        return 0;
    if (!onTop) {
        m_pendingNew += static_cast<int>(added.size());
        Q_EMIT pendingNewRunsChanged(m_pendingNew);
        return 0;
    }
    // Newest ends up first.
    beginInsertRows({}, 0, static_cast<int>(added.size()) - 1);
    for (const auto *run : added) {
        --m_frontSerial;
        m_rows.push_front(*run);
        m_serialById.insert(QString::fromStdString(run->id()), m_frontSerial);
    }
    endInsertRows();
    return static_cast<int>(added.size());
}

void RunListModel::tickDurations()
{
    // Durations of running runs move on, and so do relative start times; the
    // view repaints only what it shows.
    static_assert(DurationColumn == StartedColumn + 1);
    if (m_rows.empty())
        return;
    Q_EMIT dataChanged(index(0, StartedColumn), index(rowCount() - 1, DurationColumn), {Qt::DisplayRole});
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::displayData(const wf::WorkflowRun &run, int column) const
{
    switch (column) {
    case IdColumn: {
        const auto id = QString::fromStdString(run.id());
        return id.size() > 12 ? id.left(12) + QChar(0x2026) : id;
    }
    case DefinitionColumn: {
        QString name = QString::fromStdString(run.definition_name());
        if (name.isEmpty())
            name = m_definitionNames.value(QString::fromStdString(run.definition_id()),
                                           QString::fromStdString(run.definition_id()));
        return tr("%1 v%2").arg(name).arg(run.version_number());
    }
    case StatusColumn:
        if (run.status() == wf::WORKFLOW_RUN_STATUS_FAILED && run.recovered())
            return tr("Failed · recovered");
        return RunText::runStatus(run.status());
    case FailureColumn:
        return QString::fromStdString(run.failure_reason());
    case StartedColumn:
        // Relative, for scanning; the cell's tooltip has the time and its zone.
        if (!isSet(run.started_at()))
            return tr("not started");
        return RunText::ago(client::runs::toDateTime(run.started_at()), QDateTime::currentDateTimeUtc());
    case DurationColumn: {
        const qint64 millis = client::runs::runDurationMillis(run, QDateTime::currentMSecsSinceEpoch());
        return millis < 0 ? QVariant() : QVariant(RunText::duration(millis));
    }
    case AttemptColumn:
        return run.attempt();
    case ElementColumn:
        return QString::fromStdString(run.element_id());
    default:
        return {};
    }
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const auto &run = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(run, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            return QString::fromStdString(run.id());
        case FailureColumn:
            if (run.failure_reason().empty())
                return {};
            return tr("%1\nError class: %2\nStep: %3")
                .arg(QString::fromStdString(run.failure_reason()), QString::fromStdString(run.error_class()),
                     QString::fromStdString(run.failed_step_id()));
        case StatusColumn:
            if (run.recovered())
                return tr("This run failed, and a later retry of it completed.");
            return {};
        case StartedColumn:
            if (!isSet(run.started_at()))
                return tr("Created %1; not started yet").arg(
                    RunText::dateTimeWithZone(client::runs::toDateTime(run.created_at())));
            return tr("Started %1\nCreated %2")
                .arg(RunText::dateTimeWithZone(client::runs::toDateTime(run.started_at())),
                     RunText::dateTimeWithZone(client::runs::toDateTime(run.created_at())));
        case AttemptColumn:
            return run.attempt() > 1 ? tr("Attempt %1 of its retry chain: the run was retried %n time(s) before.",
                                          nullptr, run.attempt() - 1)
                                           .arg(run.attempt())
                                     : tr("Attempt 1: the first run of its chain.");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return static_cast<int>(run.status());
    case RunIdRole:
        return QString::fromStdString(run.id());
    case RecoveredRole:
        return run.recovered();
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Run");
        case DefinitionColumn:
            return tr("Definition");
        case StatusColumn:
            return tr("Status");
        case FailureColumn:
            return tr("Failure reason");
        case StartedColumn:
            return tr("Started");
        case DurationColumn:
            return tr("Duration");
        case AttemptColumn:
            return tr("Attempt");
        case ElementColumn:
            return tr("Element");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (!sortFieldForColumn(section))
            return tr("This column cannot be sorted.");
        if (section == StartedColumn)
            return tr("When the run started, relative to now. Click to sort by start time; the list's own order "
                      "is newest created first.");
        if (section == AttemptColumn)
            return tr("The run's attempt in its retry chain: 1 is the first run, 2 its first retry.");
    }
    return {};
}

bool RunListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loadedFirstPage && !m_nextToken.empty() && !m_loading;
}

void RunListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

} // namespace ameide::models
