// admin audit client CASE [--person ID] --format pdf|csv [--out FILE] [--as ADMIN]
// admin audit emergency [GRANT --as SUPERVISOR [--note TEXT]]
// admin export monitoring --from DATE --to DATE [--team TEAM] --format csv|json
//                         [--key-file FILE] [--out FILE]
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "sync/server/accountability/client_access_report.h"
#include "sync/server/accountability/emergency_access.h"
#include "sync/server/accountability/monitoring_export.h"
#include "sync/server/accountability/server_keys.h"
#include "sync/server/audit/audit_trail.h"
#include "sync/server/cli/admin_output.h"
#include "sync/server/retention/retention_dates.h"
#include "sync/server/transaction.h"

namespace veldwerk::sync::server::cli {

namespace {

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Writes to --out FILE (created 0600: it is personal data) or to stdout.
void deliver(const AdminOutput& run, const std::string& content) {
    const auto path = run.args.option("out");
    if (!path) {
        run.out << content;
        return;
    }
    std::ofstream file(*path, std::ios::binary | std::ios::trunc);
    if (!file) {
        throw std::runtime_error("cannot write " + *path);
    }
    std::filesystem::permissions(
        *path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    file << content;
    if (!file.flush()) {
        throw std::runtime_error("cannot write " + *path);
    }
}

void auditClient(const AdminOutput& run) {
    if (run.args.words().size() != 3) {
        throw UsageError("usage: audit client CASE [--person ID] --format pdf|csv");
    }
    const auto& caseId = run.args.words()[2];
    const auto format = run.args.required("format");
    if (format != "pdf" && format != "csv") {
        throw UsageError("--format is pdf or csv");
    }
    const std::optional<std::string> admin =
        run.args.option("as") ? std::optional(signedInAdmin(run.db, run.args)) : std::nullopt;
    const auto person = run.args.option("person");
    AccessReport report;
    inTransaction(run.db, SqlTransaction::Kind::Read,
                  [&](SqlTransaction&) { report = clientAccessReport(run.db, caseId, person); });
    const auto now = nowMs();
    const auto content = format == "pdf" ? accessReportPdf(report, now) : accessReportCsv(report);
    // The report is itself an export of the client's record: it goes into the log it reads.
    AuditTrail(run.db).append({"export", "ok", admin, std::nullopt, caseId,
                               person ? "person" : "case", person ? *person : caseId,
                               "client access report (" + format + "), " +
                                   std::to_string(report.rows.size()) + " entries"},
                              now);
    deliver(run, content);
}

std::string nameOf(SqlConnection& db, const std::optional<std::string>& userId) {
    if (!userId) {
        return "";
    }
    const auto rows = db.query("SELECT name FROM users WHERE id = ?", {*userId});
    return rows.empty() ? *userId : asText(rows[0][0]);
}

// Lists every emergency access (ending the lapsed ones first), or marks one reviewed by a
// supervisor of the case's team.
void auditEmergency(const AdminOutput& run) {
    const auto& w = run.args.words();
    if (w.size() != 2 && w.size() != 3) {
        throw UsageError("usage: audit emergency [GRANT --as SUPERVISOR [--note TEXT]]");
    }
    const auto now = nowMs();
    if (w.size() == 3) {
        const auto reviewer = signedInAs(run.db, run.args, "supervisor");
        inTransaction(run.db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
            EmergencyAccess(run.db).review(w[2], reviewer, run.args.option("note"), now);
            tx.commit();
        });
        run.out << (run.asJson ? nlohmann::json{{"grant", w[2]}, {"reviewed", true}}.dump()
                               : "emergency access " + w[2] + " reviewed")
                << "\n";
        return;
    }
    std::vector<EmergencyGrant> grants;
    inTransaction(run.db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        EmergencyAccess access(run.db);
        access.endLapsed(std::nullopt, now);
        grants = access.grants();
        AuditTrail(run.db).append({"admin", "ok", std::nullopt, std::nullopt, std::nullopt,
                                   "emergency_access", "", "audit emergency"},
                                  now);
        tx.commit();
    });
    nlohmann::json list = nlohmann::json::array();
    for (const auto& g : grants) {
        const auto team = g.teamId
                              ? run.db.query("SELECT name FROM teams WHERE id = ?", {*g.teamId})
                              : std::vector<SqlRow>{};
        list.push_back(
            {{"id", g.id},
             {"case", g.caseId},
             {"team", team.empty() ? nlohmann::json(nullptr) : nlohmann::json(asText(team[0][0]))},
             {"user", nameOf(run.db, g.userId)},
             {"role", g.role},
             {"device", g.deviceId},
             {"reason", g.reason},
             {"grantedAt", isoTimeUtc(g.grantedAt)},
             {"expiresAt", isoTimeUtc(g.expiresAt)},
             {"ended", g.endedAt.has_value()},
             {"reviewedBy", g.reviewedBy ? nlohmann::json(nameOf(run.db, g.reviewedBy))
                                         : nlohmann::json(nullptr)},
             {"reviewNote",
              g.reviewNote ? nlohmann::json(*g.reviewNote) : nlohmann::json(nullptr)}});
        if (!run.asJson) {
            run.out << g.id << "  " << isoTimeUtc(g.grantedAt) << "  " << nameOf(run.db, g.userId)
                    << " (" << g.role << ")  case " << g.caseId << "  until "
                    << isoTimeUtc(g.expiresAt) << (g.endedAt ? " (ended)" : "")
                    << (g.reviewedBy ? "  reviewed by " + nameOf(run.db, g.reviewedBy)
                                     : "  TO REVIEW")
                    << "\n    reason: " << g.reason << "\n";
        }
    }
    if (run.asJson) {
        run.out << nlohmann::json{{"grants", list}}.dump() << "\n";
    }
}

std::int64_t dateOption(const Arguments& args, const std::string& name) {
    const auto parsed = parseDate(args.required(name));
    if (!parsed) {
        throw UsageError("--" + name + " takes a date YYYY-MM-DD");
    }
    return *parsed;
}

// The export key: from --key-file (64 hex characters), else the server's own 'monitoring' key.
std::string monitoringKey(const AdminOutput& run, std::int64_t now) {
    if (const auto path = run.args.option("key-file")) {
        std::ifstream in(*path);
        std::string hex;
        if (!in || !(in >> hex)) {
            throw UsageError("cannot read the key file " + *path);
        }
        const auto key = keyFromHex(hex);
        if (!key) {
            throw UsageError("the key file must hold 64 hex characters (32 random bytes)");
        }
        return *key;
    }
    std::string key;
    inTransaction(run.db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        key = ServerKeys(run.db).obtain("monitoring", now);
        tx.commit();
    });
    return key;
}

void exportMonitoring(const AdminOutput& run) {
    if (run.args.words().size() != 2) {
        throw UsageError(
            "usage: export monitoring --from DATE --to DATE [--team TEAM] --format "
            "csv|json");
    }
    MonitoringQuery query;
    query.fromMs = dateOption(run.args, "from");
    query.toMs = dateOption(run.args, "to") + 24LL * 60 * 60 * 1000;  // the whole last day
    query.team = run.args.option("team");
    if (query.toMs <= query.fromMs) {
        throw UsageError("--to is before --from");
    }
    const auto format = run.args.required("format");
    if (format != "csv" && format != "json") {
        throw UsageError("--format is csv or json");
    }
    const auto now = nowMs();
    const auto key = monitoringKey(run, now);
    MonitoringExport result;
    std::vector<std::string> cases;
    std::vector<std::string> consultations;
    inTransaction(run.db, SqlTransaction::Kind::Read, [&](SqlTransaction&) {
        result = monitoringExport(run.db, query, key);
        cases = monitoringCases(run.db, query);
        consultations = monitoringConsultations(run.db, query);
    });
    // Each case's record went into an export (pseudonymised): its access log says so.
    std::vector<AuditRecord> exported;
    for (const auto& id : cases) {
        exported.push_back({"export", "ok", std::nullopt, std::nullopt, id, "case", id,
                            "monitoring export (pseudonymised)"});
    }
    for (const auto& id : consultations) {
        exported.push_back({"export", "ok", std::nullopt, std::nullopt, std::nullopt,
                            "consultation", id, "monitoring export (pseudonymised)"});
    }
    exported.push_back({"export", "ok", std::nullopt, std::nullopt, std::nullopt, "monitoring", "",
                        "monitoring export, " + std::to_string(cases.size()) + " cases"});
    AuditTrail(run.db).appendAll(exported, now);
    deliver(run, format == "csv" ? monitoringCsv(result) : monitoringJson(result));
}

}  // namespace

bool runAccountabilityCommand(const AdminOutput& run) {
    const auto& w = run.args.words();
    if (w.size() < 2) {
        return false;
    }
    const auto what = w[0] + " " + w[1];
    if (what == "audit client") {
        auditClient(run);
    } else if (what == "audit emergency") {
        auditEmergency(run);
    } else if (what == "export monitoring") {
        exportMonitoring(run);
    } else {
        return false;
    }
    return true;
}

}  // namespace veldwerk::sync::server::cli
