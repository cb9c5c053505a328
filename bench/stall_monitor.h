#pragma once

// Shared by the GUI benchmarks: how long the GUI thread could not answer.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <utility>
#include <vector>

namespace ameide::bench {

// A 1 ms precise timer on the GUI thread: each gap between two of its
// timeouts is one sample. An idle loop gives gaps of about 1 ms; anything
// that keeps the GUI thread busy (or a scheduler that does not run it)
// shows up as a longer gap: the time an input event would have waited.
class StallMonitor final : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_gaps.push_back(static_cast<double>(now - m_last) / 1e6);
            m_last = now;
        });
        m_clock.start();
    }
    void start()
    {
        m_gaps.clear();
        m_gaps.reserve(200000);
        m_last = -1;
        m_timer.start();
    }
    // The gaps since start(), in milliseconds.
    std::vector<double> stop()
    {
        m_timer.stop();
        return std::exchange(m_gaps, {});
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_gaps;
};

} // namespace ameide::bench
