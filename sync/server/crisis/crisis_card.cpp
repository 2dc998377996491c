#include "sync/server/crisis/crisis_card.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "sync/server/directory/directory.h"

namespace veldwerk::sync::server {

bool isCrisisKind(const std::string& kind) {
    return kind == "veilig_thuis" || kind == "crisis_service" || kind == "after_hours" ||
           kind == "emergency";
}

bool isCrisisNumber(const std::string& number) {
    return !number.empty() && number.size() <= 32 &&
           number.find_first_not_of("0123456789 +-()") == std::string::npos &&
           number.find_first_of("0123456789") != std::string::npos;
}

void CrisisCard::set(const std::string& orgName, const std::optional<std::string>& teamName,
                     const std::string& kind, const std::string& number, std::int64_t nowMs) {
    if (!isCrisisKind(kind)) {
        throw std::invalid_argument(
            "a crisis card number is veilig_thuis, crisis_service, after_hours or emergency");
    }
    if (!isCrisisNumber(number)) {
        throw std::invalid_argument(
            "a phone number is 1 to 32 characters of digits, spaces, +, -, ( and )");
    }
    const auto org = m_db.query("SELECT id FROM orgs WHERE name = ?", {orgName});
    if (org.empty()) {
        throw DirectoryError("there is no organisation named " + orgName);
    }
    const auto orgId = asText(org[0][0]);
    std::string teamId;
    if (teamName) {
        const auto team =
            m_db.query("SELECT id FROM teams WHERE org_id = ? AND name = ?", {orgId, *teamName});
        if (team.empty()) {
            throw DirectoryError("organisation " + orgName + " has no team named " + *teamName);
        }
        teamId = asText(team[0][0]);
    }
    // No UPSERT on SQLite 3.15: the row is wholly ours, so replace it.
    m_db.query("DELETE FROM crisis_numbers WHERE org_id = ? AND team_id = ? AND kind = ?",
               {orgId, teamId, kind});
    m_db.query(
        "INSERT INTO crisis_numbers (org_id, team_id, kind, number, updated_at) VALUES (?, ?, ?, "
        "?, ?)",
        {orgId, teamId, kind, number, nowMs});
}

std::vector<CrisisCardEntry> CrisisCard::entries(const std::string& orgName) {
    const auto org = m_db.query("SELECT id FROM orgs WHERE name = ?", {orgName});
    if (org.empty()) {
        throw DirectoryError("there is no organisation named " + orgName);
    }
    std::vector<CrisisCardEntry> out;
    for (const auto& r : m_db.query(
             "SELECT t.name, n.kind, n.number, n.updated_at FROM crisis_numbers n LEFT JOIN teams "
             "t ON t.id = n.team_id WHERE n.org_id = ? ORDER BY n.team_id <> '', t.name, n.kind",
             {asText(org[0][0])})) {
        out.push_back({asOptionalText(r[0]), asText(r[1]), asText(r[2]), asInt(r[3])});
    }
    return out;
}

std::vector<CrisisNumber> CrisisCard::forUser(const std::string& orgId,
                                              const std::optional<std::string>& teamId) {
    std::map<std::string, CrisisNumber> byKind;
    for (const auto& r : m_db.query(
             "SELECT team_id, kind, number, updated_at FROM crisis_numbers WHERE org_id = ? AND "
             "(team_id = '' OR team_id = ?) ORDER BY team_id = '' DESC",
             {orgId, teamId.value_or("")})) {
        // The organisation's rows come first; a team's row takes its kind's place.
        byKind[asText(r[1])] = {asText(r[1]), asText(r[2]), asInt(r[3])};
    }
    std::vector<CrisisNumber> out;
    for (auto& [kind, n] : byKind) {
        out.push_back(std::move(n));
    }
    return out;
}

}  // namespace veldwerk::sync::server
