#include "sync/server/retention/case_destruction.h"

#include <algorithm>

#include "core/vault/secret.h"
#include "sync/server/accountability/server_keys.h"
#include "sync/server/audit/audit_trail.h"
#include "sync/server/retention/case_closures.h"
#include "sync/server/retention/retention_dates.h"

namespace veldwerk::sync::server {

namespace {

constexpr const char* kRequestColumns =
    "SELECT id, case_id, asked_by, asked_at, deadline, registered_by, registered_at FROM "
    "destruction_requests ";

DestructionRequest readRequest(const SqlRow& r) {
    return {asText(r[0]), asText(r[1]), asText(r[2]), asInt(r[3]),
            asInt(r[4]),  asText(r[5]), asInt(r[6])};
}

// Table names come from the database's own catalogue; only plain identifiers are used in SQL.
bool plainIdentifier(const std::string& name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

}  // namespace

bool keptAtDestruction(const std::string& table) {
    return table == "audit_log" || table == "device_audit" || table == "emergency_access";
}

std::vector<std::string> CaseDestruction::caseTables() {
    std::vector<std::string> out;
    if (m_db.dialect() == SqlDialect::Postgres) {
        for (const auto& r :
             m_db.query("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                        "current_schema() AND column_name = 'case_id' ORDER BY table_name")) {
            out.push_back(asText(r[0]));
        }
    } else {
        // SQLite 3.15 has no pragma table functions: ask each table.
        for (const auto& t :
             m_db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            const auto name = asText(t[0]);
            if (!plainIdentifier(name)) {
                continue;
            }
            for (const auto& c : m_db.query("PRAGMA table_info(" + name + ")")) {
                if (asText(c[1]) == "case_id") {
                    out.push_back(name);
                }
            }
        }
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const std::string& t) { return !plainIdentifier(t); }),
              out.end());
    return out;
}

DestructionRequest CaseDestruction::request(const std::string& caseId, const std::string& askedBy,
                                            std::int64_t askedAtMs, const std::string& adminId,
                                            std::int64_t nowMs) {
    if (askedBy != "client" && askedBy != "parent") {
        throw RetentionError("a destruction is asked by the client or a parent (client|parent)");
    }
    if (m_db.query("SELECT 1 FROM cases WHERE id = ?", {caseId}).empty()) {
        throw RetentionError("there is no case with that id");
    }
    if (!m_db.query(std::string(kRequestColumns) + "WHERE case_id = ?", {caseId}).empty()) {
        throw RetentionError("a destruction of this case is already requested");
    }
    if (askedAtMs > nowMs) {
        throw RetentionError("the request cannot be dated in the future");
    }
    DestructionRequest r{vault::randomHex(16),           caseId,  askedBy, askedAtMs,
                         destructionDeadline(askedAtMs), adminId, nowMs};
    m_db.query(
        "INSERT INTO destruction_requests (id, case_id, asked_by, asked_at, deadline, "
        "registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {r.id, r.caseId, r.askedBy, r.askedAt, r.deadline, r.registeredBy, r.registeredAt});
    AuditTrail(m_db).append({"destroy_request", "ok", adminId, std::nullopt, caseId, "case", caseId,
                             "destruction asked by the " + askedBy + ", registered"},
                            nowMs);
    return r;
}

DestructionRecord CaseDestruction::approve(const std::string& requestId, const std::string& adminId,
                                           std::int64_t nowMs) {
    const auto rows = m_db.query(std::string(kRequestColumns) + "WHERE id = ?", {requestId});
    if (rows.empty()) {
        throw RetentionError("there is no pending destruction request with that id");
    }
    const auto request = readRequest(rows[0]);
    if (request.registeredBy == adminId) {
        throw RetentionError(
            "a destruction is approved by a second admin, not the one who registered it");
    }
    const auto closed = CaseClosures(m_db).find(request.caseId);

    // A visit's check-ins (positions) are keyed by visit, not by case: remove them first.
    m_db.query(
        "DELETE FROM visit_checkins WHERE visit_id IN (SELECT id FROM visits WHERE case_id = ?)",
        {request.caseId});
    const auto tables = caseTables();
    // A consultation linked to the case is part of its record: its own unit (its fields carry
    // its id as their case) goes with it, before the links that find it.
    for (const auto& r :
         m_db.query("SELECT id FROM consultations WHERE case_id = ?", {request.caseId})) {
        for (const auto& table : tables) {
            if (!keptAtDestruction(table) && table != "consultations") {
                m_db.query("DELETE FROM " + table + " WHERE case_id = ?", {asText(r[0])});
            }
        }
    }
    for (const auto& table : tables) {
        if (!keptAtDestruction(table)) {
            m_db.query("DELETE FROM " + table + " WHERE case_id = ?", {request.caseId});
        }
    }
    m_db.query("DELETE FROM cases WHERE id = ?", {request.caseId});

    DestructionRecord d;
    d.pseudonym = casePseudonym(ServerKeys(m_db).obtain("destruction", nowMs), request.caseId);
    d.askedBy = request.askedBy;
    d.askedAt = request.askedAt;
    d.deadline = request.deadline;
    d.registeredBy = request.registeredBy;
    d.registeredAt = request.registeredAt;
    d.approvedBy = adminId;
    d.destroyedAt = nowMs;
    if (closed) {
        d.closedAt = closed->closedAt;
    }
    m_db.query(
        "INSERT INTO case_destructions (pseudonym, asked_by, asked_at, deadline, registered_by, "
        "registered_at, approved_by, destroyed_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {d.pseudonym, d.askedBy, d.askedAt, d.deadline, d.registeredBy, d.registeredAt,
         d.approvedBy, d.destroyedAt,
         d.closedAt ? SqlValue(*d.closedAt) : SqlValue(std::monostate{})});
    AuditTrail(m_db).append(
        {"delete", "ok", adminId, std::nullopt, request.caseId, "case", request.caseId,
         "case destroyed on request (approved by a second admin); "
         "destruction record " +
             d.pseudonym},
        nowMs);
    return d;
}

std::vector<DestructionRequest> CaseDestruction::pending() {
    std::vector<DestructionRequest> out;
    for (const auto& r : m_db.query(std::string(kRequestColumns) + "ORDER BY deadline, id")) {
        out.push_back(readRequest(r));
    }
    return out;
}

std::vector<DestructionRecord> CaseDestruction::records() {
    std::vector<DestructionRecord> out;
    for (const auto& r :
         m_db.query("SELECT pseudonym, asked_by, asked_at, deadline, registered_by, "
                    "registered_at, approved_by, destroyed_at, closed_at FROM case_destructions "
                    "ORDER BY destroyed_at, pseudonym")) {
        DestructionRecord d{asText(r[0]), asText(r[1]), asInt(r[2]), asInt(r[3]), asText(r[4]),
                            asInt(r[5]),  asText(r[6]), asInt(r[7]), std::nullopt};
        if (!std::holds_alternative<std::monostate>(r[8])) {
            d.closedAt = asInt(r[8]);
        }
        out.push_back(d);
    }
    return out;
}

}  // namespace veldwerk::sync::server
