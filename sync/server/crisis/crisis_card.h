// The crisis card (issue 13 point 3; domain.md "Crisis"; PROTOCOL.md "Crisis card"): the
// region's numbers an admin sets on the server — Veilig Thuis, the crisis service, the
// after-hours number, the emergency number (112) — per organisation, each of which a team may
// override (the after-hours number is usually the team's own). Every pull carries the card of the
// device's user: their organisation's numbers with their team's in their place, derived from the
// authenticated device, never from the request.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/messages.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// veilig_thuis | crisis_service | after_hours | emergency
bool isCrisisKind(const std::string& kind);
// 1..32 characters of digits, spaces, '+', '-', '(' and ')', with at least one digit.
bool isCrisisNumber(const std::string& number);

struct CrisisCardEntry {
    std::optional<std::string> team;  // nullopt: the organisation's own
    std::string kind;
    std::string number;
    std::int64_t updatedAt = 0;
};

class CrisisCard {
public:
    explicit CrisisCard(SqlConnection& db) : m_db(db) {}

    // Inside a write transaction. Throws DirectoryError for an unknown organisation or team (the
    // team must be the organisation's), std::invalid_argument for a kind or number.
    void set(const std::string& orgName, const std::optional<std::string>& teamName,
             const std::string& kind, const std::string& number, std::int64_t nowMs);
    // Every number of the organisation: its own, then its teams' (by team name, kind).
    std::vector<CrisisCardEntry> entries(const std::string& orgName);
    // What a user of this organisation and team sees: the organisation's numbers, the team's in
    // their place; ordered by kind.
    std::vector<CrisisNumber> forUser(const std::string& orgId,
                                      const std::optional<std::string>& teamId);

private:
    SqlConnection& m_db;
};

}  // namespace veldwerk::sync::server
