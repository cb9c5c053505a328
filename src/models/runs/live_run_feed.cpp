#include "models/runs/live_run_feed.h"

#include "client/runs/runs_api.h"

namespace ameide::models {

using ameide::client::RunWatch;

namespace {

// Events are handed on at once when none were for this long, and otherwise
// gathered until it has passed.
constexpr auto kFlushInterval = std::chrono::milliseconds(50);
// Held while paused; beyond this the list is read afresh on resume instead.
constexpr qsizetype kMaxHeldEvents = 200000;

} // namespace

LiveRunFeed::LiveRunFeed(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &LiveRunFeed::flush);
}

LiveRunFeed::~LiveRunFeed() = default;

void LiveRunFeed::setApi(ameide::client::RunsApi *api)
{
    if (m_watch) {
        m_watch->stop();
        m_watch->deleteLater();
    }
    m_pending.clear();
    m_overflowed = false;
    m_watch = api ? api->watchRuns(this) : nullptr;
    if (m_watch) {
        connect(m_watch, &RunWatch::eventsReceived, this, &LiveRunFeed::onEvents);
        connect(m_watch, &RunWatch::stateChanged, this, &LiveRunFeed::changed);
        m_watch->start();
    }
    Q_EMIT changed();
}

LiveRunFeed::State LiveRunFeed::state() const
{
    if (!m_watch)
        return State::NotLive;
    switch (m_watch->state()) {
    case RunWatch::State::Stopped: return State::NotLive;
    case RunWatch::State::Connecting: return State::Connecting;
    case RunWatch::State::Live: return State::Live;
    case RunWatch::State::Reconnecting: return State::Reconnecting;
    }
    return State::NotLive;
}

QString LiveRunFeed::lastError() const
{
    return m_watch ? m_watch->lastError() : QString();
}

void LiveRunFeed::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && std::exchange(m_overflowed, false))
        Q_EMIT overflowed();
    if (!paused)
        flush();
    Q_EMIT changed();
}

void LiveRunFeed::onEvents(const QList<Event> &events)
{
    if (m_pending.size() < kMaxHeldEvents) {
        m_pending.append(events);
    } else {
        m_pending.clear();
        m_pending.squeeze();
        m_overflowed = m_paused;
        if (!m_paused)
            Q_EMIT overflowed();
    }
    if (m_paused) {
        Q_EMIT changed();
        return;
    }
    if (m_flushTimer.isActive())
        return;
    const qint64 sinceLast = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : kFlushInterval.count();
    if (sinceLast >= kFlushInterval.count())
        flush();
    else
        m_flushTimer.start(std::chrono::milliseconds(kFlushInterval.count() - sinceLast));
}

void LiveRunFeed::flush()
{
    if (m_paused || m_pending.isEmpty())
        return;
    const auto events = std::exchange(m_pending, {});
    m_sinceFlush.start();
    Q_EMIT eventsReady(events);
}

} // namespace ameide::models
