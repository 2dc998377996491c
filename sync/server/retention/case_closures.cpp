#include "sync/server/retention/case_closures.h"

#include <charconv>

#include "sync/server/accountability/server_keys.h"
#include "sync/server/retention/retention_dates.h"

namespace veldwerk::sync::server {

namespace {

ClosedCase readClosed(const SqlRow& r) {
    return {asText(r[0]), asInt(r[1]), asText(r[2]), asInt(r[3])};
}

}  // namespace

std::optional<std::int64_t> parseClosedAt(const std::optional<std::string>& value) {
    if (!value || value->empty() || value->size() > 15) {
        return std::nullopt;
    }
    std::int64_t ms = 0;
    const auto* end = value->data() + value->size();
    const auto [at, ec] = std::from_chars(value->data(), end, ms);
    if (ec != std::errc() || at != end || ms <= 0) {
        return std::nullopt;
    }
    return ms;
}

void CaseClosures::record(const std::string& caseId, std::int64_t closedAtMs,
                          const std::string& closedBy) {
    if (find(caseId)) {
        return;
    }
    m_db.query(
        "INSERT INTO case_closures (case_id, closed_at, closed_by, retain_until) VALUES (?, ?, ?, "
        "?)",
        {caseId, closedAtMs, closedBy, retentionEnd(closedAtMs)});
}

std::optional<ClosedCase> CaseClosures::find(const std::string& caseId) {
    const auto rows = m_db.query(
        "SELECT case_id, closed_at, closed_by, retain_until FROM case_closures WHERE case_id = ?",
        {caseId});
    if (rows.empty()) {
        return std::nullopt;
    }
    return readClosed(rows[0]);
}

std::vector<ClosedCase> CaseClosures::all() {
    std::vector<ClosedCase> out;
    for (const auto& r : m_db.query("SELECT case_id, closed_at, closed_by, retain_until FROM "
                                    "case_closures ORDER BY retain_until, case_id")) {
        out.push_back(readClosed(r));
    }
    return out;
}

bool CaseClosures::destroyed(const std::string& caseId) {
    const auto key = ServerKeys(m_db).find("destruction");
    return key && !m_db.query("SELECT 1 FROM case_destructions WHERE pseudonym = ?",
                              {casePseudonym(*key, caseId)})
                       .empty();
}

std::optional<std::string> ClosureGuard::refusal(const OutgoingChange& change) {
    auto it = m_shut.find(change.caseId);
    if (it == m_shut.end()) {
        const bool shut =
            m_closures.find(change.caseId).has_value() || m_closures.destroyed(change.caseId);
        it = m_shut.emplace(change.caseId, shut).first;
    }
    if (it->second) {
        return std::string("the case is closed (or destroyed) and takes no more changes");
    }
    if (change.entity == "case" && change.field == "closed_at" && !parseClosedAt(change.value)) {
        return std::string(
            "closed_at is the time of closure in ms since the epoch; a case is not reopened from "
            "a device");
    }
    return std::nullopt;
}

}  // namespace veldwerk::sync::server
