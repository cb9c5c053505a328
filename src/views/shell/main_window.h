#pragma once

#include "views/shell/feature_page.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QCloseEvent;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ameide::client {
class ConsoleSession;
}

namespace ameide::views {

class DesktopNotifications;
class DiagnosticsDialog;
class FeaturePage;
class PreferencesDialog;
class ProfileDialog;
class RunsPage;

// The console's frame: section navigation, the profile switcher and the
// connection's state. Sections are pages in a stack, one per feature.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(ameide::client::ConsoleSession *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sections are the feature pages, in navigation order.
    int currentSection() const;
    void setCurrentSection(int section);
    const QList<FeaturePage *> &pages() const { return m_pages; }
    template<typename Page>
    Page *page() const
    {
        for (FeaturePage *p : m_pages) {
            if (auto *found = qobject_cast<Page *>(p))
                return found;
        }
        return nullptr;
    }
    void showPage(FeaturePage *page);

    void showProfiles();
    void showDiagnostics();
    // The console's preferences (its language).
    void showPreferences();
    RunsPage *runsPage() const;
    // Desktop notifications of the current profile (when it asks for them).
    DesktopNotifications *notifications() const { return m_notifications; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createSections();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;

    void fillProfileSwitcher();
    void updateConnectionStatus();
    void showAbout();

    ameide::client::ConsoleSession *m_controller;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<FeaturePage *> m_pages;
    QComboBox *m_profileSwitcher = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QLabel *m_tenantStatus = nullptr;

    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_sectionActions;

    DesktopNotifications *m_notifications = nullptr;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<DiagnosticsDialog> m_diagnosticsDialog;
    QPointer<PreferencesDialog> m_preferencesDialog;
};

} // namespace ameide::views
