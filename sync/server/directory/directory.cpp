#include "sync/server/directory/directory.h"

#include "core/vault/secret.h"

namespace veldwerk::sync::server {

namespace {

std::optional<std::string> optionalText(const SqlValue& v) {
    return asOptionalText(v);
}

// Valid UTF-8 (no overlongs, no surrogates) without C0/C1 control characters or DEL.
bool isCleanUtf8(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f) {
            return false;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if ((c & 0xe0) == 0xc0) {
            n = 1;
            cp = c & 0x1fu;
        } else if ((c & 0xf0) == 0xe0) {
            n = 2;
            cp = c & 0x0fu;
        } else if ((c & 0xf8) == 0xf0) {
            n = 3;
            cp = c & 0x07u;
        } else {
            return false;
        }
        if (i + n >= s.size()) {  // truncated sequence
            return false;
        }
        for (std::size_t k = 1; k <= n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cc & 0x3fu);
        }
        const bool overlong =
            (n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ||
            (cp >= 0x80 && cp < 0xa0)) {
            return false;
        }
        i += n + 1;
    }
    return true;
}

}  // namespace

bool isUserRole(const std::string& role) {
    return role == "jgt" || role == "gi" || role == "supervisor" || role == "admin";
}

bool isValidName(const std::string& name) {
    return !name.empty() && name.size() <= 256 && isCleanUtf8(name);
}

std::string Directory::orgId(const std::string& orgName) {
    const auto rows = m_db.query("SELECT id FROM orgs WHERE name = ?", {orgName});
    if (rows.empty()) {
        throw DirectoryError("there is no organisation of that name");
    }
    return asText(rows[0][0]);
}

OrgRecord Directory::addOrg(const std::string& name, const std::string& kind, std::int64_t nowMs) {
    if (!isValidName(name)) {
        throw DirectoryError("an organisation name is 1 to 256 characters of text");
    }
    if (kind != "jgt" && kind != "gi") {
        throw DirectoryError("an organisation's kind is jgt or gi");
    }
    if (!m_db.query("SELECT 1 FROM orgs WHERE name = ?", {name}).empty()) {
        throw DirectoryError("an organisation of that name exists already");
    }
    OrgRecord org{vault::randomHex(16), name, kind};
    m_db.query("INSERT INTO orgs (id, name, kind, created_at) VALUES (?, ?, ?, ?)",
               {org.id, name, kind, nowMs});
    return org;
}

namespace {

void checkMunicipality(const std::string& municipality) {
    if (!isValidName(municipality)) {
        throw DirectoryError("a municipality is 1 to 256 characters of text");
    }
}

}  // namespace

TeamRecord Directory::addTeam(const std::string& name, const std::string& orgName,
                              const std::optional<std::string>& municipality, std::int64_t nowMs) {
    if (!isValidName(name)) {
        throw DirectoryError("a team name is 1 to 256 characters of text");
    }
    if (municipality) {
        checkMunicipality(*municipality);
    }
    const auto org = orgId(orgName);
    if (!m_db.query("SELECT 1 FROM teams WHERE org_id = ? AND name = ?", {org, name}).empty()) {
        throw DirectoryError("that organisation has a team of that name already");
    }
    TeamRecord team{vault::randomHex(16), name, orgName, municipality};
    m_db.query(
        "INSERT INTO teams (id, org_id, name, created_at, municipality) VALUES (?, ?, ?, ?, ?)",
        {team.id, org, name, nowMs,
         municipality ? SqlValue(*municipality) : SqlValue(std::monostate{})});
    return team;
}

TeamRecord Directory::setMunicipality(const std::string& teamName, const std::string& orgName,
                                      const std::string& municipality) {
    checkMunicipality(municipality);
    const auto org = orgId(orgName);
    const auto rows =
        m_db.query("SELECT id FROM teams WHERE org_id = ? AND name = ?", {org, teamName});
    if (rows.empty()) {
        throw DirectoryError("that organisation has no team of that name");
    }
    TeamRecord team{asText(rows[0][0]), teamName, orgName, municipality};
    m_db.query("UPDATE teams SET municipality = ? WHERE id = ?", {municipality, team.id});
    return team;
}

UserRecord Directory::addUser(const std::string& name, const std::string& orgName,
                              const std::string& role, const std::optional<std::string>& teamName,
                              const std::string& passwordHash, std::int64_t nowMs) {
    if (!isValidName(name)) {
        throw DirectoryError("a user name is 1 to 256 characters of text");
    }
    if (!isUserRole(role)) {
        throw DirectoryError("a user's role is jgt, gi, supervisor or admin");
    }
    const auto org = orgId(orgName);
    SqlValue team = std::monostate{};
    if (teamName) {
        const auto rows =
            m_db.query("SELECT id FROM teams WHERE org_id = ? AND name = ?", {org, *teamName});
        if (rows.empty()) {
            throw DirectoryError("the organisation has no team of that name");
        }
        team = rows[0][0];
    }
    if (!m_db.query("SELECT 1 FROM users WHERE name = ?", {name}).empty()) {
        throw DirectoryError("a user of that name exists already");
    }
    UserRecord user{vault::randomHex(16), name, orgName, teamName, role, true, std::nullopt};
    m_db.query(
        "INSERT INTO users (id, name, org_id, team_id, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
        {user.id, name, org, team, role, passwordHash, nowMs});
    return user;
}

void Directory::setFullName(const std::string& userName, const std::string& fullName) {
    if (!isValidName(fullName)) {
        throw DirectoryError("a full name is 1 to 256 characters of text");
    }
    if (m_db.query("SELECT 1 FROM users WHERE name = ?", {userName}).empty()) {
        throw DirectoryError("no user of that name");
    }
    m_db.query("UPDATE users SET full_name = ? WHERE name = ?", {fullName, userName});
}

std::vector<UserRecord> Directory::users() {
    std::vector<UserRecord> out;
    for (const auto& r : m_db.query(
             "SELECT u.id, u.name, o.name, t.name, u.role, u.active, u.full_name FROM users u "
             "JOIN orgs o ON o.id = u.org_id LEFT JOIN teams t ON t.id = u.team_id "
             "ORDER BY u.name")) {
        out.push_back({asText(r[0]), asText(r[1]), asText(r[2]), optionalText(r[3]), asText(r[4]),
                       asInt(r[5]) != 0, optionalText(r[6])});
    }
    return out;
}

std::vector<CaseRecord> Directory::cases() {
    std::vector<CaseRecord> out;
    for (const auto& r :
         m_db.query("SELECT c.id, t.name, COALESCE(u.name, c.created_by), c.created_at, "
                    "(SELECT COUNT(*) FROM case_members m WHERE m.case_id = c.id AND m.active = 1) "
                    "FROM cases c LEFT JOIN teams t ON t.id = c.team_id "
                    "LEFT JOIN users u ON u.id = c.created_by ORDER BY c.created_at, c.id")) {
        out.push_back({asText(r[0]), optionalText(r[1]), asText(r[2]), asInt(r[3]), asInt(r[4])});
    }
    return out;
}

}  // namespace veldwerk::sync::server
