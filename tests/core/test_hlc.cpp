#include <catch2/catch.hpp>

#include "core/clock/hlc.h"

using namespace veldwerk::clock;

namespace {
struct SettableClock final : PhysicalClock {
    std::int64_t ms = 1'000'000;
    std::int64_t nowMs() const override { return ms; }
};
}  // namespace

TEST_CASE("local timestamps are strictly increasing even when the wall clock stands still") {
    SettableClock wall;
    HybridClock hlc(wall, {});
    const auto a = hlc.now();
    const auto b = hlc.now();
    REQUIRE(b > a);
    REQUIRE(b.wallMs == a.wallMs);
    REQUIRE(b.counter == a.counter + 1);
}

TEST_CASE("a wall clock that jumps back does not make time run backwards") {
    SettableClock wall;
    HybridClock hlc(wall, {});
    const auto before = hlc.now();
    wall.ms -= 3'600'000;  // the tablet's clock is set back an hour
    const auto after = hlc.now();
    REQUIRE(after > before);
}

TEST_CASE("observing a remote timestamp orders later local events after it") {
    SettableClock wall;
    HybridClock hlc(wall, {});
    const Hlc remote{static_cast<std::uint64_t>(wall.ms) + 1000, 7};
    hlc.observe(remote);
    REQUIRE(hlc.now() > remote);
}

TEST_CASE("an implausibly far-ahead remote clock is refused and does not move ours") {
    SettableClock wall;
    HybridClock hlc(wall, {}, 60'000);
    const auto before = hlc.now();
    const Hlc fromTheFuture{static_cast<std::uint64_t>(wall.ms) + 2 * 24 * 3'600'000ull, 0};
    REQUIRE_THROWS_AS(hlc.observe(fromTheFuture), ClockDriftError);
    REQUIRE(hlc.last() == before);
    // Within the bound is accepted.
    REQUIRE_NOTHROW(hlc.observe(Hlc{static_cast<std::uint64_t>(wall.ms) + 30'000, 0}));
}

TEST_CASE("packing round-trips and preserves order") {
    const Hlc a{123456789, 5};
    const Hlc b{123456789, 6};
    REQUIRE(Hlc::fromPacked(a.packed()) == a);
    REQUIRE(a.packed() < b.packed());
}

TEST_CASE("counter overflow within one millisecond borrows the next millisecond") {
    SettableClock wall;
    HybridClock hlc(wall, Hlc{static_cast<std::uint64_t>(wall.ms), UINT16_MAX});
    const auto next = hlc.now();
    REQUIRE(next.wallMs == static_cast<std::uint64_t>(wall.ms) + 1);
    REQUIRE(next.counter == 0);
}

TEST_CASE("a mark left ahead by a wrong wall clock shows how far ahead and can be set back") {
    SettableClock wall;
    HybridClock hlc(wall, {});
    wall.ms += 3LL * 24 * 3'600'000;  // the tablet's clock runs three days ahead
    const auto ahead = hlc.now();
    wall.ms -= 3LL * 24 * 3'600'000;  // and is set right again
    REQUIRE(hlc.aheadMs() == 3LL * 24 * 3'600'000);
    REQUIRE(hlc.now() > ahead);  // on its own the clock stays ahead
    hlc.rewind(Hlc{static_cast<std::uint64_t>(wall.ms), 0});
    REQUIRE(hlc.aheadMs() == 0);
    const auto next = hlc.now();
    REQUIRE(next.wallMs == static_cast<std::uint64_t>(wall.ms));
    REQUIRE(next < ahead);
}
