#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QSettings;

namespace ameide::models {

// A named run query. Built-in views come first and cannot be changed; the
// user's own are kept in the settings under "runs/views".
struct SavedView
{
    QString name;
    QString query;
    bool builtIn = false;
};

class SavedViews final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViews)
public:
    explicit SavedViews(QObject *parent = nullptr);

    static QList<SavedView> builtIns();
    QList<SavedView> all() const;
    QList<SavedView> userViews() const { return m_user; }

    // Adds or replaces the user's view of that name. Returns an error for
    // people, or an empty string.
    QString save(const QString &name, const QString &query);
    bool remove(const QString &name);
    // The view whose query equals `query`, if any (-1 otherwise), in all().
    int indexOfQuery(const QString &query) const;

    // What was on screen last time, restored on start.
    static QString lastQuery();
    static void setLastQuery(const QString &query);

Q_SIGNALS:
    void changed();

private:
    void load();
    void store() const;

    QList<SavedView> m_user;
};

} // namespace ameide::models
