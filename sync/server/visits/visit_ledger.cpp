#include "sync/server/visits/visit_ledger.h"

#include "core/visit/position_stamp.h"
#include "core/visit/visit_fields.h"

namespace veldwerk::sync::server {

std::optional<std::int64_t> visitMs(const std::optional<std::string>& value) {
    if (!value || value->empty() || value->size() > 18 ||
        value->find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return std::stoll(*value);
}

void VisitLedger::record(const OutgoingChange& change, const Caller& caller, std::int64_t nowMs) {
    const std::string& id = change.entityId;
    m_db.query(
        "INSERT INTO visits (id, case_id, updated_at) SELECT ?, ?, ? WHERE NOT EXISTS "
        "(SELECT 1 FROM visits WHERE id = ?)",
        {id, change.caseId, nowMs, id});
    const auto ms = visitMs(change.value);
    if (change.field == "started_at" && ms) {
        // Who started it is the user of the device that sent the start.
        m_db.query(
            "UPDATE visits SET started_at = ?, started_by = ?, updated_at = ? WHERE id = ? AND "
            "started_at IS NULL",
            {*ms, caller.userId, nowMs, id});
    } else if (change.field == "expected_end" && ms) {
        // Concurrent extensions: the later expected end counts (nobody is reported overdue
        // while one of the professionals said the visit goes on).
        m_db.query(
            "UPDATE visits SET expected_end = ?, updated_at = ? WHERE id = ? AND (expected_end IS "
            "NULL OR expected_end < ?)",
            {*ms, nowMs, id, *ms});
    } else if (change.field == "ended_at" && ms) {
        m_db.query(
            "UPDATE visits SET ended_at = ?, updated_at = ? WHERE id = ? AND ended_at IS NULL",
            {*ms, nowMs, id});
    } else if (const auto p = visit::professionalField(change.field)) {
        if (p->kind == "alert" && ms) {
            m_db.query(
                "UPDATE visits SET alert_at = ?, alert_by = ?, updated_at = ? WHERE id = ? AND "
                "alert_at IS NULL",
                {*ms, caller.userId, nowMs, id});
        } else if (p->kind == "checkin" && change.value) {
            const auto stamp = visit::decodeStamp(*change.value);
            const std::int64_t at = stamp ? stamp->atMs : nowMs;
            m_db.query("DELETE FROM visit_checkins WHERE visit_id = ? AND user_id = ?",
                       {id, caller.userId});
            m_db.query(
                "INSERT INTO visit_checkins (visit_id, user_id, position, at_ms) VALUES (?, ?, ?, "
                "?)",
                {id, caller.userId, *change.value, at});
        }
    }
}

}  // namespace veldwerk::sync::server
