// Runs many schedules with consecutive seeds and sums them up. A team world (server, store,
// tablets) serves a number of schedules, each on its own case, and is made anew after that many
// and after any failing schedule (so one failure cannot spoil the next).
#pragma once

#include <chrono>
#include <ostream>
#include <vector>

#include "tests/sync/convergence/schedule.h"

namespace veldwerk::testing {

struct ConvergenceSummary {
    int schedules = 0;
    std::vector<ScheduleResult> failed;
    ScheduleStats totals;
    double seconds = 0;
};

// progress: one line every `reportEvery` schedules and one per failure (nullptr: quiet).
ConvergenceSummary runSchedules(unsigned firstSeed, int count, int schedulesPerWorld,
                                std::ostream* progress, int reportEvery = 1000);

void printSummary(std::ostream& out, const ConvergenceSummary& summary);

}  // namespace veldwerk::testing
