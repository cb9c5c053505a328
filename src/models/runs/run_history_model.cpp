#include "models/runs/run_history_model.h"

#include "client/runs/runs_api.h"
#include "models/runs/run_text.h"

#include <QFont>

#include <algorithm>

namespace ameide::models {

using ameide::client::runs::isTerminal;
using ameide::client::runs::millisOf;

namespace {

constexpr int kMaxPageSize = 1000;

bool isFailure(const wf::WorkflowStatusUpdate &u)
{
    return u.run_status() == wf::WORKFLOW_RUN_STATUS_FAILED || u.step_status() == wf::WORKFLOW_STEP_STATUS_FAILED;
}

// A step update speaks for its step; the others, and the one that ends the
// run (which also names the step it failed at), for the run.
bool isStepUpdate(const wf::WorkflowStatusUpdate &u)
{
    return !u.step_id().empty() && u.step_status() != wf::WORKFLOW_STEP_STATUS_UNSPECIFIED
        && !isTerminal(u.run_status());
}

} // namespace

RunHistoryModel::RunHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunHistoryModel::~RunHistoryModel() = default;

void RunHistoryModel::setApi(ameide::client::RunsApi *api)
{
    if (m_api == api)
        return;
    m_api = api;
    reload();
}

void RunHistoryModel::setRunId(const QString &runId)
{
    if (m_runId == runId)
        return;
    m_runId = runId;
    // Another run's steps are not this one's.
    m_stepNames.clear();
    reload();
}

void RunHistoryModel::setNewestFirst(bool newestFirst)
{
    if (m_newestFirst == newestFirst)
        return;
    m_newestFirst = newestFirst;
    reload();
}

void RunHistoryModel::setStepNames(const QHash<QString, QString> &namesById)
{
    if (m_stepNames == namesById)
        return;
    m_stepNames = namesById;
    if (!m_updates.empty())
        Q_EMIT dataChanged(index(0, StepColumn), index(rowCount() - 1, StatusColumn));
}

QString RunHistoryModel::stepName(const QString &stepId) const
{
    return RunText::stepName(m_stepNames.value(stepId), stepId);
}

qint64 RunHistoryModel::numberAt(int row) const
{
    return m_newestFirst ? std::max<qint64>(1, m_topNumber - row) : qint64{row} + 1;
}

void RunHistoryModel::fetchAll()
{
    if (!hasMore()) {
        Q_EMIT allLoaded();
        return;
    }
    m_fetchingAll = true;
    m_lastError.clear();
    if (!m_loading)
        requestPage();
}

void RunHistoryModel::reload()
{
    ++m_generation;
    m_fetchingAll = false;
    // Idle before the reset ends: a view or tester may fetch from its
    // modelReset handler, and that request must stay marked as loading.
    setLoading(false);
    beginResetModel();
    m_updates.clear();
    m_updates.shrink_to_fit();
    m_nextToken.clear();
    m_loadedFirstPage = false;
    m_total = -1;
    m_topNumber = 0;
    m_lastError.clear();
    endResetModel();
    Q_EMIT progressChanged(loadedCount(), m_total);
}

void RunHistoryModel::retryFetch()
{
    m_lastError.clear();
    if (hasMore() && !m_loading)
        requestPage();
}

void RunHistoryModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, kMaxPageSize);
}

bool RunHistoryModel::hasMore() const
{
    return !m_runId.isEmpty() && (!m_loadedFirstPage || !m_nextToken.empty());
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_updates.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("#");
    case TimeColumn: return tr("Time");
    case StepColumn: return tr("Step");
    case StatusColumn: return tr("Status");
    case MessageColumn: return tr("Message");
    case FailureColumn: return tr("Failure");
    default: return {};
    }
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const wf::WorkflowStatusUpdate &u = m_updates[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NumberColumn)
            return QString::number(numberAt(index.row()));
        return displayData(u, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn) {
            return tr("Update %1 of this run (platform sequence %2)")
                .arg(numberAt(index.row()))
                .arg(static_cast<qint64>(u.sequence()));
        }
        if (index.column() == StepColumn && !u.step_id().empty()) {
            const QString id = QString::fromStdString(u.step_id());
            const QString name = stepName(id);
            return name == id ? id : tr("%1 (%2)").arg(name, id);
        }
        if (index.column() == StatusColumn) {
            if (u.step_id().empty() || u.step_status() == wf::WORKFLOW_STEP_STATUS_UNSPECIFIED)
                return tr("Run: %1").arg(RunText::runStatus(u.run_status()));
            return tr("Run: %1; step %2: %3")
                .arg(RunText::runStatus(u.run_status()), stepName(QString::fromStdString(u.step_id())),
                     RunText::stepStatus(u.step_status()));
        }
        if (index.column() == FailureColumn || index.column() == MessageColumn)
            return displayData(u, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        // Failures stand out by weight as well as by their text.
        if (index.column() == StatusColumn && isFailure(u)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SequenceRole: return static_cast<qint64>(u.sequence());
    case FailedRole: return isFailure(u);
    case OccurredAtRole: return millisOf(u.occurred_at());
    case NumberRole: return numberAt(index.row());
    default: return {};
    }
}

QVariant RunHistoryModel::displayData(const wf::WorkflowStatusUpdate &u, int column) const
{
    switch (column) {
    case TimeColumn: return RunText::preciseTime(u.occurred_at());
    case StepColumn: return stepName(QString::fromStdString(u.step_id()));
    case StatusColumn:
        return isStepUpdate(u) ? stepStatusText(u.step_status()) : runStatusText(u.run_status());
    case MessageColumn: return QString::fromStdString(u.message());
    case FailureColumn:
        if (u.failure_reason().empty() && u.error_class().empty())
            return QString();
        if (u.error_class().empty())
            return QString::fromStdString(u.failure_reason());
        return tr("%1 (%2)").arg(QString::fromStdString(u.failure_reason()), QString::fromStdString(u.error_class()));
    default: return {};
    }
}

bool RunHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page is on its way (views ask on every scroll), and not
    // after a failure: the user retries, the view does not hammer.
    return !parent.isValid() && hasMore() && !m_loading && m_lastError.isEmpty() && m_api;
}

void RunHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void RunHistoryModel::requestPage()
{
    if (!m_api || m_runId.isEmpty())
        return;
    setLoading(true);
    const int generation = m_generation;
    m_api->listUpdates(this, m_runId, m_nextToken, m_fetchingAll ? kMaxPageSize : m_pageSize, m_newestFirst,
                       [this, generation](const client::ApiResult<client::UpdatePage> &result) {
                           if (generation != m_generation)
                               return;
                           if (!result.ok()) {
                               m_lastError = result.message;
                               m_fetchingAll = false;
                               setLoading(false);
                               Q_EMIT loadFailed(m_lastError);
                               return;
                           }
                           const auto &page = result.value;
                           m_lastError.clear();
                           // The first page and its count are read together, so the
                           // newest row's number is the count; later pages go on below.
                           if (!m_loadedFirstPage)
                               m_topNumber = page.total;
                           m_loadedFirstPage = true;
                           m_nextToken = page.nextPageToken;
                           m_total = page.total;
                           const int count = static_cast<int>(page.updates.size());
                           if (count > 0) {
                               const int first = static_cast<int>(m_updates.size());
                               if (m_total > 0 && static_cast<std::size_t>(m_total) > m_updates.capacity())
                                   m_updates.reserve(static_cast<std::size_t>(m_total));
                               beginInsertRows({}, first, first + count - 1);
                               m_updates.insert(m_updates.end(), page.updates.begin(), page.updates.end());
                               endInsertRows();
                           }
                           // Still loading while the rows go in, so nothing asks for the
                           // next page before this one is in place.
                           setLoading(false);
                           Q_EMIT progressChanged(loadedCount(), m_total);
                           if (m_fetchingAll && generation == m_generation) {
                               if (hasMore()) {
                                   if (!m_loading)
                                       requestPage();
                               } else {
                                   m_fetchingAll = false;
                                   Q_EMIT allLoaded();
                               }
                           }
                       });
}

void RunHistoryModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QString RunHistoryModel::runStatusText(wf::WorkflowRunStatus status)
{
    return tr("Run: %1").arg(RunText::runStatus(status));
}

QString RunHistoryModel::stepStatusText(wf::WorkflowStepStatus status)
{
    return tr("Step: %1").arg(RunText::stepStatus(status));
}

QString RunHistoryModel::statusSample()
{
    QString widest;
    for (const auto status : {wf::WORKFLOW_RUN_STATUS_PENDING, wf::WORKFLOW_RUN_STATUS_RUNNING,
                              wf::WORKFLOW_RUN_STATUS_COMPLETED, wf::WORKFLOW_RUN_STATUS_FAILED,
                              wf::WORKFLOW_RUN_STATUS_CANCELLED}) {
        if (const QString text = runStatusText(status); text.size() > widest.size())
            widest = text;
    }
    for (const auto status : {wf::WORKFLOW_STEP_STATUS_PENDING, wf::WORKFLOW_STEP_STATUS_RUNNING,
                              wf::WORKFLOW_STEP_STATUS_COMPLETED, wf::WORKFLOW_STEP_STATUS_FAILED}) {
        if (const QString text = stepStatusText(status); text.size() > widest.size())
            widest = text;
    }
    return widest;
}

} // namespace ameide::models
