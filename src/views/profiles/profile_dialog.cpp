#include "views/profiles/profile_dialog.h"

#include "client/console_session.h"
#include "client/local_platform.h"
#include "client/profile_store.h"
#include "views/shell/desktop_notifications.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <utility>

namespace ameide::views {

using ameide::client::ConsoleSession;

namespace {

QString displayName(const client::ConnectionProfile &profile)
{
    return profile.name.trimmed().isEmpty() ? ProfileDialog::tr("Unnamed profile") : profile.name.trimmed();
}

} // namespace

ProfileDialog::ProfileDialog(ConsoleSession *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_form(new QWidget(this))
    , m_localNote(new QLabel(m_form))
    , m_name(new QLineEdit(m_form))
    , m_endpoint(new QLineEdit(m_form))
    , m_tenant(new QLineEdit(m_form))
    , m_useTls(new QCheckBox(tr("&Use TLS"), m_form))
    , m_caFile(new QLineEdit(m_form))
    , m_browseButton(new QPushButton(tr("&Browse…"), m_form))
    , m_token(new QLineEdit(m_form))
    , m_notifications(new QCheckBox(tr("Desktop noti&fications"), m_form))
    , m_problems(new QLabel(m_form))
    , m_message(new QLabel(m_form))
{
    setWindowTitle(tr("Connection profiles"));
    setAccessibleName(tr("Connection profiles"));
    resize(760, 440);

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    auto *listLabel = new QLabel(tr("&Profiles:"), this);
    listLabel->setBuddy(m_list);

    m_addButton->setObjectName(QStringLiteral("addProfile"));
    m_addButton->setAccessibleName(tr("Add profile"));
    m_addButton->setToolTip(tr("Add a profile for another platform"));
    m_addButton->setAutoDefault(false);
    m_deleteButton->setObjectName(QStringLiteral("deleteProfile"));
    m_deleteButton->setAccessibleName(tr("Delete profile"));
    m_deleteButton->setToolTip(tr("Delete the selected profile and its stored token"));
    m_deleteButton->setAutoDefault(false);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_localNote->setObjectName(QStringLiteral("localNote"));
    m_localNote->setText(tr("The console starts and manages the local platform itself, including its token, "
                            "so this profile cannot be deleted, and only its desktop notifications can be "
                            "changed."));
    m_localNote->setWordWrap(true);
    m_localNote->setTextFormat(Qt::PlainText);
    m_localNote->setAccessibleName(tr("About the local profile"));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_endpoint->setPlaceholderText(tr("host:port, e.g. platform.example.com:443"));
    m_tenant->setObjectName(QStringLiteral("tenant"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setPlaceholderText(tr("Tenant id"));
    m_useTls->setObjectName(QStringLiteral("useTls"));
    m_useTls->setAccessibleName(tr("Use TLS"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setPlaceholderText(tr("Empty uses the system's certificate authorities"));
    m_browseButton->setObjectName(QStringLiteral("browseCaFile"));
    m_browseButton->setAccessibleName(tr("Browse for the CA file"));
    m_browseButton->setAutoDefault(false);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_notifications->setObjectName(QStringLiteral("desktopNotifications"));
    m_notifications->setAccessibleName(tr("Desktop notifications"));

    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseButton);
    auto *caLabel = new QLabel(tr("CA fi&le:"), m_form);
    caLabel->setBuddy(m_caFile);

    auto *fields = new QFormLayout;
    fields->addRow(tr("&Name:"), m_name);
    fields->addRow(tr("&Endpoint:"), m_endpoint);
    fields->addRow(tr("&Tenant:"), m_tenant);
    fields->addRow(QString(), m_useTls);
    fields->addRow(caLabel, caRow);
    fields->addRow(tr("To&ken:"), m_token);
    fields->addRow(QString(), m_notifications);

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_problems->hide();

    m_message->setObjectName(QStringLiteral("saveResult"));
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *right = new QVBoxLayout(m_form);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_localNote);
    right->addLayout(fields);
    right->addWidget(m_problems);
    right->addWidget(m_message);
    right->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setAccessibleName(tr("Save profile"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(fontMetrics().averageCharWidth() * 2);
    columns->addWidget(m_form, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::showEntry);
    connect(m_addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::confirmDelete);
    connect(m_browseButton, &QPushButton::clicked, this, &ProfileDialog::browseCaFile);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::saveProfile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QList<QLineEdit *> edits = {m_name, m_endpoint, m_tenant, m_caFile, m_token};
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textEdited, this, &ProfileDialog::takeForm);
    connect(m_useTls, &QCheckBox::toggled, this, &ProfileDialog::takeForm);
    connect(m_notifications, &QCheckBox::toggled, this, &ProfileDialog::takeForm);

    connect(m_controller, &ConsoleSession::profilesChanged, this, [this] {
        const int row = m_list->currentRow();
        reload(row >= 0 ? m_entries.at(row).profile.id : QString());
    });

    reload(m_controller->currentProfileId());
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::reload(const QString &selectId)
{
    QList<client::ConnectionProfile> stored;
    if (client::ProfileStore *store = m_controller->profiles())
        stored = store->profiles();

    QSet<QString> storedIds;
    QList<Entry> entries;
    for (const client::ConnectionProfile &profile : stored) {
        storedIds.insert(profile.id);
        const int row = rowOf(profile.id);
        // Edits not yet saved win over the stored copy.
        if (row >= 0 && m_entries.at(row).modified) {
            Entry entry = m_entries.at(row);
            entry.stored = true;
            entries.append(entry);
        } else {
            entries.append(Entry{profile, {}, true, false});
        }
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.stored && !storedIds.contains(entry.profile.id))
            entries.append(entry);
    }
    m_entries = entries;
    fillList(selectId);
}

void ProfileDialog::fillList(const QString &selectId)
{
    int row = rowOf(selectId);
    if (row < 0 && !m_entries.isEmpty())
        row = 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Entry &entry : std::as_const(m_entries)) {
            auto *item = new QListWidgetItem(m_list);
            item->setData(Qt::UserRole, entry.profile.id);
        }
        for (int i = 0; i < m_entries.size(); ++i)
            updateItemText(i);
        m_list->setCurrentRow(row);
    }
    showEntry(row);
}

void ProfileDialog::showEntry(int row)
{
    const Entry *entry = row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
    const bool local = entry && entry->profile.local;

    m_filling = true;
    m_name->setText(entry ? entry->profile.name : QString());
    QString endpoint = entry ? entry->profile.endpoint : QString();
    if (local) {
        // The stored port is a placeholder: the platform picks a free one when it starts.
        const client::LocalPlatform *platform = m_controller->localPlatform();
        endpoint = platform && !platform->address().isEmpty() ? platform->address()
                                                              : tr("A free port on 127.0.0.1, chosen when it starts");
    }
    m_endpoint->setText(endpoint);
    m_tenant->setText(entry ? entry->profile.tenantId : QString());
    m_useTls->setChecked(entry && entry->profile.useTls);
    m_caFile->setText(entry ? entry->profile.caFile : QString());
    m_token->setText(entry ? entry->token : QString());
    m_notifications->setChecked(entry && entry->profile.desktopNotifications);
    m_filling = false;

    const QList<QLineEdit *> edits = {m_name, m_endpoint, m_tenant, m_caFile};
    for (QLineEdit *edit : edits)
        edit->setReadOnly(local);
    m_useTls->setEnabled(!local);
    m_browseButton->setEnabled(!local);
    m_token->setEnabled(!local);
    m_token->setPlaceholderText(local ? tr("Created by the console") : tr("Leave empty to keep the stored token"));
    m_localNote->setVisible(local);
    // Unlike the rest, the local profile's notifications are the person's to choose.
    const bool trayAvailable = DesktopNotifications::isAvailable();
    m_notifications->setEnabled(trayAvailable);
    m_notifications->setToolTip(trayAvailable
                                    ? tr("Notify on this desktop when a failure signature is new, or when a bulk job "
                                         "ends, while connected with this profile")
                                    : DesktopNotifications::unavailableReason());
    m_notifications->setAccessibleDescription(m_notifications->toolTip());

    setProblems({});
    setMessage({});
    updateButtons();
}

void ProfileDialog::takeForm()
{
    if (m_filling)
        return;
    Entry *entry = currentEntry();
    if (!entry)
        return;
    entry->profile.desktopNotifications = m_notifications->isChecked();
    if (entry->profile.local) {
        // Only the notifications of the local profile can change.
        entry->modified = true;
        updateItemText(m_list->currentRow());
        updateButtons();
        setMessage({});
        return;
    }
    entry->profile.name = m_name->text();
    entry->profile.endpoint = m_endpoint->text();
    entry->profile.tenantId = m_tenant->text();
    entry->profile.useTls = m_useTls->isChecked();
    entry->profile.caFile = m_caFile->text();
    entry->token = m_token->text();
    entry->modified = true;
    updateItemText(m_list->currentRow());
    setMessage({});
}

void ProfileDialog::updateItemText(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || row >= m_entries.size())
        return;
    const Entry &entry = m_entries.at(row);
    const QString name = displayName(entry.profile);
    item->setText(!entry.stored || entry.modified ? tr("%1 (not saved)").arg(name) : name);
    item->setToolTip(entry.profile.local ? tr("Started and managed by the console") : entry.profile.endpoint);
}

void ProfileDialog::updateButtons()
{
    const Entry *entry = currentEntry();
    const bool editable = entry && !entry->profile.local;
    m_list->setEnabled(!m_busy);
    m_form->setEnabled(entry && !m_busy);
    m_addButton->setEnabled(!m_busy);
    m_deleteButton->setEnabled(editable && !m_busy);
    // The local profile is saved only for its notifications, once they changed.
    m_saveButton->setEnabled((editable || (entry && entry->modified)) && !m_busy);
}

void ProfileDialog::setProblems(const QStringList &problems)
{
    const QString text = problems.join(QLatin1Char('\n'));
    m_problems->setText(text);
    m_problems->setAccessibleDescription(text);
    m_problems->setVisible(!problems.isEmpty());
}

void ProfileDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleDescription(message);
    m_message->setVisible(!message.isEmpty());
}

void ProfileDialog::addProfile()
{
    Entry entry;
    entry.profile.id = client::ProfileStore::newProfileId();
    entry.profile.name = tr("New profile");
    // A platform reached over the network should be encrypted unless the user says otherwise.
    entry.profile.useTls = true;
    entry.modified = true;
    m_entries.append(entry);
    fillList(entry.profile.id);
    m_name->setFocus();
    m_name->selectAll();
}

void ProfileDialog::confirmDelete()
{
    const Entry *entry = currentEntry();
    if (!entry || entry->profile.local || m_busy)
        return;

    const QString id = entry->profile.id;
    if (!entry->stored) {
        // Never saved: nothing in the store or the keychain to remove.
        const int row = rowOf(id);
        m_entries.removeAt(row);
        fillList(row < m_entries.size() ? m_entries.at(row).profile.id
                                        : (m_entries.isEmpty() ? QString() : m_entries.constLast().profile.id));
        return;
    }

    // open(), not a static QMessageBox::question(): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("Delete the profile “%1”? Its token in the keychain is deleted too.")
                                    .arg(displayName(entry->profile)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    box->setAccessibleName(tr("Confirm deleting the profile"));
    box->button(QMessageBox::Yes)->setAccessibleName(tr("Delete the profile"));
    box->button(QMessageBox::No)->setAccessibleName(tr("Keep the profile"));
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            deleteProfile(id);
    });
    box->open();
}

void ProfileDialog::deleteProfile(const QString &id)
{
    m_busy = true;
    updateButtons();
    setProblems({});
    m_controller->deleteProfile(id, [this, guard = QPointer<ProfileDialog>(this), id](const QString &error) {
        if (!guard)
            return;
        m_busy = false;
        if (!error.isEmpty()) {
            updateButtons();
            setProblems({error});
            return;
        }
        const int row = rowOf(id);
        QString next;
        if (row >= 0) {
            m_entries.removeAt(row);
            if (row < m_entries.size())
                next = m_entries.at(row).profile.id;
            else if (!m_entries.isEmpty())
                next = m_entries.constLast().profile.id;
        }
        reload(next);
        setMessage(tr("Profile deleted."));
    });
}

void ProfileDialog::saveProfile()
{
    const Entry *entry = currentEntry();
    if (!entry || m_busy || (entry->profile.local && !entry->modified))
        return;

    client::ConnectionProfile profile = entry->profile;
    profile.name = profile.name.trimmed();
    profile.endpoint = profile.endpoint.trimmed();
    profile.tenantId = profile.tenantId.trimmed();
    profile.caFile = profile.caFile.trimmed();

    const QStringList problems = profile.local ? QStringList() : profile.problems();
    setProblems(problems);
    if (!problems.isEmpty())
        return;

    const QString token = entry->token;
    const QString id = profile.id;
    m_busy = true;
    updateButtons();
    setMessage(tr("Saving…"));
    m_controller->saveProfile(profile, token, [this, guard = QPointer<ProfileDialog>(this), id](const QString &error) {
        if (!guard)
            return;
        m_busy = false;
        if (!error.isEmpty()) {
            updateButtons();
            setMessage({});
            setProblems({error});
            return;
        }
        const int row = rowOf(id);
        if (row >= 0) {
            Entry &saved = m_entries[row];
            saved.stored = true;
            saved.modified = false;
            // The keychain has it now; do not keep the secret around.
            saved.token.clear();
        }
        reload(id);
        setMessage(tr("Profile saved."));
    });
}

void ProfileDialog::browseCaFile()
{
    const QString current = m_caFile->text().trimmed();
    auto *dialog = new QFileDialog(this, tr("Choose the CA certificate"),
                                   current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAccessibleName(tr("Choose the CA certificate"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_caFile->setText(QDir::toNativeSeparators(path));
        takeForm();
    });
    dialog->open();
}

int ProfileDialog::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).profile.id == id)
            return row;
    }
    return -1;
}

ProfileDialog::Entry *ProfileDialog::currentEntry()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

} // namespace ameide::views
