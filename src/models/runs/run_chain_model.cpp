#include "models/runs/run_chain_model.h"

#include "client/runs/runs_api.h"
#include "models/runs/run_text.h"

#include <QFont>

#include <algorithm>

namespace ameide::models {

namespace {

constexpr int kPageSize = 200;
// A chain longer than this is shown as far as it goes.
constexpr std::size_t kMaxRuns = 2000;

} // namespace

RunChainModel::RunChainModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunChainModel::~RunChainModel() = default;

void RunChainModel::setApi(ameide::client::RunsApi *api)
{
    m_api = api;
}

void RunChainModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_runs.clear();
    m_incoming.clear();
    m_originalRunId.clear();
    m_currentRunId.clear();
    m_lastError.clear();
    endResetModel();
    setLoading(false);
}

void RunChainModel::load(const QString &originalRunId, const QString &currentRunId)
{
    clear();
    m_originalRunId = originalRunId;
    m_currentRunId = currentRunId;
    if (originalRunId.isEmpty() || !m_api)
        return;
    requestPage({});
}

void RunChainModel::requestPage(const std::string &pageToken)
{
    client::RunPageQuery request;
    request.originalRunId = m_originalRunId;
    request.sortField = wf::RUN_SORT_FIELD_ATTEMPT;
    request.ascending = true;
    request.pageSize = kPageSize;
    request.pageToken = pageToken;
    setLoading(true);
    const int generation = m_generation;
    m_api->searchRuns(this, request, [this, generation](const client::ApiResult<client::RunPage> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_incoming.clear();
            m_lastError = result.message;
            setLoading(false);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        m_incoming.insert(m_incoming.end(), result.value.runs.begin(), result.value.runs.end());
        const std::string &next = result.value.nextPageToken;
        if (!next.empty() && m_incoming.size() < kMaxRuns && m_api) {
            requestPage(next);
            return;
        }
        // The server sorts by attempt; ties (which should not happen) by creation.
        std::stable_sort(m_incoming.begin(), m_incoming.end(), [](const auto &a, const auto &b) {
            if (a.attempt() != b.attempt())
                return a.attempt() < b.attempt();
            return a.created_at().seconds() < b.created_at().seconds();
        });
        beginResetModel();
        m_runs.swap(m_incoming);
        m_incoming.clear();
        endResetModel();
        setLoading(false);
        Q_EMIT loaded(rowCount());
    });
}

void RunChainModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int RunChainModel::rowOfRun(const QString &runId) const
{
    const std::string id = runId.toStdString();
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id() == id)
            return static_cast<int>(i);
    }
    return -1;
}

int RunChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunChainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AttemptColumn: return tr("Attempt");
    case RunColumn: return tr("Run");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Created");
    case EndedColumn: return tr("Ended");
    case FailureColumn: return tr("Failure");
    default: return {};
    }
}

QVariant RunChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const wf::WorkflowRun &run = m_runs[static_cast<std::size_t>(index.row())];
    const bool current = QString::fromStdString(run.id()) == m_currentRunId;
    switch (role) {
    case RunIdRole: return QString::fromStdString(run.id());
    case StatusRole: return static_cast<int>(run.status());
    case CurrentRole: return current;
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FailureColumn && !run.failure_reason().empty())
            return QString::fromStdString(run.failure_reason());
        return current ? tr("The run shown above") : tr("Press Enter or double-click to open this run");
    case Qt::DisplayRole:
        switch (index.column()) {
        case AttemptColumn: return current ? attemptText(run.attempt()) : QString::number(run.attempt());
        case RunColumn: return QString::fromStdString(run.id());
        case StatusColumn: return statusText(run.status(), run.recovered());
        case CreatedColumn: return RunText::dateTime(run.created_at());
        case EndedColumn: return RunText::dateTime(run.ended_at());
        case FailureColumn: return QString::fromStdString(run.failure_reason());
        default: return {};
        }
    default: return {};
    }
}

QString RunChainModel::attemptText(int attempt)
{
    return tr("%1 (this run)").arg(attempt);
}

QString RunChainModel::statusText(wf::WorkflowRunStatus status, bool recovered)
{
    const QString text = RunText::runStatus(status);
    return recovered ? tr("%1, recovered").arg(text) : text;
}

QString RunChainModel::attemptSample()
{
    return attemptText(10);
}

QString RunChainModel::statusSample()
{
    QString widest;
    for (const auto status : {wf::WORKFLOW_RUN_STATUS_PENDING, wf::WORKFLOW_RUN_STATUS_RUNNING,
                              wf::WORKFLOW_RUN_STATUS_COMPLETED, wf::WORKFLOW_RUN_STATUS_CANCELLED}) {
        if (const QString text = statusText(status, false); text.size() > widest.size())
            widest = text;
    }
    if (const QString text = statusText(wf::WORKFLOW_RUN_STATUS_FAILED, true); text.size() > widest.size())
        widest = text;
    return widest;
}

} // namespace ameide::models
