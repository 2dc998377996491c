// A real cpp-httplib server (plain or TLS) on 127.0.0.1 and a free port, serving from its own
// thread for the lifetime of the object. The socket listens from construction on, so a test
// may connect at once.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>

namespace veldwerk::testing {

class LoopbackHttpServer {
public:
    // Routes are added to server() before start().
    explicit LoopbackHttpServer(std::unique_ptr<httplib::Server> server = nullptr)
        : m_server(server ? std::move(server) : std::make_unique<httplib::Server>()) {
        // Short keep-alive, so stopping never waits long for an idle client connection.
        m_server->set_keep_alive_timeout(1);
    }
    ~LoopbackHttpServer() {
        m_server->stop();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    LoopbackHttpServer(const LoopbackHttpServer&) = delete;
    LoopbackHttpServer& operator=(const LoopbackHttpServer&) = delete;

    httplib::Server& server() { return *m_server; }

    void start() {
        m_port = m_server->bind_to_any_port("127.0.0.1");
        if (m_port <= 0) {
            throw std::runtime_error("cannot bind a loopback port");
        }
        m_thread = std::thread([this] { m_server->listen_after_bind(); });
    }
    int port() const { return m_port; }
    std::string url(const std::string& scheme = "http",
                    const std::string& host = "127.0.0.1") const {
        return scheme + "://" + host + ":" + std::to_string(m_port);
    }

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
};

}  // namespace veldwerk::testing
