// Table-driven checks over every RPC of the contract: each canonical role is
// allowed or refused exactly as docs/contract.md says, and no call made with
// another tenant's token returns or changes tenant-ameide's data.
#include "platform_fixture.h"
#include "rpc_catalogue.h"
#include "store/database.h"

#include <SQLiteCpp/Statement.h>

#include <fstream>
#include <map>

using namespace ameide::test;

namespace {

const std::vector<std::string> kRoles = {"admin", "contributor", "viewer", "guest", "service"};

// service/rpc -> allowed per role, in kRoles order, from the contract's table.
std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(' ');
    const auto last = s.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

// service/rpc -> allowed per role, in kRoles order, from the contract's table:
// | Service | RPC | Permission | ADMIN | CONTRIBUTOR | VIEWER | GUEST | SERVICE | statuses |
std::map<std::string, std::vector<bool>> documentedRoles()
{
    std::ifstream in(std::string(AMEIDE_SOURCE_DIR) + "/docs/contract.md");
    std::map<std::string, std::vector<bool>> out;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::size_t start = 0;
        while (true) {
            const auto bar = line.find('|', start);
            if (bar == std::string::npos)
                break;
            if (bar > start)
                cells.push_back(trimmed(line.substr(start, bar - start)));
            start = bar + 1;
        }
        if (cells.size() < 8 || cells[0].size() < 8 || cells[0].compare(cells[0].size() - 7, 7, "Service") != 0
            || cells[0] == "Service")
            continue;
        std::vector<bool> allowed;
        for (std::size_t i = 3; i < 8; ++i) {
            if (cells[i] != "✓" && cells[i] != "✗")
                break;
            allowed.push_back(cells[i] == "✓");
        }
        if (allowed.size() != 5)
            continue;
        const std::string rpc = cells[1].substr(0, cells[1].find(' '));
        out[cells[0] + '/' + rpc] = allowed;
    }
    return out;
}

} // namespace

class RolesAndTenantsTest : public PlatformFixture
{
protected:
    // A fingerprint of everything tenant-ameide owns.
    std::string ameideFingerprint()
    {
        return server().database().read([](SQLite::Database &db) {
            std::string out;
            for (const char *sql :
                 {"SELECT group_concat(id || name || status || updated_at) FROM tenants WHERE id = 'tenant-ameide'",
                  "SELECT group_concat(id || name || COALESCE(parent_id, '') || updated_at) FROM organizations"
                  " WHERE tenant_id = 'tenant-ameide'",
                  "SELECT group_concat(id || name || status || updated_at) FROM workflow_definitions"
                  " WHERE tenant_id = 'tenant-ameide'",
                  "SELECT COUNT(*) || '/' || MAX(seq) FROM workflow_runs WHERE tenant_id = 'tenant-ameide'",
                  "SELECT COUNT(*) || '/' || COALESCE(MAX(seq), 0) FROM workflows_execution_status_updates"
                  " WHERE tenant_id = 'tenant-ameide'",
                  "SELECT COUNT(*) FROM workflow_versions v JOIN workflow_definitions d ON d.id = v.definition_id"
                  " WHERE d.tenant_id = 'tenant-ameide'",
                  "SELECT COUNT(*) FROM workflow_rules WHERE tenant_id = 'tenant-ameide'"}) {
                SQLite::Statement q(db, sql);
                q.executeStep();
                out += q.getColumn(0).getString() + '|';
            }
            return out;
        });
    }
};

TEST_F(RolesAndTenantsTest, EveryRpcAllowsExactlyTheRolesTheContractNames)
{
    const auto documented = documentedRoles();
    ASSERT_EQ(documented.size(), rpcCatalogue().size()) << "the contract's table and the catalogue list the same RPCs";
    for (const auto &rpc : rpcCatalogue()) {
        const auto it = documented.find(rpc.service + '/' + rpc.rpc);
        ASSERT_NE(it, documented.end()) << rpc.service << '/' << rpc.rpc << " is not in docs/contract.md";
        ASSERT_EQ(it->second.size(), kRoles.size());
        for (std::size_t r = 0; r < kRoles.size(); ++r) {
            std::string payload;
            const auto status = rpc.call(client(), token("ameide", kRoles[r]), &payload);
            SCOPED_TRACE(rpc.service + '/' + rpc.rpc + " as " + kRoles[r] + ": " + statusText(status));
            if (it->second[r])
                EXPECT_NE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
            else
                EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
            EXPECT_NE(status.error_code(), grpc::StatusCode::INTERNAL);
            EXPECT_NE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
        }
    }
}

TEST_F(RolesAndTenantsTest, NoRpcWithAnotherTenantsTokenReturnsOrChangesItsData)
{
    const std::string before = ameideFingerprint();
    for (const auto &rpc : rpcCatalogue()) {
        for (const auto &role : kRoles) {
            std::string payload;
            const auto status = rpc.call(client(), token("acme", role), &payload);
            SCOPED_TRACE(rpc.service + '/' + rpc.rpc + " as acme " + role + ": " + statusText(status));
            EXPECT_EQ(payload.find("ameide"), std::string::npos) << "the answer carries tenant-ameide data";
            EXPECT_NE(status.error_code(), grpc::StatusCode::INTERNAL);
        }
    }
    EXPECT_EQ(ameideFingerprint(), before);
}
