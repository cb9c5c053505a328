// Ameide Console: the desktop operations console for the Ameide platform.
#include "client/console_session.h"
#include "client/deep_link.h"
#include "client/keychain_credential_store.h"
#include "client/profile_store.h"
#include "views/runs/runs_page.h"
#include "views/shell/main_window.h"
#include "views/shell/ui_language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

bool wantsInfoOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-v" || a == "--version" || a == "--help-all")
            return true;
    }
    return false;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void describeApplication(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("Ameide"));
    app.setOrganizationDomain(QStringLiteral("ameide.io"));
    app.setApplicationName(QStringLiteral("ameide-console"));
    app.setApplicationVersion(QStringLiteral(AMEIDE_VERSION));
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Operations console for the Ameide platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("language"),
                      QCoreApplication::translate("main", "Speak this language (en, de) instead of the system's or the "
                                                          "one chosen in Preferences."),
                      QCoreApplication::translate("main", "code")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("main", "Connect with the profile of this id or name."),
                      QCoreApplication::translate("main", "profile")});
    parser.addOption({QStringLiteral("endpoint"),
                      QCoreApplication::translate("main", "Connect to this platform (host:port) instead of a profile."),
                      QCoreApplication::translate("main", "host:port")});
    parser.addOption({QStringLiteral("tenant"),
                      QCoreApplication::translate("main", "Tenant to use with --endpoint."),
                      QCoreApplication::translate("main", "tenant")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("main", "Save a picture of the window once connected, then quit."),
                      QCoreApplication::translate("main", "file")});
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QCoreApplication::translate("main", "Open a run: ameide://<tenant>/runs/<run-id>"),
                                 QStringLiteral("[link]"));
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        ameide::views::UiLanguage language;
        language.install(ameide::views::UiLanguage::choose(
            ameide::views::UiLanguage::fromArguments(QCoreApplication::arguments())));
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app);
        return 0;
    }
    if (!hasDisplay()) {
        std::fprintf(stderr, "%s",
                     "Ameide Console needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                     "On a machine without one, run it under a virtual display:\n"
                     "  xvfb-run -a ameide-console\n"
                     "or render without any display: QT_QPA_PLATFORM=offscreen ameide-console\n");
        return 2;
    }

    QApplication app(argc, argv);
    describeApplication(app);
    // Before any text is made: the system's language, or the one chosen.
    ameide::views::UiLanguage language;
    language.install(
        ameide::views::UiLanguage::choose(ameide::views::UiLanguage::fromArguments(QCoreApplication::arguments())));
    QApplication::setApplicationDisplayName(QStringLiteral("Ameide Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.ameide.Console"));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    ameide::client::ProfileStore profiles;
    ameide::client::KeychainCredentialStore credentials;
    ameide::client::ConsoleSession controller(&profiles, &credentials);

    QString profileId = profiles.currentProfileId();
    if (parser.isSet(QStringLiteral("endpoint"))) {
        ameide::client::ConnectionProfile p;
        p.id = QStringLiteral("command-line");
        p.name = QCoreApplication::translate("main", "Command line");
        p.endpoint = parser.value(QStringLiteral("endpoint"));
        p.tenantId = parser.value(QStringLiteral("tenant"));
        p.useTls = !ameide::client::isLoopbackEndpoint(p.endpoint);
        if (const auto problems = p.problems(); !problems.isEmpty()) {
            std::fprintf(stderr, "ameide-console: %s\n", qPrintable(problems.join(QLatin1Char(' '))));
            return 2;
        }
        profiles.save(p);
        profileId = p.id;
    } else if (parser.isSet(QStringLiteral("profile"))) {
        const QString wanted = parser.value(QStringLiteral("profile"));
        profileId.clear();
        for (const auto &p : profiles.profiles()) {
            if (p.id == wanted || p.name.compare(wanted, Qt::CaseInsensitive) == 0)
                profileId = p.id;
        }
        if (profileId.isEmpty()) {
            std::fprintf(stderr, "ameide-console: %s\n",
                         qPrintable(QCoreApplication::translate("main", "There is no profile '%1'.").arg(wanted)));
            return 2;
        }
    }
    if (!profiles.profile(profileId))
        profileId = ameide::client::localProfileId();

    std::optional<ameide::client::RunLink> link;
    if (const auto positional = parser.positionalArguments(); !positional.isEmpty()) {
        link = ameide::client::parseRunLink(positional.front());
        if (!link || positional.size() > 1) {
            std::fprintf(stderr, "ameide-console: %s\n",
                         qPrintable(QCoreApplication::translate("main", "'%1' is not a run link; a run link looks "
                                                                        "like ameide://tenant-ameide/runs/<run-id>")
                                        .arg(positional.join(QLatin1Char(' ')))));
            return 2;
        }
        // A link names its tenant: connect with a profile of that tenant
        // unless one was asked for.
        const auto current = profiles.profile(profileId);
        if (!parser.isSet(QStringLiteral("profile")) && !parser.isSet(QStringLiteral("endpoint")) && current &&
            current->tenantId != link->tenantId) {
            for (const auto &p : profiles.profiles()) {
                if (p.tenantId == link->tenantId) {
                    profileId = p.id;
                    break;
                }
            }
        }
    }

    ameide::views::MainWindow window(&controller);
    window.show();
    controller.activateProfile(profileId);

    if (link) {
        auto opened = std::make_shared<bool>(false);
        QObject::connect(&controller, &ameide::client::ConsoleSession::phaseChanged, &window,
                         [&window, &controller, link, opened](ameide::client::ConsoleSession::Phase phase) {
                             if (*opened || phase != ameide::client::ConsoleSession::Phase::Connected)
                                 return;
                             *opened = true;
                             window.showPage(window.runsPage());
                             const auto tenant = controller.currentProfile().tenantId;
                             if (tenant != link->tenantId) {
                                 auto *box = new QMessageBox(
                                     QMessageBox::Warning, QCoreApplication::translate("main", "Run link"),
                                     QCoreApplication::translate("main",
                                                                 "The link is for tenant %1, but the profile in use "
                                                                 "connects to tenant %2. Add or choose a profile for "
                                                                 "%1 under Connection ▸ Profiles.")
                                         .arg(link->tenantId, tenant),
                                     QMessageBox::Ok, &window);
                                 box->setAttribute(Qt::WA_DeleteOnClose);
                                 box->open();
                                 return;
                             }
                             window.runsPage()->openRun(link->runId);
                         });
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        auto save = [&window, file] {
            window.grab().save(file);
            QCoreApplication::quit();
        };
        QObject::connect(&controller, &ameide::client::ConsoleSession::phaseChanged, &window,
                         [save](ameide::client::ConsoleSession::Phase phase) {
                             if (phase == ameide::client::ConsoleSession::Phase::Connected
                                 || phase == ameide::client::ConsoleSession::Phase::Failed)
                                 QTimer::singleShot(2500, save);
                         });
        QTimer::singleShot(180000, save);
    }
    const int code = QApplication::exec();
    controller.shutdown();
    return code;
}
