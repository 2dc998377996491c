// Peak sync memory (shared/spec/sync-anchors.md: Automerge ~500 MiB for one document; aim <= 64 MB
// at any data size): a fresh tablet of the user pulls its whole scope from a real veldwerk-server
// process, once with N answers on the server and once with 2N, each in a child process of its own
// so the peaks do not mix. Baseline in the same child: its resident size just before the sync
// (enrolled, empty vault). Peak = VmHWM after the sync; the peak is reset (clear_refs 5) before
// the sync, so it is the sync's own.
//   bench_sync_memory [--docs N]           (default 2,000 and 4,000)
//   bench_sync_memory --pull URL --dir D   (the child)
#include <cstdio>
#include <fstream>
#include <string>

#include "tests/bench/sync_support/bench_tablets.h"
#include "tests/support/child_process.h"

using namespace veldwerk;

namespace {

long statusKb(const char* key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) == 0) {
            return std::stol(line.substr(line.find(':') + 1));
        }
    }
    return -1;
}

int child(const std::string& url, const std::string& dir) {
    bench::BenchTablet t(dir, url);
    std::ofstream("/proc/self/clear_refs") << "5";  // the peak from here on
    const long before = statusKb("VmRSS:");
    t.sync();
    const long peak = statusKb("VmHWM:");
    std::printf("%ld %ld %d\n", before, peak, t.answersHeld());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 5 && std::string(argv[1]) == "--pull") {
        return child(argv[2], argv[4]);
    }
    int docs = 2000;
    if (argc == 3 && std::string(argv[1]) == "--docs") {
        docs = std::stoi(argv[2]);
    } else if (argc != 1) {
        std::fprintf(stderr, "usage: bench_sync_memory [--docs N]\n");
        return 2;
    }
    testing::TempDir dir;
    bench::BenchServer server(dir.path());
    bench::BenchTablet writer(dir / "writer", server.url());
    writer.sync();
    std::printf("peak sync memory of a tablet pulling its whole scope (child process each):\n");
    int held = 0;
    for (int round = 1; round <= 2; ++round) {
        held += writer.fillIn(docs);
        writer.sync();
        const auto childDir = dir / ("reader-" + std::to_string(round));
        const auto r = testing::runProcess(
            {"/proc/self/exe", "--pull", server.url(), "--dir", childDir.string()});
        long before = 0;
        long peak = 0;
        int pulled = 0;
        if (r.exitCode != 0 ||
            std::sscanf(r.out.c_str(), "%ld %ld %d", &before, &peak, &pulled) != 3 ||
            pulled != held) {
            std::fprintf(stderr, "the reader failed (exit %d): %s\n", r.exitCode, r.err.c_str());
            return 1;
        }
        const double mb = 1024.0;
        std::printf("  %7d docs: before sync %6.1f MB, peak during sync %6.1f MB (+%.1f MB)\n",
                    held, static_cast<double>(before) / mb, static_cast<double>(peak) / mb,
                    static_cast<double>(peak - before) / mb);
    }
    std::printf("aim: <= 64 MB at any size, flat when the data doubles\n");
    return 0;
}
