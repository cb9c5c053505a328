#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace ameide::views {

// The language the console speaks, and the translations that make it so.
//
// The console follows the system's language unless one is chosen: by
// `--language CODE` on the command line, the AMEIDE_LANGUAGE environment
// variable (tests and screenshots) or the preference saved in the settings
// (`ui/language`, set in Preferences; empty for the system's). It speaks
// what `available()` lists; any other language gets English.
//
// The console's translations are compiled into the views library as
// resources under `:/i18n` (translations/ in the source tree). English needs
// one too, for its plural forms ("%n run(s)"). Qt's own translation of its
// standard dialogs and keys (qtbase_<code>.qm) is installed as well when the
// system has it.
class UiLanguage final
{
public:
    UiLanguage();
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;
    UiLanguage(UiLanguage &&) = delete;
    UiLanguage &operator=(UiLanguage &&) = delete;

    // The codes of the languages the console is translated into ("en", "de").
    static QStringList available();
    // A language's name in that language ("Deutsch"), for choosing it.
    static QString nativeName(const QString &code);
    // The language of the system's locale the console speaks, or "en".
    static QString systemLanguage();

    // The preference in the settings: empty for the system's language.
    static QString saved();
    static void save(const QString &code);

    // The value of --language CODE (or --language=CODE) in `arguments`, if any.
    static QString fromArguments(const QStringList &arguments);
    // The language to speak: `requested` when it is given, else
    // AMEIDE_LANGUAGE, else the saved preference, else the system's; always
    // one of available().
    static QString choose(const QString &requested = {});

    // Installs the translations of `code` into the application (which must
    // exist), replacing those an earlier install() put there, and makes
    // numbers follow the language when it is not the system's. Returns
    // whether the console's translation was found.
    bool install(const QString &code);
    // Takes out what install() put in.
    void remove();
    // The language this object installed last, or empty.
    QString language() const { return m_language; }
    // The language the console speaks now: the one installed last by any
    // UiLanguage, or English when none is.
    static QString current();

    // The resource path of the console's translation into `code`.
    static QString translationFile(const QString &code);

private:
    QTranslator m_console;
    QTranslator m_qt;
    bool m_consoleInstalled = false;
    bool m_qtInstalled = false;
    bool m_localeChanged = false;
    QString m_language;
};

} // namespace ameide::views
