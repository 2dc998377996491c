#include "sync/server/audit/device_audit.h"

#include <algorithm>
#include <set>

namespace veldwerk::sync::server {

namespace {
constexpr std::size_t kRowsPerInsert = 90;  // 10 parameters each: under SQLite 3.15's 999
}

std::size_t DeviceAudit::store(const Caller& caller, const AuditUploadRequest& upload,
                               std::int64_t nowMs) {
    if (upload.entries.empty()) {
        return 0;
    }
    std::int64_t low = upload.entries.front().seq;
    std::int64_t high = low;
    for (const auto& e : upload.entries) {
        low = std::min(low, e.seq);
        high = std::max(high, e.seq);
    }
    std::set<std::int64_t> known;
    for (const auto& r :
         m_db.query("SELECT seq FROM device_audit WHERE device_id = ? AND seq >= ? AND seq <= ?",
                    {caller.deviceId, low, high})) {
        known.insert(asInt(r[0]));
    }
    std::vector<const AuditUpload*> fresh;
    for (const auto& e : upload.entries) {
        if (known.insert(e.seq).second) {  // also drops repeats inside one upload
            fresh.push_back(&e);
        }
    }
    for (std::size_t start = 0; start < fresh.size(); start += kRowsPerInsert) {
        const auto end = std::min(fresh.size(), start + kRowsPerInsert);
        std::string sql =
            "INSERT INTO device_audit (device_id, seq, user_id, claimed_user, at_ms, action, "
            "entity, entity_id, case_id, received_at) VALUES ";
        std::vector<SqlValue> params;
        for (auto i = start; i < end; ++i) {
            const auto& e = *fresh[i];
            sql +=
                i == start ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            params.insert(
                params.end(),
                {caller.deviceId, e.seq, caller.userId, e.user, e.atMs, e.action, e.entity,
                 e.entityId, e.caseId ? SqlValue(*e.caseId) : SqlValue(std::monostate{}), nowMs});
        }
        m_db.query(sql, params);
    }
    return fresh.size();
}

}  // namespace veldwerk::sync::server
