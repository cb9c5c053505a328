#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QCloseEvent;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ameide::views {

class ConsoleController;
class DiagnosticsDialog;
class ProfileDialog;
class RunsPage;

// The console's frame: section navigation, the profile switcher and the
// connection's state. Sections are pages in a stack, one per feature.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Section { RunsSection, CeremoniesSection, ParitySection, TenantsSection, GraphSection, SectionCount };

    explicit MainWindow(ConsoleController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void setCurrentSection(Section section);

    void showProfiles();
    void showDiagnostics();
    RunsPage *runsPage() const { return m_runsPage; }

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

    ConsoleController *m_controller;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QLabel *m_tenantStatus = nullptr;

    QAction *m_quitAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_sectionActions;

    RunsPage *m_runsPage = nullptr;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<DiagnosticsDialog> m_diagnosticsDialog;
};

} // namespace ameide::views
