#include "views/shell/main_window.h"

#include "client/connection_profile.h"
#include "client/console_session.h"
#include "client/profile_store.h"
#include "views/diagnostics/diagnostics_dialog.h"
#include "views/profiles/profile_dialog.h"
#include "views/runs/runs_page.h"
#include "views/shell/desktop_notifications.h"
#include "views/shell/feature_page.h"
#include "views/shell/feature_pages.h"
#include "views/shell/preferences_dialog.h"
#include "views/shell/themed_icon.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace ameide::views {

using ameide::client::ConsoleSession;

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSectionKey = QStringLiteral("mainWindow/section");

// How long a notice stays in the status bar, in milliseconds.
constexpr int kNoticeTimeout = 10000;

} // namespace

MainWindow::MainWindow(ConsoleSession *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Ameide Console"));
    setAccessibleName(tr("Ameide Console"));
    setWindowIcon(applicationIcon());

    createSections();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_controller, &ConsoleSession::profilesChanged, this, [this] {
        fillProfileSwitcher();
        updateConnectionStatus();
    });
    connect(m_controller, &ConsoleSession::phaseChanged, this, [this] {
        // The profile may have been switched elsewhere; a refill would close an open popup.
        m_profileSwitcher->setCurrentIndex(m_profileSwitcher->findData(m_controller->currentProfileId()));
        updateConnectionStatus();
    });
    connect(m_controller, &ConsoleSession::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, kNoticeTimeout); });

    // A click on a notification shows what it is about.
    m_notifications = new DesktopNotifications(m_controller, this, this);
    connect(m_notifications, &DesktopNotifications::runsRequested, this, [this](const QString &query) {
        if (RunsPage *runs = runsPage()) {
            showPage(runs);
            runs->applyQuery(query);
        }
    });
    connect(m_notifications, &DesktopNotifications::jobRequested, this, [this](const QString &jobId) {
        if (RunsPage *runs = runsPage()) {
            showPage(runs);
            runs->showJob(jobId);
        }
    });

    fillProfileSwitcher();
    updateConnectionStatus();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

int MainWindow::currentSection() const
{
    return std::max(0, m_navigation->currentRow());
}

void MainWindow::setCurrentSection(int section)
{
    if (section >= 0 && section < m_pages.size())
        m_navigation->setCurrentRow(section);
}

void MainWindow::showPage(FeaturePage *page)
{
    setCurrentSection(static_cast<int>(m_pages.indexOf(page)));
}

RunsPage *MainWindow::runsPage() const
{
    return page<RunsPage>();
}

void MainWindow::createSections()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setAccessibleDescription(tr("Chooses the section shown beside the list"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setFixedWidth(qMax(160, fontMetrics().averageCharWidth() * 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    // Roomier rows read as navigation rather than as a data list.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { padding-top: 8px; } "
                                               "QListWidget::item { padding: 8px 14px; }"));

    m_stack = new QStackedWidget(this);
    m_stack->setAccessibleName(tr("Section content"));

    m_pages = createFeaturePages(m_stack);
    for (FeaturePage *page : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(page->icon(), page->navigationText(), m_navigation);
        item->setToolTip(page->title());
        m_stack->addWidget(page);
        connect(page, &FeaturePage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        page->setSession(m_controller);
    }

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        if (row < m_sectionActions.size())
            m_sectionActions.at(row)->setChecked(true);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setStatusTip(tr("Close the console"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(tr("Pr&eferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setToolTip(tr("Choose the console's language"));
    m_preferencesAction->setStatusTip(m_preferencesAction->toolTip());
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_profilesAction = new QAction(tr("&Profiles…"), this);
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_profilesAction->setToolTip(tr("Add, change or delete connection profiles"));
    m_profilesAction->setStatusTip(m_profilesAction->toolTip());
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);

    m_diagnosticsAction = new QAction(tr("&Diagnostics…"), this);
    m_diagnosticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_diagnosticsAction->setToolTip(tr("Probe every platform service over the current connection"));
    m_diagnosticsAction->setStatusTip(m_diagnosticsAction->toolTip());
    connect(m_diagnosticsAction, &QAction::triggered, this, &MainWindow::showDiagnostics);

    m_reconnectAction = new QAction(tr("&Reconnect"), this);
    // F5 is the page's Reload; reconnecting is the rarer, heavier step.
    m_reconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    m_reconnectAction->setToolTip(tr("Connect again with the current profile"));
    m_reconnectAction->setStatusTip(m_reconnectAction->toolTip());
    connect(m_reconnectAction, &QAction::triggered, m_controller, &ConsoleSession::reconnect);

    auto *sectionGroup = new QActionGroup(this);
    sectionGroup->setExclusive(true);
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QString name = m_navigation->item(row)->text();
        auto *action = new QAction(QStringLiteral("&") + name, sectionGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        action->setStatusTip(tr("Show the %1 section").arg(name));
        connect(action, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
        m_sectionActions.append(action);
    }

    m_aboutAction = new QAction(tr("&About Ameide Console"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // The desktop theme's icons, else the console's own (views/shell/themed_icon.h).
    m_quitAction->setIcon(themedIcon(QStringLiteral("application-exit")));
    m_preferencesAction->setIcon(themedIcon(QStringLiteral("preferences-system")));
    m_profilesAction->setIcon(themedIcon(QStringLiteral("network-server")));
    m_diagnosticsAction->setIcon(themedIcon(QStringLiteral("utilities-system-monitor")));
    m_reconnectAction->setIcon(themedIcon(QStringLiteral("network-transmit-receive")));
    m_aboutAction->setIcon(themedIcon(QStringLiteral("help-about")));
    for (int row = 0; row < m_sectionActions.size(); ++row)
        m_sectionActions.at(row)->setIcon(m_navigation->item(row)->icon());
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setAccessibleName(tr("File menu"));
    fileMenu->addAction(m_preferencesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    connectionMenu->setAccessibleName(tr("Connection menu"));
    connectionMenu->addAction(m_profilesAction);
    connectionMenu->addAction(m_diagnosticsAction);
    connectionMenu->addSeparator();
    connectionMenu->addAction(m_reconnectAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setAccessibleName(tr("View menu"));
    viewMenu->addActions(m_sectionActions);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setAccessibleName(tr("Help menu"));
    helpMenu->addAction(m_aboutAction);

    menuBar()->setAccessibleName(tr("Menu bar"));
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_profileSwitcher = new QComboBox(toolBar);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setAccessibleName(tr("Connection profile"));
    m_profileSwitcher->setAccessibleDescription(tr("Connects with the chosen profile"));
    m_profileSwitcher->setToolTip(tr("The profile the console connects with"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileSwitcher->setMinimumContentsLength(16);
    // activated() fires only for the user's choice, not for refills.
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profileSwitcher->itemData(index).toString();
        if (!id.isEmpty() && id != m_controller->currentProfileId())
            m_controller->activateProfile(id);
    });

    auto *profileLabel = new QLabel(tr("Pr&ofile:"), toolBar);
    profileLabel->setBuddy(m_profileSwitcher);
    profileLabel->setAccessibleName(tr("Profile"));
    profileLabel->setContentsMargins(6, 0, 6, 0);

    toolBar->addWidget(profileLabel);
    toolBar->addWidget(m_profileSwitcher);
    toolBar->addSeparator();
    toolBar->addAction(m_profilesAction);
    toolBar->addAction(m_diagnosticsAction);
    toolBar->addAction(m_reconnectAction);

    const QList<QAction *> buttons = {m_profilesAction, m_diagnosticsAction, m_reconnectAction};
    for (QAction *action : buttons) {
        if (QWidget *button = toolBar->widgetForAction(action)) {
            button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
            button->setAccessibleDescription(action->toolTip());
        }
    }
}

void MainWindow::createStatusBar()
{
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setTextFormat(Qt::RichText);
    m_connectionStatus->setAccessibleName(tr("Connection status"));

    m_tenantStatus = new QLabel(this);
    m_tenantStatus->setObjectName(QStringLiteral("tenantStatus"));
    m_tenantStatus->setTextFormat(Qt::PlainText);
    m_tenantStatus->setAccessibleName(tr("Tenant"));

    statusBar()->setAccessibleName(tr("Status bar"));
    statusBar()->addPermanentWidget(m_connectionStatus);
    statusBar()->addPermanentWidget(m_tenantStatus);
}

void MainWindow::fillProfileSwitcher()
{
    const QSignalBlocker blocker(m_profileSwitcher);
    m_profileSwitcher->clear();
    if (client::ProfileStore *store = m_controller->profiles()) {
        const QList<client::ConnectionProfile> profiles = store->profiles();
        for (const client::ConnectionProfile &profile : profiles) {
            m_profileSwitcher->addItem(profile.name.isEmpty() ? profile.id : profile.name, profile.id);
            const QString tip =
                profile.local ? tr("The local platform, started and managed by the console") : profile.endpoint;
            m_profileSwitcher->setItemData(m_profileSwitcher->count() - 1, tip, Qt::ToolTipRole);
        }
    }
    m_profileSwitcher->setCurrentIndex(m_profileSwitcher->findData(m_controller->currentProfileId()));
    m_profileSwitcher->setEnabled(m_profileSwitcher->count() > 0);
}

void MainWindow::updateConnectionStatus()
{
    using Phase = ConsoleSession::Phase;
    const Phase phase = m_controller->phase();
    QString text = m_controller->phaseText();

    QString colour = QStringLiteral("#8a8a8a");
    QString state = tr("Idle");
    switch (phase) {
    case Phase::Idle:
        break;
    case Phase::Connected:
        colour = QStringLiteral("#2e9d43");
        state = tr("Connected");
        break;
    case Phase::Connecting:
    case Phase::StartingLocalPlatform:
        colour = QStringLiteral("#e0a000");
        state = tr("Connecting");
        break;
    case Phase::Unreachable:
    case Phase::Failed:
        colour = QStringLiteral("#d32f2f");
        state = tr("Not connected");
        break;
    case Phase::NeedsToken:
        colour = QStringLiteral("#d32f2f");
        state = tr("Token needed");
        // Nothing modal: the status line itself says where to go.
        text = tr("%1 Open Profiles… (%2) and enter the token for this profile.")
                   .arg(text, m_profilesAction->shortcut().toString(QKeySequence::NativeText));
        break;
    }
    if (text.isEmpty())
        text = state;

    m_connectionStatus->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
                                    .arg(colour, text.toHtmlEscaped()));
    // The dot's colour is not read out, so the description carries the state.
    m_connectionStatus->setAccessibleDescription(state + QStringLiteral(": ") + text);
    m_connectionStatus->setToolTip(text);

    const QString tenant = m_controller->currentProfile().tenantId;
    m_tenantStatus->setText(tr("Tenant: %1").arg(tenant.isEmpty() ? tr("none") : tenant));
    m_tenantStatus->setAccessibleDescription(m_tenantStatus->text());
}

void MainWindow::showProfiles()
{
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_controller, this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // open(), not exec(): window-modal without a nested event loop.
    m_profileDialog->open();
    m_profileDialog->raise();
    m_profileDialog->activateWindow();
}

void MainWindow::showDiagnostics()
{
    if (!m_diagnosticsDialog) {
        m_diagnosticsDialog = new DiagnosticsDialog(m_controller, this);
        m_diagnosticsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_diagnosticsDialog->show();
    m_diagnosticsDialog->raise();
    m_diagnosticsDialog->activateWindow();
}

void MainWindow::showPreferences()
{
    if (!m_preferencesDialog) {
        m_preferencesDialog = new PreferencesDialog(this);
        m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_preferencesDialog, &PreferencesDialog::saved, this, [this] {
            statusBar()->showMessage(tr("Preferences saved. A new language applies the next time the console starts."),
                                     kNoticeTimeout);
        });
    }
    m_preferencesDialog->open();
    m_preferencesDialog->raise();
    m_preferencesDialog->activateWindow();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Ameide Console"));
    box->setIcon(QMessageBox::Information);
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Ameide Console</h3><p>Version %1</p><p>Operations console for the Ameide platform.</p>")
                     .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Ok);
    box->setAccessibleName(tr("About Ameide Console"));
    box->open();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());

    const int section = settings.value(kSectionKey, 0).toInt();
    setCurrentSection(section >= 0 && section < m_pages.size() ? section : 0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSectionKey, currentSection());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ameide::views
