#include "tests/sync/convergence/convergence_run.h"

#include <memory>

namespace veldwerk::testing {

ConvergenceSummary runSchedules(unsigned firstSeed, int count, int schedulesPerWorld,
                                std::ostream* progress, int reportEvery) {
    const auto started = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    ConvergenceSummary summary;
    std::unique_ptr<TeamWorld> world;
    int inWorld = 0;
    for (int i = 0; i < count; ++i) {
        if (!world || inWorld == schedulesPerWorld) {
            world.reset();
            world = std::make_unique<TeamWorld>();
            inWorld = 0;
        }
        const auto seed = firstSeed + static_cast<unsigned>(i);
        auto result = runSchedule(*world, seed);
        ++inWorld;
        ++summary.schedules;
        auto& t = summary.totals;
        t.edits += result.stats.edits;
        t.resolutions += result.stats.resolutions;
        t.syncs += result.stats.syncs;
        t.interrupted += result.stats.interrupted;
        t.faults += result.stats.faults;
        t.conflictsEnded += result.stats.conflictsEnded;
        t.settleRounds += result.stats.settleRounds;
        if (!result.problems.empty()) {
            if (progress) {
                *progress << "seed " << seed << " FAILED:\n";
                for (const auto& p : result.problems) {
                    *progress << "  " << p << "\n";
                }
                *progress << std::flush;
            }
            summary.failed.push_back(std::move(result));
            world.reset();
        }
        if (progress && (i + 1) % reportEvery == 0) {
            *progress << (i + 1) << " schedules, " << summary.failed.size() << " failed, "
                      << static_cast<int>(elapsed()) << " s" << std::endl;
        }
    }
    summary.seconds = elapsed();
    return summary;
}

void printSummary(std::ostream& out, const ConvergenceSummary& s) {
    const auto& t = s.totals;
    out << "convergence: " << s.schedules << " schedules, " << s.failed.size() << " failed, "
        << s.seconds << " s (" << (s.schedules > 0 ? 1000.0 * s.seconds / s.schedules : 0)
        << " ms each)\n"
        << "  edits " << t.edits << ", resolutions " << t.resolutions << ", faulty syncs "
        << t.syncs << " (" << t.interrupted << " interrupted), injected faults " << t.faults
        << ", conflicts open at the end " << t.conflictsEnded << ", settling rounds "
        << t.settleRounds << "\n";
    for (const auto& f : s.failed) {
        out << "  failed seed " << f.seed << ": " << f.problems.front() << "\n";
    }
}

}  // namespace veldwerk::testing
