#include "models/runs/run_detail.h"

#include "client/runs/runs_api.h"
#include "models/runs/run_chain_model.h"
#include "models/runs/run_history_model.h"
#include "models/runs/run_log_model.h"

#include <QHash>

namespace ameide::models {

using ameide::client::runs::WorkflowRun;

namespace {

// Live updates of the shown run are described again at most this often.
constexpr auto kLiveCoalesce = std::chrono::milliseconds(300);

} // namespace

RunDetail::RunDetail(QObject *parent)
    : QObject(parent)
    , m_history(new RunHistoryModel(this))
    , m_chain(new RunChainModel(this))
    , m_logs(new RunLogModel(this))
{
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(kLiveCoalesce);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] { describe(true); });
}

RunDetail::~RunDetail() = default;

void RunDetail::setApi(ameide::client::RunsApi *api)
{
    if (m_api == api)
        return;
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    // Another platform behind the same API: the shown run is asked for again there.
    if (api)
        connect(api, &client::RunsApi::connectionChanged, this, [this] {
            const QString runId = m_runId;
            reset();
            if (m_api && m_api->isConnected() && !runId.isEmpty())
                showRun(runId);
        });
    m_api = api;
    reset();
}

void RunDetail::reset()
{
    m_liveTimer.stop();
    ++m_generation;
    m_describing = false;
    m_runId.clear();
    m_run.Clear();
    m_history->setRunId({});
    m_history->setApi(m_api);
    m_logs->setRunId({});
    m_logs->setApi(m_api);
    m_chain->setApi(m_api);
    m_chain->clear();
    setState(State::Empty);
}

QString RunDetail::tenantId() const
{
    return m_api ? m_api->tenantId() : QString();
}

void RunDetail::showRun(const QString &runId)
{
    const bool sameRun = runId == m_runId && m_state == State::Loaded;
    m_runId = runId;
    if (runId.isEmpty()) {
        ++m_generation;
        m_liveTimer.stop();
        m_run.Clear();
        m_history->setRunId({});
        m_logs->setRunId({});
        m_chain->clear();
        setState(State::Empty);
        return;
    }
    if (!sameRun) {
        m_run.Clear();
        setState(State::Loading);
    }
    m_history->setRunId(runId);
    m_logs->setRunId(runId);
    describe(sameRun);
}

void RunDetail::refresh()
{
    if (m_runId.isEmpty())
        return;
    if (m_state != State::Loaded) {
        showRun(m_runId);
        return;
    }
    m_history->reload();
    m_logs->reload();
    m_chain->clear();
    Q_EMIT notice(tr("Refreshing…"));
    describe(true);
}

void RunDetail::applyLiveUpdate(const WorkflowRun &run)
{
    if (m_runId.isEmpty() || client::runs::text(run.id()) != m_runId || m_state != State::Loaded)
        return;
    // The watch's run has no steps, input or output: keep ours until the describe.
    WorkflowRun merged = run;
    if (merged.steps_size() == 0)
        *merged.mutable_steps() = m_run.steps();
    if (!merged.has_input())
        *merged.mutable_input() = m_run.input();
    if (!merged.has_output())
        *merged.mutable_output() = m_run.output();
    m_run = std::move(merged);
    m_logs->setRunActive(client::runs::isActive(m_run.status()));
    Q_EMIT runChanged();
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void RunDetail::describe(bool quiet)
{
    if (m_runId.isEmpty())
        return;
    if (!m_api || !m_api->isConnected()) {
        setState(State::Failed, tr("Not connected"), tr("There is no connection to the platform."));
        return;
    }
    if (m_describing && quiet) {
        m_describeAgain = true;
        return;
    }
    ++m_generation;
    m_describing = true;
    m_describeAgain = false;
    const int generation = m_generation;
    const QString runId = m_runId;
    m_api->describeRun(this, runId, [this, generation, runId, quiet](const client::ApiResult<WorkflowRun> &result) {
        if (generation != m_generation)
            return;
        m_describing = false;
        if (!result.ok()) {
            if (result.error == client::ApiError::NotFound) {
                setState(State::NotFound, tr("Run not found"),
                         tr("There is no run %1 in tenant %2. It may belong to another tenant, or the link may be "
                            "mistyped.")
                             .arg(runId, tenantId()));
            } else if (quiet && m_state == State::Loaded) {
                Q_EMIT notice(tr("The run could not be refreshed: %1").arg(result.message));
            } else {
                setState(State::Failed, tr("The run could not be loaded"), result.message);
            }
            return;
        }
        const bool first = m_state != State::Loaded || client::runs::text(m_run.id()) != runId;
        m_run = result.value;
        QHash<QString, QString> stepNames;
        for (const auto &step : m_run.steps())
            stepNames.insert(client::runs::text(step.id()), client::runs::text(step.name()));
        m_history->setStepNames(stepNames);
        m_logs->setRunActive(client::runs::isActive(m_run.status()));
        Q_EMIT notice({});
        setState(State::Loaded);
        Q_EMIT runChanged();
        if (first || m_chain->originalRunId().isEmpty()) {
            const QString original = m_run.original_run_id().empty() ? client::runs::text(m_run.id()) : client::runs::text(m_run.original_run_id());
            m_chain->load(original, runId);
        }
        // A short history that is read to its end follows the run; a long
        // one is the user's to refresh.
        if (!first && !m_history->hasMore() && !m_history->isLoading()
            && m_history->loadedCount() < m_history->pageSize())
            m_history->reload();
        // The first page comes at once; the rest as the table scrolls.
        if (m_history->loadedCount() == 0 && m_history->canFetchMore({}))
            m_history->fetchMore({});
        Q_EMIT runLoaded(runId);
        if (m_describeAgain)
            m_liveTimer.start();
    });
}

void RunDetail::setState(State state, const QString &title, const QString &detail)
{
    m_problemTitle = title;
    m_problemDetail = detail;
    const bool changed = m_state != state;
    m_state = state;
    if (changed || state == State::Failed || state == State::NotFound || state == State::Loading)
        Q_EMIT stateChanged(state);
}

} // namespace ameide::models
