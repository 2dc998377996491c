// Convergence under randomized partitions and crashes, in process: real vaults, the real engine,
// the real server API over its SQLite store (see schedule.h for what one schedule does and how
// its end state is judged). CI runs a few hundred schedules; run_convergence runs any number.
// VELDWERK_CONVERGENCE_SCHEDULES overrides the count here too.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <sstream>
#include <string>

#include "tests/sync/convergence/convergence_run.h"

using namespace veldwerk::testing;

namespace {
int scheduleCount() {
    if (const char* env = std::getenv("VELDWERK_CONVERGENCE_SCHEDULES")) {
        return std::stoi(env);
    }
#if defined(__SANITIZE_ADDRESS__)
    return 120;  // ASan+UBSan runs are several times slower; enough to meet resolutions
#else
    return 600;
#endif
}
}  // namespace

TEST_CASE("convergence: randomized partition and crash schedules all converge correctly") {
    std::ostringstream log;
    const auto summary = runSchedules(1, scheduleCount(), 100, &log);
    std::ostringstream report;
    printSummary(report, summary);
    INFO(report.str() << log.str());
    REQUIRE(summary.schedules == scheduleCount());
    REQUIRE(summary.failed.empty());
    // The schedules must really exercise the faults they are about.
    REQUIRE(summary.totals.interrupted > 0);
    REQUIRE(summary.totals.resolutions > 0);
}

TEST_CASE("convergence: a schedule replays the same way from its seed") {
    TeamWorld first;
    TeamWorld second;
    const auto a = runSchedule(first, 4242);
    const auto b = runSchedule(second, 4242);
    REQUIRE(a.problems.empty());
    REQUIRE(a.stats.edits == b.stats.edits);
    REQUIRE(a.stats.faults == b.stats.faults);
    REQUIRE(a.stats.conflictsEnded == b.stats.conflictsEnded);
}

TEST_CASE("convergence: the seeds that once diverged converge") {
    // 19: a conflict side kept after its writer replaced it; the others: a tablet's history kept
    // its own cleared or earlier value as the one on show (the 10,000-schedule run).
    for (const unsigned seed : {19U, 2580U, 2873U, 3158U, 3700U, 4050U, 4503U, 8992U}) {
        TeamWorld world;  // fresh, as `run_convergence --seed SEED --schedules 1` replays it
        const auto result = runSchedule(world, seed);
        std::string problems;
        for (const auto& p : result.problems) {
            problems += p + "\n";
        }
        INFO("seed " << seed << "\n" << problems);
        CHECK(result.problems.empty());
    }
}
