#include "sync/server/audit/device_audit.h"

#include <algorithm>
#include <set>

#include "core/clock/hlc.h"
#include "sync/server/access/case_scope.h"
#include "sync/server/audit/audit_trail.h"
#include "sync/server/server_clock.h"

namespace veldwerk::sync::server {

namespace {
constexpr std::size_t kRowsPerInsert = 90;  // 10 parameters each: under SQLite 3.15's 999
}

std::optional<std::string> DeviceAudit::implausible(const Caller& caller, const AuditUpload& e,
                                                    std::int64_t enrolledAt, std::int64_t nowMs) {
    if (e.atMs < enrolledAt) {
        return std::string("its time is before this device was enrolled");
    }
    if (e.atMs > nowMs + kMaxClockSkewMs) {
        return std::string("its time is more than 24 hours after the server's time");
    }
    if (!e.caseId || std::binary_search(m_scope.begin(), m_scope.end(), *e.caseId)) {
        return std::nullopt;
    }
    // Out of scope now: accepted when the user had become a member of the case by the entry's
    // time (a device logs the purge of a case it has just lost). Membership times are device
    // clocks, so the allowed skew applies.
    const auto since = m_db.query(
        "SELECT MIN(hlc) FROM field_history WHERE entity = 'member' AND entity_id = ? AND value "
        "IS NOT NULL",
        {*e.caseId + ":" + caller.userId});
    if (!since.empty() && asOptionalText(since[0][0])) {
        const auto joinedMs = static_cast<std::int64_t>(
            clock::Hlc::fromPacked(static_cast<std::uint64_t>(asInt(since[0][0]))).wallMs);
        if (joinedMs <= e.atMs + kMaxClockSkewMs) {
            return std::nullopt;
        }
    }
    return std::string("its case is not one this user may see, nor was when it was made");
}

DeviceAudit::Outcome DeviceAudit::store(const Caller& caller, const AuditUploadRequest& upload,
                                        std::int64_t nowMs) {
    Outcome outcome;
    if (upload.entries.empty()) {
        return outcome;
    }
    const auto enrolled =
        m_db.query("SELECT enrolled_at FROM devices WHERE id = ?", {caller.deviceId});
    const std::int64_t enrolledAt = enrolled.empty() ? nowMs : asInt(enrolled[0][0]);
    m_scope = scopeOf(m_db, caller);
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
    std::vector<AuditRecord> refusals;
    for (const auto& e : upload.entries) {
        if (!known.insert(e.seq).second) {  // also drops repeats inside one upload
            continue;
        }
        if (auto why = implausible(caller, e, enrolledAt, nowMs)) {
            outcome.skipped.push_back({e.seq, *why});
            // Logged without its case: the claim is exactly what is not believed.
            refusals.push_back({"audit_refused", "refused", caller.userId, caller.deviceId,
                                std::nullopt, "device_audit", std::to_string(e.seq), *why});
            continue;
        }
        fresh.push_back(&e);
    }
    if (!refusals.empty()) {
        AuditTrail(m_db).appendAll(refusals, nowMs);
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
    outcome.stored = fresh.size();
    return outcome;
}

}  // namespace veldwerk::sync::server
