#include "platform_process.h"

#include <array>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

namespace ameide::test {

namespace {

std::vector<char *> argvOf(std::vector<std::string> &args)
{
    std::vector<char *> out;
    for (auto &a : args)
        out.push_back(a.data());
    out.push_back(nullptr);
    return out;
}

} // namespace

std::filesystem::path PlatformProcess::binary()
{
    return AMEIDE_PLATFORMD_PATH;
}

PlatformProcess::PlatformProcess(std::filesystem::path dataDir, std::vector<std::string> extraArgs)
    : m_dataDir(std::move(dataDir))
    , m_extraArgs(std::move(extraArgs))
{
}

PlatformProcess::~PlatformProcess()
{
    if (m_pid > 0)
        kill();
}

void PlatformProcess::start(const std::string &listen)
{
    const auto ready = m_dataDir / "ready.txt";
    std::filesystem::remove(ready);
    std::vector<std::string> args{binary().string(), "serve", "--data", m_dataDir.string(), "--listen", listen,
                                  "--ready-file", ready.string()};
    args.insert(args.end(), m_extraArgs.begin(), m_extraArgs.end());
    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        // Keep test output readable: the platform's log goes to a file.
        const auto log = (m_dataDir / "platformd.log").string();
        if (FILE *f = std::freopen(log.c_str(), "a", stderr))
            (void)f;
        if (FILE *f = std::freopen("/dev/null", "w", stdout))
            (void)f;
        auto argv = argvOf(args);
        execv(argv[0], argv.data());
        _exit(127);
    }
    m_pid = pid;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        if (std::filesystem::exists(ready)) {
            std::ifstream in(ready);
            std::getline(in, m_address);
            if (!m_address.empty())
                return;
        }
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error("ameide-platformd exited during start-up; see " + (m_dataDir / "platformd.log").string());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    kill();
    throw std::runtime_error("ameide-platformd did not become ready in time");
}

int PlatformProcess::waitExit()
{
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int PlatformProcess::terminate()
{
    if (m_pid <= 0)
        return -1;
    ::kill(m_pid, SIGTERM);
    return waitExit();
}

void PlatformProcess::kill()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGKILL);
    waitExit();
}

int PlatformProcess::run(const std::vector<std::string> &argsIn, std::string *out)
{
    std::vector<std::string> args{binary().string()};
    args.insert(args.end(), argsIn.begin(), argsIn.end());
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        throw std::runtime_error("pipe failed");
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        if (FILE *f = std::freopen("/dev/null", "w", stderr))
            (void)f;
        auto argv = argvOf(args);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(pipeFds[1]);
    std::string text;
    std::array<char, 4096> buf{};
    ssize_t n = 0;
    while ((n = read(pipeFds[0], buf.data(), buf.size())) > 0)
        text.append(buf.data(), static_cast<std::size_t>(n));
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (out)
        *out = text;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace ameide::test
