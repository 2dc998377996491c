// A private PostgreSQL 15 for tests: its own data directory under the temp dir, listening only on
// 127.0.0.1 on a free port (unix sockets stay in the data directory's parent), trust auth, no
// fsync. Stopped and removed with everything in it when the object goes. Works as a normal user
// and as root (CI), where initdb and the server run as the `postgres` user.
//
// Missing server binaries are an error, never a skip: tools/deps.sh installs postgresql-15.
// VELDWERK_PG_BINDIR overrides the binary directory (default /usr/lib/postgresql/15/bin).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace veldwerk::testing {

class PostgresServer {
public:
    // initdb + start + create the database "veldwerk_test"; throws std::runtime_error with the
    // server's log on failure.
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // postgresql://veldwerk@127.0.0.1:PORT/veldwerk_test
    std::string url() const { return urlFor("veldwerk_test"); }
    // Creates another empty database (name: [a-z0-9_]+) and returns its URL, so tests sharing
    // one server can each have a clean database.
    std::string createDatabase(const std::string& name);
    std::string urlFor(const std::string& database) const;
    int port() const { return m_port; }
    const std::filesystem::path& dataDirectory() const { return m_data; }

private:
    bool tryStart();
    void shutdown();
    // The command line that runs argv as the server's owner, inside m_root.
    std::vector<std::string> asServerUser(std::vector<std::string> argv) const;
    std::string readLog() const;

    std::filesystem::path m_bin;
    std::filesystem::path m_root;  // mkdtemp dir: data/, server.log, the unix socket
    std::filesystem::path m_data;
    bool m_asPostgresUser = false;
    bool m_started = false;
    int m_port = 0;
};

}  // namespace veldwerk::testing
