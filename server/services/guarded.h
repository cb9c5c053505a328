#pragma once

#include "core/status_error.h"

#include <grpcpp/support/status.h>
#include <spdlog/spdlog.h>

#include <SQLiteCpp/Exception.h>

namespace ameide::platform {

// The boundary of every RPC: runs the handler and turns whatever it throws
// into a status, so nothing a client sends can take the server down.
template<typename Fn>
grpc::Status guarded(const char *method, Fn &&fn) noexcept
{
    try {
        fn();
        return grpc::Status::OK;
    } catch (const StatusError &e) {
        return e.status();
    } catch (const SQLite::Exception &e) {
        if (e.getErrorCode() == 5 /* SQLITE_BUSY */ || e.getErrorCode() == 6 /* SQLITE_LOCKED */)
            return {grpc::StatusCode::UNAVAILABLE, "the platform store is busy; try again"};
        spdlog::error("{}: storage error: {}", method, e.what());
        return {grpc::StatusCode::INTERNAL, "the platform store failed; see the platform log"};
    } catch (const std::exception &e) {
        spdlog::error("{}: {}", method, e.what());
        return {grpc::StatusCode::INTERNAL, "internal error; see the platform log"};
    }
}

} // namespace ameide::platform
