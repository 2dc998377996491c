// Server throughput on both backends, through the real services (no HTTP): applying pushed field
// changes (new fields, and concurrent edits that become conflicts), pulling them in pages, and a
// no-op pull, on a small store and again on a large one (no-op pull must not grow with the store;
// the large one is filled with new assessments of 500 fields, through the same pushes).
// Beside them, in the same run and the same database, a baseline: the plainest write of the same
// number of rows into a table shaped like the server's `fields` (same columns and indexes), in
// the same transactions (one per push batch), one INSERT per row. Prints figures only; asserts
// nothing about timing (label bench).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "sync/server/transaction.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kBatches = 10;
constexpr int kPerBatch = 500;  // the protocol's largest batch

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// The plainest write of `batches` x `perBatch` rows: a table like `fields`, one INSERT per row,
// one write transaction per batch (as a push has), through the store's own connection.
double plainInsertPerSecond(SqlConnection& db, int batches, int perBatch) {
    db.script(
        "CREATE TABLE bench_plain_fields (entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
        "field TEXT NOT NULL, case_id TEXT NOT NULL, value TEXT, version BIGINT NOT NULL, "
        "hlc BIGINT NOT NULL, author TEXT NOT NULL, role TEXT NOT NULL, device TEXT NOT NULL, "
        "seq BIGINT NOT NULL, in_conflict BIGINT NOT NULL DEFAULT 0, "
        "PRIMARY KEY (entity, entity_id, field))");
    db.script("CREATE UNIQUE INDEX bench_plain_fields_seq ON bench_plain_fields (seq)");
    db.script("CREATE INDEX bench_plain_fields_case_seq ON bench_plain_fields (case_id, seq)");
    const auto entityId = newId();
    const auto caseId = newId();
    const auto author = newId();
    const auto device = newId();
    std::int64_t seq = 0;
    const auto start = Clock::now();
    for (int b = 0; b < batches; ++b) {
        inTransaction(db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
            for (int i = 0; i < perBatch; ++i) {
                ++seq;
                db.query(
                    "INSERT INTO bench_plain_fields (entity, entity_id, field, case_id, value, "
                    "version, hlc, author, role, device, seq, in_conflict) VALUES (?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?)",
                    {std::string("answer"), entityId, "item_" + std::to_string(seq), caseId,
                     std::string("ja"), std::int64_t{1}, wallNowMs() << 16, author,
                     std::string("jgt"), device, seq, std::int64_t{0}});
            }
            tx.commit();
        });
    }
    return batches * perBatch / seconds(start);
}

std::vector<std::vector<OutgoingChange>> answerBatches(ServerWorld& w, const Caller& by,
                                                       const std::string& caseId,
                                                       const std::string& rt, int firstItem,
                                                       int batches, const std::string& value) {
    std::vector<std::vector<OutgoingChange>> out;
    for (int b = 0; b < batches; ++b) {
        std::vector<OutgoingChange> batch;
        for (int i = 0; i < kPerBatch; ++i) {
            batch.push_back(w.change(by, caseId, "answer", rt,
                                     "item_" + std::to_string(firstItem + b * kPerBatch + i),
                                     value));
        }
        out.push_back(std::move(batch));
    }
    return out;
}

double applyPerSecond(ServerWorld& w, const Caller& by,
                      const std::vector<std::vector<OutgoingChange>>& batches) {
    const auto start = Clock::now();
    std::size_t n = 0;
    for (const auto& batch : batches) {
        w.push(by, batch);
        n += batch.size();
    }
    return static_cast<double>(n) / seconds(start);
}

// Pages through everything after `cursor`; returns the new cursor and adds to `pulled`.
std::int64_t pullAll(ServerWorld& w, const Caller& by, std::int64_t cursor, std::size_t& pulled) {
    for (;;) {
        const auto page = w.pull(by, cursor, std::nullopt, 1000);
        pulled += page.changes.size();
        cursor = page.cursor;
        if (!page.more) {
            return cursor;
        }
    }
}

double noopPullMedianUs(ServerWorld& w, const Caller& by, std::int64_t cursor) {
    std::vector<double> noop;
    for (int i = 0; i < 50; ++i) {
        const auto start = Clock::now();
        w.pull(by, cursor);
        noop.push_back(seconds(start) * 1e6);
    }
    std::sort(noop.begin(), noop.end());
    return noop[noop.size() / 2];
}

void run(const std::string& backend, int largeFields) {
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

    const double plain = plainInsertPerSecond(w.db(), kBatches, kPerBatch);
    const double applied =
        applyPerSecond(w, anna, answerBatches(w, anna, caseId, rt, 0, kBatches, "ja"));
    // gijs saw none of anna's answers (base 0): every change is a concurrent edit.
    const double conflicts =
        applyPerSecond(w, gijs, answerBatches(w, gijs, caseId, rt, 0, 1, "nee"));

    const auto start = Clock::now();
    std::size_t pulled = 0;
    auto cursor = pullAll(w, gijs, 0, pulled);
    const double pulledPerSecond = static_cast<double>(pulled) / seconds(start);
    const double noopSmall = noopPullMedianUs(w, gijs, cursor);

    std::printf(
        "%-8s apply %7.0f changes/s vs plain insert %7.0f rows/s (overhead %.2fx; %d batches "
        "of %d new fields)\n"
        "%-8s conflicts %7.0f/s | pull %7.0f changes/s (%zu) | no-op pull median %5.0f us\n",
        backend.c_str(), applied, plain, plain / applied, kBatches, kPerBatch, backend.c_str(),
        conflicts, pulledPerSecond, pulled, noopSmall);

    // The large store: more fields, then the no-op pull again. Each batch is what a device sends
    // for a new, filled-in assessment (its record fields and 497 answers), so records keep a
    // realistic size however large the store grows.
    const int more = std::max(0, largeFields - kBatches * kPerBatch) / kPerBatch;
    std::vector<std::vector<OutgoingChange>> assessments;
    for (int b = 0; b < more; ++b) {
        const auto id = newId();
        auto batch = answerBatches(w, anna, caseId, id, 0, 1, "ja").front();
        batch.resize(kPerBatch - 3);
        batch.push_back(w.change(anna, caseId, "assessment", id, "case_id", caseId));
        batch.push_back(w.change(anna, caseId, "assessment", id, "form", "risicotaxatie.v1"));
        batch.push_back(w.change(anna, caseId, "assessment", id, "status", "draft"));
        assessments.push_back(std::move(batch));
    }
    const double fill = applyPerSecond(w, anna, assessments);
    const auto fields = w.count("SELECT COUNT(*) FROM fields");
    cursor = pullAll(w, gijs, cursor, pulled);
    std::printf(
        "%-8s large store: %lld fields (filled at %7.0f changes/s) | no-op pull median %5.0f "
        "us\n",
        backend.c_str(), static_cast<long long>(fields), fill, noopPullMedianUs(w, gijs, cursor));
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    // argv[1]: fields in the large store (default 100000; 0 skips it); argv[2]: only this
    // backend (sqlite or postgres), e.g. under a profiler.
    const int largeFields = argc > 1 ? std::atoi(argv[1]) : 100000;
    for (const std::string backend : {"sqlite", "postgres"}) {
        if (argc <= 2 || backend == argv[2]) {
            run(backend, largeFields);
        }
    }
    return 0;
}
