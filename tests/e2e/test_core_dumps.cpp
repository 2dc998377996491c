// End-to-end: every binary that handles client data runs with core dumps off. The kernel's own
// view of the running process is checked, not a report by the binary itself: /proc/PID/limits
// for RLIMIT_CORE, and the owner of /proc/PID/status for the dumpable flag (the kernel shows a
// process that is not dumpable as owned by root). So the child runs as an unprivileged user
// (nobody, when the test runs as root; else the test's own user) with core dumps allowed as far
// as the test can, and must turn them off itself.
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/temp_dir.h"

using namespace veldwerk::testing;

namespace {
constexpr uid_t kNobody = 65534;

struct Probe {
    pid_t pid = -1;
    int terminal = -1;
};

// Starts argv as nobody (when the test runs as root) on a new pseudo-terminal of its own, so a
// binary that asks for a passphrase waits for it instead of exiting.
Probe start(const std::vector<std::string>& argv, const std::vector<std::string>& env) {
    Probe probe;
    probe.terminal = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    REQUIRE(probe.terminal >= 0);
    REQUIRE(::grantpt(probe.terminal) == 0);
    REQUIRE(::unlockpt(probe.terminal) == 0);
    const std::string slave = ::ptsname(probe.terminal);
    std::vector<char*> args;
    for (const auto& a : argv) {
        args.push_back(const_cast<char*>(a.c_str()));
    }
    args.push_back(nullptr);
    probe.pid = ::fork();
    REQUIRE(probe.pid >= 0);
    if (probe.pid == 0) {
        ::setsid();
        const int tty = ::open(slave.c_str(), O_RDWR);  // becomes the controlling terminal
        ::dup2(tty, 0);
        ::dup2(tty, 1);
        ::dup2(tty, 2);
        // Core dumps allowed up to what the test may grant: the binary must lower it itself.
        rlimit limit{};
        ::getrlimit(RLIMIT_CORE, &limit);
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_CORE, &limit);
        if (::getuid() == 0) {
            ::setgroups(0, nullptr);
            if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0) {
                ::_exit(125);
            }
        }
        for (const auto& e : env) {
            ::putenv(const_cast<char*>(e.c_str()));
        }
        ::unsetenv("VELDWERK_PASSPHRASE");
        ::unsetenv("VELDWERK_PASSWORD");
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    return probe;
}

void stop(const Probe& probe) {
    ::kill(probe.pid, SIGKILL);
    int status = 0;
    ::waitpid(probe.pid, &status, 0);
    ::close(probe.terminal);
}

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool alive(pid_t pid) {
    const auto stat = readFile("/proc/" + std::to_string(pid) + "/stat");
    const auto close = stat.rfind(')');
    return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] != 'Z';
}

// "Max core file size  0  0  bytes" in the kernel's table of the process's limits.
bool coreLimitZero(pid_t pid) {
    std::istringstream limits(readFile("/proc/" + std::to_string(pid) + "/limits"));
    std::string line;
    while (std::getline(limits, line)) {
        if (line.rfind("Max core file size", 0) == 0) {
            std::istringstream fields(line.substr(18));
            std::string soft;
            std::string hard;
            fields >> soft >> hard;
            return soft == "0" && hard == "0";
        }
    }
    return false;
}

bool notDumpable(pid_t pid) {
    struct stat st {};
    return ::stat(("/proc/" + std::to_string(pid) + "/status").c_str(), &st) == 0 && st.st_uid == 0;
}

// Waits (up to 15 s) for the running child to show both; false if it never does or exits.
bool dumpsOff(const Probe& probe, std::string& seen) {
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < giveUp) {
        if (!alive(probe.pid)) {
            seen = "the process exited";
            return false;
        }
        const bool limit = coreLimitZero(probe.pid);
        const bool dumpable = !notDumpable(probe.pid);
        seen = std::string("RLIMIT_CORE 0: ") + (limit ? "yes" : "no") +
               ", dumpable: " + (dumpable ? "yes" : "no");
        if (limit && !dumpable && alive(probe.pid)) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}
}  // namespace

TEST_CASE("core dumps are off in a running veldwerk-cli") {
    // Waits at the passphrase prompt on its terminal: alive, past the start of main.
    const auto probe =
        start({VELDWERK_CLI_PATH, "--vault", "/nonexistent/vault", "case", "list"}, {});
    std::string seen;
    const bool off = dumpsOff(probe, seen);
    stop(probe);
    INFO(seen);
    REQUIRE(off);
}

#ifdef VELDWERK_SERVER_PATH
TEST_CASE("core dumps are off in a running veldwerk-server") {
    TempDir tmp;
    std::filesystem::permissions(tmp.path(), std::filesystem::perms::all);
    const auto port = std::to_string(20000 + ::getpid() % 20000);
    const auto probe = start({VELDWERK_SERVER_PATH, "serve", "--db", (tmp / "server.db").string(),
                              "--listen", "127.0.0.1:" + port, "--insecure-loopback"},
                             {});
    std::string seen;
    const bool off = dumpsOff(probe, seen);
    stop(probe);
    INFO(seen);
    REQUIRE(off);
}
#endif

#ifdef VELDWERK_APP_PATH
TEST_CASE("core dumps are off in a running veldwerk-app") {
    TempDir tmp;
    std::filesystem::permissions(tmp.path(), std::filesystem::perms::all);
    const std::string home = tmp.path().string();
    const auto probe =
        start({VELDWERK_APP_PATH, "--vault", home + "/vault"},
              {"QT_QPA_PLATFORM=offscreen", "HOME=" + home, "XDG_RUNTIME_DIR=" + home,
               "XDG_CONFIG_HOME=" + home, "XDG_DATA_HOME=" + home});
    std::string seen;
    const bool off = dumpsOff(probe, seen);
    stop(probe);
    INFO(seen);
    REQUIRE(off);
}
#endif
