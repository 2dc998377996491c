// Organisations, teams and users: what an administrator manages and what enrolment, access
// control and the pull's user list read. Names are unique (orgs; users; teams within their org).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// A request the data refuses: a duplicate or unknown name, a wrong kind or role.
class DirectoryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OrgRecord {
    std::string id;
    std::string name;
    std::string kind;  // jgt | gi
};

struct TeamRecord {
    std::string id;
    std::string name;
    std::string orgName;
    std::optional<std::string> municipality;  // the one it works for; unset until an admin sets it
};

struct UserRecord {
    std::string id;
    std::string name;
    std::string orgName;
    std::optional<std::string> teamName;
    std::string role;  // jgt | gi | supervisor | admin
    bool active = true;
    std::optional<std::string> fullName;  // as colleagues read it; the login when absent
};

struct CaseRecord {
    std::string id;
    std::optional<std::string> teamName;
    std::string createdBy;  // user name
    std::int64_t createdAt = 0;
    std::int64_t activeMembers = 0;
};

bool isUserRole(const std::string& role);
// 1..256 bytes of UTF-8 without control characters (the protocol's name shape).
bool isValidName(const std::string& name);

class Directory {
public:
    explicit Directory(SqlConnection& db) : m_db(db) {}

    // Inside a write transaction.
    OrgRecord addOrg(const std::string& name, const std::string& kind, std::int64_t nowMs);
    TeamRecord addTeam(const std::string& name, const std::string& orgName,
                       const std::optional<std::string>& municipality, std::int64_t nowMs);
    // The municipality a team works for (a name shape); inside a write transaction.
    TeamRecord setMunicipality(const std::string& teamName, const std::string& orgName,
                               const std::string& municipality);
    UserRecord addUser(const std::string& name, const std::string& orgName, const std::string& role,
                       const std::optional<std::string>& teamName, const std::string& passwordHash,
                       std::int64_t nowMs);

    // The full name colleagues see on their devices (a name shape); inside a write transaction.
    void setFullName(const std::string& userName, const std::string& fullName);

    std::vector<UserRecord> users();
    std::vector<CaseRecord> cases();

private:
    std::string orgId(const std::string& orgName);

    SqlConnection& m_db;
};

}  // namespace veldwerk::sync::server
