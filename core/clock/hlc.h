// Hybrid logical clock (Kulkarni et al.): a 48-bit millisecond wall time plus a 16-bit counter.
// Preserves happens-before across devices while staying close to real time. A clock that is
// wrong by hours or days must not reorder history, so remote timestamps too far ahead of our
// own physical clock are refused (ClockDriftError) instead of being adopted.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace veldwerk::clock {

struct Hlc {
    std::uint64_t wallMs = 0;  // 48 bits used
    std::uint16_t counter = 0;

    std::uint64_t packed() const { return (wallMs << 16) | counter; }
    static Hlc fromPacked(std::uint64_t v) {
        return Hlc{v >> 16, static_cast<std::uint16_t>(v & 0xffffu)};
    }
    auto operator<=>(const Hlc&) const = default;
};

// The physical clock is injected so tests can run with a clock that is wrong or jumps back.
class PhysicalClock {
public:
    virtual ~PhysicalClock() = default;
    virtual std::int64_t nowMs() const = 0;
};

class SystemClock final : public PhysicalClock {
public:
    std::int64_t nowMs() const override;
};

class ClockDriftError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class HybridClock {
public:
    // Default bound on how far a remote timestamp may lead our physical clock.
    static constexpr std::int64_t kDefaultMaxDriftMs = 5 * 60 * 1000;

    HybridClock(const PhysicalClock& physical, Hlc last,
                std::int64_t maxDriftMs = kDefaultMaxDriftMs);

    // Timestamp for a local event. Monotonic even when the wall clock goes backwards.
    Hlc now();
    // Merge a timestamp received from elsewhere; throws ClockDriftError when it is implausibly
    // far ahead, leaving the clock unchanged.
    Hlc observe(Hlc remote);
    Hlc last() const { return m_last; }
    // How far the mark runs ahead of the physical clock (ms; 0 when it does not).
    std::int64_t aheadMs() const;
    // Sets the mark back to `mark`: only for recovering from a wall clock that ran ahead and has
    // been corrected (sync/engine/clock_recovery), whose caller re-stamps, in their order, the
    // times the clock handed out meanwhile. Everything else relies on the mark never going back.
    void rewind(Hlc mark) { m_last = mark; }

private:
    const PhysicalClock& m_physical;
    Hlc m_last;
    std::int64_t m_maxDriftMs;
};

}  // namespace veldwerk::clock
