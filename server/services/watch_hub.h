#pragma once

#include "store/workflow_store.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <shared_mutex>

namespace ameide::platform {

class UpdateFeed;

// The recent status updates of every tenant, read from the store once and
// shared by all watch streams. Without it each stream would query the store
// on every commit, so the cost of a commit grew with the number of streams.
// A stream whose cursor is older than the window reads the store itself
// until it catches up.
class WatchHub
{
public:
    WatchHub(WorkflowStore &store, UpdateFeed &feed, std::size_t capacity = 20000);

    // Fills `batch` like WorkflowStore::eventsAfter and returns true when the
    // window covers everything after `afterSequence`; false otherwise.
    bool eventsAfter(const std::string &tenantId, std::int64_t afterSequence, const wf::WorkflowRunFilter &filter,
                     int limit, RunEventBatch *batch);

private:
    void refresh();

    WorkflowStore &m_store;
    UpdateFeed &m_feed;
    const std::size_t m_capacity;
    std::mutex m_refreshMutex;
    std::shared_mutex m_mutex;
    std::deque<RunEvent> m_events;
    // The window holds every update in (m_completeAfter, m_loadedThrough].
    std::int64_t m_completeAfter = 0;
    std::int64_t m_loadedThrough = 0;
};

} // namespace ameide::platform
