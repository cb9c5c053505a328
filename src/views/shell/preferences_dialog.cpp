#include "views/shell/preferences_dialog.h"

#include "views/shell/ui_language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ameide::views {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of the console's windows and messages"));
    // Each language is named in itself, so whoever reads it can find theirs.
    m_language->addItem(tr("System language (%1)").arg(UiLanguage::nativeName(UiLanguage::systemLanguage())),
                        QString());
    for (const QString &code : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiLanguage::saved())));

    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setAccessibleName(tr("About changing the language"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePreferences"));
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the preferences"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateNote();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::updateNote()
{
    const QString code = chosenLanguage().isEmpty() ? UiLanguage::systemLanguage() : chosenLanguage();
    m_note->setText(code == UiLanguage::current()
                        ? tr("The console speaks %1 now. Another language applies the next time it starts.")
                              .arg(UiLanguage::nativeName(code))
                        : tr("The language chosen applies the next time the console starts."));
    m_note->setAccessibleDescription(m_note->text());
}

void PreferencesDialog::save()
{
    UiLanguage::save(chosenLanguage());
    Q_EMIT saved();
    accept();
}

} // namespace ameide::views
