#include "platform_client.h"

#include <atomic>
#include <cstdlib>
#include <stdexcept>

namespace ameide::test {

PlatformClient::PlatformClient(const std::string &address)
    : m_channel(grpc::CreateChannel(address, grpc::InsecureChannelCredentials()))
    , m_workflows(wf::WorkflowService::NewStub(m_channel))
    , m_operations(wf::WorkflowOperationsService::NewStub(m_channel))
    , m_tenants(pv1::TenantService::NewStub(m_channel))
    , m_organizations(pv1::OrganizationService::NewStub(m_channel))
    , m_feedback(fb::FeedbackIntakeService::NewStub(m_channel))
{
}

std::unique_ptr<grpc::ClientContext> PlatformClient::context(const std::string &token,
                                                             std::chrono::milliseconds deadline) const
{
    static std::atomic<int> counter{0};
    auto ctx = std::make_unique<grpc::ClientContext>();
    if (!token.empty())
        ctx->AddMetadata("authorization", "Bearer " + token);
    ctx->AddMetadata("x-request-id", "test-" + std::to_string(++counter));
    ctx->set_deadline(std::chrono::system_clock::now() + deadline);
    return ctx;
}

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "ameide-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir()
{
    // Set AMEIDE_KEEP_TEST_DIRS to inspect a failed test's data and platform log.
    if (std::getenv("AMEIDE_KEEP_TEST_DIRS"))
        return;
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

} // namespace ameide::test
