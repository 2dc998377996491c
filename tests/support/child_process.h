// Runs a program (veldwerk-cli, veldwerk-server) as a real child process for end-to-end tests:
// captures its output and exit status, or starts it in the background so a test can kill it.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace veldwerk::testing {

struct ProcessResult {
    int exitCode = -1;  // -1 when killed by a signal
    std::string out;
    std::string err;
};

// Runs to completion. `env` entries are added to (or override) the current environment; an
// entry with an empty value removes the variable.
ProcessResult runProcess(const std::vector<std::string>& argv,
                         const std::map<std::string, std::string>& env = {});

class BackgroundProcess {
public:
    BackgroundProcess(const std::vector<std::string>& argv,
                      const std::map<std::string, std::string>& env = {});
    // As above, with stdout and stderr appended to logFile (e.g. to read a server's ready line).
    BackgroundProcess(const std::vector<std::string>& argv,
                      const std::map<std::string, std::string>& env, const std::string& logFile);
    ~BackgroundProcess();
    BackgroundProcess(const BackgroundProcess&) = delete;
    BackgroundProcess& operator=(const BackgroundProcess&) = delete;

    void kill(int signal = 9);
    // Waits for the exit; returns the exit status, or -1 when it died by a signal.
    int wait();
    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    bool m_reaped = false;
};

}  // namespace veldwerk::testing
