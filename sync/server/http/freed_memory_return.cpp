#include "sync/server/http/freed_memory_return.h"

#include <malloc.h>

namespace veldwerk::sync::server {

FreedMemoryReturn::FreedMemoryReturn(std::chrono::milliseconds every)
    : m_every(every), m_thread([this](std::stop_token stop) { run(stop); }) {}

FreedMemoryReturn::~FreedMemoryReturn() {
    m_thread.request_stop();  // wakes the wait below
}

void FreedMemoryReturn::run(std::stop_token stop) {
    std::unique_lock lock(m_mutex);
    while (true) {
        // Returns at the turn, or at once when asked to stop (the predicate never holds).
        m_wake.wait_for(lock, stop, m_every, [] { return false; });
        if (stop.stop_requested()) {
            return;
        }
        malloc_trim(0);
    }
}

}  // namespace veldwerk::sync::server
