#include "client/deep_link.h"

#include <QRegularExpression>

namespace ameide::client {

namespace {

constexpr int kMaxIdLength = 128;

} // namespace

QString linkScheme()
{
    return QStringLiteral("ameide");
}

bool isValidLinkId(const QString &id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
            || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QUrl runLink(const QString &tenantId, const QString &runId)
{
    if (!isValidLinkId(tenantId) || !isValidLinkId(runId))
        return {};
    // Only unreserved characters, so nothing is percent-encoded; QUrl still
    // refuses a host label over 63 characters.
    QUrl url(linkScheme() + QStringLiteral("://") + tenantId + QStringLiteral("/runs/") + runId, QUrl::StrictMode);
    return url.isValid() ? url : QUrl();
}

std::optional<RunLink> parseRunLink(const QString &text)
{
    // Parsed by hand rather than through QUrl so the tenant keeps its case
    // and nothing QUrl would tolerate (percent-encoding, user info, ports,
    // empty segments) slips through.
    static const QRegularExpression pattern(
        QStringLiteral("\\A([A-Za-z][A-Za-z0-9+.-]*)://([A-Za-z0-9._-]{1,128})/runs/([A-Za-z0-9._-]{1,128})\\z"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    if (match.captured(1).compare(linkScheme(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    RunLink link{match.captured(2), match.captured(3)};
    if (!isValidLinkId(link.tenantId) || !isValidLinkId(link.runId))
        return std::nullopt;
    return link;
}

} // namespace ameide::client
