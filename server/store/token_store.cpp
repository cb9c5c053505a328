#include "token_store.h"

#include "core/clock.h"
#include "core/ids.h"
#include "core/status_error.h"
#include "database.h"

#include <SQLiteCpp/Statement.h>

namespace ameide::platform {

namespace {
constexpr std::size_t kTokenBytes = 32;
constexpr std::size_t kMaxCachedTokens = 4096;
constexpr const char *kTokenPrefix = "amd_";
} // namespace

TokenStore::TokenStore(Database &db)
    : m_db(db)
{
}

std::string TokenStore::issue(const Caller &subject)
{
    std::string token = kTokenPrefix + toHex(randomBytes(kTokenBytes));
    const std::string hash = sha256(token);
    m_db.write([&](SQLite::Database &db) {
        SQLite::Statement user(db, "SELECT role FROM users WHERE id = ? AND tenant_id = ?");
        user.bind(1, subject.userId);
        user.bind(2, subject.tenantId);
        if (!user.executeStep())
            fail(grpc::StatusCode::NOT_FOUND,
                 "user " + subject.userId + " does not exist in tenant " + subject.tenantId);
        const auto userRole = static_cast<ameide_core_proto::platform::v1::Role>(user.getColumn(0).getInt());
        if (userRole != subject.role)
            fail(grpc::StatusCode::PERMISSION_DENIED,
                 "user " + subject.userId + " has " + roleName(userRole) + ", not " + roleName(subject.role));
        SQLite::Statement insert(db,
                                 "INSERT INTO tokens(token_hash, tenant_id, user_id, role, created_at)"
                                 " VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, hash.data(), static_cast<int>(hash.size()));
        insert.bind(2, subject.tenantId);
        insert.bind(3, subject.userId);
        insert.bind(4, static_cast<int>(subject.role));
        insert.bind(5, nowMs());
        insert.exec();
    });
    return token;
}

std::optional<Caller> TokenStore::resolve(const std::string &token)
{
    const std::string hash = sha256(token);
    {
        std::lock_guard lock(m_cacheMutex);
        if (auto it = m_cache.find(hash); it != m_cache.end())
            return it->second;
    }
    auto found = m_db.read([&](SQLite::Database &db) -> std::optional<Caller> {
        SQLite::Statement q(db, "SELECT tenant_id, user_id, role FROM tokens WHERE token_hash = ?");
        q.bind(1, hash.data(), static_cast<int>(hash.size()));
        if (!q.executeStep())
            return std::nullopt;
        Caller c;
        c.tenantId = q.getColumn(0).getString();
        c.userId = q.getColumn(1).getString();
        c.role = static_cast<ameide_core_proto::platform::v1::Role>(q.getColumn(2).getInt());
        return c;
    });
    if (found) {
        std::lock_guard lock(m_cacheMutex);
        if (m_cache.size() >= kMaxCachedTokens)
            m_cache.clear();
        m_cache.emplace(hash, *found);
    }
    return found;
}

} // namespace ameide::platform
