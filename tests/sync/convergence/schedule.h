// One randomized partition/crash schedule, reproducible from its seed: on a fresh case of the
// team (a child, GI consent, gijs as member, a risicotaxatie and a veiligheidsplan), the three
// writers make offline edits of every merge policy (judgement text and choices, set toggles,
// perspective scores, group entries added, removed and filled), anna resolves conflicts now and
// then, and random tablets sync over a network that drops requests, loses answers, cuts pulls
// short and lets the user edit mid-sync. Then everyone syncs on a good network until nothing
// moves, and the end state is judged: all tablets equal the server, no silent overwrite, no
// conflict without a concurrent edit, add-wins sets, nothing left pending, no unexpected refusal.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "tests/sync/convergence/team_world.h"
#include "tests/sync/convergence/write_oracle.h"

namespace veldwerk::testing {

struct ScheduleStats {
    int edits = 0;
    int resolutions = 0;
    int syncs = 0;           // rounds on a faulty network
    int interrupted = 0;     // of those, rounds that ended without an answer
    int faults = 0;          // injected failures
    int conflictsEnded = 0;  // open conflicts left at the end
    int settleRounds = 0;
};

struct ScheduleResult {
    unsigned seed = 0;
    std::vector<std::string> problems;  // empty: the schedule converged correctly
    ScheduleStats stats;
};

ScheduleResult runSchedule(TeamWorld& world, unsigned seed);

}  // namespace veldwerk::testing
