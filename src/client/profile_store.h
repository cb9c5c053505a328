#pragma once

#include "client/connection_profile.h"

#include <QList>
#include <QSettings>

#include <optional>

namespace ameide::client {

// Connection profiles in QSettings (group "profiles"). Secrets are never
// written here; see CredentialStore.
class ProfileStore
{
public:
    ProfileStore();

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &id);

    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);

    // Adds the built-in "Local platform" profile when it is missing.
    void ensureLocalProfile();

    // A fresh id for a new profile.
    static QString newProfileId();

private:
    mutable QSettings m_settings;
};

} // namespace ameide::client
