#pragma once

#include "client/connection_profile.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QWidget;

namespace ameide::client {
class ConsoleSession;
}

namespace ameide::views {


// Adds, changes and deletes connection profiles. Tokens typed here go to the
// keychain through the controller and are dropped from memory once saved.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)
public:
    explicit ProfileDialog(ameide::client::ConsoleSession *controller, QWidget *parent = nullptr);
    ~ProfileDialog() override;

private:
    // One row of the list: the profile as edited here, which may differ from
    // (or not yet exist in) the store until it is saved.
    struct Entry
    {
        ameide::client::ConnectionProfile profile;
        QString token;
        bool stored = false;
        bool modified = false;
    };

    void reload(const QString &selectId);
    void fillList(const QString &selectId);
    void showEntry(int row);
    void takeForm();
    void updateItemText(int row);
    void updateButtons();
    void setProblems(const QStringList &problems);
    void setMessage(const QString &message);

    void addProfile();
    void confirmDelete();
    void deleteProfile(const QString &id);
    void saveProfile();
    void browseCaFile();

    int rowOf(const QString &id) const;
    Entry *currentEntry();

    ameide::client::ConsoleSession *m_controller;
    QList<Entry> m_entries;
    // Guards against treating the form being filled as the user's edits.
    bool m_filling = false;
    bool m_busy = false;

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QWidget *m_form;
    QLabel *m_localNote;
    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_tenant;
    QCheckBox *m_useTls;
    QLineEdit *m_caFile;
    QPushButton *m_browseButton;
    QLineEdit *m_token;
    QCheckBox *m_notifications;
    QLabel *m_problems;
    QLabel *m_message;
    QPushButton *m_saveButton;
};

} // namespace ameide::views
