#include "tests/support/postgres_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <vector>

#include "tests/support/child_process.h"

namespace veldwerk::testing {

namespace {
constexpr const char* kSuperuser = "veldwerk";
constexpr const char* kDefaultDatabase = "veldwerk_test";

std::filesystem::path binaryDirectory() {
    const char* env = std::getenv("VELDWERK_PG_BINDIR");
    return env != nullptr && *env != '\0' ? std::filesystem::path(env)
                                          : std::filesystem::path("/usr/lib/postgresql/15/bin");
}

// A port nobody listens on right now (the server may still lose a race for it; we retry).
int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        throw std::runtime_error("PostgresServer: cannot create a socket");
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        ::close(fd);
        throw std::runtime_error("PostgresServer: cannot find a free port");
    }
    ::close(fd);
    return ntohs(addr.sin_port);
}

bool validName(const std::string& name) {
    if (name.empty() || name.size() > 60) {
        return false;
    }
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            return false;
        }
    }
    return true;
}
}  // namespace

PostgresServer::PostgresServer() : m_bin(binaryDirectory()) {
    for (const char* tool : {"initdb", "pg_ctl", "postgres", "createdb"}) {
        if (::access((m_bin / tool).c_str(), X_OK) != 0) {
            throw std::runtime_error("PostgreSQL 15 server binary " + (m_bin / tool).string() +
                                     " is missing: install postgresql-15 (tools/deps.sh) or set "
                                     "VELDWERK_PG_BINDIR");
        }
    }
    std::string templ = (std::filesystem::temp_directory_path() / "veldwerk-pg-XXXXXX").string();
    if (::mkdtemp(templ.data()) == nullptr) {
        throw std::runtime_error("PostgresServer: mkdtemp failed");
    }
    m_root = templ;
    m_data = m_root / "data";
    // initdb refuses to run as root: hand the directory to the postgres user and run as it.
    m_asPostgresUser = ::geteuid() == 0;
    try {
        if (m_asPostgresUser) {
            const passwd* pw = ::getpwnam("postgres");
            if (pw == nullptr) {
                throw std::runtime_error(
                    "PostgresServer: running as root but there is no 'postgres' user to run "
                    "the server as (install postgresql-15: tools/deps.sh)");
            }
            if (::chown(m_root.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
                throw std::runtime_error("PostgresServer: cannot chown " + m_root.string());
            }
        }
        const auto initdb = runProcess(asServerUser(
            {(m_bin / "initdb").string(), "-D", m_data.string(), "-U", kSuperuser, "--auth=trust",
             "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"}));
        if (initdb.exitCode != 0) {
            throw std::runtime_error("PostgresServer: initdb failed:\n" + initdb.out + initdb.err);
        }
        bool started = false;
        for (int attempt = 0; attempt < 5 && !started; ++attempt) {
            started = tryStart();
        }
        if (!started) {
            throw std::runtime_error("PostgresServer: the server did not start:\n" + readLog());
        }
        createDatabase(kDefaultDatabase);
    } catch (...) {
        shutdown();  // stop what was started, remove the directory
        throw;
    }
}

bool PostgresServer::tryStart() {
    m_port = freeLoopbackPort();
    // pg_ctl hands -o to a shell: single-quote the path.
    const std::string options = "-c listen_addresses=127.0.0.1 -c port=" + std::to_string(m_port) +
                                " -c unix_socket_directories='" + m_root.string() +
                                "' -c fsync=off -c synchronous_commit=off "
                                "-c full_page_writes=off -c max_connections=200";
    const auto result = runProcess(
        asServerUser({(m_bin / "pg_ctl").string(), "-D", m_data.string(), "-l",
                      (m_root / "server.log").string(), "-w", "-t", "60", "-o", options, "start"}));
    m_started = result.exitCode == 0;
    return m_started;
}

PostgresServer::~PostgresServer() {
    shutdown();
}

void PostgresServer::shutdown() {
    if (m_started) {
        try {
            runProcess(asServerUser({(m_bin / "pg_ctl").string(), "-D", m_data.string(), "-m",
                                     "immediate", "-w", "stop"}));
        } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
        }
        m_started = false;
    }
    if (!m_root.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(m_root, ec);
        m_root.clear();
    }
}

std::vector<std::string> PostgresServer::asServerUser(std::vector<std::string> argv) const {
    // Run from inside the temp dir: the postgres user may not be allowed into our cwd.
    argv.insert(argv.begin(), {"/usr/bin/env", "-C", m_root.string()});
    if (m_asPostgresUser) {
        argv.insert(argv.begin(), {"/usr/sbin/runuser", "-u", "postgres", "--"});
    }
    return argv;
}

std::string PostgresServer::urlFor(const std::string& database) const {
    return std::string("postgresql://") + kSuperuser + "@127.0.0.1:" + std::to_string(m_port) +
           "/" + database;
}

std::string PostgresServer::createDatabase(const std::string& name) {
    if (!validName(name)) {
        throw std::runtime_error("PostgresServer: invalid database name " + name);
    }
    const auto result = runProcess({(m_bin / "createdb").string(), "-h", "127.0.0.1", "-p",
                                    std::to_string(m_port), "-U", kSuperuser, name},
                                   {{"PGPASSWORD", ""}, {"PGSERVICE", ""}});
    if (result.exitCode != 0) {
        throw std::runtime_error("PostgresServer: createdb " + name + " failed: " + result.err);
    }
    return urlFor(name);
}

std::string PostgresServer::readLog() const {
    std::ifstream in(m_root / "server.log");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace veldwerk::testing
