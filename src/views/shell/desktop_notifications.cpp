#include "views/shell/desktop_notifications.h"

#include "client/console_session.h"
#include "client/platform_connection.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ameide::views {

using ameide::models::DesktopNotification;
using ameide::models::DesktopNotifier;

namespace {

// How long a message stays up, where the desktop lets us say.
constexpr int kMessageMs = 15000;

} // namespace

DesktopNotifications::DesktopNotifications(ameide::client::ConsoleSession *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_notifier(new DesktopNotifier(this))
{
    connect(m_notifier, &DesktopNotifier::notify, this, &DesktopNotifications::show);
    if (session) {
        connect(session, &client::ConsoleSession::profilesChanged, this, &DesktopNotifications::followSession);
        connect(session, &client::ConsoleSession::connectionChanged, this, &DesktopNotifications::followSession);
    }
    followSession();
}

DesktopNotifications::~DesktopNotifications() = default;

bool DesktopNotifications::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString DesktopNotifications::unavailableReason()
{
    return tr("This desktop has no system tray, so the console cannot show notifications here.");
}

void DesktopNotifications::followSession()
{
    const bool wanted = m_session && m_session->currentProfile().desktopNotifications;
    const bool on = wanted && isAvailable();
    m_notifier->setConnection(m_session ? m_session->connection() : nullptr);
    m_notifier->setEnabled(on);
    if (on && !m_tray) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = m_window ? m_window->windowIcon() : QIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("Ameide Console: notifies new failures and ended bulk jobs"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifications::openLast);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger && m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
    }
    if (m_tray)
        m_tray->setVisible(on);
}

void DesktopNotifications::show(const DesktopNotification &notification)
{
    m_last = notification;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(notification.title, notification.message, QSystemTrayIcon::Information, kMessageMs);
}

void DesktopNotifications::openLast()
{
    if (m_window) {
        if (m_window->isMinimized())
            m_window->showNormal();
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    if (m_last.kind == DesktopNotification::Kind::JobsEnded) {
        if (!m_last.items.isEmpty())
            Q_EMIT jobRequested(m_last.items.constFirst());
    } else if (!m_last.query.isEmpty()) {
        Q_EMIT runsRequested(m_last.query);
    }
}

} // namespace ameide::views
