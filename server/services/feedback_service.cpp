#include "feedback_service.h"

#include "auth/authenticator.h"
#include "guarded.h"
#include "store/feedback_store.h"
#include "validation.h"

namespace ameide::platform {

namespace {

constexpr int kMaxTags = 20;
constexpr int kMaxLinks = 100;
constexpr int kMaxStates = 5;
constexpr std::size_t kMaxTagLength = 64;

void validateSubmittedItem(const fb::FeedbackItem &item)
{
    optionalId("item.organization_id", item.organization_id());
    requireEnum("item.channel", item.channel(), fb::FeedbackChannel_IsValid, true);
    optionalText("item.persona", item.persona(), kMaxNameLength);
    requireText("item.title", item.title(), kMaxNameLength);
    optionalText("item.description", item.description(), kMaxTextLength);
    optionalId("item.element_id", item.element_id());
    optionalText("item.methodology_profile", item.methodology_profile(), kMaxNameLength);
    if (item.tags_size() > kMaxTags)
        invalidArgument("item.tags lists more than " + std::to_string(kMaxTags) + " tags");
    for (int i = 0; i < item.tags_size(); ++i)
        requireText("item.tags[" + std::to_string(i) + "]", item.tags(i), kMaxTagLength);
    if (item.links_size() > kMaxLinks)
        invalidArgument("item.links lists more than " + std::to_string(kMaxLinks) + " links");
    for (int i = 0; i < item.links_size(); ++i)
        requireText("item.links[" + std::to_string(i) + "]", item.links(i), kMaxNameLength);
    if (item.has_sla_due_at() && (item.sla_due_at().seconds() < 0 || item.sla_due_at().nanos() < 0
                                  || item.sla_due_at().nanos() > 999999999))
        invalidArgument("item.sla_due_at is not a valid timestamp");
}

} // namespace

FeedbackService::FeedbackService(Authenticator &auth, FeedbackStore &store)
    : m_auth(auth)
    , m_store(store)
{
}

grpc::Status FeedbackService::SubmitFeedback(grpc::ServerContext *ctx, const fb::SubmitFeedbackRequest *req,
                                             fb::SubmitFeedbackResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        validateSubmittedItem(req->item());
        optionalText("idempotency_key", req->idempotency_key(), kMaxIdLength);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        *resp->mutable_item() = m_store.submit(caller, req->item(), req->idempotency_key());
    });
}

grpc::Status FeedbackService::GetFeedback(grpc::ServerContext *ctx, const fb::GetFeedbackRequest *req,
                                          fb::GetFeedbackResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("item_id", req->item_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        *resp->mutable_item() = m_store.get(caller, req->item_id());
    });
}

grpc::Status FeedbackService::ListFeedback(grpc::ServerContext *ctx, const fb::ListFeedbackRequest *req,
                                           fb::ListFeedbackResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        if (req->states_size() > kMaxStates)
            invalidArgument("states lists more than " + std::to_string(kMaxStates) + " states");
        std::vector<int> states;
        for (int i = 0; i < req->states_size(); ++i) {
            requireEnum("states[" + std::to_string(i) + "]", req->states(i), fb::FeedbackState_IsValid, false);
            states.push_back(req->states(i));
        }
        optionalText("tag", req->tag(), kMaxTagLength);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        fb::ListFeedbackRequest bound;
        *bound.mutable_states() = req->states();
        bound.set_tag(req->tag());
        const auto scope = pageScope("feedback", caller.tenantId, bound);
        const auto page = parsePage(req->pagination(), scope);
        std::string next;
        for (auto &item : m_store.list(caller, states, req->tag(), page, &next, scope))
            *resp->add_items() = std::move(item);
        resp->mutable_pagination()->set_next_page_token(next);
    });
}

grpc::Status FeedbackService::UpdateFeedbackState(grpc::ServerContext *ctx, const fb::UpdateFeedbackStateRequest *req,
                                                  fb::UpdateFeedbackStateResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("item_id", req->item_id());
        requireEnum("state", req->state(), fb::FeedbackState_IsValid, false);
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::ManageWorkflows);
        *resp->mutable_item() = m_store.updateState(caller, req->item_id(), req->state());
    });
}

grpc::Status FeedbackService::AddFeedbackSubscriber(grpc::ServerContext *ctx,
                                                    const fb::AddFeedbackSubscriberRequest *req,
                                                    fb::AddFeedbackSubscriberResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("item_id", req->item_id());
        requireId("user_id", req->user_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        *resp->mutable_item() = m_store.addSubscriber(caller, req->item_id(), req->user_id());
    });
}

grpc::Status FeedbackService::RemoveFeedbackSubscriber(grpc::ServerContext *ctx,
                                                       const fb::RemoveFeedbackSubscriberRequest *req,
                                                       fb::RemoveFeedbackSubscriberResponse *resp)
{
    return guarded(__func__, [&] {
        validateContext(req->context());
        requireId("item_id", req->item_id());
        requireId("user_id", req->user_id());
        const auto caller = m_auth.authorize(*ctx, req->context(), Permission::Read);
        *resp->mutable_item() = m_store.removeSubscriber(caller, req->item_id(), req->user_id());
    });
}

} // namespace ameide::platform
