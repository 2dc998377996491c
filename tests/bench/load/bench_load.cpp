// Many devices on one server (issue 12): one veldwerk-server process on loopback over SQLite and
// over PostgreSQL 15 (both started here), devices of a few teams with real vaults and the real
// sync engine. Phases: all devices enrol at once; steady syncing with edits between syncs for a
// bounded time; every device syncing at the same moment (the morning after an outage); a
// supervisor's first sync of the whole team. Prints requests/s, p50/p99/max per request type, the
// server's peak RSS and CPU per phase. Prints only; the devices share the machine's cores with
// the server, so the figures include their contention.
//   bench_load [--devices N] [--teams T] [--seconds S] [--interval-ms MS] [--edits K]
//              [--bursts B] [--supervisor-answers A] [--store sqlite|postgres|both] [--cheap-kdf]
//              [--server PATH]
// --server: another veldwerk-server binary (e.g. main's, for a before/after run with the same
// devices); default: the one of this build.
// --cheap-kdf: the devices' users get the cheapest Argon2id cost (setup of 200 users in seconds
// instead of minutes; enrolment then no longer shows the interactive cost's memory).
// Defaults are small (CI: 8 devices, seconds); the big run: tools/bench.sh --load --devices 200
// --seconds 60
// --supervisor-answers 100000.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

#include "sync/engine/device_enrolment.h"
#include "tests/bench/sync_support/bench_tablets.h"
#include "tests/core/vault_fixture.h"
#include "tests/support/postgres_server.h"

using namespace veldwerk;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kEnrolAtOnce = 20;

struct Options {
    int devices = 8;
    int teams = 2;
    double seconds = 3;
    int intervalMs = 1000;
    int edits = 5;
    int bursts = 1;
    int supervisorAnswers = 600;
    bool cheapKdf = false;  // users' passwords at the cheapest Argon2id (a faster setup)
    std::vector<std::string> stores = {"sqlite", "postgres"};
    std::string server = VELDWERK_SERVER_PATH;
};

// Milliseconds of every request by type (push, pull, enroll, ...), and the answers that were not
// a success.
class Latencies {
public:
    void add(const std::string& type, double ms, bool ok) {
        std::lock_guard lock(m_mutex);
        m_ms[type].push_back(ms);
        if (!ok) {
            ++m_failed[type];
        }
    }
    void print(const std::string& phase, double seconds) {
        std::lock_guard lock(m_mutex);
        for (auto& [type, ms] : m_ms) {
            std::sort(ms.begin(), ms.end());
            const auto at = [&](double q) {
                return ms[std::min(ms.size() - 1,
                                   static_cast<std::size_t>(q * static_cast<double>(ms.size())))];
            };
            std::printf("| %s | %s | %zu | %.0f | %.1f | %.1f | %.1f | %d |\n", phase.c_str(),
                        type.c_str(), ms.size(), static_cast<double>(ms.size()) / seconds, at(0.5),
                        at(0.99), ms.back(), m_failed[type]);
        }
        m_ms.clear();
        m_failed.clear();
    }

private:
    std::mutex m_mutex;
    std::map<std::string, std::vector<double>> m_ms;
    std::map<std::string, int> m_failed;
};

class TimedTransport final : public sync::Transport {
public:
    TimedTransport(sync::Transport& inner, Latencies& latencies)
        : m_inner(inner), m_latencies(latencies) {}
    sync::HttpResponse send(const sync::HttpRequest& request) override {
        const auto path = request.path.substr(0, request.path.find('?'));
        const auto type = path.substr(path.rfind('/') + 1);
        const auto start = Clock::now();
        try {
            auto response = m_inner.send(request);
            m_latencies.add(type, msSince(start), response.status < 400);
            return response;
        } catch (...) {
            m_latencies.add(type, msSince(start), false);
            throw;
        }
    }

private:
    static double msSince(Clock::time_point t) {
        return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
    }
    sync::Transport& m_inner;
    Latencies& m_latencies;
};

// The server process as /proc shows it.
class ServerMeter {
public:
    explicit ServerMeter(int pid) : m_pid(pid) {}
    void startPhase() {
        std::ofstream(procPath("clear_refs")) << "5";  // resets the peak (VmHWM)
        m_cpuStart = cpuSeconds();
        m_start = Clock::now();
    }
    void endPhase() {
        std::printf(
            "|   | server: peak RSS %.1f MB, CPU %.1f s in %.1f s (%.0f%% of one core) | | | | | | "
            "|\n",
            static_cast<double>(statusKb("VmHWM")) / 1024.0, cpuSeconds() - m_cpuStart,
            bench::secondsSince(m_start),
            100 * (cpuSeconds() - m_cpuStart) / bench::secondsSince(m_start));
    }

private:
    std::string procPath(const char* what) const {
        return "/proc/" + std::to_string(m_pid) + "/" + what;
    }
    long statusKb(const std::string& key) const {
        std::ifstream in(procPath("status"));
        std::string line;
        while (std::getline(in, line)) {
            if (line.rfind(key + ":", 0) == 0) {
                return std::stol(line.substr(key.size() + 1));
            }
        }
        return 0;
    }
    double cpuSeconds() const {
        std::ifstream in(procPath("stat"));
        std::string all((std::istreambuf_iterator<char>(in)), {});
        std::istringstream rest(all.substr(all.rfind(')') + 2));
        std::string field;
        double ticks = 0;
        for (int i = 3; i <= 15 && rest >> field; ++i) {
            if (i == 14 || i == 15) {
                ticks += std::stod(field);
            }
        }
        return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
    }

    int m_pid;
    double m_cpuStart = 0;
    Clock::time_point m_start;
};

struct Device {
    std::string user;
    std::unique_ptr<vault::Vault> vault;
    std::unique_ptr<sync::HttpTransport> http;
    std::unique_ptr<TimedTransport> timed;
    std::vector<std::string> assessments;
    int round = 0;
};

// Runs fn(i) for i in [0, n) on `threads` threads (all n at once when threads == n).
template <typename Fn>
void inParallel(int n, int threads, Fn fn) {
    std::vector<std::thread> pool;
    std::atomic<int> next{0};
    for (int t = 0; t < std::min(n, threads); ++t) {
        pool.emplace_back([&] {
            for (int i = next++; i < n; i = next++) {
                fn(i);
            }
        });
    }
    for (auto& t : pool) {
        t.join();
    }
}

void admin(testing::ServerProcess& server, const std::vector<std::string>& args) {
    const auto r = server.admin(args, {{"VELDWERK_PASSWORD", bench::kPassword}});
    if (r.exitCode != 0) {
        throw std::runtime_error("veldwerk-server admin failed: " + r.err);
    }
}

std::string teamName(int t) {
    return "Team " + std::to_string(t);
}

void runStore(const std::string& store, const Options& o) {
    testing::TempDir dir;
    std::unique_ptr<testing::PostgresServer> pg;
    std::string dbUrl = (dir / "server.db").string();
    if (store == "postgres") {
        pg = std::make_unique<testing::PostgresServer>();
        dbUrl = pg->url();
    }
    testing::ServerProcess server(o.server, dbUrl, dir.path());
    admin(server, {"org", "add", "JGT Utrecht", "--kind", "jgt"});
    for (int t = 0; t < o.teams; ++t) {
        admin(server, {"team", "add", teamName(t), "--org", "JGT Utrecht"});
    }
    std::vector<Device> devices(static_cast<std::size_t>(o.devices));
    inParallel(o.devices, 2, [&](int i) {
        auto& d = devices[static_cast<std::size_t>(i)];
        d.user = "u" + std::to_string(i);
        std::vector<std::string> add = {"user",  "add",         d.user,
                                        "--org", "JGT Utrecht", "--role",
                                        "jgt",   "--team",      teamName(i % o.teams)};
        if (o.cheapKdf) {
            add.insert(add.begin(), "--kdf-cheap-for-tests");
        }
        admin(server, add);
    });
    admin(server, {"user", "add", "sup", "--org", "JGT Utrecht", "--role", "supervisor", "--team",
                   teamName(0)});
    server.start();
    ServerMeter meter(server.pid());
    Latencies latencies;
    std::printf("\n%s store, %d devices in %d teams (server: --threads default)\n\n", store.c_str(),
                o.devices, o.teams);
    std::printf("| phase | request | count | per s | p50 ms | p99 ms | max ms | failed |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");

    // Every device enrols at the same moment.
    meter.startPhase();
    auto start = Clock::now();
    inParallel(o.devices, o.devices, [&](int i) {
        auto& d = devices[static_cast<std::size_t>(i)];
        d.vault =
            vault::Vault::create(dir / d.user, testing::kPassphrase, testing::cheapVaultOptions());
        d.http = std::make_unique<sync::HttpTransport>(server.url());
        d.timed = std::make_unique<TimedTransport>(*d.http, latencies);
        sync::DeviceEnrolment(*d.vault).enrol(*d.timed, server.url(), d.user, bench::kPassword,
                                              d.user, std::nullopt);
    });
    latencies.print("enrol, 20 at a time", bench::secondsSince(start));
    meter.endPhase();

    // Seed, not measured: the supervisor's team holds supervisorAnswers answers; everyone else
    // one assessment to edit.
    const int teamZero = (o.devices + o.teams - 1) / o.teams;
    const int casesEach =
        std::max(1, static_cast<int>(std::ceil(o.supervisorAnswers / 30.0 / teamZero)));
    Latencies ignored;
    inParallel(o.devices, 2, [&](int i) {
        auto& d = devices[static_cast<std::size_t>(i)];
        d.assessments = bench::fillCases(*d.vault, i % o.teams == 0 ? casesEach : 1, 30);
        TimedTransport quiet(*d.http, ignored);
        sync::runSyncRound(*d.vault, quiet);
    });

    // Steady syncing with edits between syncs.
    meter.startPhase();
    start = Clock::now();
    const auto until = start + std::chrono::milliseconds(static_cast<long>(o.seconds * 1000));
    std::atomic<int> failures{0};
    inParallel(o.devices, o.devices, [&](int i) {
        auto& d = devices[static_cast<std::size_t>(i)];
        std::mt19937 random(static_cast<unsigned>(i));
        std::uniform_int_distribution<int> pause(o.intervalMs / 2, o.intervalMs * 3 / 2);
        while (true) {
            const auto wake = Clock::now() + std::chrono::milliseconds(pause(random));
            if (wake >= until) {
                break;
            }
            std::this_thread::sleep_until(wake);
            bench::editAnswers(*d.vault, d.assessments.front(), o.edits, ++d.round);
            try {
                sync::runSyncRound(*d.vault, *d.timed);
            } catch (const std::exception&) {
                ++failures;
            }
        }
    });
    latencies.print("steady, every ~" + std::to_string(o.intervalMs) + " ms",
                    bench::secondsSince(start));
    meter.endPhase();

    // All devices sync at the same moment, each with edits waiting.
    for (int b = 0; b < o.bursts; ++b) {
        inParallel(o.devices, 2, [&](int i) {
            auto& d = devices[static_cast<std::size_t>(i)];
            bench::editAnswers(*d.vault, d.assessments.front(), o.edits, ++d.round);
        });
        std::this_thread::sleep_for(std::chrono::seconds(3));  // kept-alive connections idle out
        std::barrier together(o.devices);
        meter.startPhase();
        start = Clock::now();
        inParallel(o.devices, o.devices, [&](int i) {
            auto& d = devices[static_cast<std::size_t>(i)];
            together.arrive_and_wait();
            try {
                sync::runSyncRound(*d.vault, *d.timed);
            } catch (const std::exception&) {
                ++failures;
            }
        });
        const double took = bench::secondsSince(start);
        latencies.print("all at once #" + std::to_string(b + 1) + " (" +
                            std::to_string(static_cast<int>(took * 1000)) + " ms)",
                        took);
        meter.endPhase();
    }

    // A supervisor's first sync of the whole team.
    Device sup;
    sup.vault =
        vault::Vault::create(dir / "sup", testing::kPassphrase, testing::cheapVaultOptions());
    sup.http = std::make_unique<sync::HttpTransport>(server.url());
    sup.timed = std::make_unique<TimedTransport>(*sup.http, latencies);
    sync::DeviceEnrolment(*sup.vault)
        .enrol(*sup.timed, server.url(), "sup", bench::kPassword, "sup", std::nullopt);
    latencies.print("supervisor enrols", 1);
    meter.startPhase();
    start = Clock::now();
    sync::runSyncRound(*sup.vault, *sup.timed);
    const double first = bench::secondsSince(start);
    auto count = sup.vault->db().prepare("SELECT count(*) FROM answers");
    count.step();
    latencies.print("supervisor first sync", first);
    meter.endPhase();
    std::printf("\nsupervisor's first sync: %lld answers in %.2f s (aim < 5 s for 100,000)\n",
                static_cast<long long>(count.int64(0)), first);
    std::printf("sync rounds that failed: %d\n", failures.load());
    server.stop();
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    std::vector<std::string> words(argv + 1, argv + argc);
    if (const auto cheap = std::find(words.begin(), words.end(), "--cheap-kdf");
        cheap != words.end()) {
        words.erase(cheap);
        o.cheapKdf = true;
    }
    const auto count = static_cast<int>(words.size());
    for (int i = 0; i + 1 < count; i += 2) {
        const std::string a = words[static_cast<std::size_t>(i)];
        const std::string v = words[static_cast<std::size_t>(i) + 1];
        if (a == "--devices") {
            o.devices = std::stoi(v);
        } else if (a == "--teams") {
            o.teams = std::stoi(v);
        } else if (a == "--seconds") {
            o.seconds = std::stod(v);
        } else if (a == "--interval-ms") {
            o.intervalMs = std::stoi(v);
        } else if (a == "--edits") {
            o.edits = std::stoi(v);
        } else if (a == "--bursts") {
            o.bursts = std::stoi(v);
        } else if (a == "--supervisor-answers") {
            o.supervisorAnswers = std::stoi(v);
        } else if (a == "--server") {
            o.server = v;
        } else if (a == "--store" && (v == "sqlite" || v == "postgres" || v == "both")) {
            o.stores = v == "both" ? std::vector<std::string>{"sqlite", "postgres"}
                                   : std::vector<std::string>{v};
        } else {
            std::fprintf(stderr, "bench_load: unknown option %s\n", a.c_str());
            return 2;
        }
    }
    if (count % 2 != 0 || o.devices < 1 || o.teams < 1 || o.devices < o.teams) {
        std::fprintf(stderr, "usage: see the comment at the top of bench_load.cpp\n");
        return 2;
    }
    for (const auto& store : o.stores) {
        runStore(store, o);
    }
    return 0;
}
