// admin case close CASE --as ADMIN
// admin case destroy-request CASE --as ADMIN --asked-by client|parent [--asked-on YYYY-MM-DD]
// admin case destroy-approve REQUEST --as ADMIN
// admin case retention
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <sstream>

#include "sync/server/audit/audit_trail.h"
#include "sync/server/cli/admin_output.h"
#include "sync/server/retention/case_close.h"
#include "sync/server/retention/case_closures.h"
#include "sync/server/retention/case_destruction.h"
#include "sync/server/retention/retention_dates.h"
#include "sync/server/transaction.h"

namespace veldwerk::sync::server::cli {

namespace {

using nlohmann::json;

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void expectWords(const Arguments& args, std::size_t n) {
    if (args.words().size() != n) {
        throw UsageError("wrong number of words for 'case " + args.words().at(1) + "'");
    }
}

void caseClose(const AdminOutput& run) {
    expectWords(run.args, 3);
    const auto& caseId = run.args.words()[2];
    const auto admin = signedInAdmin(run.db, run.args);
    inTransaction(run.db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        closeCaseAsAdmin(run.db, caseId, admin, nowMs());
        tx.commit();
    });
    std::optional<ClosedCase> closed;
    inTransaction(run.db, SqlTransaction::Kind::Read,
                  [&](SqlTransaction&) { closed = CaseClosures(run.db).find(caseId); });
    if (run.asJson) {
        run.out << json{{"case", caseId},
                        {"closedAt", isoTimeUtc(closed->closedAt)},
                        {"retainUntil", formatDate(closed->retainUntil)}}
                       .dump()
                << "\n";
    } else {
        run.out << "case " << caseId << " closed; kept until " << formatDate(closed->retainUntil)
                << "; devices purge it at their next sync\n";
    }
}

void destroyRequest(const AdminOutput& run) {
    expectWords(run.args, 3);
    const auto& caseId = run.args.words()[2];
    const auto admin = signedInAdmin(run.db, run.args);
    const auto now = nowMs();
    std::int64_t askedAt = now;
    if (const auto on = run.args.option("asked-on")) {
        const auto parsed = parseDate(*on);
        if (!parsed) {
            throw UsageError("--asked-on takes a date YYYY-MM-DD");
        }
        askedAt = *parsed;
    }
    DestructionRequest r;
    inTransaction(run.db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        r = CaseDestruction(run.db).request(caseId, run.args.required("asked-by"), askedAt, admin,
                                            now);
        tx.commit();
    });
    if (run.asJson) {
        run.out << json{{"request", r.id},
                        {"case", r.caseId},
                        {"askedBy", r.askedBy},
                        {"askedOn", formatDate(r.askedAt)},
                        {"deadline", formatDate(r.deadline)}}
                       .dump()
                << "\n";
    } else {
        run.out << "destruction request " << r.id << " registered; a second admin approves it "
                << "(destroy-approve) before " << formatDate(r.deadline) << "\n";
    }
}

void destroyApprove(const AdminOutput& run) {
    expectWords(run.args, 3);
    const auto admin = signedInAdmin(run.db, run.args);
    DestructionRecord d;
    inTransaction(run.db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        d = CaseDestruction(run.db).approve(run.args.words()[2], admin, nowMs());
        tx.commit();
    });
    if (run.asJson) {
        run.out << json{{"pseudonym", d.pseudonym},
                        {"destroyedAt", isoTimeUtc(d.destroyedAt)},
                        {"deadline", formatDate(d.deadline)}}
                       .dump()
                << "\n";
    } else {
        run.out << "case destroyed; destruction record " << d.pseudonym
                << "; devices purge it at their next sync\n";
    }
}

std::string userName(SqlConnection& db, const std::string& id) {
    const auto rows = db.query("SELECT name FROM users WHERE id = ?", {id});
    return rows.empty() ? id : asText(rows[0][0]);
}

void retention(const AdminOutput& run) {
    expectWords(run.args, 2);
    const auto now = nowMs();
    json closed = json::array();
    json pending = json::array();
    json destroyed = json::array();
    std::ostringstream text;
    inTransaction(run.db, SqlTransaction::Kind::Read, [&](SqlTransaction&) {
        closed = json::array();
        pending = json::array();
        destroyed = json::array();
        text.str("");
        for (const auto& c : CaseClosures(run.db).all()) {
            const bool due = c.retainUntil <= now;
            closed.push_back({{"case", c.caseId},
                              {"closedAt", isoTimeUtc(c.closedAt)},
                              {"closedBy", userName(run.db, c.closedBy)},
                              {"retainUntil", formatDate(c.retainUntil)},
                              {"retentionPassed", due}});
            text << "closed     " << c.caseId << "  closed " << formatDate(c.closedAt)
                 << "  kept until " << formatDate(c.retainUntil) << (due ? "  (passed)" : "")
                 << "\n";
        }
        for (const auto& r : CaseDestruction(run.db).pending()) {
            const bool overdue = r.deadline <= now;
            pending.push_back({{"request", r.id},
                               {"case", r.caseId},
                               {"askedBy", r.askedBy},
                               {"askedOn", formatDate(r.askedAt)},
                               {"deadline", formatDate(r.deadline)},
                               {"registeredBy", userName(run.db, r.registeredBy)},
                               {"overdue", overdue}});
            text << "requested  " << r.caseId << "  request " << r.id << "  by the " << r.askedBy
                 << " on " << formatDate(r.askedAt) << "  deadline " << formatDate(r.deadline)
                 << (overdue ? "  (OVERDUE)" : "") << "\n";
        }
        for (const auto& d : CaseDestruction(run.db).records()) {
            destroyed.push_back({{"pseudonym", d.pseudonym},
                                 {"askedBy", d.askedBy},
                                 {"askedOn", formatDate(d.askedAt)},
                                 {"deadline", formatDate(d.deadline)},
                                 {"registeredBy", userName(run.db, d.registeredBy)},
                                 {"approvedBy", userName(run.db, d.approvedBy)},
                                 {"destroyedAt", isoTimeUtc(d.destroyedAt)}});
            text << "destroyed  " << d.pseudonym << "  on " << formatDate(d.destroyedAt)
                 << "  approved by " << userName(run.db, d.approvedBy) << "\n";
        }
    });
    AuditTrail(run.db).append({"admin", "ok", std::nullopt, std::nullopt, std::nullopt, "retention",
                               "", "case retention"},
                              now);
    if (run.asJson) {
        run.out << json{{"closed", closed},
                        {"destructionRequests", pending},
                        {"destroyed", destroyed}}
                       .dump()
                << "\n";
    } else {
        run.out << text.str();
    }
}

}  // namespace

bool runRetentionCommand(const AdminOutput& run) {
    const auto& w = run.args.words();
    if (w.size() < 2 || w[0] != "case") {
        return false;
    }
    if (w[1] == "close") {
        caseClose(run);
    } else if (w[1] == "destroy-request") {
        destroyRequest(run);
    } else if (w[1] == "destroy-approve") {
        destroyApprove(run);
    } else if (w[1] == "retention") {
        retention(run);
    } else {
        return false;
    }
    return true;
}

std::string isoTimeUtc(std::int64_t ms) {
    const auto seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace veldwerk::sync::server::cli
