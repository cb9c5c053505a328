#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/types.h>

namespace ameide::test {

// The real ameide-platformd binary as a child process, for tests that stop,
// kill and restart it.
class PlatformProcess
{
public:
    // dataDir must exist (seeded or not); extra arguments go after "serve".
    explicit PlatformProcess(std::filesystem::path dataDir, std::vector<std::string> extraArgs = {});
    ~PlatformProcess();
    PlatformProcess(const PlatformProcess &) = delete;
    PlatformProcess &operator=(const PlatformProcess &) = delete;

    // Starts and waits until it serves; listens on `listen` (port 0: any).
    void start(const std::string &listen = "127.0.0.1:0");
    // SIGTERM and wait; returns the exit status.
    int terminate();
    // SIGKILL and wait.
    void kill();
    bool running() const { return m_pid > 0; }
    const std::string &address() const { return m_address; }

    // Runs the binary with arguments to completion; returns exit code and stdout.
    static int run(const std::vector<std::string> &args, std::string *out);
    static std::filesystem::path binary();

private:
    int waitExit();

    std::filesystem::path m_dataDir;
    std::vector<std::string> m_extraArgs;
    pid_t m_pid = -1;
    std::string m_address;
};

} // namespace ameide::test
