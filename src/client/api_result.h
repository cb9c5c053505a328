#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace grpc {
class ClientContext;
}

namespace ameide::client {

// What a call to the platform came to, as the layers above the client see
// it: no gRPC status, only the kind of failure a screen reacts to and a
// sentence for people in the console's language (describeStatus()).
enum class ApiError {
    None,
    InvalidArgument,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    Unauthenticated,
    FailedPrecondition,
    Unavailable,
    DeadlineExceeded,
    Cancelled,
    Unimplemented,
    Other,
};

template<typename T>
struct ApiResult
{
    ApiError error = ApiError::None;
    // For people, translated; ends with the platform's words as a detail
    // when there are any.
    QString message;
    // The platform's own words alone, untranslated (statusDetail()); empty
    // when it gave none worth showing.
    QString detail;
    T value{};

    bool ok() const { return error == ApiError::None; }
    // The platform could not be reached or did not answer in time: trying again may help.
    bool transient() const { return error == ApiError::Unavailable || error == ApiError::DeadlineExceeded; }
};

// The value of a call that answers nothing but whether it worked.
struct Done
{
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;

// A call in flight. cancel() asks gRPC to stop it (its callback then runs
// with Cancelled, or not at all once the receiver is gone); it does nothing
// once the call has ended. Copies refer to the same call.
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(std::weak_ptr<grpc::ClientContext> context);

    void cancel() const;

private:
    std::weak_ptr<grpc::ClientContext> m_context;
};

// A fresh key for one confirmed action: made once when a dialog or job opens,
// sent with every attempt, so the platform does the action at most once.
QString newIdempotencyKey();

} // namespace ameide::client
