#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace ameide::client {

// A link to one run that people paste into chats and tickets:
//   ameide://<tenant-id>/runs/<run-id>
// Both ids are 1..128 characters of [A-Za-z0-9._-].
struct RunLink
{
    QString tenantId;
    QString runId;

    friend bool operator==(const RunLink &, const RunLink &) = default;
};

// The URL scheme of console links.
QString linkScheme();

// True for an id that can appear in a link.
bool isValidLinkId(const QString &id);

// The link to a run; an empty QUrl when either id is not valid. The tenant
// is the URL's host, so QUrl writes it in lower case, and a tenant whose
// parts between dots are longer than 63 characters cannot be a host (no
// link). Compare the tenant of a parsed link case-insensitively.
QUrl runLink(const QString &tenantId, const QString &runId);

// The tenant and run of a link, or nothing when `text` is not exactly a run
// link: another scheme, user info, a port, a query or fragment, a path other
// than /runs/<id>, or an id that is empty, too long or has other characters.
// Surrounding whitespace is ignored.
std::optional<RunLink> parseRunLink(const QString &text);

} // namespace ameide::client
