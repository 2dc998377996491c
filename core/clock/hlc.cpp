#include "core/clock/hlc.h"

#include <algorithm>
#include <chrono>

namespace veldwerk::clock {

namespace {
constexpr std::uint64_t kWallMask = (std::uint64_t{1} << 48) - 1;

std::uint64_t physicalNow(const PhysicalClock& clock) {
    const auto ms = clock.nowMs();
    return ms < 0 ? 0 : static_cast<std::uint64_t>(ms) & kWallMask;
}

Hlc advance(Hlc base, std::uint64_t wallMs) {
    if (wallMs > base.wallMs) {
        return Hlc{wallMs, 0};
    }
    if (base.counter == UINT16_MAX) {
        // Counter exhausted within one millisecond: borrow the next millisecond.
        return Hlc{base.wallMs + 1, 0};
    }
    return Hlc{base.wallMs, static_cast<std::uint16_t>(base.counter + 1)};
}
}  // namespace

std::int64_t SystemClock::nowMs() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

HybridClock::HybridClock(const PhysicalClock& physical, Hlc last, std::int64_t maxDriftMs)
    : m_physical(physical), m_last(last), m_maxDriftMs(maxDriftMs) {}

Hlc HybridClock::now() {
    m_last = advance(m_last, physicalNow(m_physical));
    return m_last;
}

std::int64_t HybridClock::aheadMs() const {
    const auto pt = physicalNow(m_physical);
    return m_last.wallMs > pt ? static_cast<std::int64_t>(m_last.wallMs - pt) : 0;
}

Hlc HybridClock::observe(Hlc remote) {
    const auto pt = physicalNow(m_physical);
    if (remote.wallMs > pt + static_cast<std::uint64_t>(m_maxDriftMs)) {
        throw ClockDriftError("remote timestamp is " + std::to_string(remote.wallMs - pt) +
                              " ms ahead of this clock (limit " + std::to_string(m_maxDriftMs) +
                              " ms)");
    }
    const auto base = std::max(m_last, remote);
    m_last = advance(base, pt);
    return m_last;
}

}  // namespace veldwerk::clock
