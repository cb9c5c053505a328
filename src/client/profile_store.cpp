#include "client/profile_store.h"

#include <QCoreApplication>
#include <QUuid>

namespace ameide::client {

namespace {
const QString kGroup = QStringLiteral("profiles");
}

ProfileStore::ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> out;
    m_settings.beginGroup(kGroup);
    const auto ids = m_settings.childGroups();
    m_settings.endGroup();
    for (const auto &id : ids) {
        if (auto p = profile(id))
            out << *p;
    }
    // The local platform first, then by name.
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        if (a.local != b.local)
            return a.local;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return std::nullopt;
    m_settings.beginGroup(kGroup + QLatin1Char('/') + id);
    std::optional<ConnectionProfile> out;
    if (m_settings.contains(QStringLiteral("name"))) {
        ConnectionProfile p;
        p.id = id;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.endpoint = m_settings.value(QStringLiteral("endpoint")).toString();
        p.tenantId = m_settings.value(QStringLiteral("tenant")).toString();
        p.useTls = m_settings.value(QStringLiteral("tls"), false).toBool();
        p.caFile = m_settings.value(QStringLiteral("caFile")).toString();
        p.local = m_settings.value(QStringLiteral("local"), false).toBool();
        p.desktopNotifications = m_settings.value(QStringLiteral("desktopNotifications"), false).toBool();
        out = p;
    }
    m_settings.endGroup();
    return out;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    m_settings.beginGroup(kGroup + QLatin1Char('/') + p.id);
    m_settings.setValue(QStringLiteral("name"), p.name);
    m_settings.setValue(QStringLiteral("endpoint"), p.endpoint);
    m_settings.setValue(QStringLiteral("tenant"), p.tenantId);
    m_settings.setValue(QStringLiteral("tls"), p.useTls);
    m_settings.setValue(QStringLiteral("caFile"), p.caFile);
    m_settings.setValue(QStringLiteral("local"), p.local);
    m_settings.setValue(QStringLiteral("desktopNotifications"), p.desktopNotifications);
    m_settings.endGroup();
    m_settings.sync();
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return;
    m_settings.remove(kGroup + QLatin1Char('/') + id);
    if (currentProfileId() == id)
        setCurrentProfileId(localProfileId());
    m_settings.sync();
}

QString ProfileStore::currentProfileId() const
{
    return m_settings.value(QStringLiteral("connection/currentProfile"), localProfileId()).toString();
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    m_settings.setValue(QStringLiteral("connection/currentProfile"), id);
}

void ProfileStore::ensureLocalProfile()
{
    if (profile(localProfileId()))
        return;
    ConnectionProfile p;
    p.id = localProfileId();
    p.name = QCoreApplication::translate("ProfileStore", "Local platform");
    // The real port is chosen when the platform starts.
    p.endpoint = QStringLiteral("127.0.0.1:0");
    p.tenantId = QStringLiteral("tenant-ameide");
    p.local = true;
    save(p);
}

QString ProfileStore::newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ameide::client
