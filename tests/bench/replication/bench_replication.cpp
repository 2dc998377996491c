// End-to-end replication (shared/spec/sync-anchors.md, 18,000 docs; PouchDB runs beside it on
// the same data in tools/bench.sh): tablet A fills in N answers (a doc = one answer), syncs them up
// to a real veldwerk-server process on loopback (SQLite store), and tablet B of the same user pulls
// them all into a fresh vault. Side by side in the same run, the floor: the same rows copied from
// A's vault into a plain table of B's vault with no sync at all (one SQLCipher read, one write).
//   bench_replication [--docs N]   (default 1,800; the anchor's size is 18,000)
#include <cstdio>
#include <string>

#include "tests/bench/sync_support/bench_tablets.h"

using namespace veldwerk;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    int docs = 1800;
    if (argc == 3 && std::string(argv[1]) == "--docs") {
        docs = std::stoi(argv[2]);
    } else if (argc != 1) {
        std::fprintf(stderr, "usage: bench_replication [--docs N]\n");
        return 2;
    }
    testing::TempDir dir;
    bench::BenchServer server(dir.path());
    bench::BenchTablet a(dir / "tablet-a", server.url());
    a.sync();
    auto start = Clock::now();
    docs = a.fillIn(docs);
    const double write = bench::secondsSince(start);

    start = Clock::now();
    const auto up = a.sync();
    const double push = bench::secondsSince(start);
    bench::BenchTablet b(dir / "tablet-b", server.url());
    start = Clock::now();
    b.sync();
    const double pull = bench::secondsSince(start);
    if (b.answersHeld() != docs || up.pushed == 0) {
        std::fprintf(stderr, "tablet B holds %d answers, expected %d\n", b.answersHeld(), docs);
        return 1;
    }

    // The floor: the same answers copied between the two vaults by hand.
    auto& target = b.vault().db();
    target.exec(
        "CREATE TABLE copied_answers (assessment_id TEXT NOT NULL, item TEXT NOT NULL, author "
        "TEXT NOT NULL DEFAULT '', value TEXT, PRIMARY KEY (assessment_id, item, author))");
    start = Clock::now();
    {
        auto read =
            a.vault().db().prepare("SELECT assessment_id, item, author, value FROM answers");
        auto insert = target.prepare(
            "INSERT INTO copied_answers (assessment_id, item, author, value) VALUES (?1, ?2, ?3, "
            "?4)");
        vault::Transaction tx(target);
        while (read.step()) {
            insert.reset();
            insert.bind(1, read.text(0))
                .bind(2, read.text(1))
                .bind(3, read.text(2))
                .bind(4, read.optionalText(3))
                .run();
        }
        tx.commit();
    }
    const double copy = bench::secondsSince(start);

    const double rate = docs / (push + pull);
    std::printf("end-to-end replication, %d docs (answers; %d assessments):\n", docs,
                docs / bench::kAnswersPerAssessment);
    std::printf("  written on tablet A        %7.2f s  (%8.0f docs/s)\n", write, docs / write);
    std::printf("  A syncs up (push + pull)   %7.2f s  (%d batches)\n", push,
                static_cast<int>(up.batches));
    std::printf("  B pulls everything         %7.2f s\n", pull);
    // The peer is measured side by side on the same data by tools/bench.sh, not quoted here.
    std::printf("  replication A -> B         %8.0f docs/s\n", rate);
    std::printf(
        "  floor: plain copy A -> B   %7.3f s  (%8.0f docs/s; sync costs %.0fx the bare copy)\n",
        copy, docs / copy, (push + pull) / copy);
    return 0;
}
