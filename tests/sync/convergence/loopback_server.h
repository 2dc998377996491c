// The real veldwerk-server logic in this process: a migrated SQLite store (ServerWorld, with the
// organisations, a team and the users of a JGT/GI pair and their supervisor) behind the real HTTP
// API (sync/server/http) on a loopback port, so devices reach it through the engine's own
// HttpTransport. Every tablet keeps its keep-alive connection, which holds a server thread: the
// pool has more threads than there are tablets.
#pragma once

#include <memory>
#include <string>
#include <thread>

#include "sync/server/caller.h"
#include "tests/sync/server/server_world.h"

namespace httplib {
class Server;
}

namespace veldwerk::sync::server {
class ConnectionPool;
class HttpApi;
class PasswordHasher;
}  // namespace veldwerk::sync::server

namespace veldwerk::testing {

class LoopbackServer {
public:
    LoopbackServer();
    ~LoopbackServer();
    LoopbackServer(const LoopbackServer&) = delete;
    LoopbackServer& operator=(const LoopbackServer&) = delete;

    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    // The service-level view, for reading the server's canonical state.
    ServerWorld& world() { return m_world; }
    // A server-side caller of the JGT worker, whose scope covers every case of the schedules.
    const sync::server::Caller& reader() const { return m_reader; }

private:
    ServerWorld m_world{"sqlite"};
    sync::server::Caller m_reader;
    std::unique_ptr<sync::server::ConnectionPool> m_pool;
    std::unique_ptr<sync::server::PasswordHasher> m_hasher;
    std::unique_ptr<sync::server::HttpApi> m_api;
    std::unique_ptr<httplib::Server> m_http;
    std::thread m_thread;
    int m_port = 0;
};

}  // namespace veldwerk::testing
