// One tablet of the side-by-side comparison with PouchDB (tools/bench.sh, tests/bench/peer): run
// by peer.js in its own process, so each tablet's peak RSS is its own, against a veldwerk-server
// that peer.js started and reaches through its byte-counting relay.
//   bench_peer_tablet a|b --url URL --dir DIR --cases N --answers K
// Enrols (and, as a, fills in N cases of one risicotaxatie with K answers each), prints "ready",
// waits for a line on stdin, syncs (a: up; b: everything down into a fresh vault) and prints one
// JSON line: the sync's seconds, the answers the vault holds, the floor (the same answers inserted
// into a plain table of this vault in one transaction) and the process's peak RSS.
#include <sys/resource.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "tests/bench/sync_support/bench_tablets.h"

using namespace veldwerk;

namespace {

double floorSeconds(vault::Vault& v) {
    auto& db = v.db();
    db.exec(
        "CREATE TABLE floor_answers (assessment_id TEXT NOT NULL, item TEXT NOT NULL, author "
        "TEXT NOT NULL DEFAULT '', value TEXT, PRIMARY KEY (assessment_id, item, author))");
    std::vector<std::array<std::string, 3>> rows;
    {
        auto read = db.prepare("SELECT assessment_id, item, value FROM answers");
        while (read.step()) {
            rows.push_back({read.text(0), read.text(1), read.optionalText(2).value_or("")});
        }
    }
    const auto start = std::chrono::steady_clock::now();
    auto insert = db.prepare(
        "INSERT INTO floor_answers (assessment_id, item, author, value) VALUES (?1, ?2, '', ?3)");
    vault::Transaction tx(db);
    for (const auto& r : rows) {
        insert.reset();
        insert.bind(1, r[0]).bind(2, r[1]).bind(3, r[2]).run();
    }
    tx.commit();
    return bench::secondsSince(start);
}

}  // namespace

int main(int argc, char** argv) {
    std::string role;
    std::string url;
    std::string dir;
    int cases = 1000;
    int answers = 20;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i == 1 && (a == "a" || a == "b")) {
            role = a;
        } else if (a == "--url" && i + 1 < argc) {
            url = argv[++i];
        } else if (a == "--dir" && i + 1 < argc) {
            dir = argv[++i];
        } else if (a == "--cases" && i + 1 < argc) {
            cases = std::stoi(argv[++i]);
        } else if (a == "--answers" && i + 1 < argc) {
            answers = std::stoi(argv[++i]);
        } else {
            role.clear();
            break;
        }
    }
    if (role.empty() || url.empty() || dir.empty()) {
        std::fprintf(
            stderr, "usage: bench_peer_tablet a|b --url URL --dir DIR [--cases N] [--answers K]\n");
        return 2;
    }
    bench::BenchTablet tablet(dir, url);
    if (role == "a") {
        tablet.fillCases(cases, answers);
    }
    std::cout << "ready" << std::endl;
    std::string go;
    std::getline(std::cin, go);
    const auto start = std::chrono::steady_clock::now();
    const auto report = tablet.sync();
    const double seconds = bench::secondsSince(start);
    const int held = tablet.answersHeld();
    // The vault's pages, and those free (zeroed by secure_delete, reused by later writes): what
    // the file's size is made of.
    const auto pragma = [&](const char* name) {
        auto st = tablet.vault().db().prepare(std::string("PRAGMA ") + name);
        st.step();
        return static_cast<long>(st.int64(0));
    };
    const long pages = pragma("page_count");
    const long freePages = pragma("freelist_count");
    const double floor = floorSeconds(tablet.vault());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "{\"seconds\": %.4f, \"answers\": %d, \"batches\": %d, \"floor_seconds\": %.4f, "
        "\"peak_rss_kb\": %ld, \"pages\": %ld, \"free_pages\": %ld}\n",
        seconds, held, static_cast<int>(report.batches), floor, usage.ru_maxrss, pages, freePages);
    return 0;
}
