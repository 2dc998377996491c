// veldwerk-convergence: the convergence schedules at any scale.
//   run_convergence [--schedules N] [--seed FIRST] [--per-world K]
// Exit 0 when every schedule converged correctly, 1 when one failed (each failure is printed with
// its seed; `--seed SEED --schedules 1` replays it), 2 on a usage error.
#include <cstdlib>
#include <iostream>
#include <string>

#include "tests/sync/convergence/convergence_run.h"

int main(int argc, char** argv) {
    int schedules = 1000;
    unsigned seed = 1;
    int perWorld = 100;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) {
            std::cerr << "usage: run_convergence [--schedules N] [--seed FIRST] [--per-world K]\n";
            return 2;
        }
        const std::string value = argv[++i];
        try {
            if (arg == "--schedules") {
                schedules = std::stoi(value);
            } else if (arg == "--seed") {
                seed = static_cast<unsigned>(std::stoul(value));
            } else if (arg == "--per-world") {
                perWorld = std::stoi(value);
            } else {
                std::cerr << "unknown option " << arg << "\n";
                return 2;
            }
        } catch (const std::exception&) {
            std::cerr << arg << " needs a number\n";
            return 2;
        }
    }
    if (schedules < 1 || perWorld < 1) {
        std::cerr << "--schedules and --per-world must be at least 1\n";
        return 2;
    }
    const auto summary =
        veldwerk::testing::runSchedules(seed, schedules, perWorld, &std::cerr, 500);
    veldwerk::testing::printSummary(std::cout, summary);
    return summary.failed.empty() ? 0 : 1;
}
