// A generic gRPC client's view of the platform: the standard health and
// reflection protocols, without any of the platform's own code linked in.
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpc/reflection/v1alpha/reflection.grpc.pb.h"
#include "platform_client.h"
#include "platform_process.h"

#include <google/protobuf/descriptor.pb.h>
#include <gtest/gtest.h>

#include <set>

using namespace ameide::test;

class ProtocolTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::string out;
        ASSERT_EQ(PlatformProcess::run({"seed", "--data", m_dir.path().string(), "--runs", "10"}, &out), 0);
        m_platform = std::make_unique<PlatformProcess>(m_dir.path());
        m_platform->start();
        m_channel = grpc::CreateChannel(m_platform->address(), grpc::InsecureChannelCredentials());
    }

    TempDir m_dir;
    std::unique_ptr<PlatformProcess> m_platform;
    std::shared_ptr<grpc::Channel> m_channel;
};

TEST_F(ProtocolTest, HealthAnswersWithoutAToken)
{
    auto health = grpc::health::v1::Health::NewStub(m_channel);
    for (const char *service : {"", "ameide_core_proto.workflows_runtime.v1.WorkflowService"}) {
        grpc::ClientContext ctx;
        grpc::health::v1::HealthCheckRequest req;
        req.set_service(service);
        grpc::health::v1::HealthCheckResponse resp;
        const auto status = health->Check(&ctx, req, &resp);
        ASSERT_TRUE(status.ok()) << status.error_message();
        EXPECT_EQ(resp.status(), grpc::health::v1::HealthCheckResponse::SERVING) << service;
    }
}

TEST_F(ProtocolTest, ReflectionListsEveryServiceAndServesTheirDescriptors)
{
    auto reflection = grpc::reflection::v1alpha::ServerReflection::NewStub(m_channel);
    grpc::ClientContext ctx;
    auto stream = reflection->ServerReflectionInfo(&ctx);

    grpc::reflection::v1alpha::ServerReflectionRequest list;
    list.set_list_services("");
    ASSERT_TRUE(stream->Write(list));
    grpc::reflection::v1alpha::ServerReflectionResponse resp;
    ASSERT_TRUE(stream->Read(&resp));
    std::set<std::string> services;
    for (const auto &s : resp.list_services_response().service())
        services.insert(s.name());
    for (const auto *expected :
         {"ameide_core_proto.workflows_runtime.v1.WorkflowService",
          "ameide_core_proto.workflows_runtime.v1.WorkflowOperationsService",
          "ameide_core_proto.platform.v1.TenantService", "ameide_core_proto.platform.v1.OrganizationService",
          "grpc.health.v1.Health"})
        EXPECT_TRUE(services.count(expected)) << expected;

    grpc::reflection::v1alpha::ServerReflectionRequest symbol;
    symbol.set_file_containing_symbol("ameide_core_proto.workflows_runtime.v1.WorkflowOperationsService");
    ASSERT_TRUE(stream->Write(symbol));
    ASSERT_TRUE(stream->Read(&resp));
    ASSERT_GT(resp.file_descriptor_response().file_descriptor_proto_size(), 0);
    google::protobuf::FileDescriptorProto file;
    ASSERT_TRUE(file.ParseFromString(resp.file_descriptor_response().file_descriptor_proto(0)));
    EXPECT_EQ(file.package(), "ameide_core_proto.workflows_runtime.v1");
    bool hasWatch = false;
    for (const auto &service : file.service()) {
        for (const auto &method : service.method())
            hasWatch |= method.name() == "WatchWorkflowRuns" && method.server_streaming();
    }
    EXPECT_TRUE(hasWatch);
    stream->WritesDone();
    stream->Finish();
}

TEST_F(ProtocolTest, EveryOtherRpcNeedsAToken)
{
    PlatformClient client(m_platform->address());
    wf::ListWorkflowRunsRequest req;
    req.mutable_pagination()->set_page_size(1);
    wf::ListWorkflowRunsResponse resp;
    auto ctx = client.context("");
    EXPECT_EQ(client.workflows().ListWorkflowRuns(ctx.get(), req, &resp).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
}
