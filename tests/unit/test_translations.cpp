// The console speaks German completely, and the committed translations are
// those of the current sources. lupdate (the one the build uses) runs over
// src/ and app/ into copies of translations/*.ts; a message it leaves
// unfinished (a new or changed text), marks vanished (a text the sources no
// longer have: refresh the file with `cmake --build <dir> --target
// update_translations`) or that has an empty translation fails the test, all
// of them listed. Every German translation keeps its source's placeholders
// (%1, %2, %n, %Ln) and, where the source has a mnemonic (&File), exactly one.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <string>

namespace {

const QString kSourceDir = QStringLiteral(AMEIDE_SOURCE_DIR);
const QString kLupdate = QStringLiteral(AMEIDE_LUPDATE);

struct Message
{
    QString context;
    QString source;
    QString type; // empty when finished
    bool numerus = false;
    QStringList forms; // the translation, or each plural form
};

// The messages of a .ts file; a plural message with each of its forms.
QList<Message> readMessages(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation") && inTranslation) {
            inTranslation = false;
            out.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                inTranslation = true;
            } else {
                message.forms = {xml.readElementText()};
                out.append(message);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

// lupdate over the sources into a copy of translations/<file>; the copy's path.
QString updatedCopy(const QTemporaryDir &dir, const QString &file, const QStringList &extraOptions)
{
    const QString committed = kSourceDir + QStringLiteral("/translations/") + file;
    const QString copy = dir.filePath(file);
    EXPECT_TRUE(QFile::copy(committed, copy)) << committed.toStdString();
    QProcess lupdate;
    lupdate.setWorkingDirectory(kSourceDir);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none")};
    arguments << extraOptions << QStringLiteral("src") << QStringLiteral("app") << QStringLiteral("-ts") << copy;
    lupdate.start(kLupdate, arguments);
    EXPECT_TRUE(lupdate.waitForFinished(180000)) << kLupdate.toStdString() << " did not finish";
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    EXPECT_EQ(lupdate.exitStatus(), QProcess::NormalExit) << output.toStdString();
    EXPECT_EQ(lupdate.exitCode(), 0) << output.toStdString();
    // lupdate warns of a tr() it cannot place (a class without Q_OBJECT):
    // such a text would be looked up in another context than it is stored in.
    EXPECT_FALSE(output.contains(QStringLiteral("lacks Q_OBJECT")) || output.contains(QStringLiteral("Unterminated")))
        << output.toStdString();
    return copy;
}

// What a message is missing, for the failure list; empty when it is complete.
QString problemOf(const Message &m)
{
    if (m.type == QLatin1String("unfinished"))
        return QStringLiteral("has no finished translation");
    if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
        return QStringLiteral("is no longer in the sources (run the update_translations target)");
    if (m.forms.isEmpty())
        return QStringLiteral("has no translation");
    for (const QString &form : m.forms) {
        if (form.isEmpty())
            return QStringLiteral("has an empty translation");
    }
    return {};
}

QSet<QString> placeholders(const QString &text, bool withCount)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> out;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (withCount || !found.endsWith(QLatin1Char('n')))
            out.insert(found);
    }
    return out;
}

// Mnemonics: an & before a letter or digit, not "&&".
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

std::string joined(const QStringList &lines)
{
    return QString(QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "))).toStdString();
}

} // namespace

TEST(Translations, EveryTextHasItsGermanAndTheFileMatchesTheSources)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = updatedCopy(dir, QStringLiteral("ameide_console_de.ts"), {});
    QString error;
    const QList<Message> messages = readMessages(copy, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_GT(messages.size(), 1000) << "the console has well over a thousand texts";

    QStringList missing;
    QStringList wrong;
    for (const Message &m : messages) {
        if (const QString problem = problemOf(m); !problem.isEmpty()) {
            missing << describe(m) + QLatin1Char(' ') + problem;
            continue;
        }
        const QSet<QString> wanted = placeholders(m.source, true);
        if (m.numerus) {
            // German has two forms: the singular may say "one" instead of %n.
            if (m.forms.size() != 2)
                wrong << describe(m) + QStringLiteral(" has %1 plural forms, not 2").arg(m.forms.size());
            else if (placeholders(m.forms.at(1), true) != wanted)
                wrong << describe(m) + QStringLiteral(" plural form has other placeholders: ") + m.forms.at(1);
            else if (!placeholders(m.forms.at(0), true).subtract(wanted).isEmpty()
                     || placeholders(m.forms.at(0), false) != placeholders(m.source, false))
                wrong << describe(m) + QStringLiteral(" singular form has other placeholders: ") + m.forms.at(0);
        } else if (placeholders(m.forms.at(0), true) != wanted) {
            wrong << describe(m) + QStringLiteral(" has other placeholders: ") + m.forms.at(0);
        }
        for (const QString &form : m.forms) {
            if (mnemonics(m.source) == 1 && mnemonics(form) != 1)
                wrong << describe(m) + QStringLiteral(" needs exactly one mnemonic (&): ") + form;
        }
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " messages lack a finished German translation:"
                                   << joined(missing);
    EXPECT_TRUE(wrong.isEmpty()) << wrong.size() << " German translations do not fit their source:" << joined(wrong);
}

// English is the source language; its file holds only the plural forms of
// the texts with %n ("%n run(s)": "1 run", "2 runs").
TEST(Translations, EveryEnglishPluralHasItsForms)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = updatedCopy(dir, QStringLiteral("ameide_console_en.ts"), {QStringLiteral("-pluralonly")});
    QString error;
    const QList<Message> messages = readMessages(copy, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_FALSE(messages.isEmpty());
    QStringList missing;
    for (const Message &m : messages) {
        if (!m.numerus)
            missing << describe(m) + QStringLiteral(" is not a plural text (lupdate -pluralonly keeps only those)");
        else if (const QString problem = problemOf(m); !problem.isEmpty())
            missing << describe(m) + QLatin1Char(' ') + problem;
        else if (m.forms.size() != 2 || m.forms.at(0).contains(QStringLiteral("(s)"))
                 || m.forms.at(1).contains(QStringLiteral("(s)")))
            missing << describe(m) + QStringLiteral(" needs a singular and a plural form without \"(s)\"");
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " English plural texts are not complete:" << joined(missing);
}
