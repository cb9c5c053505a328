#include "services/unreadable_request.h"

namespace ameide::platform {

namespace {

using grpc::experimental::InterceptionHookPoints;

class UnreadableRequestInterceptor final : public grpc::experimental::Interceptor
{
public:
    void Intercept(grpc::experimental::InterceptorBatchMethods *methods) override
    {
        if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
            const grpc::Status status = methods->GetSendStatus();
            if (status.error_code() == grpc::StatusCode::INTERNAL && status.error_message().empty())
                methods->ModifySendStatus(
                    grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                                 "the request could not be read: a text field is not valid UTF-8, or the message "
                                 "is not a well-formed request of this method"));
        }
        methods->Proceed();
    }
};

} // namespace

grpc::experimental::Interceptor *
UnreadableRequestInterceptorFactory::CreateServerInterceptor(grpc::experimental::ServerRpcInfo * /*info*/)
{
    return new UnreadableRequestInterceptor;
}

} // namespace ameide::platform
