#include "models/runs/saved_views.h"

#include "client/runs/run_filter.h"

#include <QSettings>

namespace ameide::models {

namespace {

constexpr auto kViewsKey = "runs/views";
constexpr auto kLastQueryKey = "runs/lastQuery";
constexpr int kMaxNameLength = 80;

} // namespace

SavedViews::SavedViews(QObject *parent)
    : QObject(parent)
{
    load();
}

QList<SavedView> SavedViews::builtIns()
{
    return {
        {tr("All runs"), QString(), true},
        {tr("Running"), QStringLiteral("status:running"), true},
        {tr("Failures"), QStringLiteral("status:failed"), true},
        {tr("Unrecovered failures"), QStringLiteral("is:unrecovered"), true},
        // The user's calendar day, from their midnight: since:today is worked
        // out on every request, so the view never keeps an old date.
        {tr("Today"), QStringLiteral("since:today"), true},
        {tr("Last 24 hours"), QStringLiteral("since:24h"), true},
        {tr("Last hour"), QStringLiteral("since:1h"), true},
    };
}

QList<SavedView> SavedViews::all() const
{
    return builtIns() + m_user;
}

QString SavedViews::save(const QString &rawName, const QString &query)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return tr("Give the view a name.");
    if (name.size() > kMaxNameLength)
        return tr("A view name has at most %1 characters.").arg(kMaxNameLength);
    for (const auto &view : builtIns()) {
        if (view.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("\"%1\" is a built-in view; choose another name.").arg(name);
    }
    if (const auto parsed = ameide::client::parseRunQuery(query); parsed.error)
        return parsed.error->message;
    const QString canonical = ameide::client::formatRunQuery(ameide::client::parseRunQuery(query).filter);
    auto it = std::find_if(m_user.begin(), m_user.end(),
                           [&](const SavedView &v) { return v.name.compare(name, Qt::CaseInsensitive) == 0; });
    if (it != m_user.end())
        it->query = canonical;
    else
        m_user.append({name, canonical, false});
    store();
    Q_EMIT changed();
    return {};
}

bool SavedViews::remove(const QString &name)
{
    const auto removed = m_user.removeIf([&](const SavedView &v) { return v.name == name; });
    if (removed == 0)
        return false;
    store();
    Q_EMIT changed();
    return true;
}

int SavedViews::indexOfQuery(const QString &query) const
{
    const auto views = all();
    const QString canonical = ameide::client::formatRunQuery(ameide::client::parseRunQuery(query).filter);
    for (int i = 0; i < views.size(); ++i) {
        if (ameide::client::formatRunQuery(ameide::client::parseRunQuery(views[i].query).filter) == canonical)
            return i;
    }
    return -1;
}

QString SavedViews::lastQuery()
{
    return QSettings().value(QLatin1String(kLastQueryKey), QStringLiteral("status:failed")).toString();
}

void SavedViews::setLastQuery(const QString &query)
{
    QSettings().setValue(QLatin1String(kLastQueryKey), query);
}

void SavedViews::load()
{
    QSettings settings;
    const int n = settings.beginReadArray(QLatin1String(kViewsKey));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const auto name = settings.value(QStringLiteral("name")).toString().trimmed();
        const auto query = settings.value(QStringLiteral("query")).toString();
        // A view edited by hand into something unparsable is dropped, not shown broken.
        if (!name.isEmpty() && !ameide::client::parseRunQuery(query).error)
            m_user.append({name, query, false});
    }
    settings.endArray();
}

void SavedViews::store() const
{
    QSettings settings;
    settings.remove(QLatin1String(kViewsKey));
    settings.beginWriteArray(QLatin1String(kViewsKey), static_cast<int>(m_user.size()));
    for (int i = 0; i < m_user.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), m_user[i].name);
        settings.setValue(QStringLiteral("query"), m_user[i].query);
    }
    settings.endArray();
}

} // namespace ameide::models
