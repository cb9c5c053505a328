#include "models/runs/run_list_model.h"

#include "client/runs/runs_api.h"
#include "models/runs/run_text.h"

#include <QDateTime>
#include <QTimeZone>

namespace ameide::models {

using ameide::client::RunWatch;
using ameide::client::runs::isSet;

namespace {

constexpr auto kTickInterval = std::chrono::seconds(1);
constexpr qint64 kNanosPerSecond = 1'000'000'000;
constexpr qint64 kNanosPerMilli = 1'000'000;

qint64 nanosOf(const google::protobuf::Timestamp &t)
{
    return isSet(t) ? t.seconds() * kNanosPerSecond + t.nanos() : 0;
}

void setNanos(google::protobuf::Timestamp *t, qint64 nanos)
{
    t->set_seconds(nanos / kNanosPerSecond);
    t->set_nanos(static_cast<qint32>(nanos % kNanosPerSecond));
}

QDateTime dateTimeOf(qint64 nanos)
{
    return QDateTime::fromMSecsSinceEpoch(nanos / kNanosPerMilli, QTimeZone::utc());
}

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
    clearRows();
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
    clearRows();
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

void RunListModel::clearRows()
{
    m_serialById.clear();
    m_rows.clear();
    m_frontSerial = 0;
    m_texts.clear();
    m_textIds.clear();
    m_texts.emplace_back();
    m_textIds.insert(QString(), 0);
}

quint32 RunListModel::intern(const std::string &text)
{
    if (text.empty())
        return 0;
    const QString value = QString::fromStdString(text);
    const auto it = m_textIds.constFind(value);
    if (it != m_textIds.cend())
        return *it;
    const auto id = static_cast<quint32>(m_texts.size());
    m_texts.push_back(value);
    m_textIds.insert(value, id);
    return id;
}

void RunListModel::fill(Row *row, const wf::WorkflowRun &run)
{
    row->createdNs = nanosOf(run.created_at());
    row->startedNs = nanosOf(run.started_at());
    row->endedNs = nanosOf(run.ended_at());
    row->status = run.status();
    row->attempt = run.attempt();
    row->version = run.version_number();
    row->recovered = run.recovered();
    row->tenant = intern(run.tenant_id());
    row->definitionId = intern(run.definition_id());
    row->definitionName = intern(run.definition_name());
    row->element = intern(run.element_id());
    row->failureReason = intern(run.failure_reason());
    row->errorClass = intern(run.error_class());
    row->failedStep = intern(run.failed_step_id());
    row->startedBy = intern(run.started_by());
    row->retryOf = intern(run.retry_of_run_id());
    row->original = intern(run.original_run_id());
    row->signature = intern(run.failure_signature());
}

wf::WorkflowRun RunListModel::runAt(int row) const
{
    const Row &r = m_rows.at(static_cast<std::size_t>(row));
    wf::WorkflowRun run;
    run.set_id(r.id);
    run.set_tenant_id(text(r.tenant).toStdString());
    run.set_definition_id(text(r.definitionId).toStdString());
    run.set_definition_name(text(r.definitionName).toStdString());
    run.set_version_number(r.version);
    run.set_element_id(text(r.element).toStdString());
    run.set_status(r.status);
    if (r.createdNs != 0)
        setNanos(run.mutable_created_at(), r.createdNs);
    if (r.startedNs != 0)
        setNanos(run.mutable_started_at(), r.startedNs);
    if (r.endedNs != 0)
        setNanos(run.mutable_ended_at(), r.endedNs);
    run.set_failure_reason(text(r.failureReason).toStdString());
    run.set_error_class(text(r.errorClass).toStdString());
    run.set_failed_step_id(text(r.failedStep).toStdString());
    run.set_started_by(text(r.startedBy).toStdString());
    run.set_retry_of_run_id(text(r.retryOf).toStdString());
    run.set_original_run_id(text(r.original).toStdString());
    run.set_attempt(r.attempt);
    run.set_recovered(r.recovered);
    run.set_failure_signature(text(r.signature).toStdString());
    return run;
}

int RunListModel::rowOfRun(const QString &runId) const
{
    const auto it = m_serialById.find(runId.toStdString());
    return it == m_serialById.end() ? -1 : rowFromSerial(it->second);
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
            if (!m_serialById.contains(run.id()))
                fresh.push_back(&run);
        }
        if (!fresh.empty()) {
            const int first = rowCount();
            beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
            for (const auto *run : fresh) {
                const qint64 serial = m_frontSerial + static_cast<qint64>(m_rows.size());
                Row &row = m_rows.emplace_back();
                row.id = run->id();
                fill(&row, *run);
                m_serialById.emplace(row.id, serial);
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
    const qint64 newestShown = m_rows.empty() ? 0 : m_rows.front().createdNs;
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
        const auto found = m_serialById.find(run->id());
        if (found != m_serialById.end()) {
            const int row = rowFromSerial(found->second);
            // The list's snapshot lacks input/output; so does the event's.
            fill(&m_rows[static_cast<std::size_t>(row)], *run);
            minRow = minRow < 0 ? row : std::min(minRow, row);
            maxRow = std::max(maxRow, row);
            continue;
        }
        // Runs not on screen are either further down (not fetched yet) or new.
        if (nanosOf(run->created_at()) < newestShown)
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
        Row &row = m_rows.emplace_front();
        row.id = run->id();
        fill(&row, *run);
        m_serialById.emplace(row.id, m_frontSerial);
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

QVariant RunListModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case IdColumn: {
        const auto id = QString::fromStdString(row.id);
        return id.size() > 12 ? id.left(12) + QChar(0x2026) : id;
    }
    case DefinitionColumn: {
        QString name = text(row.definitionName);
        if (name.isEmpty())
            name = m_definitionNames.value(text(row.definitionId), text(row.definitionId));
        return tr("%1 v%2").arg(name).arg(row.version);
    }
    case StatusColumn:
        return RunText::runStatus(row.status, row.recovered);
    case FailureColumn:
        return text(row.failureReason);
    case StartedColumn:
        // Relative, for scanning; the cell's tooltip has the time and its zone.
        if (row.startedNs == 0)
            return tr("not started");
        return RunText::ago(dateTimeOf(row.startedNs), QDateTime::currentDateTimeUtc());
    case DurationColumn: {
        // As client::runs::runDurationMillis: to now while active, unknown otherwise.
        if (row.startedNs == 0)
            return {};
        const qint64 start = row.startedNs / kNanosPerMilli;
        qint64 end = -1;
        if (row.endedNs != 0)
            end = row.endedNs / kNanosPerMilli;
        else if (client::runs::isActive(row.status))
            end = QDateTime::currentMSecsSinceEpoch();
        return end < 0 ? QVariant() : QVariant(RunText::duration(std::max<qint64>(0, end - start)));
    }
    case AttemptColumn:
        return row.attempt;
    case ElementColumn:
        return text(row.element);
    default:
        return {};
    }
}

QVariant RunListModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case IdColumn:
        return QString::fromStdString(row.id);
    case FailureColumn:
        if (row.failureReason == 0)
            return {};
        return tr("%1\nError class: %2\nStep: %3").arg(text(row.failureReason), text(row.errorClass), text(row.failedStep));
    case StatusColumn:
        if (row.recovered)
            return tr("This run failed, and a later retry of it completed.");
        return {};
    case StartedColumn:
        if (row.startedNs == 0)
            return tr("Created %1; not started yet").arg(RunText::dateTimeWithZone(dateTimeOf(row.createdNs)));
        return tr("Started %1\nCreated %2")
            .arg(RunText::dateTimeWithZone(dateTimeOf(row.startedNs)), RunText::dateTimeWithZone(dateTimeOf(row.createdNs)));
    case AttemptColumn:
        return row.attempt > 1 ? tr("Attempt %1 of its retry chain: the run was retried %n time(s) before.", nullptr,
                                    row.attempt - 1)
                                     .arg(row.attempt)
                               : tr("Attempt 1: the first run of its chain.");
    default:
        return {};
    }
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return static_cast<int>(row.status);
    case RunIdRole:
        return QString::fromStdString(row.id);
    case RecoveredRole:
        return row.recovered;
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
