#include "watch_hub.h"

#include "store/update_feed.h"

#include <algorithm>

namespace ameide::platform {

namespace {

constexpr int kRefreshBatch = 5000;

bool matches(const RunEvent &ev, const std::string &tenantId, const wf::WorkflowRunFilter &filter)
{
    if (ev.update.tenant_id() != tenantId)
        return false;
    if (!filter.definition_id().empty() && ev.run.definition_id() != filter.definition_id())
        return false;
    if (!filter.element_id().empty() && ev.run.element_id() != filter.element_id())
        return false;
    if (filter.statuses_size() > 0
        && std::find(filter.statuses().begin(), filter.statuses().end(), ev.update.run_status())
            == filter.statuses().end())
        return false;
    return true;
}

} // namespace

WatchHub::WatchHub(WorkflowStore &store, UpdateFeed &feed, std::size_t capacity)
    : m_store(store)
    , m_feed(feed)
    , m_capacity(capacity)
{
    m_loadedThrough = m_store.globalLatestSequence();
    m_completeAfter = m_loadedThrough;
}

void WatchHub::refresh()
{
    // One stream reads for all; the others wait here and then find the
    // window already current.
    std::lock_guard refreshing(m_refreshMutex);
    while (true) {
        std::int64_t from = 0;
        {
            std::shared_lock lock(m_mutex);
            if (m_feed.current() <= m_loadedThrough)
                return;
            from = m_loadedThrough;
        }
        auto fresh = m_store.allEventsAfter(from, kRefreshBatch);
        std::unique_lock lock(m_mutex);
        if (fresh.empty()) {
            // The feed announced a sequence this snapshot does not show yet.
            return;
        }
        m_loadedThrough = fresh.back().update.sequence();
        for (auto &ev : fresh)
            m_events.push_back(std::move(ev));
        while (m_events.size() > m_capacity) {
            m_completeAfter = m_events.front().update.sequence();
            m_events.pop_front();
        }
        if (static_cast<int>(fresh.size()) < kRefreshBatch)
            return;
    }
}

bool WatchHub::eventsAfter(const std::string &tenantId, std::int64_t afterSequence, const wf::WorkflowRunFilter &filter,
                           int limit, RunEventBatch *batch)
{
    refresh();
    std::shared_lock lock(m_mutex);
    if (afterSequence < m_completeAfter)
        return false;
    batch->events.clear();
    auto it = std::upper_bound(m_events.begin(), m_events.end(), afterSequence,
                               [](std::int64_t seq, const RunEvent &ev) { return seq < ev.update.sequence(); });
    for (; it != m_events.end(); ++it) {
        if (!matches(*it, tenantId, filter))
            continue;
        batch->events.push_back(*it);
        if (static_cast<int>(batch->events.size()) == limit) {
            batch->scannedThrough = it->update.sequence();
            return true;
        }
    }
    batch->scannedThrough = std::max(afterSequence, m_loadedThrough);
    return true;
}

} // namespace ameide::platform
