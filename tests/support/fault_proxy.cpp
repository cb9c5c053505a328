#include "fault_proxy.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <memory>
#include <stdexcept>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace ameide::test {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kReadChunk = std::size_t{64} * 1024;
// Stop reading a side while this much of it waits to be forwarded.
constexpr std::size_t kMaxQueued = std::size_t{4} * 1024 * 1024;
// No wait in the proxy's loop is longer than this, whatever happens.
constexpr int kMaxPollMs = 1000;
// Bounds a connect to the target (loopback: normally immediate).
constexpr int kConnectTimeoutMs = 2000;
// Bounds dropAll()'s wait for the proxy thread.
constexpr auto kControlTimeout = std::chrono::seconds(5);

struct Target
{
    std::uint32_t addr = 0; // network byte order
    std::uint16_t port = 0; // network byte order
};

Target parseLoopbackTarget(const std::string &hostPort)
{
    const auto colon = hostPort.rfind(':');
    if (colon == std::string::npos)
        throw std::invalid_argument("FaultProxy: target must be host:port, got " + hostPort);
    std::string host = hostPort.substr(0, colon);
    const std::string portText = hostPort.substr(colon + 1);
    if (host == "localhost")
        host = "127.0.0.1";
    in_addr addr{};
    if (inet_pton(AF_INET, host.c_str(), &addr) != 1 || (ntohl(addr.s_addr) >> 24) != 127)
        throw std::invalid_argument("FaultProxy: only loopback IPv4 targets are allowed, got " + hostPort);
    int port = 0;
    try {
        std::size_t used = 0;
        port = std::stoi(portText, &used);
        if (used != portText.size())
            port = 0;
    } catch (const std::exception &) {
        port = 0;
    }
    if (port <= 0 || port > 65535)
        throw std::invalid_argument("FaultProxy: bad port in " + hostPort);
    return {addr.s_addr, htons(static_cast<std::uint16_t>(port))};
}

void setNonBlocking(int fd)
{
    const int flags = fcntl(fd, F_GETFL, 0);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

void setNoDelay(int fd)
{
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

// Closes with an RST rather than a FIN.
void resetAndClose(int fd)
{
    if (fd < 0)
        return;
    linger lg{};
    lg.l_onoff = 1;
    lg.l_linger = 0;
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    ::close(fd);
}

// A connected socket to the target, or -1.
int connectTo(const Target &target)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    timeval tv{};
    tv.tv_sec = kConnectTimeoutMs / 1000;
    tv.tv_usec = static_cast<suseconds_t>(kConnectTimeoutMs % 1000) * 1000;
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv); // bounds a blocking connect on Linux
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = target.addr;
    sa.sin_port = target.port;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&sa), sizeof sa) != 0) {
        ::close(fd);
        return -1;
    }
    setNonBlocking(fd);
    setNoDelay(fd);
    return fd;
}

} // namespace

// fd[0] is the client's side, fd[1] the target's. dir[d] holds what was
// read from fd[d] and waits to be written to fd[1 - d].
struct FaultProxy::Connection
{
    struct Chunk
    {
        std::vector<char> data;
        std::size_t offset = 0;
        Clock::time_point due;
    };
    struct Direction
    {
        std::deque<Chunk> queue;
        std::size_t queued = 0;
        bool eof = false;      // fd[d] said it sends no more
        bool shutDown = false; // and that reached fd[1 - d]
        bool blocked = false;  // fd[1 - d] would block: wait for POLLOUT
    };

    int fd[2] = {-1, -1};
    Direction dir[2];
    bool dead = false;

    void reset()
    {
        resetAndClose(fd[0]);
        resetAndClose(fd[1]);
        fd[0] = fd[1] = -1;
        dead = true;
    }

    void closeGracefully()
    {
        ::close(fd[0]);
        ::close(fd[1]);
        fd[0] = fd[1] = -1;
        dead = true;
    }
};

FaultProxy::FaultProxy(const std::string &target)
{
    const Target t = parseLoopbackTarget(target);
    m_targetAddr = t.addr;
    m_targetPort = t.port;

    if (::pipe2(m_wakeFds, O_NONBLOCK | O_CLOEXEC) != 0)
        throw std::runtime_error("FaultProxy: pipe2 failed");
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0) {
        ::close(m_wakeFds[0]);
        ::close(m_wakeFds[1]);
        throw std::runtime_error("FaultProxy: socket failed");
    }
    const int one = 1;
    setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = 0;
    socklen_t len = sizeof sa;
    if (::bind(m_listenFd, reinterpret_cast<const sockaddr *>(&sa), sizeof sa) != 0 || ::listen(m_listenFd, 64) != 0
        || ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&sa), &len) != 0) {
        ::close(m_listenFd);
        ::close(m_wakeFds[0]);
        ::close(m_wakeFds[1]);
        throw std::runtime_error(std::string("FaultProxy: cannot listen: ") + std::strerror(errno));
    }
    m_port = ntohs(sa.sin_port);
    m_thread = std::thread([this] { run(); });
}

FaultProxy::~FaultProxy()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    wake();
    if (m_thread.joinable())
        m_thread.join();
    ::close(m_listenFd);
    ::close(m_wakeFds[0]);
    ::close(m_wakeFds[1]);
}

std::string FaultProxy::address() const
{
    return "127.0.0.1:" + std::to_string(m_port);
}

void FaultProxy::wake()
{
    const char byte = 1;
    const ssize_t n = ::write(m_wakeFds[1], &byte, 1); // a full pipe already wakes the thread
    (void)n;
}

void FaultProxy::setDelay(std::chrono::milliseconds delay)
{
    {
        std::lock_guard lock(m_mutex);
        m_delay = std::max(delay, std::chrono::milliseconds(0));
    }
    wake();
}

void FaultProxy::dropAll()
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t ticket = ++m_dropRequested;
    wake();
    m_cv.wait_for(lock, kControlTimeout, [&] { return m_dropDone >= ticket || m_stop; });
}

void FaultProxy::setBlackhole(bool on)
{
    {
        std::lock_guard lock(m_mutex);
        m_blackhole = on;
    }
    wake();
}

void FaultProxy::setRefuse(bool on)
{
    {
        std::lock_guard lock(m_mutex);
        m_refuse = on;
    }
    wake();
}

void FaultProxy::setTarget(const std::string &target)
{
    const Target t = parseLoopbackTarget(target);
    {
        std::lock_guard lock(m_mutex);
        m_targetAddr = t.addr;
        m_targetPort = t.port;
    }
    wake();
}

FaultProxy::Counters FaultProxy::counters() const
{
    Counters c;
    c.accepted = m_accepted.load();
    c.refused = m_refused.load();
    c.dropped = m_dropped.load();
    c.open = m_open.load();
    c.bytesToTarget = m_bytesToTarget.load();
    c.bytesToClient = m_bytesToClient.load();
    return c;
}

void FaultProxy::run()
{
    std::vector<std::unique_ptr<Connection>> conns;
    std::vector<pollfd> fds;
    std::vector<char> buffer(kReadChunk);

    auto removeDead = [&] {
        std::erase_if(conns, [](const auto &c) { return c->dead; });
        m_open = conns.size();
    };

    // Writes what is due from dir[d] to fd[1 - d]; false when the connection broke.
    auto flush = [&](Connection &c, int d, Clock::time_point now) {
        auto &dir = c.dir[d];
        const int out = c.fd[1 - d];
        while (!dir.queue.empty() && dir.queue.front().due <= now) {
            auto &chunk = dir.queue.front();
            const ssize_t n = ::send(out, chunk.data.data() + chunk.offset, chunk.data.size() - chunk.offset,
                                     MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                    dir.blocked = true;
                    return true;
                }
                return false;
            }
            const auto sent = static_cast<std::size_t>(n);
            chunk.offset += sent;
            dir.queued -= sent;
            (d == 0 ? m_bytesToTarget : m_bytesToClient) += sent;
            if (chunk.offset < chunk.data.size()) {
                dir.blocked = true;
                return true;
            }
            dir.queue.pop_front();
        }
        dir.blocked = false;
        if (dir.queue.empty() && dir.eof && !dir.shutDown) {
            ::shutdown(out, SHUT_WR);
            dir.shutDown = true;
        }
        return true;
    };

    for (;;) {
        bool blackhole = false;
        bool refuse = false;
        std::chrono::milliseconds delay{0};
        Target target;
        std::uint64_t dropTicket = 0;
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                break;
            blackhole = m_blackhole;
            refuse = m_refuse;
            delay = m_delay;
            target = {m_targetAddr, m_targetPort};
            if (m_dropRequested > m_dropDone)
                dropTicket = m_dropRequested;
        }

        if (dropTicket != 0) {
            for (auto &c : conns) {
                c->reset();
                ++m_dropped;
            }
            removeDead();
            {
                std::lock_guard lock(m_mutex);
                m_dropDone = dropTicket;
            }
            m_cv.notify_all();
        }

        // Forward what is due; find when the next chunk is.
        const auto now = Clock::now();
        int timeoutMs = kMaxPollMs;
        if (!blackhole) {
            for (auto &c : conns) {
                for (int d = 0; d < 2 && !c->dead; ++d) {
                    if (!flush(*c, d, now))
                        c->reset();
                }
                if (c->dead)
                    continue;
                if (c->dir[0].shutDown && c->dir[1].shutDown) {
                    c->closeGracefully();
                    continue;
                }
                for (const auto &dir : c->dir) {
                    if (!dir.blocked && !dir.queue.empty()) {
                        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(dir.queue.front().due - now);
                        timeoutMs = std::min(timeoutMs, static_cast<int>(std::max<std::int64_t>(wait.count(), 0)));
                    }
                }
            }
            removeDead();
        }

        fds.clear();
        fds.push_back({m_wakeFds[0], POLLIN, 0});
        fds.push_back({m_listenFd, POLLIN, 0});
        // While blackholed the connections are not polled at all: nothing is
        // read, written or noticed until forwarding resumes.
        if (!blackhole) {
            for (const auto &c : conns) {
                for (int s = 0; s < 2; ++s) {
                    short events = 0;
                    if (!c->dir[s].eof && c->dir[s].queued < kMaxQueued)
                        events |= POLLIN;
                    if (c->dir[1 - s].blocked)
                        events |= POLLOUT;
                    fds.push_back({c->fd[s], events, 0});
                }
            }
        }

        const int ready = ::poll(fds.data(), fds.size(), timeoutMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;

        if (fds[0].revents & POLLIN) {
            char drain[64];
            while (::read(m_wakeFds[0], drain, sizeof drain) > 0) {
            }
        }

        if (!blackhole) {
            const auto readAt = Clock::now();
            for (std::size_t i = 0; i < conns.size(); ++i) {
                auto &c = *conns[i];
                for (int s = 0; s < 2 && !c.dead; ++s) {
                    const short revents = fds[2 + 2 * i + static_cast<std::size_t>(s)].revents;
                    if (revents == 0)
                        continue;
                    if (revents & (POLLERR | POLLNVAL)) {
                        c.reset(); // an RST on one side becomes an RST on the other
                        break;
                    }
                    if (revents & POLLOUT)
                        c.dir[1 - s].blocked = false;
                    if ((revents & (POLLIN | POLLHUP)) && !c.dir[s].eof) {
                        const ssize_t n = ::recv(c.fd[s], buffer.data(), buffer.size(), MSG_DONTWAIT);
                        if (n > 0) {
                            Connection::Chunk chunk;
                            chunk.data.assign(buffer.data(), buffer.data() + n);
                            chunk.due = readAt + delay;
                            c.dir[s].queued += chunk.data.size();
                            c.dir[s].queue.push_back(std::move(chunk));
                        } else if (n == 0) {
                            c.dir[s].eof = true;
                        } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                            c.reset();
                        }
                    } else if ((revents & POLLHUP) && c.dir[s].eof) {
                        c.reset(); // gone both ways; nothing more can be delivered
                    }
                }
            }
            removeDead();
        }

        if (fds[1].revents & POLLIN) {
            for (;;) {
                const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (client < 0)
                    break;
                if (refuse) {
                    resetAndClose(client);
                    ++m_refused;
                    continue;
                }
                const int upstream = connectTo(target);
                if (upstream < 0) {
                    resetAndClose(client);
                    ++m_refused;
                    continue;
                }
                setNoDelay(client);
                auto c = std::make_unique<Connection>();
                c->fd[0] = client;
                c->fd[1] = upstream;
                conns.push_back(std::move(c));
                ++m_accepted;
            }
            m_open = conns.size();
        }
    }

    for (auto &c : conns)
        c->reset();
    conns.clear();
    m_open = 0;
}

} // namespace ameide::test
