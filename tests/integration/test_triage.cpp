// Failure groups, remediation items and FeedbackIntakeService.
#include "core/failure_signature.h"
#include "platform_fixture.h"
#include "store/database.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

using namespace ameide::test;

class TriageTest : public PlatformFixture
{
protected:
    std::vector<wf::FailureGroup> groups(const wf::WorkflowRunQuery &query = {}, int limit = 0)
    {
        wf::ListFailureGroupsRequest req;
        *req.mutable_query() = query;
        req.set_limit(limit);
        wf::ListFailureGroupsResponse resp;
        auto ctx = client().context(token("ameide", "viewer"));
        const auto status = client().operations().ListFailureGroups(ctx.get(), req, &resp);
        EXPECT_TRUE(status.ok()) << statusText(status);
        return {resp.groups().begin(), resp.groups().end()};
    }

    grpc::Status openRemediation(const std::string &signature, const std::string &key,
                                 wf::OpenRemediationItemResponse *resp, const std::string &role = "contributor")
    {
        wf::OpenRemediationItemRequest req;
        req.set_failure_signature(signature);
        req.set_idempotency_key(key);
        req.set_sla_hours(24);
        auto ctx = client().context(token("ameide", role));
        return client().operations().OpenRemediationItem(ctx.get(), req, resp);
    }

    grpc::Status setState(const std::string &itemId, fb::FeedbackState state, fb::FeedbackItem *out = nullptr,
                          const std::string &role = "contributor")
    {
        fb::UpdateFeedbackStateRequest req;
        req.set_item_id(itemId);
        req.set_state(state);
        fb::UpdateFeedbackStateResponse resp;
        auto ctx = client().context(token("ameide", role));
        const auto status = client().feedback().UpdateFeedbackState(ctx.get(), req, &resp);
        if (out)
            *out = resp.item();
        return status;
    }

    fb::FeedbackItem get(const std::string &itemId)
    {
        fb::GetFeedbackRequest req;
        req.set_item_id(itemId);
        fb::GetFeedbackResponse resp;
        auto ctx = client().context(token("ameide", "viewer"));
        EXPECT_TRUE(client().feedback().GetFeedback(ctx.get(), req, &resp).ok());
        return resp.item();
    }
};

TEST_F(TriageTest, FailureGroupsCountTheFailedRunsOfEachSignatureMostFailedFirst)
{
    const auto all = groups();
    ASSERT_FALSE(all.empty());
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto &g = all[i];
        SCOPED_TRACE(g.signature());
        if (i > 0) {
            EXPECT_GE(all[i - 1].failed_runs(), g.failed_runs());
        }
        EXPECT_EQ(g.signature(), ameide::platform::failureSignature(g.step_id(), g.error_class(), g.example_message()));
        EXPECT_EQ(g.normalized_message(), ameide::platform::normalizeFailureMessage(g.example_message()));
        EXPECT_LE(g.unrecovered_runs(), g.failed_runs());
        EXPECT_FALSE(g.definition_ids().empty());
        EXPECT_EQ(g.definition_ids_size(), g.definition_names_size());
        EXPECT_LE(g.first_seen().seconds(), g.last_seen().seconds());
        EXPECT_EQ(g.failed_runs(), sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide'"
                                          " AND status = 4 AND failure_signature = '" + g.signature() + "'"));
        sum += g.failed_runs();
    }
    if (all.size() < 50) {
        EXPECT_EQ(sum, sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide' AND status = 4"));
    }
    // Several raw messages share a group.
    EXPECT_GT(sqlScalar("SELECT MAX(n) FROM (SELECT COUNT(DISTINCT failure_reason) n FROM workflow_runs"
                     " WHERE tenant_id = 'tenant-ameide' AND status = 4 GROUP BY failure_signature)"),
              1);
    EXPECT_EQ(groups({}, 1).size(), 1u);

    wf::WorkflowRunQuery unrecovered;
    unrecovered.set_recovery(wf::RUN_RECOVERY_UNRECOVERED);
    for (const auto &g : groups(unrecovered))
        EXPECT_EQ(g.failed_runs(), g.unrecovered_runs());

    wf::ListFailureGroupsRequest req;
    req.set_limit(201);
    wf::ListFailureGroupsResponse resp;
    auto ctx = client().context(token("ameide", "viewer"));
    const auto status = client().operations().ListFailureGroups(ctx.get(), req, &resp);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(status.error_message().find("limit"), std::string::npos);
}

TEST_F(TriageTest, OneOpenRemediationItemPerSignature)
{
    const auto group = groups().front();
    wf::OpenRemediationItemResponse first;
    ASSERT_TRUE(openRemediation(group.signature(), "remediate-1", &first).ok());
    EXPECT_TRUE(first.created());
    EXPECT_EQ(first.group().feedback_item_id(), first.feedback_item_id());
    EXPECT_EQ(first.group().feedback_state(), "FEEDBACK_STATE_NEW");

    const auto item = get(first.feedback_item_id());
    EXPECT_EQ(item.channel(), fb::FEEDBACK_CHANNEL_CONSOLE);
    EXPECT_EQ(item.state(), fb::FEEDBACK_STATE_NEW);
    ASSERT_EQ(item.history_size(), 1);
    EXPECT_EQ(item.history(0).state(), fb::FEEDBACK_STATE_NEW);
    EXPECT_EQ(item.title(), group.error_class() + " in " + group.step_id() + ": " + group.normalized_message());
    ASSERT_EQ(item.tags_size(), 1);
    EXPECT_EQ(item.tags(0), "remediation");
    EXPECT_EQ(item.links(0), "failure_signature:" + group.signature());
    EXPECT_EQ(item.links_size(), 1 + std::min<std::int64_t>(group.failed_runs(), 1000));
    EXPECT_EQ(item.links(1).rfind("workflow_run:", 0), 0u);
    EXPECT_NEAR(static_cast<double>(item.sla_due_at().seconds() - item.created_at().seconds()), 24 * 3600.0, 2.0);
    ASSERT_EQ(item.subscriber_ids_size(), 1);
    EXPECT_EQ(item.subscriber_ids(0), "user-ameide-contributor");

    // Another key, same signature: the open item, not a second one.
    wf::OpenRemediationItemResponse second;
    ASSERT_TRUE(openRemediation(group.signature(), "remediate-2", &second).ok());
    EXPECT_FALSE(second.created());
    EXPECT_EQ(second.feedback_item_id(), first.feedback_item_id());
    // The same key again.
    ASSERT_TRUE(openRemediation(group.signature(), "remediate-1", &second).ok());
    EXPECT_FALSE(second.created());
    EXPECT_EQ(second.feedback_item_id(), first.feedback_item_id());
    // The same key for another signature.
    const auto other = groups().back();
    if (other.signature() != group.signature()) {
        EXPECT_EQ(openRemediation(other.signature(), "remediate-1", &second).error_code(),
                  grpc::StatusCode::ALREADY_EXISTS);
    }
    // Groups show their item.
    for (const auto &g : groups()) {
        if (g.signature() == group.signature()) {
            EXPECT_EQ(g.feedback_item_id(), first.feedback_item_id());
            EXPECT_TRUE(g.has_feedback_sla_due_at());
        }
    }

    // Once resolved, a new request opens a new item.
    ASSERT_TRUE(setState(first.feedback_item_id(), fb::FEEDBACK_STATE_TRIAGED).ok());
    ASSERT_TRUE(setState(first.feedback_item_id(), fb::FEEDBACK_STATE_RESOLVED).ok());
    wf::OpenRemediationItemResponse third;
    ASSERT_TRUE(openRemediation(group.signature(), "remediate-3", &third).ok());
    EXPECT_TRUE(third.created());
    EXPECT_NE(third.feedback_item_id(), first.feedback_item_id());

    EXPECT_EQ(openRemediation(group.signature(), "viewer-key", &second, "viewer").error_code(),
              grpc::StatusCode::PERMISSION_DENIED);
    EXPECT_EQ(openRemediation("0000000000000000", "missing", &second).error_code(), grpc::StatusCode::NOT_FOUND);
    EXPECT_EQ(openRemediation("nope", "bad", &second).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(TriageTest, FeedbackItemsKeepTheirHistoryAndSubscribers)
{
    fb::SubmitFeedbackRequest submit;
    submit.mutable_item()->set_title("The runs screen is slow");
    submit.mutable_item()->set_persona("on-call engineer");
    submit.mutable_item()->set_channel(fb::FEEDBACK_CHANNEL_CHAT);
    submit.mutable_item()->add_tags("performance");
    submit.set_idempotency_key("submit-1");
    fb::SubmitFeedbackResponse submitted;
    {
        auto ctx = client().context(token("ameide", "viewer"));
        ASSERT_TRUE(client().feedback().SubmitFeedback(ctx.get(), submit, &submitted).ok());
    }
    const auto &item = submitted.item();
    EXPECT_EQ(item.state(), fb::FEEDBACK_STATE_NEW);
    EXPECT_EQ(item.requester_id(), "user-ameide-viewer");
    ASSERT_EQ(item.subscriber_ids_size(), 1);
    EXPECT_EQ(item.tenant_id(), "tenant-ameide");
    {
        fb::SubmitFeedbackResponse again;
        auto ctx = client().context(token("ameide", "viewer"));
        ASSERT_TRUE(client().feedback().SubmitFeedback(ctx.get(), submit, &again).ok());
        EXPECT_EQ(again.item().id(), item.id());
    }

    // Valid transitions only, and the error names the allowed ones.
    const auto bad = setState(item.id(), fb::FEEDBACK_STATE_RESOLVED);
    EXPECT_EQ(bad.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(bad.error_message().find("FEEDBACK_STATE_TRIAGED"), std::string::npos) << bad.error_message();
    EXPECT_EQ(setState(item.id(), fb::FEEDBACK_STATE_TRIAGED, nullptr, "viewer").error_code(),
              grpc::StatusCode::PERMISSION_DENIED);
    fb::FeedbackItem updated;
    ASSERT_TRUE(setState(item.id(), fb::FEEDBACK_STATE_TRIAGED, &updated).ok());
    ASSERT_TRUE(setState(item.id(), fb::FEEDBACK_STATE_IN_PROGRESS, &updated).ok());
    ASSERT_EQ(updated.history_size(), 3);
    EXPECT_EQ(updated.history(2).state(), fb::FEEDBACK_STATE_IN_PROGRESS);
    EXPECT_EQ(updated.history(2).by(), "user-ameide-contributor");

    auto subscriber = [&](bool add, const std::string &user, fb::FeedbackItem *out) {
        auto ctx = client().context(token("ameide", "viewer"));
        if (add) {
            fb::AddFeedbackSubscriberRequest req;
            req.set_item_id(item.id());
            req.set_user_id(user);
            fb::AddFeedbackSubscriberResponse resp;
            const auto s = client().feedback().AddFeedbackSubscriber(ctx.get(), req, &resp);
            *out = resp.item();
            return s;
        }
        fb::RemoveFeedbackSubscriberRequest req;
        req.set_item_id(item.id());
        req.set_user_id(user);
        fb::RemoveFeedbackSubscriberResponse resp;
        const auto s = client().feedback().RemoveFeedbackSubscriber(ctx.get(), req, &resp);
        *out = resp.item();
        return s;
    };
    fb::FeedbackItem after;
    ASSERT_TRUE(subscriber(true, "user-ameide-admin", &after).ok());
    EXPECT_EQ(after.subscriber_ids_size(), 2);
    EXPECT_EQ(subscriber(true, "user-acme-admin", &after).error_code(), grpc::StatusCode::NOT_FOUND);
    EXPECT_EQ(subscriber(true, "user-nobody", &after).error_code(), grpc::StatusCode::NOT_FOUND);
    ASSERT_TRUE(subscriber(false, "user-ameide-viewer", &after).ok());
    ASSERT_EQ(after.subscriber_ids_size(), 1);
    EXPECT_EQ(after.subscriber_ids(0), "user-ameide-admin");

    // Lists: newest first, by state and tag, paged.
    for (int i = 0; i < 3; ++i) {
        fb::SubmitFeedbackRequest more;
        more.mutable_item()->set_title("item " + std::to_string(i));
        fb::SubmitFeedbackResponse resp;
        auto ctx = client().context(token("ameide", "viewer"));
        ASSERT_TRUE(client().feedback().SubmitFeedback(ctx.get(), more, &resp).ok());
    }
    fb::ListFeedbackRequest list;
    list.mutable_pagination()->set_page_size(2);
    std::vector<std::string> titles;
    do {
        fb::ListFeedbackResponse resp;
        auto ctx = client().context(token("ameide", "viewer"));
        ASSERT_TRUE(client().feedback().ListFeedback(ctx.get(), list, &resp).ok());
        for (const auto &i : resp.items())
            titles.push_back(i.title());
        list.mutable_pagination()->set_page_token(resp.pagination().next_page_token());
    } while (!list.pagination().page_token().empty());
    ASSERT_EQ(titles.size(), 4u);
    EXPECT_EQ(titles.front(), "item 2");
    EXPECT_EQ(titles.back(), "The runs screen is slow");
    fb::ListFeedbackRequest filtered;
    filtered.mutable_pagination()->set_page_size(10);
    filtered.add_states(fb::FEEDBACK_STATE_IN_PROGRESS);
    filtered.set_tag("performance");
    fb::ListFeedbackResponse resp;
    auto ctx = client().context(token("ameide", "viewer"));
    ASSERT_TRUE(client().feedback().ListFeedback(ctx.get(), filtered, &resp).ok());
    ASSERT_EQ(resp.items_size(), 1);
    EXPECT_EQ(resp.items(0).id(), item.id());

    // Another tenant sees none of it.
    fb::GetFeedbackRequest getReq;
    getReq.set_item_id(item.id());
    fb::GetFeedbackResponse got;
    auto acme = client().context(token("acme", "admin"));
    EXPECT_EQ(client().feedback().GetFeedback(acme.get(), getReq, &got).error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(TriageTest, EachGroupHasASevenDayTrendThatAddsUpToItsRecentRuns)
{
    const auto all = groups({}, 200);
    ASSERT_FALSE(all.empty());
    const auto weekAgoMs = sqlScalar("SELECT CAST(strftime('%s', 'now') AS INTEGER) * 1000") - 7LL * 24 * 3600 * 1000;
    for (const auto &g : all) {
        ASSERT_EQ(g.daily_failed_size(), 7) << g.signature();
        std::int64_t sum = 0;
        for (const auto n : g.daily_failed())
            sum += n;
        // Within a second of the request: a run created exactly at the edge may fall either side.
        const auto recent = sqlScalar("SELECT COUNT(*) FROM workflow_runs WHERE tenant_id = 'tenant-ameide'"
                                      " AND failure_signature = '" + g.signature() + "' AND created_at >= "
                                      + std::to_string(weekAgoMs + 1000));
        EXPECT_GE(sum, recent) << g.signature();
        EXPECT_LE(sum, g.failed_runs());
    }
    // A failure now lands on the last day.
    const auto run = runToEnd("ameide", "docs-publish", R"({"duration_ms": 1, "simulate_failure": "publish",
                                                            "failure_reason": "trend probe 42"})");
    const auto after = groups({}, 200);
    const auto probe = std::find_if(after.begin(), after.end(),
                                    [&](const auto &g) { return g.signature() == run.failure_signature(); });
    ASSERT_NE(probe, after.end());
    EXPECT_EQ(probe->daily_failed(6), 1);
}

TEST_F(TriageTest, AcknowledgingAGroupIsSeenByEveryoneInTheTenant)
{
    // A failure only this tenant has.
    const auto run = runToEnd("ameide", "docs-publish", R"({"duration_ms": 1, "simulate_failure": "publish",
                                                            "failure_reason": "acknowledge probe"})");
    const auto signature = run.failure_signature();
    ASSERT_FALSE(signature.empty());

    auto ack = [&](const wf::AcknowledgeFailureGroupRequest &req, wf::AcknowledgeFailureGroupResponse *resp,
                   const std::string &tenant, const std::string &role) {
        auto ctx = client().context(token(tenant, role));
        return client().operations().AcknowledgeFailureGroup(ctx.get(), req, resp);
    };
    wf::AcknowledgeFailureGroupRequest req;
    req.set_failure_signature(signature);
    req.set_note("rate limit upstream; waiting for the vendor");
    wf::AcknowledgeFailureGroupResponse resp;
    EXPECT_EQ(ack(req, &resp, "ameide", "viewer").error_code(), grpc::StatusCode::PERMISSION_DENIED);
    ASSERT_TRUE(ack(req, &resp, "ameide", "contributor").ok());
    EXPECT_EQ(resp.group().signature(), signature);
    EXPECT_EQ(resp.group().assignee(), "user-ameide-contributor"); // empty: the caller
    EXPECT_EQ(resp.group().acknowledged_by(), "user-ameide-contributor");
    EXPECT_EQ(resp.group().acknowledgement_note(), "rate limit upstream; waiting for the vendor");
    EXPECT_TRUE(resp.group().has_acknowledged_at());
    EXPECT_EQ(resp.group().daily_failed_size(), 7);

    // A viewer sees it in the list; another tenant cannot acknowledge it.
    const auto seen = groups({}, 200);
    const auto it = std::find_if(seen.begin(), seen.end(), [&](const auto &g) { return g.signature() == signature; });
    ASSERT_NE(it, seen.end());
    EXPECT_EQ(it->assignee(), "user-ameide-contributor");
    EXPECT_EQ(ack(req, &resp, "acme", "admin").error_code(), grpc::StatusCode::NOT_FOUND);

    // Handing it over replaces the acknowledgement; clear removes it.
    req.set_assignee("user-ameide-admin");
    req.set_note("");
    ASSERT_TRUE(ack(req, &resp, "ameide", "contributor").ok());
    EXPECT_EQ(resp.group().assignee(), "user-ameide-admin");
    EXPECT_EQ(resp.group().acknowledged_by(), "user-ameide-contributor");
    EXPECT_TRUE(resp.group().acknowledgement_note().empty());
    req.set_clear(true);
    ASSERT_TRUE(ack(req, &resp, "ameide", "admin").ok());
    EXPECT_TRUE(resp.group().assignee().empty());
    EXPECT_FALSE(resp.group().has_acknowledged_at());

    // Bad input names the field.
    wf::AcknowledgeFailureGroupRequest bad;
    bad.set_failure_signature("not-hex");
    auto status = ack(bad, &resp, "ameide", "admin");
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(status.error_message().find("failure_signature"), std::string::npos);
    bad.set_failure_signature(signature);
    bad.set_note(std::string(2001, 'x'));
    status = ack(bad, &resp, "ameide", "admin");
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(status.error_message().find("note"), std::string::npos);
    bad.set_note("");
    bad.set_failure_signature("0000000000000000");
    EXPECT_EQ(ack(bad, &resp, "ameide", "admin").error_code(), grpc::StatusCode::NOT_FOUND);
}
