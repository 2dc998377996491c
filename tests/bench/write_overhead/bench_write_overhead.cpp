// Tracked write overhead (shared/spec/sync-anchors.md, cr-sqlite: 2.5x; aim <= 1.5x): one answer
// written through the vault's change record, against a plain SQLCipher INSERT OR REPLACE of the
// same value into a table of the same shape in the same vault, side by side in one run.
//   plain       INSERT OR REPLACE INTO plain_answers            (the baseline)
//   plain, prepared once   the same on a statement kept prepared (the cost of preparing SQL)
//   tracked     AssessmentRepository::writeAnswer: the answers row + ChangeRecord::record
//               (field version, change log, outbox row, clock mark)
//   service     AssessmentService::setAnswer: tracked + membership, lifecycle, validation, audit
// Two ways of committing: every write its own durable transaction (autosave, WAL with
// synchronous=FULL: what the app does per answer), and 100 writes per transaction (the CPU cost).
// Blocks of each kind alternate so machine noise falls on all of them alike.
//   bench_write_overhead [--writes N]   (default 600 per kind and mode)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/assessment_repository.h"
#include "core/assessment/assessment_service.h"
#include "core/domain/case_repository.h"
#include "core/forms/registry.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kBlocks = 6;

struct Kind {
    const char* name;
    std::function<void(int)> write;  // one write, inside a transaction the caller holds or not
    bool ownTransaction;             // the writer commits itself (the service does)
    double seconds = 0;
    std::vector<double> us{};  // each transaction's time (autosave mode: one write each)
};

double percentile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0
                     : v[std::min(v.size() - 1,
                                  static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

// Items of the veiligheidsplan that take a value 0..10 and a jnv answer.
std::string itemOf(int i) {
    return i % 2 == 0 ? "vp_schaal_ouders" : "vp_akkoord_ouders";
}
std::string valueOf(int i) {
    static const char* jnv[] = {"ja", "nee", "onbekend"};
    return i % 2 == 0 ? std::to_string((i / 2) % 11) : jnv[(i / 2) % 3];
}

}  // namespace

int main(int argc, char** argv) {
    int writes = 600;
    if (argc == 3 && std::string(argv[1]) == "--writes") {
        writes = std::max(kBlocks, std::stoi(argv[2]));
    } else if (argc != 1) {
        std::fprintf(stderr, "usage: bench_write_overhead [--writes N]\n");
        return 2;
    }
    testing::VaultFixture f;
    auto& vault = *f.vault;
    auto& db = vault.db();
    const auto me = vault.owner();
    forms::FormRegistry forms;
    forms.loadDirectory(forms::builtinDefinitionsDir());
    assessment::AssessmentService service(vault, forms);
    const auto caseId = domain::CaseRepository(vault).add(me, "Gezin Meting");
    const auto plan = service.create(me, caseId, "veiligheidsplan", std::nullopt);
    db.exec(
        "CREATE TABLE plain_answers (assessment_id TEXT NOT NULL, item TEXT NOT NULL, author "
        "TEXT NOT NULL DEFAULT '', value TEXT, PRIMARY KEY (assessment_id, item, author))");
    assessment::AssessmentRepository repo(vault);
    std::optional<vault::Statement> prepared;

    Kind kinds[] = {
        {"plain SQLCipher",
         [&](int i) {
             db.prepare(
                   "INSERT OR REPLACE INTO plain_answers (assessment_id, item, author, value) "
                   "VALUES (?1, ?2, '', ?3)")
                 .bind(1, plan)
                 .bind(2, itemOf(i))
                 .bind(3, valueOf(i))
                 .run();
         },
         false},
        // The same plain write on a statement prepared once: how much of a write is preparing
        // its SQL (vault::Database prepares every statement afresh; a tracked write runs ~9).
        {"plain, prepared once",
         [&](int i) {
             if (!prepared) {
                 prepared.emplace(db.prepare(
                     "INSERT OR REPLACE INTO plain_answers (assessment_id, item, author, value) "
                     "VALUES (?1, ?2, '', ?3)"));
             }
             prepared->reset();
             prepared->bind(1, plan).bind(2, itemOf(i)).bind(3, valueOf(i)).run();
         },
         false},
        {"tracked (change record)",
         [&](int i) { repo.writeAnswer(me, plan, itemOf(i), "", valueOf(i)); }, false},
        {"service setAnswer", [&](int i) { service.setAnswer(me, plan, itemOf(i), valueOf(i)); },
         true},
    };

    std::printf("tracked write overhead: %d writes per kind and mode, %d alternating blocks\n",
                writes, kBlocks);
    for (const int perTransaction : {1, 100}) {
        for (auto& k : kinds) {
            k.seconds = 0;
            k.us.clear();
        }
        const int perBlock = writes / kBlocks;
        for (int block = 0; block < kBlocks; ++block) {
            for (auto& k : kinds) {
                if (k.ownTransaction && perTransaction > 1) {
                    // The service commits each answer itself; batch it by nesting is not
                    // possible, so its batched figure is not measured.
                    continue;
                }
                const auto start = Clock::now();
                for (int i = 0; i < perBlock; i += perTransaction) {
                    const auto one = Clock::now();
                    if (k.ownTransaction) {
                        k.write(block * perBlock + i);
                    } else {
                        vault::Transaction tx(db);
                        for (int j = i; j < std::min(perBlock, i + perTransaction); ++j) {
                            k.write(block * perBlock + j);
                        }
                        tx.commit();
                    }
                    k.us.push_back(
                        std::chrono::duration<double, std::micro>(Clock::now() - one).count());
                }
                k.seconds += std::chrono::duration<double>(Clock::now() - start).count();
            }
        }
        const double n = perBlock * kBlocks;
        const double base = kinds[0].seconds / n * 1e6;
        std::printf("\n%s:\n", perTransaction == 1 ? "one durable transaction per write (autosave)"
                                                   : "100 writes per transaction (CPU cost)");
        for (const auto& k : kinds) {
            if (k.seconds == 0) {
                continue;
            }
            const double us = k.seconds / n * 1e6;
            std::printf("  %-24s %9.1f us/write  %6.2fx plain", k.name, us, us / base);
            if (perTransaction == 1) {
                // Autosave aim: p99 <= 2 ms and the tracked write <= 1.5x the plain one.
                std::printf("   p50 %7.1f  p99 %7.1f  max %8.1f us  (p99 %.2fx plain)",
                            percentile(k.us, 0.5), percentile(k.us, 0.99), percentile(k.us, 1.0),
                            percentile(k.us, 0.99) / percentile(kinds[0].us, 0.99));
            }
            std::printf("\n");
        }
    }
    std::printf("\nanchor: cr-sqlite tracked inserts 2.5x plain; aim <= 1.5x\n");
    return 0;
}
