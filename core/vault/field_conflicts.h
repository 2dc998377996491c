// Fields in conflict: for each, the sides the server keeps (value, author, role, device, time),
// as the last pull brought them. A local JGT write on such a field is its resolution and marks
// it `resolving` until the server accepts (the conflict is gone) or refuses it (it shows again).
// Read by the assessment rules (RT9: an open conflict blocks submission) and the CLI.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock/hlc.h"
#include "core/vault/database.h"

namespace veldwerk::vault {

struct ConflictSide {
    std::int64_t version = 0;
    std::optional<std::string> value;
    std::string author;
    std::string role;
    std::string device;
    clock::Hlc hlc;
    bool operator==(const ConflictSide&) const = default;
};

struct FieldConflict {
    std::string caseId;
    std::string entity;
    std::string entityId;
    std::string field;
    bool resolving = false;           // a local resolution waits for the server
    std::vector<ConflictSide> sides;  // by version
};

class FieldConflicts {
public:
    explicit FieldConflicts(Database& db) : m_db(db) {}

    // Open conflicts (not being resolved), optionally of one entity, ordered by field.
    std::vector<FieldConflict> open();
    std::vector<FieldConflict> openFor(const std::string& entity, const std::string& entityId);
    // One field's conflict, resolving or not.
    std::optional<FieldConflict> find(const std::string& entity, const std::string& entityId,
                                      const std::string& field);

    // Replaces the field's sides with the server's (none: no conflict); clears `resolving`.
    void replace(const std::string& caseId, const std::string& entity, const std::string& entityId,
                 const std::string& field, const std::vector<ConflictSide>& sides);
    // Marks a field's conflict as being resolved locally; false when it has none.
    bool markResolving(const std::string& entity, const std::string& entityId,
                       const std::string& field);
    void clearResolving(const std::string& entity, const std::string& entityId,
                        const std::string& field);
    void remove(const std::string& entity, const std::string& entityId, const std::string& field);

private:
    std::vector<FieldConflict> query(const std::string& where,
                                     const std::vector<std::string>& args);
    Database& m_db;
};

}  // namespace veldwerk::vault
