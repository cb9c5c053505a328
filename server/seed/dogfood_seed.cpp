#include "dogfood_seed.h"

#include "ameide_core_proto/platform/v1/roles.pb.h"
#include "ameide_core_proto/platform/v1/tenant_service.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"
#include "core/clock.h"
#include "core/failure_signature.h"
#include "executor/step_log.h"
#include "store/database.h"
#include "store/run_log_store.h"
#include "store/run_writer.h"
#include "store/tenancy_store.h"
#include "store/workflow_store.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <queue>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace ameide::platform {

namespace {

namespace wf = ameide_core_proto::workflows_runtime::v1;
namespace pv1 = ameide_core_proto::platform::v1;

constexpr std::int64_t kMinute = std::int64_t{60} * 1000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

// A failure as the catalogue describes it: in `reason`, '#' stands for a
// number ("##" for '#' and a number) and '%' for an 8-hex-digit id, which vary between occurrences (and
// normalise away in the failure signature).
struct FailureMode
{
    const char *reason;
    const char *errorClass;
};

// One occurrence of a failure mode.
struct Failure
{
    std::string reason;
    std::string errorClass;
    std::string signature;
};

struct StepTemplate
{
    const char *id;
    const char *name;
    std::vector<FailureMode> failures;
    int typicalSeconds;
};

struct DefinitionTemplate
{
    const char *slug;
    const char *description;
    double weight;
    double failureRate;
    std::vector<StepTemplate> steps;
};

struct TenantTemplate
{
    const char *id;
    const char *name;
    const char *shortName;
    bool internal;
    double share;
    std::vector<std::array<const char *, 3>> organizations; // id suffix, name, parent suffix
};

const std::vector<FailureMode> kBuildFailures = {
    {"compilation failed in build %: undefined reference to 'WorkflowRunner::resume'", "BuildError"},
    {"build runner OOMKilled (exit code 137) on node ip-10-0-#-#", "ResourceExhausted"},
};
const std::vector<FailureMode> kTestFailures = {
    {"test RunsApi.ListPaged failed: expected 200, got 503 after # ms", "TestFailure"},
    {"timeout after # ms waiting for a test runner", "Timeout"},
    {"flaky test GraphImport.LargeModel failed on retry 2 of 2 (job %)", "TestFailure"},
};
const std::vector<FailureMode> kAgentFailures = {
    {"LLM provider returned 429 Too Many Requests (request req_%)", "RateLimited"},
    {"context window exceeded: # tokens requested, 200000 allowed", "InvalidInput"},
};
const std::vector<FailureMode> kPublishFailures = {
    {"merge conflict in PR ##: 'services/workflows/runtime.go'", "MergeConflict"},
    {"artifact registry returned 502 Bad Gateway for digest sha256:%", "Unavailable"},
};
const std::vector<FailureMode> kPolicyFailures = {
    {"unauthorized merge blocked on PR ##: missing CODEOWNERS approval", "PolicyViolation"},
    {"policy exception required: deployment outside change window", "PolicyViolation"},
};
const std::vector<FailureMode> kProvisionFailures = {
    {"Keycloak realm creation timed out after # s", "Timeout"},
    {"organization \"org-#\" already exists in the target tenant", "AlreadyExists"},
};
const std::vector<FailureMode> kScanFailures = {
    {"critical vulnerability CVE-2026-31337 in libexpat 2.5.0", "PolicyViolation"},
    {"scanner database download failed after # attempts: connection reset", "Unavailable"},
};
const std::vector<FailureMode> kNone = {};

const std::vector<DefinitionTemplate> &catalogue()
{
    static const std::vector<DefinitionTemplate> all = {
        {"coding-agent", "An agent plans and implements a backlog item and opens a pull request", 0.20, 0.16,
         {{"plan", "Plan the change", kAgentFailures, 40},
          {"implement", "Implement", kAgentFailures, 300},
          {"build", "Build", kBuildFailures, 180},
          {"test", "Run tests", kTestFailures, 420},
          {"open-pr", "Open pull request", kPublishFailures, 8}}},
        {"pr-review", "Automated review of a pull request", 0.16, 0.08,
         {{"fetch-diff", "Fetch diff", kNone, 4},
          {"static-analysis", "Static analysis", kBuildFailures, 90},
          {"policy-check", "Policy check", kPolicyFailures, 6},
          {"review-summary", "Write review summary", kAgentFailures, 45}}},
        {"release-train", "Cut, verify and publish a platform release", 0.04, 0.12,
         {{"freeze", "Freeze the branch", kNone, 5},
          {"build-artifacts", "Build artifacts", kBuildFailures, 600},
          {"integration-tests", "Integration tests", kTestFailures, 1500},
          {"publish", "Publish", kPublishFailures, 120},
          {"notify", "Notify channels", kNone, 3}}},
        {"dependency-upgrade", "Bump a dependency and prove nothing broke", 0.10, 0.14,
         {{"scan", "Scan manifests", kNone, 20},
          {"bump", "Bump versions", kNone, 10},
          {"build", "Build", kBuildFailures, 200},
          {"test", "Run tests", kTestFailures, 400},
          {"open-pr", "Open pull request", kPublishFailures, 8}}},
        {"nightly-e2e", "Nightly end-to-end suite against a fresh environment", 0.05, 0.18,
         {{"provision", "Provision environment", kProvisionFailures, 240},
          {"seed", "Seed data", kNone, 60},
          {"run-suite", "Run suite", kTestFailures, 2400},
          {"collect-report", "Collect report", kNone, 30},
          {"teardown", "Tear down", kNone, 90}}},
        {"security-scan", "SBOM, vulnerability and licence scan", 0.08, 0.07,
         {{"sbom", "Generate SBOM", kNone, 40},
          {"vuln-scan", "Vulnerability scan", kScanFailures, 180},
          {"license-check", "Licence check", kPolicyFailures, 20},
          {"report", "Publish report", kNone, 5}}},
        {"docs-publish", "Render and publish documentation", 0.07, 0.04,
         {{"render", "Render", kBuildFailures, 60},
          {"link-check", "Check links", kTestFailures, 45},
          {"publish", "Publish", kPublishFailures, 20}}},
        {"backlog-triage", "Classify and route incoming feedback", 0.12, 0.05,
         {{"ingest", "Ingest", kNone, 3},
          {"classify", "Classify", kAgentFailures, 15},
          {"dedupe", "Find duplicates", kNone, 8},
          {"route", "Route to squad", kNone, 2}}},
        {"tenant-onboarding", "Provision a tenant: realm, organization, activation", 0.02, 0.10,
         {{"provision-realm", "Provision realm", kProvisionFailures, 60},
          {"persist-org", "Persist organization", kProvisionFailures, 5},
          {"activate-tenant", "Activate tenant", kNone, 4}}},
        {"archimate-sync", "Import the architecture model into the element graph", 0.05, 0.06,
         {{"export-model", "Export model", kNone, 20},
          {"validate", "Validate model", kTestFailures, 30},
          {"import-graph", "Import into graph", kPublishFailures, 90}}},
        {"parity-report", "Compare internal and customer KPIs", 0.06, 0.03,
         {{"collect-kpis", "Collect KPIs", kScanFailures, 120},
          {"compare-cohorts", "Compare cohorts", kNone, 30},
          {"publish-dashboard", "Publish dashboard", kPublishFailures, 10}}},
        {"incident-postmortem", "Draft a postmortem from an incident timeline", 0.05, 0.05,
         {{"gather-timeline", "Gather timeline", kNone, 60},
          {"draft", "Draft postmortem", kAgentFailures, 180},
          {"review", "Request review", kNone, 5}}},
    };
    return all;
}

const std::vector<TenantTemplate> &tenants()
{
    static const std::vector<TenantTemplate> all = {
        {"tenant-ameide", "Ameide", "ameide", true, 0.60,
         {{"root", "Ameide", ""},
          {"platform", "Platform program", "root"},
          {"product", "Product squads", "root"},
          {"ea", "Enterprise architecture", "root"},
          {"squad-runtime", "Runtime squad", "product"},
          {"squad-console", "Console squad", "product"}}},
        {"tenant-acme", "Acme Corporation", "acme", false, 0.25,
         {{"root", "Acme Corporation", ""}, {"engineering", "Engineering", "root"}, {"operations", "Operations", "root"}}},
        {"tenant-globex", "Globex", "globex", false, 0.15,
         {{"root", "Globex", ""}, {"digital", "Digital products", "root"}, {"it", "IT", "root"}}},
    };
    return all;
}

struct RoleUser
{
    const char *suffix;
    const char *displayName;
    pv1::Role role;
    const char *orgRole;
};

const std::vector<RoleUser> &roleUsers()
{
    static const std::vector<RoleUser> all = {
        {"admin", "Administrator", pv1::ROLE_ADMIN, "owner"},
        {"contributor", "Contributor", pv1::ROLE_CONTRIBUTOR, "member"},
        {"viewer", "Viewer", pv1::ROLE_VIEWER, "member"},
        {"guest", "Guest", pv1::ROLE_GUEST, "member"},
        {"service", "Automation service", pv1::ROLE_SERVICE, "admin"},
    };
    return all;
}

class Generator
{
public:
    explicit Generator(std::uint64_t seed)
        : m_rng(seed)
    {
    }

    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(m_rng);
    }
    // Log-normal around a typical duration, in milliseconds.
    std::int64_t duration(int typicalSeconds)
    {
        const double f = std::exp(std::normal_distribution<double>(0.0, 0.5)(m_rng));
        return std::max<std::int64_t>(500, static_cast<std::int64_t>(typicalSeconds * 1000.0 * f));
    }
    std::string uuid()
    {
        static constexpr char digits[] = "0123456789abcdef";
        std::string out;
        out.reserve(36);
        const std::uint64_t a = m_rng();
        const std::uint64_t b = m_rng();
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                out.push_back('-');
            int nibble = static_cast<int>(((i < 16 ? a : b) >> (4 * (i % 16))) & 0xf);
            if (i == 12)
                nibble = 4;
            if (i == 16)
                nibble = 8 | (nibble & 3);
            out.push_back(digits[nibble]);
        }
        return out;
    }
    template<typename T>
    std::size_t pickWeighted(const std::vector<T> &items, double (*weight)(const T &))
    {
        double total = 0;
        for (const auto &i : items)
            total += weight(i);
        double r = uniform() * total;
        for (std::size_t k = 0; k < items.size(); ++k) {
            r -= weight(items[k]);
            if (r <= 0)
                return k;
        }
        return items.size() - 1;
    }

private:
    std::mt19937_64 m_rng;
};

// A time in the window, biased towards working hours on weekdays.
std::int64_t workingTime(Generator &g, std::int64_t start, std::int64_t end)
{
    while (true) {
        const std::int64_t t = g.between(start, end);
        const std::int64_t dayMs = t % kDay;
        const int hour = static_cast<int>(dayMs / kHour);
        const int weekday = static_cast<int>((t / kDay + 4) % 7); // 1970-01-01 was a Thursday
        double keep = (hour >= 7 && hour <= 19) ? 1.0 : 0.25;
        if (weekday == 0 || weekday == 6)
            keep *= 0.3;
        if (g.uniform() < keep)
            return t;
    }
}

// Fills in a failure mode's varying parts ('#' a number, '%' an id).
Failure occurrence(const FailureMode &mode, const std::string &stepId, Generator &variation)
{
    static constexpr char digits[] = "0123456789abcdef";
    Failure f;
    for (const char *c = mode.reason; *c; ++c) {
        if (c[0] == '#' && c[1] == '#') {
            f.reason.push_back('#'); // "##": a literal '#' before the number
            continue;
        }
        if (*c == '#') {
            f.reason += std::to_string(variation.between(2, 99999));
        } else if (*c == '%') {
            for (int i = 0; i < 8; ++i)
                f.reason.push_back(digits[variation.between(0, 15)]);
        } else {
            f.reason.push_back(*c);
        }
    }
    f.errorClass = mode.errorClass;
    f.signature = failureSignature(stepId, f.errorClass, f.reason);
    return f;
}

// Step logs go to the most recent runs only: a line costs about what a
// status update does, and a run has a dozen, so logging all of a
// million-run benchmark seed would add more than a tenth to its time. The
// showcase runs always have theirs; the live runs write their own as the
// executor plays them.
constexpr std::int64_t kLoggedRuns = 5000;

// The seeder's status updates go through the store's RunWriter, one row
// object reused, so its strings keep their capacity across millions of rows.
class HistoryWriter
{
public:
    explicit HistoryWriter(SQLite::Database &db)
        : m_rows(db)
        , m_logs(db)
    {
    }

    RunWriter &rows() { return m_rows; }
    RunLogWriter &logs() { return m_logs; }
    std::int64_t updates() const { return m_updates; }

    void update(const std::string &tenant, std::int64_t runSeq, wf::WorkflowRunStatus runStatus,
                const std::string &stepId, wf::WorkflowStepStatus stepStatus, const std::string &message,
                const Failure *failure, std::int64_t at)
    {
        m_update.tenantId = tenant;
        m_update.runSeq = runSeq;
        m_update.runStatus = runStatus;
        m_update.stepId = stepId;
        m_update.stepStatus = stepStatus;
        m_update.message = message;
        m_update.failureReason = failure ? failure->reason : std::string();
        m_update.errorClass = failure ? failure->errorClass : std::string();
        m_update.occurredAt = at;
        m_rows.appendStatusUpdate(m_update);
        ++m_updates;
    }

private:
    RunWriter m_rows;
    RunLogWriter m_logs;
    StatusUpdateRow m_update;
    std::int64_t m_updates = 0;
};

struct SeededDefinition
{
    std::string id;
    const DefinitionTemplate *tpl = nullptr;
    int versions = 1;
};

struct SeededTenant
{
    const TenantTemplate *tpl = nullptr;
    std::vector<SeededDefinition> definitions;
    std::vector<std::string> users;
    std::vector<std::string> elements;
};

struct RunPlan
{
    std::string id;
    SeededTenant *tenant = nullptr;
    const SeededDefinition *definition = nullptr;
    int version = 1;
    std::string element;
    std::string input;
    std::string startedBy;
    std::int64_t createdAt = 0;
    std::string retryOf;
    std::string original;
    int attempt = 1;
    // Showcase runs: -1 completes, k >= 0 fails at step k; -2 leaves it to chance.
    int forceFailAt = -2;
    // When set, every step takes this long (ms).
    std::int64_t stepMs = 0;
    // When set, progress updates make the run's history exactly this long.
    std::int64_t historyUpdates = 0;
};

// A run with a history long enough to page through: 20,000 status updates.
constexpr const char *kHistoryElement = "element-history-20k";
constexpr std::int64_t kHistoryUpdates = 20000;
// Runs written after the history: per tenant a recovered failure (failed
// run plus its completed retry) and an unrecovered one; the long history.
constexpr std::int64_t kShowcaseRuns = 3 * 3 + 1;

wf::WorkflowSpec specFor(const DefinitionTemplate &tpl, int version)
{
    wf::WorkflowSpec spec;
    // Version 1 lacked the last step of today's definition for longer flows.
    const std::size_t count = (version == 1 && tpl.steps.size() > 3) ? tpl.steps.size() - 1 : tpl.steps.size();
    for (std::size_t i = 0; i < count; ++i) {
        auto *step = spec.add_steps();
        step->set_id(tpl.steps[i].id);
        step->set_name(tpl.steps[i].name);
        step->set_type(wf::WORKFLOW_STEP_TYPE_ACTIVITY);
        step->set_timeout_ms(tpl.steps[i].typicalSeconds * 1000 * 4);
        step->mutable_retry_policy()->set_max_attempts(3);
        step->mutable_retry_policy()->set_initial_backoff_ms(250);
        step->mutable_retry_policy()->set_backoff_multiplier(2.0);
    }
    return spec;
}

} // namespace

SeedReport seedDogfood(Database &database, const SeedOptions &options,
                       const std::function<void(std::int64_t, std::int64_t)> &progress)
{
    if (options.runs < 0 || options.days < 1)
        throw std::invalid_argument("the run count must not be negative and the window must be at least one day");
    SeedReport report;
    Generator g(options.randomSeed);
    // The varying parts of failure messages come from their own stream, so
    // the rest of the data set does not depend on them.
    Generator variation(options.randomSeed ^ 0x5eedfa11u);
    const std::int64_t now = nowMs();
    const std::int64_t windowStart = now - static_cast<std::int64_t>(options.days) * kDay;

    database.withFastBulkWrites([&](SQLite::Database &db) {
        if (holdsTenants(db))
            throw std::runtime_error("the data folder already holds tenants; seed a new, empty data folder");

        // Who the seeder writes as.
        const std::string by = "seed";
        const std::int64_t tenancyAt = windowStart - 30 * kDay;
        std::vector<SeededTenant> seeded;
        for (const auto &t : tenants()) {
            SeededTenant st;
            st.tpl = &t;
            insertTenant(db, TenantRow{.id = t.id,
                                       .name = t.name,
                                       .status = pv1::TENANT_STATUS_ACTIVE,
                                       .internal = t.internal,
                                       .at = tenancyAt,
                                       .by = by});
            ++report.tenants;

            const auto orgId = [&](const char *suffix) { return std::string("org-") + t.shortName + '-' + suffix; };
            for (const auto &o : t.organizations) {
                insertOrganization(db, OrganizationRow{.id = orgId(o[0]),
                                                       .tenantId = t.id,
                                                       .parentId = o[2][0] == '\0' ? std::string() : orgId(o[2]),
                                                       .name = o[1],
                                                       .description = {},
                                                       .at = tenancyAt,
                                                       .by = by});
                ++report.organizations;
            }
            for (const auto &u : roleUsers()) {
                const std::string userId = std::string("user-") + t.shortName + '-' + u.suffix;
                insertUser(db, UserRow{.id = userId,
                                       .tenantId = t.id,
                                       .displayName = std::string(t.name) + ' ' + u.displayName,
                                       .email = std::string(u.suffix) + '@' + t.shortName + ".example",
                                       .role = u.role});
                insertMembership(db, orgId("root"), userId, u.orgRole, tenancyAt);
                if (u.role != pv1::ROLE_GUEST && u.role != pv1::ROLE_VIEWER)
                    st.users.push_back(userId);
                ++report.users;
            }
            for (int e = 0; e < 40; ++e)
                st.elements.push_back(std::string("el-") + t.shortName + "-" + std::to_string(1000 + e));

            for (const auto &d : catalogue()) {
                SeededDefinition sd;
                sd.id = std::string("wfd-") + t.shortName + '-' + d.slug;
                sd.tpl = &d;
                sd.versions = 1 + static_cast<int>(g.between(1, 2));
                insertDefinition(db, DefinitionRow{.id = sd.id,
                                                   .tenantId = t.id,
                                                   .name = d.slug,
                                                   .description = d.description,
                                                   .status = wf::WORKFLOW_DEFINITION_STATUS_ACTIVE,
                                                   .at = windowStart - 20 * kDay,
                                                   .by = by});
                ++report.definitions;
                for (int v = 1; v <= sd.versions; ++v) {
                    const std::int64_t published =
                        windowStart - 10 * kDay + (v - 1) * (options.days * kDay / (sd.versions + 1));
                    insertVersion(db, VersionRow{.definitionId = sd.id,
                                                 .number = v,
                                                 .tag = "v" + std::to_string(v) + ".0.0",
                                                 .spec = specFor(d, v),
                                                 .published = true,
                                                 .at = published});
                    ++report.versions;
                }
                st.definitions.push_back(std::move(sd));
            }
            seeded.push_back(std::move(st));
        }

        // Plan the runs in time order, so run sequence follows creation time.
        const std::int64_t total = options.runs;
        // Small data sets (tests that count runs) have no showcase runs.
        const std::int64_t showcase = total >= 200 ? kShowcaseRuns : 0;
        std::vector<std::int64_t> times(static_cast<std::size_t>(total - showcase));
        for (auto &t : times)
            t = workingTime(g, windowStart, now - 10 * kMinute);
        std::sort(times.begin(), times.end());

        HistoryWriter w(db);
        auto later = [](const RunPlan &a, const RunPlan &b) { return a.createdAt > b.createdAt; };
        std::priority_queue<RunPlan, std::vector<RunPlan>, decltype(later)> pendingRetries(later);
        std::int64_t written = 0;
        const std::int64_t liveFrom =
            total - showcase - std::min<std::int64_t>(options.liveRuns, total - showcase);

        const std::int64_t loggedFrom = total - showcase - kLoggedRuns;
        auto writeRun = [&](const RunPlan &plan, bool live) {
            const auto &tpl = *plan.definition->tpl;
            const auto spec = specFor(tpl, plan.version);
            const int steps = spec.steps_size();
            // Outcome: which step fails or is cancelled, if any.
            int failAt = -1;
            int cancelAt = -1;
            std::optional<Failure> failureValue;
            const double roll = g.uniform();
            const double failRate = plan.attempt > 1 ? 0.25 : tpl.failureRate * (plan.tenant->tpl->internal ? 1.0 : 0.7);
            if (plan.forceFailAt >= 0) {
                failAt = plan.forceFailAt;
                const auto &step = tpl.steps[static_cast<std::size_t>(failAt)];
                failureValue = occurrence(step.failures.front(), step.id, variation);
            } else if (plan.forceFailAt == -1) {
                // completes
            } else if (!live && roll < failRate) {
                std::vector<int> candidates;
                for (int i = 0; i < steps; ++i) {
                    if (!tpl.steps[static_cast<std::size_t>(i)].failures.empty())
                        candidates.push_back(i);
                }
                if (!candidates.empty()) {
                    failAt = candidates[static_cast<std::size_t>(g.between(0, static_cast<std::int64_t>(candidates.size()) - 1))];
                    const auto &modes = tpl.steps[static_cast<std::size_t>(failAt)].failures;
                    const auto &mode =
                        modes[static_cast<std::size_t>(g.between(0, static_cast<std::int64_t>(modes.size()) - 1))];
                    failureValue = occurrence(mode, tpl.steps[static_cast<std::size_t>(failAt)].id, variation);
                }
            } else if (!live && roll < failRate + 0.02) {
                cancelAt = static_cast<int>(g.between(0, steps - 1));
            }
            const Failure *failure = failureValue ? &*failureValue : nullptr;

            const std::string &tenant = plan.tenant->tpl->id;
            const std::int64_t started = plan.createdAt + g.between(200, 5000);
            std::vector<std::pair<std::int64_t, std::int64_t>> stepTimes;
            std::int64_t t = started;
            const int executed = failAt >= 0 ? failAt + 1 : (cancelAt >= 0 ? cancelAt + 1 : steps);
            for (int i = 0; i < executed; ++i) {
                const std::int64_t d =
                    plan.stepMs > 0 ? plan.stepMs : g.duration(tpl.steps[static_cast<std::size_t>(i)].typicalSeconds);
                stepTimes.emplace_back(t, t + d);
                t += d + g.between(50, 800);
            }
            const std::int64_t ended = stepTimes.empty() ? started : stepTimes.back().second;
            wf::WorkflowRunStatus status = wf::WORKFLOW_RUN_STATUS_COMPLETED;
            if (live)
                status = wf::WORKFLOW_RUN_STATUS_PENDING;
            else if (failAt >= 0)
                status = wf::WORKFLOW_RUN_STATUS_FAILED;
            else if (cancelAt >= 0)
                status = wf::WORKFLOW_RUN_STATUS_CANCELLED;

            RunRow row;
            row.id = plan.id;
            row.tenantId = tenant;
            row.definitionId = plan.definition->id;
            row.versionNumber = plan.version;
            row.elementId = plan.element;
            row.status = status;
            row.inputJson = plan.input;
            if (!live) {
                row.outputJson = "{\"steps_completed\":"
                    + std::to_string(failAt >= 0 ? failAt : (cancelAt >= 0 ? cancelAt : steps)) + "}";
                row.startedAt = started;
                row.endedAt = ended;
                row.currentStep = executed - 1;
            }
            row.createdAt = plan.createdAt;
            if (failure) {
                row.failureReason = failure->reason;
                row.errorClass = failure->errorClass;
                row.failedStepId = tpl.steps[static_cast<std::size_t>(failAt)].id;
                row.failureSignature = failure->signature;
            }
            row.startedBy = plan.startedBy;
            row.retryOfRunId = plan.retryOf;
            row.originalRunId = plan.original;
            row.attempt = plan.attempt;
            if (!plan.retryOf.empty())
                row.idempotencyKey = "seed-retry-" + plan.retryOf;
            const std::int64_t seq = w.rows().insertRun(row);
            if (status == wf::WORKFLOW_RUN_STATUS_COMPLETED && plan.attempt > 1)
                w.rows().markChainRecovered(seq);

            w.update(tenant, seq, wf::WORKFLOW_RUN_STATUS_PENDING, "", wf::WORKFLOW_STEP_STATUS_UNSPECIFIED,
                     plan.retryOf.empty() ? "run created" : "retry of run " + plan.retryOf, nullptr, plan.createdAt);
            if (!live)
                w.update(tenant, seq, wf::WORKFLOW_RUN_STATUS_RUNNING, "", wf::WORKFLOW_STEP_STATUS_UNSPECIFIED,
                         "run started", nullptr, started);
            for (int i = 0; i < steps; ++i) {
                const auto &st = spec.steps(i);
                wf::WorkflowStepStatus stepStatus = wf::WORKFLOW_STEP_STATUS_PENDING;
                if (!live && i < executed) {
                    stepStatus = i == failAt ? wf::WORKFLOW_STEP_STATUS_FAILED
                        : i == cancelAt      ? wf::WORKFLOW_STEP_STATUS_CANCELLED
                                             : wf::WORKFLOW_STEP_STATUS_COMPLETED;
                }
                StepRow step;
                step.runSeq = seq;
                step.position = i;
                step.stepId = st.id();
                step.name = st.name();
                step.status = stepStatus;
                if (stepStatus != wf::WORKFLOW_STEP_STATUS_PENDING) {
                    step.startedAt = stepTimes[static_cast<std::size_t>(i)].first;
                    step.endedAt = stepTimes[static_cast<std::size_t>(i)].second;
                }
                const Failure *sf = i == failAt ? failure : nullptr;
                if (sf) {
                    step.failureReason = sf->reason;
                    step.errorClass = sf->errorClass;
                }
                w.rows().insertStep(step);
                if (stepStatus != wf::WORKFLOW_STEP_STATUS_PENDING) {
                    const auto [stepStart, stepEnd] = stepTimes[static_cast<std::size_t>(i)];
                    w.update(tenant, seq, wf::WORKFLOW_RUN_STATUS_RUNNING, st.id(), wf::WORKFLOW_STEP_STATUS_RUNNING,
                             "step started", nullptr, stepStart);
                    // Progress reports: 2 updates per step, 3 per run are the lifecycle's.
                    const std::int64_t progressTotal =
                        plan.historyUpdates > 0 ? plan.historyUpdates - (2 * std::int64_t{executed} + 3) : 0;
                    const std::int64_t here =
                        progressTotal / executed + (i == executed - 1 ? progressTotal % executed : 0);
                    for (std::int64_t k = 0; k < here; ++k)
                        w.update(tenant, seq, wf::WORKFLOW_RUN_STATUS_RUNNING, st.id(), wf::WORKFLOW_STEP_STATUS_RUNNING,
                                 "progress: synced " + std::to_string(k + 1) + " of " + std::to_string(here)
                                     + " elements",
                                 nullptr, stepStart + (stepEnd - stepStart) * (k + 1) / (here + 1));
                    const bool cancelled = stepStatus == wf::WORKFLOW_STEP_STATUS_CANCELLED;
                    if (!cancelled)
                        w.update(tenant, seq, wf::WORKFLOW_RUN_STATUS_RUNNING, st.id(), stepStatus,
                                 sf ? "step failed" : "step completed", sf, stepTimes[static_cast<std::size_t>(i)].second);
                }
            }
            // The log, as the executor would have written it, for recent runs.
            if (!live && (written >= loggedFrom || plan.forceFailAt != -2)) {
                auto &logs = w.logs();
                logs.startRun(seq);
                logs.append(step_log::runStarted(seq, started, plan.attempt, plan.retryOf, 0, steps));
                for (int i = 0; i < executed; ++i) {
                    const auto &st = spec.steps(i);
                    const auto [stepStart, stepEnd] = stepTimes[static_cast<std::size_t>(i)];
                    logs.append(step_log::stepStarted(seq, stepStart, st, i, steps, plan.attempt, plan.input));
                    if (i == cancelAt) {
                        logs.append(step_log::stepCancelled(seq, stepEnd, st.id(), plan.startedBy));
                        continue;
                    }
                    logs.append(step_log::activityReturned(seq, stepEnd, st.id(), stepEnd - stepStart));
                    if (i == failAt)
                        logs.append(step_log::stepFailed(seq, stepEnd, st, i, failure->reason, failure->errorClass,
                                                         plan.attempt, stepEnd - stepStart, {}, 0));
                    else
                        logs.append(step_log::stepCompleted(seq, stepEnd, st.id(), stepEnd - stepStart));
                }
                if (status != wf::WORKFLOW_RUN_STATUS_CANCELLED)
                    logs.append(step_log::runEnded(seq, ended, failAt >= 0 ? failAt : steps,
                                                   failAt >= 0 ? tpl.steps[static_cast<std::size_t>(failAt)].id
                                                               : std::string(),
                                                   ended - started));
            }
            if (status == wf::WORKFLOW_RUN_STATUS_COMPLETED)
                w.update(tenant, seq, status, "", wf::WORKFLOW_STEP_STATUS_UNSPECIFIED, "run completed", nullptr, ended);
            else if (status == wf::WORKFLOW_RUN_STATUS_FAILED)
                w.update(tenant, seq, status, tpl.steps[static_cast<std::size_t>(failAt)].id,
                         wf::WORKFLOW_STEP_STATUS_FAILED, "run failed", failure, ended);
            else if (status == wf::WORKFLOW_RUN_STATUS_CANCELLED)
                w.update(tenant, seq, status, "", wf::WORKFLOW_STEP_STATUS_UNSPECIFIED,
                         "cancelled by " + plan.startedBy, nullptr, ended);
            ++report.runs;
            if (plan.attempt > 1)
                ++report.retries;

            // Some failures are retried a little later, most of them successfully.
            const double retryChance = plan.tenant->tpl->internal ? 0.55 : 0.35;
            if (status == wf::WORKFLOW_RUN_STATUS_FAILED && plan.attempt < 3 && g.uniform() < retryChance) {
                RunPlan retry = plan;
                retry.id = g.uuid();
                retry.retryOf = plan.id;
                retry.original = plan.original.empty() ? plan.id : plan.original;
                retry.attempt = plan.attempt + 1;
                retry.createdAt = ended + g.between(kMinute, 3 * kHour);
                if (retry.createdAt < now - 10 * kMinute)
                    pendingRetries.push(std::move(retry));
            }
        };

        auto pickTenant = [&]() -> SeededTenant & {
            double r = g.uniform();
            for (auto &t : seeded) {
                r -= t.tpl->share;
                if (r <= 0)
                    return t;
            }
            return seeded.back();
        };

        std::size_t next = 0;
        while (written < total - showcase) {
            // Retries due before the next fresh run are written first; each counts toward the total.
            const bool retryFirst = !pendingRetries.empty()
                && (next >= times.size() || pendingRetries.top().createdAt <= times[next]);
            RunPlan plan;
            if (retryFirst) {
                plan = pendingRetries.top();
                pendingRetries.pop();
            } else {
                plan.createdAt = times[next++];
                plan.id = g.uuid();
                plan.tenant = &pickTenant();
                const auto &defs = plan.tenant->definitions;
                double r = g.uniform();
                std::size_t k = 0;
                for (; k + 1 < defs.size(); ++k) {
                    r -= defs[k].tpl->weight;
                    if (r <= 0)
                        break;
                }
                plan.definition = &defs[k];
                const double f = static_cast<double>(plan.createdAt - windowStart) / static_cast<double>(now - windowStart);
                int version = 1 + static_cast<int>(f * plan.definition->versions);
                version = std::clamp(version, 1, plan.definition->versions);
                if (version > 1 && g.uniform() < 0.1)
                    --version;
                plan.version = version;
                if (g.uniform() < 0.6)
                    plan.element = plan.tenant->elements[static_cast<std::size_t>(g.between(0, 39))];
                plan.startedBy = plan.tenant->users[static_cast<std::size_t>(
                    g.between(0, static_cast<std::int64_t>(plan.tenant->users.size()) - 1))];
                const bool live = written >= liveFrom;
                std::string input = "{\"repository\":\"" + std::string(plan.tenant->tpl->shortName)
                    + "/core\",\"ticket\":\"AM-" + std::to_string(g.between(300, 4999)) + "\"";
                if (live) {
                    input += ",\"duration_ms\":" + std::to_string(g.between(2000, 12000));
                    if (g.uniform() < 0.25) {
                        input += ",\"simulate_failure\":\"" + std::string(plan.definition->tpl->steps.back().id)
                            + "\",\"fail_attempts\":1";
                    }
                }
                input += "}";
                plan.input = std::move(input);
                writeRun(plan, live);
                ++written;
                if (progress && written % 10000 == 0)
                    progress(written, total);
                continue;
            }
            writeRun(plan, false);
            ++written;
            if (progress && written % 10000 == 0)
                progress(written, total);
        }
        if (showcase > 0) {
            for (auto &t : seeded) {
                // coding-agent: its first step fails as "LLM provider returned 429 …".
                RunPlan failed;
                failed.id = g.uuid();
                failed.tenant = &t;
                failed.definition = &t.definitions.front();
                failed.version = failed.definition->versions;
                failed.startedBy = t.users.front();
                failed.input = "{\"repository\":\"" + std::string(t.tpl->shortName) + "/core\"}";
                failed.stepMs = 5000;
                failed.forceFailAt = 0;
                failed.createdAt = now - 9 * kMinute;
                writeRun(failed, false);
                RunPlan retry = failed;
                retry.id = g.uuid();
                retry.retryOf = failed.id;
                retry.original = failed.id;
                retry.attempt = 2;
                retry.forceFailAt = -1;
                retry.createdAt = now - 8 * kMinute;
                writeRun(retry, false);
                RunPlan unrecovered = failed;
                unrecovered.id = g.uuid();
                unrecovered.createdAt = now - 7 * kMinute;
                writeRun(unrecovered, false);
                written += 3;
            }
            auto &ameide = seeded.front();
            RunPlan history;
            history.id = g.uuid();
            history.tenant = &ameide;
            history.definition = &*std::find_if(ameide.definitions.begin(), ameide.definitions.end(),
                                                [](const SeededDefinition &d) { return std::string(d.tpl->slug) == "archimate-sync"; });
            history.version = history.definition->versions;
            history.element = kHistoryElement;
            history.startedBy = ameide.users.front();
            history.input = "{\"repository\":\"ameide/architecture\"}";
            history.createdAt = now - 3 * kDay;
            history.stepMs = 23 * kHour;
            history.forceFailAt = -1;
            history.historyUpdates = kHistoryUpdates;
            writeRun(history, false);
            ++written;
        }
        report.statusUpdates = w.updates();
    });
    database.analyze();
    return report;
}

} // namespace ameide::platform
