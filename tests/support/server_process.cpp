#include "tests/support/server_process.h"

#include <signal.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace veldwerk::testing {

namespace {
std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

ServerProcess::ServerProcess(std::string binary, std::string dbUrl, std::filesystem::path logDir)
    : m_binary(std::move(binary)), m_dbUrl(std::move(dbUrl)), m_log(logDir / "server.log") {}

ServerProcess::~ServerProcess() {
    if (m_process) {
        stop();
    }
}

void ServerProcess::start() {
    const auto before = readAll(m_log).size();
    m_process = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{m_binary, "serve", "--db", m_dbUrl, "--listen",
                                 "127.0.0.1:" + std::to_string(m_port), "--insecure-loopback",
                                 "--create-store"},
        std::map<std::string, std::string>{}, m_log.string());
    static const std::regex ready(R"(listening on [^\s:]+:(\d+))");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        const auto log = readAll(m_log).substr(before);
        std::smatch m;
        if (std::regex_search(log, m, ready)) {
            m_port = std::stoi(m[1].str());
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const auto log = readAll(m_log);
    m_process.reset();
    throw std::runtime_error("veldwerk-server did not start; its log ends with:\n" +
                             log.substr(log.size() > 2000 ? log.size() - 2000 : 0));
}

void ServerProcess::kill() {
    if (m_process) {
        m_process->kill(SIGKILL);
        m_process->wait();
        m_process.reset();
    }
}

void ServerProcess::stop() {
    if (m_process) {
        m_process->kill(SIGTERM);
        m_process->wait();
        m_process.reset();
    }
}

ProcessResult ServerProcess::admin(const std::vector<std::string>& args,
                                   const std::map<std::string, std::string>& env) const {
    // The test made this store for the server: an empty PostgreSQL database becomes its store.
    std::vector<std::string> argv = {m_binary, "admin", "--db", m_dbUrl, "--create-store"};
    argv.insert(argv.end(), args.begin(), args.end());
    return runProcess(argv, env);
}

}  // namespace veldwerk::testing
