#pragma once

#include "ameide_core_proto/feedback/v1/feedback_types.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ameide::platform {

class Database;
struct Caller;
struct PageRequest;

namespace fb = ameide_core_proto::feedback::v1;
namespace wf = ameide_core_proto::workflows_runtime::v1;

struct RemediationResult
{
    std::string itemId;
    wf::FailureGroup group;
    bool created = false;
};

// The most run links a remediation item carries; its description says when
// the group has more runs.
constexpr int kMaxRemediationRunLinks = 1000;

// Feedback items (FeedbackIntakeService) and the remediation items opened
// for failure groups. Tenant-scoped; errors are StatusError.
class FeedbackStore
{
public:
    explicit FeedbackStore(Database &db);

    // The same non-empty key returns the item the first call created.
    fb::FeedbackItem submit(const Caller &caller, const fb::FeedbackItem &in, const std::string &idempotencyKey);
    fb::FeedbackItem get(const Caller &caller, const std::string &itemId);
    // Newest first.
    std::vector<fb::FeedbackItem> list(const Caller &caller, const std::vector<int> &states, const std::string &tag,
                                       const PageRequest &page, std::string *nextToken, const std::string &scope);
    // FAILED_PRECONDITION for a transition feedbackTransitions() does not allow.
    fb::FeedbackItem updateState(const Caller &caller, const std::string &itemId, fb::FeedbackState state);
    // The user must exist in the caller's tenant.
    fb::FeedbackItem addSubscriber(const Caller &caller, const std::string &itemId, const std::string &userId);
    fb::FeedbackItem removeSubscriber(const Caller &caller, const std::string &itemId, const std::string &userId);

    // OpenRemediationItem: at most one unresolved item per failure signature.
    RemediationResult openRemediation(const Caller &caller, const std::string &signature, const std::string &title,
                                      const std::string &description, int slaHours, const std::string &idempotencyKey);

private:
    Database &m_db;
};

// The states an item in `from` may move to.
std::vector<fb::FeedbackState> feedbackTransitions(fb::FeedbackState from);

} // namespace ameide::platform
