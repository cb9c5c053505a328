#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace ameide::views {

// The console's own preferences, kept in the settings: today the language
// (the system's, or one chosen), which applies at the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language chosen in the dialog: empty for the system's.
    QString chosenLanguage() const;

Q_SIGNALS:
    // The preferences were saved; the language changes at the next start.
    void saved();

private:
    void save();
    void updateNote();

    QComboBox *m_language;
    QLabel *m_note;
};

} // namespace ameide::views
