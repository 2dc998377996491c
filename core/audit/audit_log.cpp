#include "core/audit/audit_log.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "core/vault/change_record.h"

namespace veldwerk::audit {

namespace {
const std::string kGenesis(64, '0');

// The hashed form of an entry: a JSON array is unambiguous (no separator can be forged).
std::string entryHash(const AuditEntry& e) {
    const nlohmann::json canonical = {
        e.seq,     e.atMs,     e.hlc,
        e.userId,  e.deviceId, e.action,
        e.entity,  e.entityId, e.caseId ? nlohmann::json(*e.caseId) : nlohmann::json(),
        e.prevHash};
    const auto text = canonical.dump();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(text.data()),
                       text.size(), nullptr, 0);
    char hex[sizeof out * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return std::string(hex);
}

std::optional<std::string> metaValue(vault::Database& db, const char* key) {
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? std::optional<std::string>(st.text(0)) : std::nullopt;
}

void setMeta(vault::Database& db, const char* key, const std::string& value) {
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")
        .bind(1, key)
        .bind(2, value)
        .run();
}

AuditEntry readEntry(const vault::Statement& st) {
    AuditEntry e;
    e.seq = st.int64(0);
    e.atMs = st.int64(1);
    e.hlc = static_cast<std::uint64_t>(st.int64(2));
    e.userId = st.text(3);
    e.deviceId = st.text(4);
    e.action = st.text(5);
    e.entity = st.text(6);
    e.entityId = st.text(7);
    e.caseId = st.optionalText(8);
    e.prevHash = st.text(9);
    e.hash = st.text(10);
    return e;
}
constexpr const char* kColumns =
    "seq, at_ms, hlc, user_id, device_id, action, entity, entity_id, case_id, prev_hash, hash";
}  // namespace

std::string toString(AuditAction action) {
    switch (action) {
        case AuditAction::Create:
            return "create";
        case AuditAction::Read:
            return "read";
        case AuditAction::Change:
            return "change";
        case AuditAction::Delete:
            return "delete";
        case AuditAction::Search:
            return "search";
        case AuditAction::Export:
            return "export";
        case AuditAction::Transfer:
            return "transfer";
        case AuditAction::Emergency:
            return "emergency";
    }
    return "unknown";
}

void AuditLog::append(const domain::Actor& actor, const AuditEvent& event) {
    AuditEntry e;
    e.seq = std::stoll(metaValue(m_db, "audit_head_seq").value_or("0")) + 1;
    e.prevHash = metaValue(m_db, "audit_head_hash").value_or(kGenesis);
    e.atMs = m_wall.nowMs();
    const auto hlc = m_hlc.now();
    e.hlc = hlc.packed();
    e.userId = actor.userId;
    e.deviceId = actor.deviceId;
    e.action = toString(event.action);
    e.entity = event.entity;
    e.entityId = event.entityId;
    e.caseId = event.caseId;
    e.hash = entryHash(e);
    m_db.prepare(std::string("INSERT INTO audit_log (") + kColumns +
                 ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .bind(1, e.seq)
        .bind(2, e.atMs)
        .bind(3, static_cast<std::int64_t>(e.hlc))
        .bind(4, e.userId)
        .bind(5, e.deviceId)
        .bind(6, e.action)
        .bind(7, e.entity)
        .bind(8, e.entityId)
        .bind(9, e.caseId)
        .bind(10, e.prevHash)
        .bind(11, e.hash)
        .run();
    setMeta(m_db, "audit_head_seq", std::to_string(e.seq));
    setMeta(m_db, "audit_head_hash", e.hash);
    vault::saveClockMark(m_db, hlc);
}

std::vector<AuditEntry> AuditLog::list(const std::optional<std::string>& caseId, int limit) {
    auto st = m_db.prepare(std::string("SELECT ") + kColumns +
                           " FROM audit_log WHERE (?1 IS NULL OR case_id = ?1) ORDER BY seq "
                           "LIMIT ?2");
    st.bind(1, caseId).bind(2, limit);
    std::vector<AuditEntry> out;
    while (st.step()) {
        out.push_back(readEntry(st));
    }
    return out;
}

AuditVerification AuditLog::verify() {
    AuditVerification result;
    auto broken = [&result](std::int64_t seq, std::string problem) {
        result.intact = false;
        result.firstBrokenSeq = seq;
        result.problem = std::move(problem);
        return result;
    };
    // One snapshot for the entries and the head: another process (the app beside the CLI) may
    // append between two separate reads, which would look like missing entries. A savepoint
    // works inside a caller's transaction and outside one.
    struct Snapshot {
        vault::Database& db;
        explicit Snapshot(vault::Database& d) : db(d) { db.exec("SAVEPOINT audit_verify"); }
        ~Snapshot() {
            try {
                db.exec("RELEASE audit_verify");
            } catch (...) {  // NOLINT(bugprone-empty-catch): read-only, nothing to undo
            }
        }
        Snapshot(const Snapshot&) = delete;
        Snapshot& operator=(const Snapshot&) = delete;
    } snapshot(m_db);
    auto st = m_db.prepare(std::string("SELECT ") + kColumns + " FROM audit_log ORDER BY seq");
    std::int64_t expected = 1;
    std::string prev = kGenesis;
    while (st.step()) {
        const auto e = readEntry(st);
        if (e.seq != expected) {
            return broken(expected, "entry " + std::to_string(expected) + " is missing");
        }
        if (e.prevHash != prev) {
            return broken(
                e.seq, "entry " + std::to_string(e.seq) + " does not link to the entry before it");
        }
        if (entryHash(e) != e.hash) {
            return broken(e.seq, "entry " + std::to_string(e.seq) + " was altered");
        }
        prev = e.hash;
        ++expected;
        ++result.entriesChecked;
    }
    const auto headSeq = std::stoll(metaValue(m_db, "audit_head_seq").value_or("0"));
    const auto headHash = metaValue(m_db, "audit_head_hash").value_or(kGenesis);
    if (headSeq != expected - 1) {
        return broken(expected, "entries from " + std::to_string(expected) + " to " +
                                    std::to_string(headSeq) + " are missing");
    }
    if (headHash != prev) {
        return broken(headSeq, "entry " + std::to_string(headSeq) + " was altered");
    }
    return result;
}

}  // namespace veldwerk::audit
