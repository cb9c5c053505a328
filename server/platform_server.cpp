#include "platform_server.h"

#include "auth/authenticator.h"
#include "executor/bulk_retry_runner.h"
#include "services/feedback_service.h"
#include "services/organization_service.h"
#include "services/tenant_service.h"
#include "services/unreadable_request.h"
#include "services/workflow_operations_service.h"
#include "services/workflow_service.h"
#include "store/bulk_retry_store.h"
#include "store/database.h"
#include "store/feedback_store.h"
#include "store/run_log_store.h"
#include "store/tenancy_store.h"
#include "store/token_store.h"
#include "store/update_feed.h"
#include "store/workflow_store.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace ameide::platform {

namespace {

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string hostOf(const std::string &hostPort)
{
    if (!hostPort.empty() && hostPort.front() == '[') {
        const auto end = hostPort.find(']');
        return end == std::string::npos ? hostPort : hostPort.substr(1, end - 1);
    }
    const auto colon = hostPort.rfind(':');
    return colon == std::string::npos ? hostPort : hostPort.substr(0, colon);
}

constexpr std::chrono::milliseconds kUnaryGrace{250};

} // namespace

bool isLoopbackAddress(const std::string &hostPort)
{
    const std::string host = hostOf(hostPort);
    if (host == "localhost")
        return true;
    in_addr v4{};
    if (inet_pton(AF_INET, host.c_str(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    return inet_pton(AF_INET6, host.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

std::filesystem::path databaseFile(const std::filesystem::path &dataDir)
{
    return dataDir / "platform.db";
}

PlatformServer::PlatformServer(PlatformOptions options)
    : m_options(std::move(options))
{
}

PlatformServer::~PlatformServer()
{
    shutdown(std::chrono::milliseconds(0));
}

std::string PlatformServer::address() const
{
    const std::string host = hostOf(m_options.listen);
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(m_port);
}

const std::string &PlatformServer::instanceId() const
{
    return m_workflows->instanceId();
}

void PlatformServer::start()
{
    const bool tls = !m_options.tlsCertificate.empty() || !m_options.tlsKey.empty();
    if (!isLoopbackAddress(m_options.listen) && !tls)
        throw std::runtime_error("listening on " + m_options.listen
                                 + " needs --tls-cert and --tls-key; without TLS only loopback addresses are allowed");
    if (tls && (m_options.tlsCertificate.empty() || m_options.tlsKey.empty()))
        throw std::runtime_error("TLS needs both --tls-cert and --tls-key");

    std::filesystem::create_directories(m_options.dataDir);
    m_db = std::make_unique<Database>(databaseFile(m_options.dataDir));
    m_feed = std::make_unique<UpdateFeed>();
    m_tokens = std::make_unique<TokenStore>(*m_db);
    m_auth = std::make_unique<Authenticator>(*m_tokens);
    m_workflows = std::make_unique<WorkflowStore>(*m_db, *m_feed);
    m_tenancy = std::make_unique<TenancyStore>(*m_db);
    m_feedback = std::make_unique<FeedbackStore>(*m_db);
    m_bulkRetries = std::make_unique<BulkRetryStore>(*m_db);
    m_runLogs = std::make_unique<RunLogStore>(*m_db);
    m_executor = std::make_unique<RunExecutor>(*m_db, *m_feed, m_options.executor);
    m_bulkRunner = std::make_unique<BulkRetryRunner>(*m_bulkRetries, *m_executor, *m_feed);
    m_workflowService = std::make_unique<WorkflowService>(*m_auth, *m_workflows, *m_executor);
    m_operationsService = std::make_unique<WorkflowOperationsService>(*m_auth, *m_workflows, *m_executor, *m_feed,
                                                                      *m_feedback, *m_bulkRetries, *m_bulkRunner,
                                                                      *m_runLogs);
    m_feedbackService = std::make_unique<FeedbackService>(*m_auth, *m_feedback);
    m_tenantService = std::make_unique<TenantService>(*m_auth, *m_tenancy);
    m_organizationService = std::make_unique<OrganizationService>(*m_auth, *m_tenancy);

    grpc::EnableDefaultHealthCheckService(true);
    grpc::reflection::InitProtoReflectionServerBuilderPlugin();
    grpc::ServerBuilder builder;
    std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials();
    if (tls) {
        grpc::SslServerCredentialsOptions ssl;
        ssl.pem_key_cert_pairs.push_back({readFile(m_options.tlsKey), readFile(m_options.tlsCertificate)});
        credentials = grpc::SslServerCredentials(ssl);
    }
    builder.AddListeningPort(m_options.listen, credentials, &m_port);
    builder.SetMaxReceiveMessageSize(4 * 1024 * 1024);
    // The console pings every 10 s to notice half-open connections
    // (src/client/channel_factory.cpp). gRPC's server defaults count a ping
    // as a strike when it comes less than 5 minutes after the previous one
    // with no data sent in between, or less than 2 hours after it on a
    // connection without calls, and after 2 strikes close the connection
    // with GOAWAY "too_many_pings". Accept one ping every 5 s, with or without
    // calls; a client pinging faster than that still gets the GOAWAY.
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 5000);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PING_STRIKES, 2);
    // The server pings too, so a watch handler on a vanished client ends
    // within about 40 s instead of lingering until TCP gives up.
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 30000);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10000);
    {
        std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> interceptors;
        interceptors.push_back(std::make_unique<UnreadableRequestInterceptorFactory>());
        builder.experimental().SetInterceptorCreators(std::move(interceptors));
    }
    builder.RegisterService(m_workflowService.get());
    builder.RegisterService(m_operationsService.get());
    builder.RegisterService(m_tenantService.get());
    builder.RegisterService(m_organizationService.get());
    builder.RegisterService(m_feedbackService.get());
    m_server = builder.BuildAndStart();
    if (!m_server || m_port == 0)
        throw std::runtime_error("cannot listen on " + m_options.listen + " (address in use or not available)");
    // The default health service knows only the whole server; name each service too.
    if (auto *health = m_server->GetHealthCheckService()) {
        for (const auto *name : {wf::WorkflowService::service_full_name(), wf::WorkflowOperationsService::service_full_name(),
                                 pv1::TenantService::service_full_name(), pv1::OrganizationService::service_full_name(),
                                 ameide_core_proto::feedback::v1::FeedbackIntakeService::service_full_name()})
            health->SetServingStatus(name, true);
    }
    m_executor->start();
    m_bulkRunner->start();
    spdlog::info("ameide-platformd serving on {} ({}) with data in {}", address(), tls ? "TLS" : "plaintext",
                 m_options.dataDir.string());
}

void PlatformServer::shutdown(std::chrono::milliseconds drain)
{
    if (m_stopped || !m_server)
        return;
    m_stopped = true;
    m_feed->close();
    if (auto *health = m_server->GetHealthCheckService())
        health->Shutdown();
    // Watch streams end first, with UNAVAILABLE and while the server still
    // runs normally, so clients get their status at once and reconnect.
    m_feed->waitForWatchers(drain);
    // grpc++ 1.51's sync server waits out the whole deadline while any client
    // keeps an idle connection open, so unary calls get a short grace period
    // only. A handler still running then finishes regardless (Wait() joins
    // it), and each write is one transaction, so nothing is left half-done.
    m_server->Shutdown(std::chrono::system_clock::now() + std::min(drain, kUnaryGrace));
    m_server->Wait();
    m_bulkRunner->stop();
    m_executor->stop();
    spdlog::info("ameide-platformd stopped");
}

} // namespace ameide::platform
