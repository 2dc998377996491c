// admin crisis-card set --org ORG [--team TEAM] [--veilig-thuis NR] [--crisis-service NR]
//                       [--after-hours NR] [--emergency NR]
// admin crisis-card show --org ORG
// The card reaches every device of the organisation on its next pull (crisis/crisis_card.h).
#include <chrono>
#include <nlohmann/json.hpp>
#include <utility>

#include "sync/server/audit/audit_trail.h"
#include "sync/server/cli/admin_output.h"
#include "sync/server/crisis/crisis_card.h"
#include "sync/server/transaction.h"

namespace veldwerk::sync::server::cli {

namespace {

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Option name -> the number's kind on the wire.
constexpr std::pair<const char*, const char*> kOptions[] = {
    {"veilig-thuis", "veilig_thuis"},
    {"crisis-service", "crisis_service"},
    {"after-hours", "after_hours"},
    {"emergency", "emergency"},
};

void printEntries(const AdminOutput& run, const std::string& org,
                  const std::vector<CrisisCardEntry>& entries) {
    if (run.asJson) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& e : entries) {
            list.push_back({{"team", e.team ? nlohmann::json(*e.team) : nlohmann::json(nullptr)},
                            {"kind", e.kind},
                            {"number", e.number},
                            {"updatedAt", isoTimeUtc(e.updatedAt)}});
        }
        run.out << nlohmann::json{{"org", org}, {"numbers", list}}.dump() << "\n";
        return;
    }
    if (entries.empty()) {
        run.out << "no crisis card numbers for " << org << "\n";
    }
    for (const auto& e : entries) {
        run.out << (e.team ? "team " + *e.team : std::string("organisation")) << "  " << e.kind
                << "  " << e.number << "  (set " << isoTimeUtc(e.updatedAt) << ")\n";
    }
}

void set(const AdminOutput& run) {
    if (run.args.words().size() != 2) {
        throw UsageError(
            "usage: crisis-card set --org ORG [--team TEAM] [--veilig-thuis NR] "
            "[--crisis-service NR] [--after-hours NR] [--emergency NR]");
    }
    const auto org = run.args.required("org");
    const auto team = run.args.option("team");
    std::vector<std::pair<std::string, std::string>> numbers;
    for (const auto& [option, kind] : kOptions) {
        if (const auto number = run.args.option(option)) {
            numbers.emplace_back(kind, *number);
        }
    }
    if (numbers.empty()) {
        throw UsageError(
            "crisis-card set needs at least one of --veilig-thuis, --crisis-service, "
            "--after-hours, --emergency");
    }
    std::vector<CrisisCardEntry> entries;
    inTransaction(run.db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        const auto now = nowMs();
        CrisisCard card(run.db);
        std::string kinds;
        for (const auto& [kind, number] : numbers) {
            card.set(org, team, kind, number, now);
            kinds += (kinds.empty() ? "" : ",") + kind;
        }
        AuditTrail(run.db).append({"admin", "ok", std::nullopt, std::nullopt, std::nullopt,
                                   "crisis_card", "", "crisis-card set " + kinds},
                                  now);
        entries = card.entries(org);
        tx.commit();
    });
    printEntries(run, org, entries);
}

void show(const AdminOutput& run) {
    if (run.args.words().size() != 2) {
        throw UsageError("usage: crisis-card show --org ORG");
    }
    const auto org = run.args.required("org");
    std::vector<CrisisCardEntry> entries;
    inTransaction(run.db, SqlTransaction::Kind::Read, [&](SqlTransaction& tx) {
        entries = CrisisCard(run.db).entries(org);
        tx.commit();
    });
    printEntries(run, org, entries);
}

}  // namespace

bool runCrisisCardCommand(const AdminOutput& run) {
    const auto& w = run.args.words();
    if (w.at(0) != "crisis-card") {
        return false;
    }
    if (w.at(1) == "set") {
        set(run);
    } else if (w.at(1) == "show") {
        show(run);
    } else {
        throw UsageError("crisis-card takes set or show");
    }
    return true;
}

}  // namespace veldwerk::sync::server::cli
