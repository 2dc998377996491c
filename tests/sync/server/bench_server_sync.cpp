// Server throughput on both backends, through the real services (no HTTP): applying pushed field
// changes (new fields, and concurrent edits that become conflicts), pulling them in pages, and a
// no-op pull. Prints figures only; asserts nothing about timing (label bench).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

void run(const std::string& backend) {
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto gijs = w.user("gijs", "gi");
    const auto caseId = w.newCase(anna);
    w.giveConsent(anna, caseId);
    w.addMember(anna, caseId, gijs, "gi");
    const auto rt = newId();
    w.push(anna, {w.change(anna, caseId, "assessment", rt, "case_id", caseId),
                  w.change(anna, caseId, "assessment", rt, "form", "risicotaxatie.v1"),
                  w.change(anna, caseId, "assessment", rt, "status", "draft")});

    constexpr int kBatches = 10;
    constexpr int kPerBatch = 500;
    std::vector<std::vector<OutgoingChange>> batches;
    for (int b = 0; b < kBatches; ++b) {
        std::vector<OutgoingChange> batch;
        for (int i = 0; i < kPerBatch; ++i) {
            batch.push_back(w.change(anna, caseId, "answer", rt,
                                     "item_" + std::to_string(b * kPerBatch + i), "ja"));
        }
        batches.push_back(std::move(batch));
    }
    auto start = Clock::now();
    for (const auto& batch : batches) {
        w.push(anna, batch);
    }
    const double applied = kBatches * kPerBatch / seconds(start);

    std::vector<OutgoingChange> concurrent;
    for (int i = 0; i < kPerBatch; ++i) {
        concurrent.push_back(
            w.change(gijs, caseId, "answer", rt, "item_" + std::to_string(i), "nee"));
    }
    start = Clock::now();
    w.push(gijs, concurrent);
    const double conflicts = kPerBatch / seconds(start);

    start = Clock::now();
    std::int64_t cursor = 0;
    std::size_t pulled = 0;
    for (;;) {
        const auto page = w.pull(gijs, cursor, std::nullopt, 1000);
        pulled += page.changes.size();
        cursor = page.cursor;
        if (!page.more) {
            break;
        }
    }
    const double pulledPerSecond = static_cast<double>(pulled) / seconds(start);

    std::vector<double> noop;
    for (int i = 0; i < 50; ++i) {
        start = Clock::now();
        w.pull(gijs, cursor);
        noop.push_back(seconds(start) * 1e6);
    }
    std::sort(noop.begin(), noop.end());
    std::printf(
        "%-8s apply %7.0f changes/s (new fields, batches of %d) | conflicts %7.0f/s | pull %7.0f "
        "changes/s (%zu) | no-op pull median %5.0f us\n",
        backend.c_str(), applied, kPerBatch, conflicts, pulledPerSecond, pulled,
        noop[noop.size() / 2]);
}

}  // namespace

int main() {
    for (const auto* backend : {"sqlite", "postgres"}) {
        run(backend);
    }
    return 0;
}
