#pragma once

#include "executor/run_executor.h"

#include <filesystem>
#include <memory>
#include <string>

namespace grpc {
class Server;
}

namespace ameide::platform {

class Authenticator;
class BulkRetryRunner;
class BulkRetryStore;
class Database;
class FeedbackService;
class FeedbackStore;
class RunLogStore;
class TenancyStore;
class TokenStore;
class UpdateFeed;
class WorkflowStore;
class WorkflowService;
class WorkflowOperationsService;
class TenantService;
class OrganizationService;

struct PlatformOptions
{
    std::filesystem::path dataDir;
    // host:port; port 0 picks a free port.
    std::string listen = "127.0.0.1:50051";
    // PEM files; required when listening on anything but loopback.
    std::filesystem::path tlsCertificate;
    std::filesystem::path tlsKey;
    ExecutorOptions executor;
};

// True for 127.0.0.0/8, ::1 and localhost.
bool isLoopbackAddress(const std::string &hostPort);

// The local platform: store, executor and gRPC services on one port, with
// the standard health service and server reflection.
class PlatformServer
{
public:
    explicit PlatformServer(PlatformOptions options);
    ~PlatformServer();
    PlatformServer(const PlatformServer &) = delete;
    PlatformServer &operator=(const PlatformServer &) = delete;

    // Opens the store (applying migrations), resumes runs in flight and
    // starts serving. Throws std::runtime_error when it cannot.
    void start();
    // Stops accepting calls, ends watch streams, waits up to `drain` for
    // calls in progress, then stops the executor between transactions.
    void shutdown(std::chrono::milliseconds drain = std::chrono::seconds(5));

    int port() const { return m_port; }
    std::string address() const;
    Database &database() { return *m_db; }
    TokenStore &tokens() { return *m_tokens; }
    // The store's instance id, which watch cursors carry.
    const std::string &instanceId() const;

private:
    PlatformOptions m_options;
    int m_port = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UpdateFeed> m_feed;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<WorkflowStore> m_workflows;
    std::unique_ptr<TenancyStore> m_tenancy;
    std::unique_ptr<FeedbackStore> m_feedback;
    std::unique_ptr<BulkRetryStore> m_bulkRetries;
    std::unique_ptr<RunLogStore> m_runLogs;
    std::unique_ptr<RunExecutor> m_executor;
    std::unique_ptr<BulkRetryRunner> m_bulkRunner;
    std::unique_ptr<FeedbackService> m_feedbackService;
    std::unique_ptr<WorkflowService> m_workflowService;
    std::unique_ptr<WorkflowOperationsService> m_operationsService;
    std::unique_ptr<TenantService> m_tenantService;
    std::unique_ptr<OrganizationService> m_organizationService;
    std::unique_ptr<grpc::Server> m_server;
    bool m_stopped = false;
};

// The store file inside a data folder.
std::filesystem::path databaseFile(const std::filesystem::path &dataDir);

} // namespace ameide::platform
