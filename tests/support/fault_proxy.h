#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace ameide::test {

// A loopback TCP proxy for network-fault tests: listens on 127.0.0.1 (any
// free port) and forwards every connection to a loopback target, with faults
// that can be switched while it runs. One thread, poll(), plain sockets.
//
// Every control is thread-safe. Faults apply to connections already open as
// well as new ones, except setRefuse and setTarget, which only concern
// connections accepted afterwards (call dropAll() to move everyone over).
class FaultProxy
{
public:
    struct Counters
    {
        std::uint64_t accepted = 0; // connections forwarded to a target
        std::uint64_t refused = 0;  // connections reset on accept (refuse on, or the target refused)
        std::uint64_t dropped = 0;  // connections reset by dropAll()
        std::uint64_t open = 0;     // connections open now
        std::uint64_t bytesToTarget = 0;
        std::uint64_t bytesToClient = 0;
    };

    // target: "127.0.0.1:PORT" or "localhost:PORT"; anything but loopback throws.
    explicit FaultProxy(const std::string &target);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    int port() const { return m_port; }
    // "127.0.0.1:PORT", where clients connect.
    std::string address() const;

    // Holds every chunk read from either side this long before forwarding it.
    void setDelay(std::chrono::milliseconds delay);
    // Resets every open connection on both sides (SO_LINGER 0, then close);
    // returns once done.
    void dropAll();
    // On: connections stay open but nothing is forwarded either way (bytes
    // wait in the socket buffers), so both peers see silence; closes are not
    // noticed either. Off: forwarding resumes with what was waiting.
    void setBlackhole(bool on);
    // On: new connections are accepted and reset at once.
    void setRefuse(bool on);
    // New connections go to this target (e.g. a platform restarted on another port).
    void setTarget(const std::string &target);

    Counters counters() const;

private:
    struct Connection;
    void run();
    void wake();

    int m_listenFd = -1;
    int m_wakeFds[2] = {-1, -1};
    int m_port = 0;
    std::thread m_thread;

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    bool m_blackhole = false;
    bool m_refuse = false;
    std::chrono::milliseconds m_delay{0};
    std::uint32_t m_targetAddr = 0; // network byte order
    std::uint16_t m_targetPort = 0; // network byte order
    std::uint64_t m_dropRequested = 0;
    std::uint64_t m_dropDone = 0;

    std::atomic<std::uint64_t> m_accepted{0};
    std::atomic<std::uint64_t> m_refused{0};
    std::atomic<std::uint64_t> m_dropped{0};
    std::atomic<std::uint64_t> m_open{0};
    std::atomic<std::uint64_t> m_bytesToTarget{0};
    std::atomic<std::uint64_t> m_bytesToClient{0};
};

} // namespace ameide::test
