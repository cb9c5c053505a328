#pragma once

#include "core/caller.h"

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace ameide::platform {

class Database;

// Bearer tokens. Only a SHA-256 hash of each token is stored; the token
// itself exists once, in the answer to issue().
class TokenStore
{
public:
    explicit TokenStore(Database &db);

    // Creates a token for an existing tenant and user. Throws StatusError
    // (NOT_FOUND) when the tenant or user does not exist.
    std::string issue(const Caller &subject);

    std::optional<Caller> resolve(const std::string &token);

private:
    Database &m_db;
    std::mutex m_cacheMutex;
    std::unordered_map<std::string, Caller> m_cache;
};

} // namespace ameide::platform
