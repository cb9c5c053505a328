#pragma once

#include <cstdint>
#include <functional>

namespace ameide::platform {

class Database;

struct SeedOptions
{
    std::int64_t runs = 50000;
    int days = 90;
    std::uint64_t randomSeed = 20261125;
    // Most recent runs left PENDING so the executor plays them out live.
    int liveRuns = 24;
};

struct SeedReport
{
    int tenants = 0;
    int users = 0;
    int organizations = 0;
    int definitions = 0;
    int versions = 0;
    std::int64_t runs = 0;
    std::int64_t retries = 0;
    std::int64_t statusUpdates = 0;
};

// Seeds the dogfooding data set: the internal tenant "tenant-ameide" and two
// customer tenants, their organizations and users (one per canonical role),
// a catalogue of workflow definitions with versions, and `runs` historical
// runs spread over `days` with a realistic mix of outcomes. The same options
// give the same data. Throws if the store already holds tenants.
SeedReport seedDogfood(Database &db, const SeedOptions &options,
                       const std::function<void(std::int64_t done, std::int64_t total)> &progress = {});

} // namespace ameide::platform
