#include "feedback_store.h"

#include "core/caller.h"
#include "core/clock.h"
#include "core/failure_signature.h"
#include "core/ids.h"
#include "core/limits.h"
#include "core/page_token.h"
#include "core/status_error.h"
#include "database.h"
#include "run_rows.h"
#include "workflow_store.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <optional>

namespace ameide::platform {

namespace {

using grpc::StatusCode;

constexpr std::int64_t kHourMs = std::int64_t{3600} * 1000;
constexpr const char *kRemediationTag = "remediation";

constexpr const char *kItemSelect =
    "SELECT seq, id, tenant_id, organization_id, channel, persona, title, description, state, element_id,"
    " methodology_profile, requester_id, created_at, sla_due_at FROM feedback_items";

fb::FeedbackItem readItem(SQLite::Database &db, SQLite::Statement &q)
{
    fb::FeedbackItem item;
    const std::int64_t seq = q.getColumn(0).getInt64();
    item.set_id(q.getColumn(1).getString());
    item.set_tenant_id(q.getColumn(2).getString());
    item.set_organization_id(q.getColumn(3).getString());
    item.set_channel(static_cast<fb::FeedbackChannel>(q.getColumn(4).getInt()));
    item.set_persona(q.getColumn(5).getString());
    item.set_title(q.getColumn(6).getString());
    item.set_description(q.getColumn(7).getString());
    item.set_state(static_cast<fb::FeedbackState>(q.getColumn(8).getInt()));
    item.set_element_id(q.getColumn(9).getString());
    item.set_methodology_profile(q.getColumn(10).getString());
    item.set_requester_id(q.getColumn(11).getString());
    setTimestamp(item.mutable_created_at(), q.getColumn(12).getInt64());
    if (!q.getColumn(13).isNull())
        setTimestamp(item.mutable_sla_due_at(), q.getColumn(13).getInt64());

    SQLite::Statement history(db, "SELECT state, at, changed_by FROM feedback_state_history WHERE item_seq = ?"
                                  " ORDER BY position");
    history.bind(1, seq);
    while (history.executeStep()) {
        auto *h = item.add_history();
        h->set_state(static_cast<fb::FeedbackState>(history.getColumn(0).getInt()));
        setTimestamp(h->mutable_at(), history.getColumn(1).getInt64());
        h->set_by(history.getColumn(2).getString());
    }
    SQLite::Statement subscribers(db, "SELECT user_id FROM feedback_subscribers WHERE item_seq = ? ORDER BY user_id");
    subscribers.bind(1, seq);
    while (subscribers.executeStep())
        item.add_subscriber_ids(subscribers.getColumn(0).getString());
    SQLite::Statement tags(db, "SELECT tag FROM feedback_tags WHERE item_seq = ? ORDER BY tag");
    tags.bind(1, seq);
    while (tags.executeStep())
        item.add_tags(tags.getColumn(0).getString());
    SQLite::Statement links(db, "SELECT link FROM feedback_links WHERE item_seq = ? ORDER BY position");
    links.bind(1, seq);
    while (links.executeStep())
        item.add_links(links.getColumn(0).getString());
    return item;
}

struct ItemRef
{
    std::int64_t seq = 0;
    fb::FeedbackItem item;
};

ItemRef requireItem(SQLite::Database &db, const std::string &tenantId, const std::string &itemId)
{
    SQLite::Statement q(db, std::string(kItemSelect) + " WHERE id = ? AND tenant_id = ?");
    q.bind(1, itemId);
    q.bind(2, tenantId);
    if (!q.executeStep())
        fail(StatusCode::NOT_FOUND, "feedback item " + itemId + " does not exist");
    const std::int64_t seq = q.getColumn(0).getInt64();
    return {seq, readItem(db, q)};
}

void appendHistory(SQLite::Database &db, std::int64_t itemSeq, fb::FeedbackState state, const std::string &by,
                   std::int64_t at)
{
    SQLite::Statement q(db, "INSERT INTO feedback_state_history(item_seq, position, state, at, changed_by)"
                            " SELECT ?, COALESCE(MAX(position), -1) + 1, ?, ?, ? FROM feedback_state_history"
                            " WHERE item_seq = ?");
    q.bind(1, itemSeq);
    q.bind(2, static_cast<int>(state));
    q.bind(3, at);
    q.bind(4, by);
    q.bind(5, itemSeq);
    q.exec();
}

void subscribe(SQLite::Database &db, std::int64_t itemSeq, const std::string &userId, std::int64_t at)
{
    SQLite::Statement q(db, "INSERT OR IGNORE INTO feedback_subscribers(item_seq, user_id, added_at) VALUES (?, ?, ?)");
    q.bind(1, itemSeq);
    q.bind(2, userId);
    q.bind(3, at);
    q.exec();
}

// Inserts a NEW item with its first history entry, the requester subscribed.
std::int64_t insertItem(SQLite::Database &db, const Caller &caller, const fb::FeedbackItem &in,
                        const std::string &idempotencyKey, const std::string &remediationSignature)
{
    const std::int64_t now = nowMs();
    SQLite::Statement q(db,
                        "INSERT INTO feedback_items(id, tenant_id, organization_id, channel, persona, title,"
                        " description, state, element_id, methodology_profile, requester_id, created_at, sla_due_at,"
                        " idempotency_key, remediation_signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, newId("fb"));
    q.bind(2, caller.tenantId);
    q.bind(3, in.organization_id());
    q.bind(4, static_cast<int>(in.channel()));
    q.bind(5, in.persona());
    q.bind(6, in.title());
    q.bind(7, in.description());
    q.bind(8, static_cast<int>(fb::FEEDBACK_STATE_NEW));
    q.bind(9, in.element_id());
    q.bind(10, in.methodology_profile());
    q.bind(11, caller.userId);
    q.bind(12, now);
    if (in.has_sla_due_at())
        q.bind(13, timestampMs(in.sla_due_at()));
    else
        q.bind(13);
    if (idempotencyKey.empty())
        q.bind(14);
    else
        q.bind(14, idempotencyKey);
    if (remediationSignature.empty())
        q.bind(15);
    else
        q.bind(15, remediationSignature);
    q.exec();
    const std::int64_t seq = db.getLastInsertRowid();
    appendHistory(db, seq, fb::FEEDBACK_STATE_NEW, caller.userId, now);
    subscribe(db, seq, caller.userId, now);
    SQLite::Statement tag(db, "INSERT OR IGNORE INTO feedback_tags(item_seq, tag) VALUES (?, ?)");
    for (const auto &t : in.tags()) {
        tag.bind(1, seq);
        tag.bind(2, t);
        tag.exec();
        tag.reset();
    }
    SQLite::Statement link(db, "INSERT INTO feedback_links(item_seq, position, link) VALUES (?, ?, ?)");
    for (int i = 0; i < in.links_size(); ++i) {
        link.bind(1, seq);
        link.bind(2, i);
        link.bind(3, in.links(i));
        link.exec();
        link.reset();
    }
    return seq;
}

std::optional<std::pair<std::string, std::string>> itemByKey(SQLite::Database &db, const std::string &tenantId,
                                                             const std::string &key)
{
    SQLite::Statement q(db, "SELECT id, COALESCE(remediation_signature, '') FROM feedback_items"
                            " WHERE tenant_id = ? AND idempotency_key = ?");
    q.bind(1, tenantId);
    q.bind(2, key);
    if (!q.executeStep())
        return std::nullopt;
    return std::make_pair(q.getColumn(0).getString(), q.getColumn(1).getString());
}

void requireUser(SQLite::Database &db, const std::string &tenantId, const std::string &userId)
{
    SQLite::Statement q(db, "SELECT 1 FROM users WHERE id = ? AND tenant_id = ?");
    q.bind(1, userId);
    q.bind(2, tenantId);
    if (!q.executeStep())
        fail(StatusCode::NOT_FOUND, "user " + userId + " does not exist in this tenant");
}

// At most maxBytes of UTF-8, cut at a character boundary.
std::string truncatedUtf8(const std::string &s, std::size_t maxBytes)
{
    if (s.size() <= maxBytes)
        return s;
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
        --end;
    return s.substr(0, end);
}

std::string stateNames(const std::vector<fb::FeedbackState> &states)
{
    if (states.empty())
        return "none (the state is final)";
    std::string out;
    for (const auto s : states)
        out += (out.empty() ? "" : ", ") + fb::FeedbackState_Name(s);
    return out;
}

} // namespace

std::vector<fb::FeedbackState> feedbackTransitions(fb::FeedbackState from)
{
    switch (from) {
    case fb::FEEDBACK_STATE_NEW:
        return {fb::FEEDBACK_STATE_TRIAGED, fb::FEEDBACK_STATE_IN_PROGRESS, fb::FEEDBACK_STATE_CLOSED};
    case fb::FEEDBACK_STATE_TRIAGED:
        return {fb::FEEDBACK_STATE_IN_PROGRESS, fb::FEEDBACK_STATE_RESOLVED, fb::FEEDBACK_STATE_CLOSED};
    case fb::FEEDBACK_STATE_IN_PROGRESS:
        return {fb::FEEDBACK_STATE_TRIAGED, fb::FEEDBACK_STATE_RESOLVED, fb::FEEDBACK_STATE_CLOSED};
    case fb::FEEDBACK_STATE_RESOLVED:
        return {fb::FEEDBACK_STATE_IN_PROGRESS, fb::FEEDBACK_STATE_CLOSED};
    default:
        return {};
    }
}

FeedbackStore::FeedbackStore(Database &db)
    : m_db(db)
{
}

fb::FeedbackItem FeedbackStore::submit(const Caller &caller, const fb::FeedbackItem &in,
                                       const std::string &idempotencyKey)
{
    return m_db.write([&](SQLite::Database &db) {
        if (!idempotencyKey.empty()) {
            if (const auto prior = itemByKey(db, caller.tenantId, idempotencyKey)) {
                if (!prior->second.empty())
                    fail(StatusCode::ALREADY_EXISTS, "idempotency_key was already used for another request");
                return requireItem(db, caller.tenantId, prior->first).item;
            }
        }
        const std::int64_t seq = insertItem(db, caller, in, idempotencyKey, std::string());
        SQLite::Statement q(db, std::string(kItemSelect) + " WHERE seq = ?");
        q.bind(1, seq);
        q.executeStep();
        return readItem(db, q);
    });
}

fb::FeedbackItem FeedbackStore::get(const Caller &caller, const std::string &itemId)
{
    return m_db.read([&](SQLite::Database &db) { return requireItem(db, caller.tenantId, itemId).item; });
}

std::vector<fb::FeedbackItem> FeedbackStore::list(const Caller &caller, const std::vector<int> &states,
                                                  const std::string &tag, const PageRequest &page,
                                                  std::string *nextToken, const std::string &scope)
{
    return m_db.read([&](SQLite::Database &db) {
        std::string sql = std::string(kItemSelect) + " WHERE tenant_id = ?";
        std::vector<Param> params{caller.tenantId};
        if (!states.empty()) {
            sql += " AND state IN (";
            for (std::size_t i = 0; i < states.size(); ++i) {
                sql += i == 0 ? "?" : ", ?";
                params.emplace_back(std::int64_t{states[i]});
            }
            sql += ")";
        }
        if (!tag.empty()) {
            sql += " AND seq IN (SELECT item_seq FROM feedback_tags WHERE tag = ?)";
            params.emplace_back(tag);
        }
        if (page.hasCursor) {
            sql += " AND seq < ?";
            params.emplace_back(cursorNumber(page.cursor.at(0)));
        }
        sql += " ORDER BY seq DESC LIMIT ?";
        params.emplace_back(std::int64_t{page.pageSize + 1});
        SQLite::Statement q(db, sql);
        bindParams(q, params);
        std::vector<fb::FeedbackItem> out;
        std::int64_t lastSeq = 0;
        while (q.executeStep()) {
            if (static_cast<int>(out.size()) == page.pageSize) {
                *nextToken = makePageToken(scope, {std::to_string(lastSeq)});
                break;
            }
            lastSeq = q.getColumn(0).getInt64();
            out.push_back(readItem(db, q));
        }
        return out;
    });
}

fb::FeedbackItem FeedbackStore::updateState(const Caller &caller, const std::string &itemId, fb::FeedbackState state)
{
    return m_db.write([&](SQLite::Database &db) {
        auto ref = requireItem(db, caller.tenantId, itemId);
        const auto allowed = feedbackTransitions(ref.item.state());
        if (std::find(allowed.begin(), allowed.end(), state) == allowed.end())
            fail(StatusCode::FAILED_PRECONDITION,
                 "feedback item " + itemId + " cannot move from " + fb::FeedbackState_Name(ref.item.state()) + " to "
                     + fb::FeedbackState_Name(state) + "; allowed: " + stateNames(allowed));
        SQLite::Statement q(db, "UPDATE feedback_items SET state = ? WHERE seq = ?");
        q.bind(1, static_cast<int>(state));
        q.bind(2, ref.seq);
        q.exec();
        appendHistory(db, ref.seq, state, caller.userId, nowMs());
        return requireItem(db, caller.tenantId, itemId).item;
    });
}

fb::FeedbackItem FeedbackStore::addSubscriber(const Caller &caller, const std::string &itemId, const std::string &userId)
{
    return m_db.write([&](SQLite::Database &db) {
        const auto ref = requireItem(db, caller.tenantId, itemId);
        requireUser(db, caller.tenantId, userId);
        subscribe(db, ref.seq, userId, nowMs());
        return requireItem(db, caller.tenantId, itemId).item;
    });
}

fb::FeedbackItem FeedbackStore::removeSubscriber(const Caller &caller, const std::string &itemId,
                                                 const std::string &userId)
{
    return m_db.write([&](SQLite::Database &db) {
        const auto ref = requireItem(db, caller.tenantId, itemId);
        requireUser(db, caller.tenantId, userId);
        SQLite::Statement q(db, "DELETE FROM feedback_subscribers WHERE item_seq = ? AND user_id = ?");
        q.bind(1, ref.seq);
        q.bind(2, userId);
        q.exec();
        return requireItem(db, caller.tenantId, itemId).item;
    });
}

RemediationResult FeedbackStore::openRemediation(const Caller &caller, const std::string &signature,
                                                 const std::string &title, const std::string &description,
                                                 int slaHours, const std::string &idempotencyKey)
{
    return m_db.write([&](SQLite::Database &db) {
        RemediationResult result;
        auto groups = failureGroupsIn(db, caller.tenantId, wf::WorkflowRunQuery(), signature, 1);
        auto withItem = [&](const std::string &itemId, bool created) {
            result.itemId = itemId;
            result.created = created;
            // Read again, so the group names the item as ListFailureGroups will.
            groups = failureGroupsIn(db, caller.tenantId, wf::WorkflowRunQuery(), signature, 1);
            if (!groups.empty())
                result.group = groups.front();
            return result;
        };
        if (const auto prior = itemByKey(db, caller.tenantId, idempotencyKey)) {
            if (prior->second != signature)
                fail(StatusCode::ALREADY_EXISTS, "idempotency_key was already used for another request");
            return withItem(prior->first, false);
        }
        if (groups.empty())
            fail(StatusCode::NOT_FOUND, "no failed run has failure signature " + signature);
        const auto &group = groups.front();
        SQLite::Statement open(db, "SELECT id FROM feedback_items WHERE tenant_id = ? AND remediation_signature = ?"
                                   " AND state NOT IN (?, ?) ORDER BY seq DESC LIMIT 1");
        open.bind(1, caller.tenantId);
        open.bind(2, signature);
        open.bind(3, static_cast<int>(fb::FEEDBACK_STATE_RESOLVED));
        open.bind(4, static_cast<int>(fb::FEEDBACK_STATE_CLOSED));
        if (open.executeStep())
            return withItem(open.getColumn(0).getString(), false);

        fb::FeedbackItem item;
        item.set_channel(fb::FEEDBACK_CHANNEL_CONSOLE);
        item.set_title(title.empty() ? truncatedUtf8(group.error_class() + " in " + group.step_id() + ": "
                                                         + group.normalized_message(),
                                                     kMaxNameLength)
                                     : title);
        std::string text = description;
        if (text.empty())
            text = "Remediation of failure group " + signature + ": " + std::to_string(group.failed_runs())
                + " failed runs, " + std::to_string(group.unrecovered_runs()) + " not recovered. Example: "
                + group.example_message();
        if (group.failed_runs() > kMaxRemediationRunLinks)
            text += "\n\nLinks the " + std::to_string(kMaxRemediationRunLinks) + " newest of the group's "
                + std::to_string(group.failed_runs()) + " failed runs.";
        item.set_description(truncatedUtf8(text, kMaxTextLength));
        setTimestamp(item.mutable_sla_due_at(), nowMs() + slaHours * kHourMs);
        item.add_tags(kRemediationTag);
        item.add_links("failure_signature:" + signature);
        SQLite::Statement runs(db, "SELECT id FROM workflow_runs WHERE tenant_id = ? AND failure_signature = ?"
                                   " AND status = ? ORDER BY created_at DESC, seq DESC LIMIT ?");
        runs.bind(1, caller.tenantId);
        runs.bind(2, signature);
        runs.bind(3, static_cast<int>(wf::WORKFLOW_RUN_STATUS_FAILED));
        runs.bind(4, kMaxRemediationRunLinks);
        while (runs.executeStep())
            item.add_links("workflow_run:" + runs.getColumn(0).getString());
        const std::int64_t seq = insertItem(db, caller, item, idempotencyKey, signature);
        SQLite::Statement id(db, "SELECT id FROM feedback_items WHERE seq = ?");
        id.bind(1, seq);
        id.executeStep();
        return withItem(id.getColumn(0).getString(), true);
    });
}

} // namespace ameide::platform
