#pragma once

#include "client/credential_store.h"

namespace ameide::client {

// The OS keychain through QtKeychain: service "io.ameide.Console", key
// "profile:<id>", never an insecure fallback.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void readToken(const QString &profileId, Callback done) override;
    void writeToken(const QString &profileId, const QString &token, Callback done) override;
    void deleteToken(const QString &profileId, Callback done) override;

    static QString serviceName();
    static QString keyFor(const QString &profileId);
};

} // namespace ameide::client
