#include "views/shell/ui_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace ameide::views {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kEnglish = QStringLiteral("en");

// "de_DE" or "de-AT" as the console's code: "de".
QString codeOf(const QString &name)
{
    return name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower().trimmed();
}

QLocale::Language languageOf(const QString &code)
{
    return QLocale(code).language();
}

// The locale numbers are written in while the console speaks `code`.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (system.language() == languageOf(code))
        return system;
    // Keep the system's country where the language has a locale for it
    // (English in Germany writes 24-hour times); else the language's own.
    const QLocale sameCountry(languageOf(code), system.territory());
    return sameCountry.language() == languageOf(code) ? sameCountry : QLocale(languageOf(code));
}

// The language installed last.
QString &installedLanguage()
{
    static QString code;
    return code;
}

// The locale installed before install() changed it, to restore.
QLocale &previousLocale()
{
    static QLocale locale;
    return locale;
}

} // namespace

UiLanguage::UiLanguage() = default;

UiLanguage::~UiLanguage()
{
    remove();
}

QStringList UiLanguage::available()
{
    return {kEnglish, QStringLiteral("de")};
}

QString UiLanguage::nativeName(const QString &code)
{
    // Not "American English": the language, not one country's.
    if (codeOf(code) == kEnglish)
        return QStringLiteral("English");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper();
    return name;
}

QString UiLanguage::systemLanguage()
{
    const QStringList known = available();
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = codeOf(name);
        if (known.contains(code))
            return code;
    }
    return kEnglish;
}

QString UiLanguage::saved()
{
    const QString code = codeOf(QSettings().value(kLanguageKey).toString());
    return available().contains(code) ? code : QString();
}

void UiLanguage::save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, codeOf(code));
}

QString UiLanguage::fromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

QString UiLanguage::choose(const QString &requested)
{
    const QStringList known = available();
    for (const QString &candidate :
         {requested, qEnvironmentVariable("AMEIDE_LANGUAGE"), QSettings().value(kLanguageKey).toString()}) {
        const QString code = codeOf(candidate);
        if (known.contains(code))
            return code;
    }
    return systemLanguage();
}

QString UiLanguage::current()
{
    return installedLanguage().isEmpty() ? kEnglish : installedLanguage();
}

QString UiLanguage::translationFile(const QString &code)
{
    return QStringLiteral(":/i18n/ameide_console_") + codeOf(code) + QStringLiteral(".qm");
}

bool UiLanguage::install(const QString &code)
{
    remove();
    m_language = codeOf(code);
    installedLanguage() = m_language;
    if (m_console.load(translationFile(m_language)))
        m_consoleInstalled = QCoreApplication::installTranslator(&m_console);
    // Qt's standard buttons, key names and dialogs; English needs none.
    if (m_language != kEnglish
        && m_qt.load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    // Numbers and dates follow a language chosen over the system's.
    const QLocale locale = localeFor(m_language);
    if (m_language != systemLanguage() && locale != QLocale()) {
        previousLocale() = QLocale();
        QLocale::setDefault(locale);
        m_localeChanged = true;
    }
    return m_consoleInstalled;
}

void UiLanguage::remove()
{
    if (m_consoleInstalled)
        QCoreApplication::removeTranslator(&m_console);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_localeChanged)
        QLocale::setDefault(previousLocale());
    m_consoleInstalled = false;
    m_qtInstalled = false;
    m_localeChanged = false;
    if (!m_language.isEmpty() && installedLanguage() == m_language)
        installedLanguage().clear();
    m_language.clear();
}

} // namespace ameide::views
