#include "client/connection_profile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

namespace ameide::client {

namespace {

QString hostOf(const QString &endpoint)
{
    if (endpoint.startsWith(QLatin1Char('['))) {
        const auto end = endpoint.indexOf(QLatin1Char(']'));
        return end < 0 ? endpoint : endpoint.mid(1, end - 1);
    }
    const auto colon = endpoint.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? endpoint : endpoint.left(colon);
}

// The translation context of this file's texts.
struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

} // namespace

bool isLoopbackEndpoint(const QString &endpoint)
{
    const QString host = hostOf(endpoint);
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool ConnectionProfile::sameConnection(const ConnectionProfile &other) const
{
    ConnectionProfile mine = *this;
    mine.desktopNotifications = other.desktopNotifications;
    return mine == other;
}

QStringList ConnectionProfile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << ProfileText::tr("Give the profile a name.");
    static const QRegularExpression endpointPattern(
        QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})$)"));
    const auto match = endpointPattern.match(endpoint.trimmed());
    if (!match.hasMatch()) {
        out << ProfileText::tr("The endpoint must be host:port, for example platform.example.com:443.");
    } else {
        const int port = match.captured(2).toInt();
        if (port < 1 || port > 65535)
            out << ProfileText::tr("The port must be between 1 and 65535.");
    }
    static const QRegularExpression idPattern(QStringLiteral(R"(^[A-Za-z0-9._:-]{1,128}$)"));
    if (!idPattern.match(tenantId).hasMatch())
        out << ProfileText::tr("The tenant id is required and may contain only letters, digits and - _ . :");
    if (!useTls && match.hasMatch() && !isLoopbackEndpoint(endpoint.trimmed()))
        out << ProfileText::tr("Without TLS the console connects only to this computer (localhost); turn TLS on.");
    if (useTls && !caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        out << ProfileText::tr("The CA file cannot be read.");
    return out;
}

} // namespace ameide::client
