#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace ameide::platform {

// Wakes watch streams when status updates commit. It carries only the newest
// committed sequence; the updates themselves are read from the database, so
// a stream that falls behind never loses anything.
class UpdateFeed
{
public:
    void publish(std::int64_t sequence)
    {
        {
            std::lock_guard lock(m_mutex);
            if (sequence > m_latest)
                m_latest = sequence;
        }
        m_cv.notify_all();
    }

    std::int64_t current() const
    {
        std::lock_guard lock(m_mutex);
        return m_latest;
    }

    // Returns the newest sequence once it is past `after`, or after the timeout.
    std::int64_t waitPast(std::int64_t after, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait_for(lock, timeout, [&] { return m_latest > after || m_closed; });
        return m_latest;
    }

    // Ends every wait, for shutdown.
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_cv.notify_all();
    }

    // Watch streams register while they run, so shutdown can wait for them.
    class Watcher
    {
    public:
        explicit Watcher(UpdateFeed &feed)
            : m_feed(feed)
        {
            std::lock_guard lock(m_feed.m_mutex);
            ++m_feed.m_watchers;
        }
        ~Watcher()
        {
            {
                std::lock_guard lock(m_feed.m_mutex);
                --m_feed.m_watchers;
            }
            m_feed.m_cv.notify_all();
        }
        Watcher(const Watcher &) = delete;
        Watcher &operator=(const Watcher &) = delete;

    private:
        UpdateFeed &m_feed;
    };

    void waitForWatchers(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait_for(lock, timeout, [&] { return m_watchers == 0; });
    }

    bool closed() const
    {
        std::lock_guard lock(m_mutex);
        return m_closed;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::int64_t m_latest = 0;
    bool m_closed = false;
    int m_watchers = 0;
};

} // namespace ameide::platform
