#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ameide::client {

struct CredentialResult
{
    enum class Kind {
        Ok,
        NotFound,
        // No keychain service is available; nothing was stored anywhere.
        NoBackend,
        AccessDenied,
        Failed,
    };
    Kind kind = Kind::Ok;
    QString token;
    // For a person: what went wrong and what to do.
    QString message;

    bool ok() const { return kind == Kind::Ok; }
};

// Where profile tokens live. Calls are asynchronous; the callback runs on the
// thread that made the call, once.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;

    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void readToken(const QString &profileId, Callback done) = 0;
    virtual void writeToken(const QString &profileId, const QString &token, Callback done) = 0;
    virtual void deleteToken(const QString &profileId, Callback done) = 0;
};

} // namespace ameide::client
