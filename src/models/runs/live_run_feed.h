#pragma once

#include "client/runs/run_watch.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ameide::client {
class RunsApi;
}

namespace ameide::models {

// The live side of the runs screen: one watch stream of the tenant, its
// events gathered so a burst costs the screen one pass, and a pause that
// holds them until resumed. A lone event is handed on at once; in a burst,
// at most one batch per interval.
class LiveRunFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveRunFeed)
public:
    using Event = ameide::client::RunWatch::Event;
    enum class State { NotLive, Connecting, Live, Reconnecting };
    Q_ENUM(State)

    explicit LiveRunFeed(QObject *parent = nullptr);
    ~LiveRunFeed() override;

    // Starts watching the platform behind the API (none: stops).
    void setApi(ameide::client::RunsApi *api);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Events held while paused or gathered for the next batch.
    int heldCount() const { return static_cast<int>(m_pending.size()); }
    // More arrived while paused than can be held: the list is read afresh on resume.
    bool heldTooMany() const { return m_overflowed; }
    State state() const;
    // Why the stream last broke; empty when it did not.
    QString lastError() const;

Q_SIGNALS:
    // A batch of events in arrival order.
    void eventsReady(const QList<ameide::models::LiveRunFeed::Event> &events);
    // More arrived while paused than can be replayed: read the list afresh.
    void overflowed();
    // The state, the pause or the number held changed.
    void changed();

private:
    void onEvents(const QList<Event> &events);
    void flush();

    QPointer<ameide::client::RunWatch> m_watch;
    QList<Event> m_pending;
    bool m_paused = false;
    // Events were dropped while paused: the list is read afresh on resume.
    bool m_overflowed = false;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
};

} // namespace ameide::models
