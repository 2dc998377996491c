// Database connections for the request threads: each request borrows one for its duration and
// gives it back, so a connection is never shared by two threads at once and a few connections
// serve many requests. Opened lazily; the store reconnects a broken PostgreSQL connection itself.
// At most `limit` are open: there is a request thread per kept-alive device connection (hundreds),
// and PostgreSQL allows 100 connections by default (for all instances together), while two cores
// gain nothing from more database work at once. A request borrowing when all are out waits for
// one. A request holds one only while it works on the database: a push waiting for its group
// commit holds none (only the group's leader does), so pulls never wait for connections held by
// queued pushes (when they did, pull p50 was 1.4-1.7 s on PostgreSQL with 200 devices at once).
// 16, not the 64 it was before that: each SQLite connection keeps up to 2 MB of decrypted pages,
// and 200 devices after a team's 100,000 answers had the server at 192 MB with 64, 156 MB with 16.
// Steady syncing was no slower; all 200 at once was (push p99 0.7-1.2 -> 1.0-1.6 s), and no
// faster with 32 (tests/bench/README.md). Two instances at 64 could also take more than
// PostgreSQL's 100.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class ConnectionPool {
public:
    static constexpr std::size_t kDefaultLimit = 16;

    explicit ConnectionPool(std::string url, std::size_t limit = kDefaultLimit)
        : m_url(std::move(url)), m_limit(limit) {}

    class Lease {
    public:
        Lease(ConnectionPool& pool, std::unique_ptr<SqlConnection> c)
            : m_pool(pool), m_connection(std::move(c)) {}
        ~Lease() { m_pool.giveBack(std::move(m_connection)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        SqlConnection& operator*() const { return *m_connection; }
        SqlConnection* operator->() const { return m_connection.get(); }

    private:
        ConnectionPool& m_pool;
        std::unique_ptr<SqlConnection> m_connection;
    };

    Lease borrow();
    // Requests waiting for a connection now.
    std::size_t waiting();

private:
    void giveBack(std::unique_ptr<SqlConnection> c);

    std::string m_url;
    std::size_t m_limit;
    std::mutex m_mutex;
    std::condition_variable m_returned;
    std::size_t m_open = 0;  // idle and borrowed
    std::size_t m_waiting = 0;
    std::vector<std::unique_ptr<SqlConnection>> m_idle;
};

}  // namespace veldwerk::sync::server
