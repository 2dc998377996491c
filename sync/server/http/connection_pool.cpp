#include "sync/server/http/connection_pool.h"

namespace veldwerk::sync::server {

ConnectionPool::Lease ConnectionPool::borrow() {
    {
        std::unique_lock lock(m_mutex);
        ++m_waiting;
        m_returned.wait(lock, [&] { return !m_idle.empty() || m_open < m_limit; });
        --m_waiting;
        if (!m_idle.empty()) {
            auto c = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(c));
        }
        ++m_open;  // opened below, outside the lock
    }
    try {
        return Lease(*this, connect(m_url));
    } catch (...) {
        std::lock_guard lock(m_mutex);
        --m_open;
        m_returned.notify_one();
        throw;
    }
}

void ConnectionPool::giveBack(std::unique_ptr<SqlConnection> c) {
    {
        std::lock_guard lock(m_mutex);
        if (c) {
            m_idle.push_back(std::move(c));
        } else {
            --m_open;
        }
    }
    m_returned.notify_one();
}

std::size_t ConnectionPool::waiting() {
    std::lock_guard lock(m_mutex);
    return m_waiting;
}

}  // namespace veldwerk::sync::server
