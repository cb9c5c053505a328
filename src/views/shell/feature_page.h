#pragma once

#include <QIcon>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;

namespace ameide::client {
class ConsoleSession;
class PlatformConnection;
} // namespace ameide::client

namespace ameide::views {

// One section of the main window (runs, ceremonies, parity, tenants,
// graph). The window knows pages only through this: their names, icon and
// actions, and the session whose connection they use.
class FeaturePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeaturePage)
public:
    explicit FeaturePage(QWidget *parent = nullptr);
    ~FeaturePage() override;

    // The section's name in the navigation, and its longer title.
    virtual QString navigationText() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // What the page offers the window's menus (none by default).
    virtual QList<QAction *> menuActions() const { return {}; }

    // Follows the session's connection from now on.
    void setSession(ameide::client::ConsoleSession *session);
    // The platform to show (none while disconnected).
    virtual void setConnection(ameide::client::PlatformConnection *connection) = 0;

Q_SIGNALS:
    // Something to tell the person, for the status bar.
    void message(const QString &text);

private:
    QPointer<ameide::client::ConsoleSession> m_session;
};

} // namespace ameide::views
