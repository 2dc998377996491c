// Who may act on which case, read from the projections the push keeps of the `case`, `member`
// and `consent` field changes: `cases` (with the team of the JGT user who created it),
// `case_members` and `consents`. A supervisor acts on every case of their team.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/server/caller.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

struct CaseRow {
    std::string id;
    std::optional<std::string> teamId;
};

struct UserRow {
    std::string id;
    std::string role;
    bool active = false;
};

class CaseAccess {
public:
    explicit CaseAccess(SqlConnection& db) : m_db(db) {}

    std::optional<CaseRow> findCase(const std::string& caseId);
    void createCase(const std::string& caseId, const std::optional<std::string>& teamId,
                    const std::string& createdBy, std::int64_t nowMs);

    // The role the caller acts in on the case: their active membership's role, or "supervisor"
    // for a supervisor of the case's team; nullopt: no access.
    std::optional<std::string> roleIn(const Caller& caller, const CaseRow& c);
    std::optional<UserRow> findUser(const std::string& userId);

    // role nullopt: the membership ends (kept inactive, for the access log's roles).
    void setMember(const std::string& caseId, const std::string& userId,
                   const std::optional<std::string>& role);
    std::vector<std::string> activeMembers(const std::string& caseId, const std::string& role);

    // A consent for the role, given by someone, not withdrawn.
    bool consentInForce(const std::string& caseId, const std::string& forRole);
    // Keeps the `consents` row of a consent record in step with one of its field changes.
    void recordConsentField(const std::string& consentId, const std::string& caseId,
                            const std::string& field, const std::optional<std::string>& value,
                            const std::string& recordedBy, std::int64_t nowMs);

private:
    SqlConnection& m_db;
};

}  // namespace veldwerk::sync::server
