#include "sync/engine/overdue_list.h"

#include <nlohmann/json.hpp>

namespace veldwerk::sync {

namespace {
constexpr const char* kKey = "overdue_visits";
}

void storeOverdueVisits(vault::Database& db, const std::vector<OverdueVisit>& visits) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& v : visits) {
        list.push_back({{"visitId", v.visitId},
                        {"caseId", v.caseId},
                        {"workerId", v.workerId},
                        {"workerName", v.workerName},
                        {"startedAt", v.startedAt},
                        {"expectedEnd", v.expectedEnd},
                        {"since", v.since},
                        {"alertAt", v.alertAt},
                        {"alertBy", v.alertBy},
                        {"lastCheckin", v.lastCheckin},
                        {"lastCheckinBy", v.lastCheckinBy}});
    }
    db.prepare("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)")
        .bind(1, kKey)
        .bind(2, list.dump())
        .run();
}

std::vector<OverdueVisit> overdueVisits(vault::Database& db) {
    std::vector<OverdueVisit> out;
    auto st = db.prepare("SELECT value FROM sync_state WHERE key = ?1");
    st.bind(1, kKey);
    if (!st.step()) {
        return out;
    }
    const auto list = nlohmann::json::parse(st.text(0), nullptr, false);
    if (!list.is_array()) {
        return out;
    }
    for (const auto& j : list) {
        OverdueVisit v;
        v.visitId = j.value("visitId", "");
        v.caseId = j.value("caseId", "");
        v.workerId = j.value("workerId", "");
        v.workerName = j.value("workerName", "");
        v.startedAt = j.value("startedAt", std::int64_t{0});
        v.expectedEnd = j.value("expectedEnd", std::int64_t{0});
        v.since = j.value("since", std::int64_t{0});
        v.alertAt = j.value("alertAt", std::int64_t{0});
        v.alertBy = j.value("alertBy", "");
        v.lastCheckin = j.value("lastCheckin", "");
        v.lastCheckinBy = j.value("lastCheckinBy", "");
        out.push_back(std::move(v));
    }
    return out;
}

}  // namespace veldwerk::sync
