#include "sync/server/identity/kdf_gate.h"

#include <algorithm>

namespace veldwerk::sync::server {

KdfGate& KdfGate::process() {
    static KdfGate gate(kKdfMemoryBudget);
    return gate;
}

KdfGate::Slot::Slot(KdfGate& gate, std::size_t bytes)
    : m_gate(gate), m_bytes(std::min(bytes, gate.m_budget)) {
    std::unique_lock lock(m_gate.m_mutex);
    ++m_gate.m_waiting;
    m_gate.m_freed.wait(lock, [&] { return m_gate.m_used + m_bytes <= m_gate.m_budget; });
    --m_gate.m_waiting;
    m_gate.m_used += m_bytes;
    ++m_gate.m_holders;
    m_gate.m_peak = std::max(m_gate.m_peak, m_gate.m_holders);
}

KdfGate::Slot::~Slot() {
    {
        std::lock_guard lock(m_gate.m_mutex);
        m_gate.m_used -= m_bytes;
        --m_gate.m_holders;
    }
    m_gate.m_freed.notify_all();
}

std::size_t KdfGate::holders() const {
    std::lock_guard lock(m_mutex);
    return m_holders;
}

std::size_t KdfGate::waiting() const {
    std::lock_guard lock(m_mutex);
    return m_waiting;
}

std::size_t KdfGate::peakHolders() const {
    std::lock_guard lock(m_mutex);
    return m_peak;
}

}  // namespace veldwerk::sync::server
