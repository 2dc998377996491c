#include "sync/server/http/connection_pool.h"

namespace veldwerk::sync::server {

ConnectionPool::Lease ConnectionPool::borrow() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto c = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(c));
        }
    }
    return Lease(*this, connect(m_url));
}

void ConnectionPool::giveBack(std::unique_ptr<SqlConnection> c) {
    if (!c) {
        return;
    }
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(c));
}

}  // namespace veldwerk::sync::server
