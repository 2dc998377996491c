// Disagreements that were closed, as the server tells of them (sync/PROTOCOL.md "Pull":
// `resolved`): per field, the sides it had when it closed and the version that closed it — a JGT
// member's resolution, or an agreement when the sides came to say the same. Kept apart from the
// change record, which holds what this device itself saw: a supervisor's device usually learns
// of a disagreement only after it was closed. Read by the supervisor's review.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/vault/database.h"
#include "core/vault/field_conflicts.h"

namespace veldwerk::vault {

struct SettledConflict {
    std::string caseId;
    std::string entity;
    std::string entityId;
    std::string field;
    std::string kind;                 // resolution | agreement
    ConflictSide closing;             // the version that closed it: value, author, role, time
    std::vector<ConflictSide> sides;  // the sides it closed, by version

    bool operator==(const SettledConflict&) const = default;
};

class SettledConflicts {
public:
    explicit SettledConflicts(Database& db) : m_db(db) {}

    // Stores one closed disagreement, replacing what was stored for the same closing version
    // (a page pulled twice changes nothing). Call inside a transaction.
    void record(const SettledConflict& settled);
    // The closed disagreements of one record's fields, by field, then closing version.
    std::vector<SettledConflict> of(const std::string& entity, const std::string& entityId);

private:
    Database& m_db;
};

}  // namespace veldwerk::vault
