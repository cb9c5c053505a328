// ameide-platformd: the local Ameide platform.
#include "core/status_error.h"
#include "platform_server.h"
#include "seed/dogfood_seed.h"
#include "store/database.h"
#include "store/tenancy_store.h"
#include "store/token_store.h"

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <pthread.h>

namespace pv1 = ameide_core_proto::platform::v1;
using namespace ameide::platform;

namespace {

bool parseRole(std::string name, pv1::Role *role)
{
    for (auto &c : name)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (name.rfind("ROLE_", 0) != 0)
        name = "ROLE_" + name;
    return pv1::Role_Parse(name, role) && *role != pv1::ROLE_UNSPECIFIED;
}

bool isEmptyStore(Database &db)
{
    return !db.read([](SQLite::Database &c) { return holdsTenants(c); });
}

SeedReport runSeed(Database &db, const SeedOptions &options)
{
    spdlog::info("seeding the dogfood data set with {} runs", options.runs);
    const auto report = seedDogfood(db, options, [](std::int64_t done, std::int64_t total) {
        if (done % 100000 == 0 || done == total)
            spdlog::info("seeded {} of {} runs", done, total);
    });
    spdlog::info("seeded {} tenants, {} users, {} organizations, {} definitions ({} versions), {} runs ({} retries), "
                 "{} status updates",
                 report.tenants, report.users, report.organizations, report.definitions, report.versions, report.runs,
                 report.retries, report.statusUpdates);
    return report;
}

void writeReadyFile(const std::string &path, const std::string &address)
{
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << address << '\n';
    }
    std::filesystem::rename(tmp, path);
}

} // namespace

int main(int argc, char **argv)
{
    spdlog::set_default_logger(spdlog::stderr_color_mt("platformd"));
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");

    CLI::App app{"ameide-platformd: the local Ameide platform (gRPC, SQLite, workflow executor)"};
    app.set_version_flag("--version", std::string(AMEIDE_VERSION));
    app.require_subcommand(1);

    PlatformOptions serveOptions;
    std::string readyFile;
    bool seedIfEmpty = false;
    int activityMs = 1500;
    auto *serve = app.add_subcommand("serve", "Serve the platform's gRPC services");
    serve->add_option("--data", serveOptions.dataDir, "Data folder (created if missing)")->required();
    serve->add_option("--listen", serveOptions.listen, "Address to listen on; port 0 picks a free port")
        ->capture_default_str();
    serve->add_option("--tls-cert", serveOptions.tlsCertificate, "PEM certificate (required off loopback)");
    serve->add_option("--tls-key", serveOptions.tlsKey, "PEM private key (required off loopback)");
    serve->add_option("--activity-ms", activityMs, "Default duration of a workflow activity")
        ->check(CLI::Range(0, 3600000))
        ->capture_default_str();
    serve->add_option("--ready-file", readyFile, "Write the bound address here once serving");
    serve->add_flag("--seed-if-empty", seedIfEmpty, "Seed the dogfood data set when the data folder is empty");

    SeedOptions seedOptions;
    std::string dataset = "dogfood";
    std::filesystem::path seedData;
    auto *seed = app.add_subcommand("seed", "Seed a data set into an empty data folder");
    seed->add_option("--dataset", dataset, "Data set to seed")->check(CLI::IsMember({"dogfood"}))->capture_default_str();
    seed->add_option("--data", seedData, "Data folder (created if missing)")->required();
    seed->add_option("--runs", seedOptions.runs, "Number of historical workflow runs")
        ->check(CLI::Range(std::int64_t{0}, std::int64_t{20000000}))
        ->capture_default_str();
    seed->add_option("--days", seedOptions.days, "Days of history")->check(CLI::Range(1, 3650))->capture_default_str();
    seed->add_option("--random-seed", seedOptions.randomSeed, "Seed of the generator; equal seeds give equal data")
        ->capture_default_str();

    auto *token = app.add_subcommand("token", "Manage bearer tokens");
    token->require_subcommand(1);
    std::filesystem::path tokenData;
    Caller subject;
    std::string roleName;
    auto *create = token->add_subcommand("create", "Create a token and print it (it is shown only once)");
    create->add_option("--data", tokenData, "Data folder")->required();
    create->add_option("--tenant", subject.tenantId, "Tenant id")->required();
    create->add_option("--user", subject.userId, "User id")->required();
    create->add_option("--role", roleName, "admin, contributor, viewer, guest or service")->required();

    CLI11_PARSE(app, argc, argv);

    try {
        if (seed->parsed()) {
            std::filesystem::create_directories(seedData);
            const auto target = databaseFile(seedData);
            if (std::filesystem::exists(target)) {
                // Seeds an existing store only if it holds no tenants (seedDogfood refuses otherwise).
                Database db(target);
                runSeed(db, seedOptions);
                return 0;
            }
            // A new store is seeded beside its final name and renamed once
            // complete, so a seed that is killed half-way leaves no store that
            // looks seeded; the next seed starts over.
            auto partial = target;
            partial += ".partial";
            for (const char *suffix : {"", "-wal", "-shm"}) {
                auto file = partial;
                file += suffix;
                std::filesystem::remove(file);
            }
            {
                Database db(partial);
                runSeed(db, seedOptions);
            } // closed: SQLite folds its write-ahead log back into the file
            std::filesystem::rename(partial, target);
            return 0;
        }
        if (create->parsed()) {
            if (!parseRole(roleName, &subject.role)) {
                std::cerr << "unknown role '" << roleName << "'; use admin, contributor, viewer, guest or service\n";
                return 2;
            }
            if (!std::filesystem::exists(databaseFile(tokenData))) {
                std::cerr << "no platform data in " << tokenData << "; run 'ameide-platformd seed' first\n";
                return 2;
            }
            Database db(databaseFile(tokenData));
            TokenStore tokens(db);
            std::cout << tokens.issue(subject) << std::endl;
            return 0;
        }

        // serve: SIGINT and SIGTERM are taken by this thread alone, so every
        // gRPC and executor thread started below inherits them blocked.
        sigset_t signals;
        sigemptyset(&signals);
        sigaddset(&signals, SIGINT);
        sigaddset(&signals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &signals, nullptr);

        serveOptions.executor.defaultActivity = std::chrono::milliseconds(activityMs);
        if (seedIfEmpty) {
            std::filesystem::create_directories(serveOptions.dataDir);
            Database db(databaseFile(serveOptions.dataDir));
            if (isEmptyStore(db))
                runSeed(db, SeedOptions{});
        }
        PlatformServer server(serveOptions);
        server.start();
        std::cout << "ameide-platformd listening on " << server.address() << std::endl;
        if (!readyFile.empty())
            writeReadyFile(readyFile, server.address());
        int received = 0;
        sigwait(&signals, &received);
        spdlog::info("received {}, draining", received == SIGTERM ? "SIGTERM" : "SIGINT");
        server.shutdown();
        return 0;
    } catch (const StatusError &e) {
        std::cerr << "ameide-platformd: " << e.what() << '\n';
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "ameide-platformd: " << e.what() << '\n';
        return 1;
    }
}
