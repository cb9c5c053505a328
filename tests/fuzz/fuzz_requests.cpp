// Fuzzes every RPC of the platform over a real gRPC channel.
//
// One in-process PlatformServer (started on the first input) serves a temp
// data folder seeded with the dogfood data set. Each input is
//   byte 0   which RPC (index into rpcs(), modulo their number)
//   byte 1   who calls, with which x-tenant-id, and whether a text field
//            carries bytes that are not UTF-8 (CallerBits in fuzz_rpcs.h)
//   rest     the serialized request (an empty request if it does not parse)
// The only findings are the server dying (a crash takes this process down;
// a server that stopped answering shows as UNAVAILABLE) and INTERNAL: every
// bad input must get a clear status. The server keeps its state between
// inputs, so an input's outcome can depend on the ones before it.

#include "fuzz_rpcs.h"

#include "core/caller.h"
#include "core/ids.h"
#include "platform_server.h"
#include "seed/dogfood_seed.h"
#include "store/database.h"
#include "store/token_store.h"

#include <google/protobuf/stubs/logging.h>
#include <spdlog/spdlog.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

using namespace ameide::fuzz;
namespace platform = ameide::platform;

// The store's own "try again" answer; any other UNAVAILABLE means the server is gone.
constexpr std::string_view kBusyMessage = "the platform store is busy; try again";

struct Env
{
    std::filesystem::path dir;
    std::unique_ptr<platform::PlatformServer> server;
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<Stubs> stubs;
    std::string adminToken;  // admin of tenant-ameide (internal)
    std::string viewerToken; // viewer of tenant-acme (customer)
    std::array<long, 17> statusCounts{};
};

Env *g_env = nullptr;

void removeDataDir()
{
    if (!g_env || g_env->dir.empty())
        return;
    std::error_code ec;
    std::filesystem::remove_all(g_env->dir, ec);
    g_env->dir.clear();
}

void stopEnv()
{
    if (!g_env)
        return;
    std::fprintf(stderr, "fuzz_requests: statuses:");
    for (std::size_t code = 0; code < g_env->statusCounts.size(); ++code) {
        if (g_env->statusCounts[code] > 0)
            std::fprintf(stderr, " %zu=%ld", code, g_env->statusCounts[code]);
    }
    std::fprintf(stderr, "\n");
    g_env->stubs.reset();
    g_env->channel.reset();
    if (g_env->server)
        g_env->server->shutdown(std::chrono::milliseconds(500));
    g_env->server.reset();
    removeDataDir();
    delete g_env;
    g_env = nullptr;
}

std::string issue(platform::PlatformServer &server, const std::string &tenant, const std::string &user,
                  pv1::Role role)
{
    platform::Caller subject;
    subject.tenantId = tenant;
    subject.userId = user;
    subject.role = role;
    return server.tokens().issue(subject);
}

Env &env()
{
    if (g_env)
        return *g_env;
    spdlog::set_level(spdlog::level::err);
    // protobuf logs every string field with invalid UTF-8 it refuses to parse; that is expected here.
    google::protobuf::SetLogHandler(nullptr);
    auto *e = new Env;
    g_env = e;
    std::string pattern = (std::filesystem::temp_directory_path() / "ameide-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        std::perror("mkdtemp");
        std::abort();
    }
    e->dir = pattern;
    // A normal end removes the folder here. A crash ends the process without
    // atexit (libFuzzer owns the sanitizer death callback, to save the input),
    // so scripts/fuzz.sh points TMPDIR at a scratch folder it removes itself.
    std::atexit(stopEnv);
    {
        platform::Database db(platform::databaseFile(e->dir));
        platform::SeedOptions seed;
        seed.runs = 200;
        seed.liveRuns = 0;
        platform::seedDogfood(db, seed);
    }
    platform::PlatformOptions options;
    options.dataDir = e->dir;
    options.listen = "127.0.0.1:0";
    options.executor.defaultActivity = std::chrono::milliseconds(20);
    e->server = std::make_unique<platform::PlatformServer>(options);
    e->server->start();
    e->adminToken = issue(*e->server, "tenant-ameide", "user-ameide-admin", pv1::ROLE_ADMIN);
    e->viewerToken = issue(*e->server, "tenant-acme", "user-acme-viewer", pv1::ROLE_VIEWER);
    e->channel = grpc::CreateChannel(e->server->address(), grpc::InsecureChannelCredentials());
    e->stubs = std::make_unique<Stubs>(e->channel);

    // The server must answer before fuzzing starts, so UNAVAILABLE later means it died.
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + e->adminToken);
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    pv1::ListTenantsRequest req;
    req.mutable_pagination()->set_page_size(10);
    pv1::ListTenantsResponse resp;
    const auto status = e->stubs->tenants->ListTenants(&ctx, req, &resp);
    if (!status.ok()) {
        std::fprintf(stderr, "fuzz_requests: the platform does not answer: %d %s\n", status.error_code(),
                     status.error_message().c_str());
        std::abort();
    }
    return *e;
}

// Appends bytes that are not UTF-8 to the first text field, depth first, as
// an independent client can send them (protobuf only logs it when
// serializing); false when the request has no text field set or settable.
bool spoilText(Message &message)
{
    const auto *descriptor = message.GetDescriptor();
    const auto *reflection = message.GetReflection();
    for (int i = 0; i < descriptor->field_count(); ++i) {
        const auto *field = descriptor->field(i);
        if (field->is_repeated())
            continue;
        if (field->type() == google::protobuf::FieldDescriptor::TYPE_STRING) {
            reflection->SetString(&message, field, reflection->GetString(message, field) + "\xff\xfe");
            return true;
        }
        if (field->type() == google::protobuf::FieldDescriptor::TYPE_MESSAGE && reflection->HasField(message, field)
            && spoilText(*reflection->MutableMessage(&message, field)))
            return true;
    }
    return false;
}

[[noreturn]] void finding(const char *what, const Rpc &rpc, std::uint8_t callerByte, const Message &request,
                          const grpc::Status &status)
{
    std::fprintf(stderr,
                 "fuzz_requests: FINDING: %s\n  rpc: %s\n  caller byte: 0x%02x\n  status: %d %s\n"
                 "  request: %s\n",
                 what, rpc.name, callerByte, status.error_code(), status.error_message().c_str(),
                 request.ShortDebugString().c_str());
    removeDataDir();
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Env &e = env();
    const auto &all = rpcs();
    const std::uint8_t rpcByte = size > 0 ? data[0] : 0;
    const std::uint8_t callerByte = size > 1 ? data[1] : 0;
    const Rpc &rpc = all[rpcByte % all.size()];

    auto request = rpc.newRequest();
    if (size > 2 && !request->ParseFromArray(data + 2, static_cast<int>(size - 2)))
        request->Clear();

    // A watch cursor carries the store's random instance id, which no committed
    // input can know: a cursor of the placeholder instance is made this server's.
    if (auto *watch = dynamic_cast<wf::WatchWorkflowRunsRequest *>(request.get())) {
        static const std::string placeholder = platform::toHex(std::string("wc1:") + kPlaceholderInstance + ':');
        if (watch->cursor().compare(0, placeholder.size(), placeholder) == 0)
            watch->set_cursor(platform::toHex("wc1:" + e.server->instanceId() + ':')
                              + watch->cursor().substr(placeholder.size()));
    }

    if (callerByte & kInvalidUtf8)
        spoilText(*request);

    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + rpc.deadline);
    std::string ownTenant;
    switch (callerByte & 3U) {
    case kAdmin:
        ctx.AddMetadata("authorization", "Bearer " + e.adminToken);
        ownTenant = "tenant-ameide";
        break;
    case kViewer:
        ctx.AddMetadata("authorization", "Bearer " + e.viewerToken);
        ownTenant = "tenant-acme";
        break;
    case kNoToken:
        break;
    default:
        switch ((callerByte >> 4) & 3U) {
        case 0:
            ctx.AddMetadata("authorization", "Bearer 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
            break;
        case 1:
            ctx.AddMetadata("authorization", "Bearer " + std::string(300, 'A'));
            break;
        case 2:
            ctx.AddMetadata("authorization", "bearer " + e.adminToken);
            break;
        default:
            ctx.AddMetadata("authorization", "Bearer ");
            break;
        }
        break;
    }
    if (callerByte & kForeignTenantHeader)
        ctx.AddMetadata("x-tenant-id", ownTenant == "tenant-acme" ? "tenant-ameide" : "tenant-acme");
    else if ((callerByte & kOwnTenantHeader) && !ownTenant.empty())
        ctx.AddMetadata("x-tenant-id", ownTenant);

    const grpc::Status status = rpc.invoke(*e.stubs, ctx, *request);
    const auto code = static_cast<std::size_t>(status.error_code());
    if (code < e.statusCounts.size())
        ++e.statusCounts[code];

    // AMEIDE_FUZZ_VERBOSE=1 prints every call's outcome, e.g. to check what the corpus reaches.
    static const bool verbose = std::getenv("AMEIDE_FUZZ_VERBOSE") != nullptr;
    if (verbose)
        std::fprintf(stderr, "fuzz_requests: %s caller=0x%02x -> %d %s\n", rpc.name, callerByte,
                     status.error_code(), status.error_message().c_str());

    if (status.error_code() == grpc::StatusCode::INTERNAL)
        finding("INTERNAL status", rpc, callerByte, *request, status);
    if (status.error_code() == grpc::StatusCode::UNAVAILABLE && status.error_message() != kBusyMessage)
        finding("the server stopped answering (UNAVAILABLE)", rpc, callerByte, *request, status);
    return 0;
}
