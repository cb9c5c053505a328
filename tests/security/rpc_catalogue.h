#pragma once

#include "platform_client.h"

#include <functional>
#include <string>
#include <vector>

namespace ameide::test {

// Every RPC of the contract with a request that passes validation and
// targets tenant-ameide's seeded rows, so the answer depends only on who asks.
struct RpcCase
{
    std::string service;
    std::string rpc;
    // Makes the call; `payload` receives the serialized response.
    std::function<grpc::Status(PlatformClient &, const std::string &token, std::string *payload)> call;
};

const std::vector<RpcCase> &rpcCatalogue();

} // namespace ameide::test
