#pragma once

#include "models/notifications/desktop_notifier.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace ameide::client {
class ConsoleSession;
}

namespace ameide::views {

// Shows what a models::DesktopNotifier announces as system tray messages,
// for the session's current profile when that profile asks for them (and
// the desktop has a tray). A click on a message brings the window up and
// asks for what it is about: the failures' runs or the job.
class DesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)
public:
    DesktopNotifications(ameide::client::ConsoleSession *session, QWidget *window, QObject *parent = nullptr);
    ~DesktopNotifications() override;

    ameide::models::DesktopNotifier *notifier() const { return m_notifier; }

    // Whether this desktop can show them at all, and if not, why, for the
    // option in the profile editor.
    static bool isAvailable();
    static QString unavailableReason();

    // The last notification shown, and what a click on it does.
    const ameide::models::DesktopNotification &lastShown() const { return m_last; }
    void openLast();

Q_SIGNALS:
    // A click asked for these runs (a runs query) or this bulk job.
    void runsRequested(const QString &query);
    void jobRequested(const QString &jobId);

private:
    void followSession();
    void show(const ameide::models::DesktopNotification &notification);

    QPointer<ameide::client::ConsoleSession> m_session;
    QPointer<QWidget> m_window;
    ameide::models::DesktopNotifier *m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    ameide::models::DesktopNotification m_last;
};

} // namespace ameide::views
