#pragma once

// The RPC table shared by fuzz_requests (which calls an RPC chosen by the
// first input byte) and make_corpus (which writes seed inputs for it). The
// order of kRpcs is the meaning of that byte: append, never reorder, or the
// committed corpus loses its meaning.

#include "ameide_core_proto/feedback/v1/feedback_service.grpc.pb.h"
#include "ameide_core_proto/platform/v1/organization_service.grpc.pb.h"
#include "ameide_core_proto/platform/v1/tenant_service.grpc.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.grpc.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_service.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string_view>

namespace ameide::fuzz {

namespace wf = ameide_core_proto::workflows_runtime::v1;
namespace pv1 = ameide_core_proto::platform::v1;
namespace fb = ameide_core_proto::feedback::v1;
using google::protobuf::Message;

struct Stubs
{
    explicit Stubs(const std::shared_ptr<grpc::Channel> &channel)
        : workflows(wf::WorkflowService::NewStub(channel))
        , operations(wf::WorkflowOperationsService::NewStub(channel))
        , tenants(pv1::TenantService::NewStub(channel))
        , organizations(pv1::OrganizationService::NewStub(channel))
        , feedback(fb::FeedbackIntakeService::NewStub(channel))
    {
    }

    std::unique_ptr<wf::WorkflowService::Stub> workflows;
    std::unique_ptr<wf::WorkflowOperationsService::Stub> operations;
    std::unique_ptr<pv1::TenantService::Stub> tenants;
    std::unique_ptr<pv1::OrganizationService::Stub> organizations;
    std::unique_ptr<fb::FeedbackIntakeService::Stub> feedback;
};

struct Rpc
{
    const char *name;
    std::unique_ptr<Message> (*newRequest)();
    // Calls the RPC with ctx (deadline and metadata already set).
    grpc::Status (*invoke)(Stubs &stubs, grpc::ClientContext &ctx, const Message &request);
    std::chrono::milliseconds deadline;
};

namespace detail {

template<typename T>
struct UnaryTraits;

template<typename Stub, typename Req, typename Resp>
struct UnaryTraits<grpc::Status (Stub::*)(grpc::ClientContext *, const Req &, Resp *)>
{
    using Request = Req;
    using Response = Resp;
};

template<auto Method, auto StubField>
constexpr Rpc unary(const char *name)
{
    using Traits = UnaryTraits<decltype(Method)>;
    return Rpc{name,
               []() -> std::unique_ptr<Message> { return std::make_unique<typename Traits::Request>(); },
               [](Stubs &stubs, grpc::ClientContext &ctx, const Message &request) {
                   typename Traits::Response response;
                   return ((*(stubs.*StubField)).*Method)(&ctx, static_cast<const typename Traits::Request &>(request),
                                                          &response);
               },
               std::chrono::seconds(2)};
}

// Reads at most three messages (the first is always a heartbeat) and cancels
// after the third. A stream that ends before (the server's error, or the
// deadline on an idle stream) reports its own status.
inline grpc::Status watch(Stubs &stubs, grpc::ClientContext &ctx, const Message &request)
{
    auto reader = stubs.operations->WatchWorkflowRuns(&ctx, static_cast<const wf::WatchWorkflowRunsRequest &>(request));
    wf::WatchWorkflowRunsResponse message;
    int read = 0;
    while (read < 3 && reader->Read(&message))
        ++read;
    if (read == 3)
        ctx.TryCancel();
    return reader->Finish();
}

using WS = wf::WorkflowService::Stub;
using OS = wf::WorkflowOperationsService::Stub;
using TS = pv1::TenantService::Stub;
using GS = pv1::OrganizationService::Stub;
using FS = fb::FeedbackIntakeService::Stub;

} // namespace detail

// How many RPCs the five platform services have; the array below must name them all.
inline constexpr std::size_t kRpcCount = 44;

// Every RPC of the five platform services.
inline const std::array<Rpc, kRpcCount> &rpcs()
{
    using namespace detail;
    // New RPCs go at the end, so the selector bytes of the corpus keep their meaning.
    static const std::array<Rpc, kRpcCount> all = {
        unary<&WS::CreateWorkflowDefinition, &Stubs::workflows>("CreateWorkflowDefinition"),
        unary<&WS::UpdateWorkflowDefinition, &Stubs::workflows>("UpdateWorkflowDefinition"),
        unary<&WS::ListWorkflowDefinitions, &Stubs::workflows>("ListWorkflowDefinitions"),
        unary<&WS::CreateWorkflowVersion, &Stubs::workflows>("CreateWorkflowVersion"),
        unary<&WS::ListWorkflowVersions, &Stubs::workflows>("ListWorkflowVersions"),
        unary<&WS::StartWorkflowRun, &Stubs::workflows>("StartWorkflowRun"),
        unary<&WS::ListWorkflowRuns, &Stubs::workflows>("ListWorkflowRuns"),
        unary<&WS::DescribeWorkflowRun, &Stubs::workflows>("DescribeWorkflowRun"),
        unary<&WS::CancelWorkflowRun, &Stubs::workflows>("CancelWorkflowRun"),
        unary<&WS::CreateWorkflowRule, &Stubs::workflows>("CreateWorkflowRule"),
        unary<&WS::UpdateWorkflowRule, &Stubs::workflows>("UpdateWorkflowRule"),
        unary<&WS::ListWorkflowRules, &Stubs::workflows>("ListWorkflowRules"),
        unary<&WS::DeleteWorkflowRule, &Stubs::workflows>("DeleteWorkflowRule"),
        unary<&WS::ReportWorkflowStatus, &Stubs::workflows>("ReportWorkflowStatus"),
        unary<&OS::RetryWorkflowRun, &Stubs::operations>("RetryWorkflowRun"),
        Rpc{"WatchWorkflowRuns",
            []() -> std::unique_ptr<Message> { return std::make_unique<wf::WatchWorkflowRunsRequest>(); }, &watch,
            std::chrono::milliseconds(200)},
        unary<&TS::CreateTenant, &Stubs::tenants>("CreateTenant"),
        unary<&TS::ListTenants, &Stubs::tenants>("ListTenants"),
        unary<&TS::UpdateTenant, &Stubs::tenants>("UpdateTenant"),
        unary<&GS::CreateOrganization, &Stubs::organizations>("CreateOrganization"),
        unary<&GS::GetOrganization, &Stubs::organizations>("GetOrganization"),
        unary<&GS::ListOrganizations, &Stubs::organizations>("ListOrganizations"),
        unary<&GS::UpdateOrganization, &Stubs::organizations>("UpdateOrganization"),
        unary<&GS::DeleteOrganization, &Stubs::organizations>("DeleteOrganization"),
        unary<&GS::ListOrganizationMemberships, &Stubs::organizations>("ListOrganizationMemberships"),
        unary<&OS::SearchWorkflowRuns, &Stubs::operations>("SearchWorkflowRuns"),
        unary<&OS::CountWorkflowRuns, &Stubs::operations>("CountWorkflowRuns"),
        unary<&OS::ListWorkflowRunUpdates, &Stubs::operations>("ListWorkflowRunUpdates"),
        unary<&OS::ListFailureGroups, &Stubs::operations>("ListFailureGroups"),
        unary<&OS::OpenRemediationItem, &Stubs::operations>("OpenRemediationItem"),
        unary<&OS::StartBulkRetry, &Stubs::operations>("StartBulkRetry"),
        unary<&OS::GetBulkRetryJob, &Stubs::operations>("GetBulkRetryJob"),
        unary<&OS::CancelBulkRetryJob, &Stubs::operations>("CancelBulkRetryJob"),
        unary<&OS::ListBulkRetryJobs, &Stubs::operations>("ListBulkRetryJobs"),
        unary<&FS::SubmitFeedback, &Stubs::feedback>("SubmitFeedback"),
        unary<&FS::GetFeedback, &Stubs::feedback>("GetFeedback"),
        unary<&FS::ListFeedback, &Stubs::feedback>("ListFeedback"),
        unary<&FS::UpdateFeedbackState, &Stubs::feedback>("UpdateFeedbackState"),
        unary<&FS::AddFeedbackSubscriber, &Stubs::feedback>("AddFeedbackSubscriber"),
        unary<&FS::RemoveFeedbackSubscriber, &Stubs::feedback>("RemoveFeedbackSubscriber"),
        unary<&OS::ListWorkflowRunLogs, &Stubs::operations>("ListWorkflowRunLogs"),
        // New RPCs go last: an RPC's index is the first byte of every corpus file.
        unary<&OS::AcknowledgeFailureGroup, &Stubs::operations>("AcknowledgeFailureGroup"),
        unary<&OS::StartBulkCancel, &Stubs::operations>("StartBulkCancel"),
        unary<&OS::ResumeBulkRetryJob, &Stubs::operations>("ResumeBulkRetryJob"),
    };
    return all;
}

// The selector byte of an RPC, by name; -1 if there is none.
inline int rpcIndex(std::string_view name)
{
    const auto &all = rpcs();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (name == all[i].name)
            return static_cast<int>(i);
    }
    return -1;
}

// Watch cursors in inputs that name this store instance get the running
// server's instance id instead (see fuzz_requests.cpp).
constexpr const char *kPlaceholderInstance = "0000000000000000";

// The second input byte: who calls.
//   bits 0-1  0 admin of tenant-ameide, 1 viewer of tenant-acme, 2 no token, 3 a garbage token
//   bit  2    x-tenant-id names another tenant than the token's
//   bit  3    x-tenant-id names the token's own tenant (ignored when bit 2 is set)
//   bits 4-5  which garbage: unknown token, over-long token, lower-case "bearer", empty token
//   bit 6     the first text field gets bytes that are not UTF-8
enum CallerBits : std::uint8_t {
    kAdmin = 0,
    kViewer = 1,
    kNoToken = 2,
    kGarbage = 3,
    kForeignTenantHeader = 1U << 2,
    kOwnTenantHeader = 1U << 3,
    // The first text field of the request gets bytes that are not UTF-8.
    kInvalidUtf8 = 1U << 6,
};

} // namespace ameide::fuzz
