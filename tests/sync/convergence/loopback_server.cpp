#include "tests/sync/convergence/loopback_server.h"

#include <httplib.h>

#include <chrono>
#include <stdexcept>

#include "core/clock/hlc.h"
#include "sync/server/http/connection_pool.h"
#include "sync/server/http/http_api.h"
#include "sync/server/identity/password_hasher.h"

namespace veldwerk::testing {

namespace {
const clock::SystemClock& wallClock() {
    static const clock::SystemClock wall;
    return wall;
}
}  // namespace

LoopbackServer::LoopbackServer() {
    m_reader = m_world.user("anna", "jgt", "Team Noord");
    m_world.user("gijs", "gi");
    m_world.user("sanne", "supervisor", "Team Noord");
    m_pool = std::make_unique<sync::server::ConnectionPool>(m_world.url());
    m_hasher =
        std::make_unique<sync::server::PasswordHasher>(sync::server::KdfCost::cheapForTests());
    m_api = std::make_unique<sync::server::HttpApi>(*m_pool, formRegistry(), *m_hasher, wallClock(),
                                                    nullptr);
    m_http = std::make_unique<httplib::Server>();
    m_http->new_task_queue = [] { return new httplib::ThreadPool(8); };
    m_http->set_tcp_nodelay(true);
    m_api->install(*m_http);
    m_port = m_http->bind_to_any_port("127.0.0.1");
    if (m_port <= 0) {
        throw std::runtime_error("the loopback server cannot bind");
    }
    m_thread = std::thread([this] { m_http->listen_after_bind(); });
    // stop() before the accept loop runs would be lost: wait for it (bounded).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!m_http->is_running()) {
        if (std::chrono::steady_clock::now() > deadline) {
            throw std::runtime_error("the loopback server does not start");
        }
        std::this_thread::yield();
    }
}

LoopbackServer::~LoopbackServer() {
    m_http->stop();
    m_thread.join();
}

}  // namespace veldwerk::testing
