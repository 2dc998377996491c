#include "sync/server/visits/visit_admin.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/visit/position_stamp.h"
#include "sync/server/transaction.h"
#include "sync/server/visits/overdue_visits.h"

namespace veldwerk::sync::server {

namespace {
using nlohmann::json;

json checkinJson(const std::string& stampText) {
    const auto stamp = visit::decodeStamp(stampText);
    if (!stamp) {
        return nullptr;
    }
    if (stamp->fix) {
        return {{"at", stamp->atMs},
                {"lat", stamp->fix->latitude},
                {"lon", stamp->fix->longitude},
                {"accuracy", stamp->fix->accuracyM},
                {"fixAt", stamp->fix->atMs}};
    }
    return {{"at", stamp->atMs}, {"noPosition", stamp->reason}};
}
}  // namespace

void printOverdueVisits(SqlConnection& db, std::int64_t nowMs,
                        const std::optional<std::string>& teamName, bool asJson,
                        std::ostream& out) {
    std::vector<OverdueVisit> visits;
    inTransaction(db, SqlTransaction::Kind::Read, [&](SqlTransaction& tx) {
        if (teamName) {
            const auto teams =
                db.query("SELECT id FROM teams WHERE name = ? ORDER BY id", {*teamName});
            if (teams.empty()) {
                throw std::invalid_argument("there is no team named " + *teamName);
            }
            for (const auto& t : teams) {
                auto some = overdueVisits(db, nowMs, asText(t[0]));
                visits.insert(visits.end(), some.begin(), some.end());
            }
        } else {
            visits = overdueVisits(db, nowMs, std::nullopt);
        }
        tx.commit();
    });
    if (asJson) {
        json list = json::array();
        for (const auto& v : visits) {
            list.push_back({{"visit", v.visitId},
                            {"case", v.caseId},
                            {"worker", v.workerName},
                            {"workerId", v.workerId},
                            {"startedAt", v.startedAt},
                            {"expectedEnd", v.expectedEnd},
                            {"overdueSince", v.since},
                            {"alert", v.alertAt != 0},
                            {"alertAt", v.alertAt != 0 ? json(v.alertAt) : json(nullptr)},
                            {"alertBy", v.alertAt != 0 ? json(v.alertBy) : json(nullptr)},
                            {"lastCheckin", checkinJson(v.lastCheckin)},
                            {"lastCheckinBy", v.lastCheckinBy}});
        }
        out << json{{"overdue", list}}.dump() << "\n";
        return;
    }
    if (visits.empty()) {
        out << "no overdue visits\n";
    }
    for (const auto& v : visits) {
        out << "visit " << v.visitId << "  case " << v.caseId << "  " << v.workerName
            << "  overdue since " << v.since << (v.alertAt != 0 ? "  ALERT by " + v.alertBy : "")
            << "\n";
    }
}

void visitGrace(SqlConnection& db, const std::optional<std::string>& minutes, bool asJson,
                std::ostream& out) {
    std::int64_t value = 0;
    inTransaction(db, minutes ? SqlTransaction::Kind::Write : SqlTransaction::Kind::Read,
                  [&](SqlTransaction& tx) {
                      if (minutes) {
                          std::size_t used = 0;
                          long long parsed = -1;
                          try {
                              parsed = std::stoll(*minutes, &used);
                          } catch (const std::exception&) {
                              used = 0;
                          }
                          if (used != minutes->size() || parsed < 0 || parsed > 1440) {
                              throw std::invalid_argument("the grace period is 0 to 1440 minutes");
                          }
                          setVisitGraceMinutes(db, parsed);
                      }
                      value = visitGraceMinutes(db);
                      tx.commit();
                  });
    if (asJson) {
        out << json{{"graceMinutes", value}}.dump() << "\n";
    } else {
        out << "a visit is overdue " << value << " minutes after its expected end\n";
    }
}

}  // namespace veldwerk::sync::server
