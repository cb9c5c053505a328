#pragma once

#include "ameide_core_proto/feedback/v1/feedback_service.grpc.pb.h"

namespace ameide::platform {

class Authenticator;
class FeedbackStore;

namespace fb = ameide_core_proto::feedback::v1;

// FeedbackIntakeService: feedback items, their state history and subscribers.
class FeedbackService final : public fb::FeedbackIntakeService::Service
{
public:
    FeedbackService(Authenticator &auth, FeedbackStore &store);

    grpc::Status SubmitFeedback(grpc::ServerContext *ctx, const fb::SubmitFeedbackRequest *req,
                                fb::SubmitFeedbackResponse *resp) override;
    grpc::Status GetFeedback(grpc::ServerContext *ctx, const fb::GetFeedbackRequest *req,
                             fb::GetFeedbackResponse *resp) override;
    grpc::Status ListFeedback(grpc::ServerContext *ctx, const fb::ListFeedbackRequest *req,
                              fb::ListFeedbackResponse *resp) override;
    grpc::Status UpdateFeedbackState(grpc::ServerContext *ctx, const fb::UpdateFeedbackStateRequest *req,
                                     fb::UpdateFeedbackStateResponse *resp) override;
    grpc::Status AddFeedbackSubscriber(grpc::ServerContext *ctx, const fb::AddFeedbackSubscriberRequest *req,
                                       fb::AddFeedbackSubscriberResponse *resp) override;
    grpc::Status RemoveFeedbackSubscriber(grpc::ServerContext *ctx, const fb::RemoveFeedbackSubscriberRequest *req,
                                          fb::RemoveFeedbackSubscriberResponse *resp) override;

private:
    Authenticator &m_auth;
    FeedbackStore &m_store;
};

} // namespace ameide::platform
