// The append-only access log (NEN 7513 practice): who (user), on what (record and client case),
// which action, when, and from which device. Tamper-evident: each entry carries the hash of the
// one before, and the newest entry's sequence and hash are kept apart in meta, so verify() finds
// an entry that was altered, removed from the middle or cut off the end.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock/hlc.h"
#include "core/domain/actor.h"
#include "core/vault/database.h"

namespace veldwerk::audit {

enum class AuditAction { Create, Read, Change, Delete, Search, Export, Transfer, Emergency };

std::string toString(AuditAction action);

struct AuditEvent {
    AuditAction action;
    std::string entity;    // "case", "person", "assessment", "vault", ...
    std::string entityId;  // may be empty for a search over many records
    std::optional<std::string> caseId;
};

struct AuditEntry {
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    std::uint64_t hlc = 0;
    std::string userId;
    std::string deviceId;
    std::string action;
    std::string entity;
    std::string entityId;
    std::optional<std::string> caseId;
    std::string prevHash;
    std::string hash;
};

struct AuditVerification {
    bool intact = true;
    std::int64_t entriesChecked = 0;
    std::optional<std::int64_t> firstBrokenSeq;
    std::string problem;  // English, for CLI and logs
};

class AuditLog {
public:
    AuditLog(vault::Database& db, const clock::PhysicalClock& wall, clock::HybridClock& hlc)
        : m_db(db), m_wall(wall), m_hlc(hlc) {}

    // Appends one entry; call inside the transaction of the access it records.
    void append(const domain::Actor& actor, const AuditEvent& event);
    // Entries oldest first, optionally only those of one case.
    std::vector<AuditEntry> list(const std::optional<std::string>& caseId = std::nullopt,
                                 int limit = 100000);
    AuditVerification verify();

private:
    vault::Database& m_db;
    const clock::PhysicalClock& m_wall;
    clock::HybridClock& m_hlc;
};

}  // namespace veldwerk::audit
