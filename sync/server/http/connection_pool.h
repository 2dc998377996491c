// Database connections for the request threads: each request borrows one for its duration and
// gives it back, so a connection is never shared by two threads at once and a few connections
// serve many requests. Opened lazily; the store reconnects a broken PostgreSQL connection itself.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class ConnectionPool {
public:
    explicit ConnectionPool(std::string url) : m_url(std::move(url)) {}

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

private:
    void giveBack(std::unique_ptr<SqlConnection> c);

    std::string m_url;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<SqlConnection>> m_idle;
};

}  // namespace veldwerk::sync::server
