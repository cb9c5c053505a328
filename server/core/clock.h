#pragma once

#include <google/protobuf/timestamp.pb.h>

#include <chrono>
#include <cstdint>

namespace ameide::platform {

// Milliseconds since the Unix epoch; the unit every stored time uses.
inline std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

inline void setTimestamp(google::protobuf::Timestamp *ts, std::int64_t ms)
{
    ts->set_seconds(ms / 1000);
    ts->set_nanos(static_cast<std::int32_t>((ms % 1000) * 1000000));
}

// Milliseconds since the epoch of a Timestamp (sub-millisecond parts dropped).
inline std::int64_t timestampMs(const google::protobuf::Timestamp &ts)
{
    return ts.seconds() * 1000 + ts.nanos() / 1000000;
}

} // namespace ameide::platform
