#pragma once

#include "platform_client.h"
#include "platform_server.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ameide::test {

// A real local platform, in this process, on a free loopback port, seeded
// with a small dogfood data set, plus a token for every canonical role of
// tenant-ameide and tenant-acme.
class PlatformFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // tenant: "ameide", "acme" or "globex"; role: "admin", "contributor", ...
    const std::string &token(const std::string &tenant, const std::string &role);
    PlatformClient &client() { return *m_client; }
    platform::PlatformServer &server() { return *m_server; }

    // Starts a run of the tenant's definition `slug` with the given input JSON
    // and waits until it ends; returns the final run.
    wf::WorkflowRun runToEnd(const std::string &tenant, const std::string &slug, const std::string &inputJson);
    // Creates a definition of the tenant and publishes its first version,
    // whose steps are activities with these ids (and the ids as names);
    // returns the definition's id.
    std::string createDefinition(const std::string &tenant, const std::string &name,
                                 const std::vector<std::string> &stepIds);
    // Publishes another version of the definition with these steps; returns its number.
    int publishVersion(const std::string &tenant, const std::string &definitionId,
                       const std::vector<std::string> &stepIds);
    // Starts a run of the definition (its latest version) with the input and waits until it ends.
    wf::WorkflowRun runDefinitionToEnd(const std::string &tenant, const std::string &definitionId,
                                       const std::string &inputJson);
    // Describes a run until pred holds or the timeout passes.
    wf::WorkflowRun waitForRun(const std::string &tenant, const std::string &runId,
                               const std::function<bool(const wf::WorkflowRun &)> &pred,
                               std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // The first column of the first row of a query on the platform's store.
    std::int64_t sqlScalar(const std::string &sql);

    static constexpr int kSeededRuns = 300;

    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<platform::PlatformServer> m_server;
    std::unique_ptr<PlatformClient> m_client;
    std::map<std::string, std::string> m_tokens;
};

std::string statusText(const grpc::Status &status);

} // namespace ameide::test
