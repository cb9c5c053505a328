#pragma once

#include "client/connection_profile.h"

#include <grpcpp/channel.h>

#include <memory>

namespace ameide::client {

struct ChannelResult
{
    std::shared_ptr<grpc::Channel> channel;
    // Why no channel could be made, for a person.
    QString error;
};

// Makes the channel for a profile: TLS with the system roots or the
// profile's CA file, plaintext only to loopback, and the upstream SDK's retry
// policy (3 attempts, 250 ms initial backoff, x2, 5 s cap, jitter, on
// UNAVAILABLE, DEADLINE_EXCEEDED, ABORTED, RESOURCE_EXHAUSTED) as the
// channel's service config.
ChannelResult createChannel(const ConnectionProfile &profile);

// The service config createChannel uses, as JSON.
QString retryServiceConfig();

} // namespace ameide::client
