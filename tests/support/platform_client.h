#pragma once

#include "ameide_core_proto/feedback/v1/feedback_service.grpc.pb.h"
#include "ameide_core_proto/platform/v1/organization_service.grpc.pb.h"
#include "ameide_core_proto/platform/v1/tenant_service.grpc.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.grpc.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_service.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

namespace ameide::test {

namespace wf = ameide_core_proto::workflows_runtime::v1;
namespace pv1 = ameide_core_proto::platform::v1;
namespace fb = ameide_core_proto::feedback::v1;

// Plain grpc++ stubs for one platform address, with a helper that makes an
// authenticated call context.
class PlatformClient
{
public:
    explicit PlatformClient(const std::string &address);

    std::unique_ptr<grpc::ClientContext> context(const std::string &token,
                                                 std::chrono::milliseconds deadline = std::chrono::seconds(5)) const;

    const std::shared_ptr<grpc::Channel> &channel() const { return m_channel; }
    wf::WorkflowService::Stub &workflows() { return *m_workflows; }
    wf::WorkflowOperationsService::Stub &operations() { return *m_operations; }
    pv1::TenantService::Stub &tenants() { return *m_tenants; }
    pv1::OrganizationService::Stub &organizations() { return *m_organizations; }
    fb::FeedbackIntakeService::Stub &feedback() { return *m_feedback; }

private:
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<wf::WorkflowService::Stub> m_workflows;
    std::unique_ptr<wf::WorkflowOperationsService::Stub> m_operations;
    std::unique_ptr<pv1::TenantService::Stub> m_tenants;
    std::unique_ptr<pv1::OrganizationService::Stub> m_organizations;
    std::unique_ptr<fb::FeedbackIntakeService::Stub> m_feedback;
};

// A fresh temporary folder, removed on destruction.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace ameide::test
