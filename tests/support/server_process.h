// A real veldwerk-server process for end-to-end tests: plain HTTP on loopback (the server's
// --insecure-loopback), on a port the OS picks on first start and keeps across restarts, so
// devices can be pointed at one URL while a test kills and restarts the server.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/child_process.h"

namespace veldwerk::testing {

class ServerProcess {
public:
    // dbUrl: an SQLite path or a postgresql:// URL. logDir receives server.log.
    ServerProcess(std::string binary, std::string dbUrl, std::filesystem::path logDir);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts and waits for the "listening on" line (throws after 20 s, with the log's tail).
    void start();
    void kill();  // SIGKILL: no chance to finish anything
    void stop();  // SIGTERM and wait
    bool running() const { return m_process != nullptr; }

    int port() const { return m_port; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    const std::string& dbUrl() const { return m_dbUrl; }
    // The running server's process id (for its RSS and CPU time in /proc); -1 when stopped.
    int pid() const { return m_process ? static_cast<int>(m_process->pid()) : -1; }

    // Runs `veldwerk-server admin --db URL [--json] ARGS...` (password from VELDWERK_PASSWORD).
    ProcessResult admin(const std::vector<std::string>& args,
                        const std::map<std::string, std::string>& env = {}) const;

private:
    std::string m_binary;
    std::string m_dbUrl;
    std::filesystem::path m_log;
    int m_port = 0;
    std::unique_ptr<BackgroundProcess> m_process;
};

}  // namespace veldwerk::testing
