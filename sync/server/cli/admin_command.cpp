// `veldwerk-server admin --db URL [--json] [--kdf-cheap-for-tests] WHAT ...`: every write in one
// transaction with its audit record (event "admin"); reads print text or, with --json, one JSON
// object (documented in sync/server/README.md).
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <nlohmann/json.hpp>
#include <optional>

#include "sync/server/audit/audit_trail.h"
#include "sync/server/cli/admin_output.h"
#include "sync/server/cli/arguments.h"
#include "sync/server/cli/commands.h"
#include "sync/server/directory/directory.h"
#include "sync/server/identity/device_registry.h"
#include "sync/server/identity/password_hasher.h"
#include "sync/server/retention/case_destruction.h"
#include "sync/server/schema/migrations.h"
#include "sync/server/schema/store_opening.h"
#include "sync/server/transaction.h"
#include "sync/server/visits/visit_admin.h"

namespace veldwerk::sync::server::cli {

namespace {

using nlohmann::json;

class Refused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string isoTime(std::int64_t ms) {
    const auto seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    char millis[8];
    std::snprintf(millis, sizeof millis, ".%03dZ", static_cast<int>(ms % 1000));
    return std::string(text) + millis;
}

json optionalJson(const std::optional<std::string>& v) {
    return v ? json(*v) : json(nullptr);
}
json optionalJson(const std::optional<std::int64_t>& v) {
    return v ? json(*v) : json(nullptr);
}

std::string passwordFromEnvironment() {
    const char* value = std::getenv("VELDWERK_PASSWORD");
    if (!value || !*value) {
        throw Refused("set the new user's password in VELDWERK_PASSWORD");
    }
    std::string password = value;
    if (password.size() < kMinPasswordLength) {
        throw Refused("the password must be at least " + std::to_string(kMinPasswordLength) +
                      " characters");
    }
    return password;
}

// One admin write with its audit record, retried as a whole on a busy database.
template <class F>
void adminWrite(SqlConnection& db, const std::string& entity, const std::string& detail, F&& fn) {
    inTransaction(db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        const auto entityId = fn();
        AuditTrail(db).append(
            {"admin", "ok", std::nullopt, std::nullopt, std::nullopt, entity, entityId, detail},
            nowMs());
        tx.commit();
    });
}

struct AdminRun {
    SqlConnection& db;
    const Arguments& args;
    bool asJson;
    bool cheapKdf;
    std::ostream& out;

    void expectWords(std::size_t n) const {
        if (args.words().size() != n) {
            throw UsageError("wrong number of words for '" + args.words().at(0) + " " +
                             args.words().at(1) + "'");
        }
    }

    void orgAdd() {
        expectWords(3);
        OrgRecord org;
        adminWrite(db, "org", "org add", [&] {
            org = Directory(db).addOrg(args.words()[2], args.required("kind"), nowMs());
            return org.id;
        });
        if (asJson) {
            out << json{{"id", org.id}, {"name", org.name}, {"kind", org.kind}}.dump() << "\n";
        } else {
            out << "organisation " << org.id << " added\n";
        }
    }

    void teamAdd() {
        expectWords(3);
        TeamRecord team;
        adminWrite(db, "team", "team add", [&] {
            team = Directory(db).addTeam(args.words()[2], args.required("org"),
                                         args.option("municipality"), nowMs());
            return team.id;
        });
        printTeam(team, "added");
    }

    // The municipality a team works for, which the monitoring export reports.
    void teamSet() {
        expectWords(3);
        const auto municipality = args.required("municipality");
        TeamRecord team;
        adminWrite(db, "team", "team set", [&] {
            team =
                Directory(db).setMunicipality(args.words()[2], args.required("org"), municipality);
            return team.id;
        });
        printTeam(team, "updated");
    }

    void printTeam(const TeamRecord& team, const char* done) {
        if (asJson) {
            out << json{{"id", team.id},
                        {"name", team.name},
                        {"org", team.orgName},
                        {"municipality", optionalJson(team.municipality)}}
                       .dump()
                << "\n";
        } else {
            out << "team " << team.id << " " << done << "\n";
        }
    }

    void userAdd() {
        expectWords(3);
        const auto org = args.required("org");
        const auto role = args.required("role");
        if (!isUserRole(role)) {
            throw Refused("a user's role is jgt, gi, supervisor or admin");
        }
        // Hash first: it takes a moment and must not hold the write lock.
        const PasswordHasher hasher(cheapKdf ? KdfCost::cheapForTests() : KdfCost::interactive());
        const auto hash = hasher.hash(passwordFromEnvironment());
        UserRecord user;
        adminWrite(db, "user", "user add", [&] {
            Directory directory(db);
            user =
                directory.addUser(args.words()[2], org, role, args.option("team"), hash, nowMs());
            if (const auto fullName = args.option("full-name")) {
                directory.setFullName(user.name, *fullName);
                user.fullName = fullName;
            }
            return user.id;
        });
        if (asJson) {
            out << json{{"id", user.id},
                        {"name", user.name},
                        {"fullName", optionalJson(user.fullName)},
                        {"org", user.orgName},
                        {"team", optionalJson(user.teamName)},
                        {"role", user.role}}
                       .dump()
                << "\n";
        } else {
            out << "user " << user.id << " added\n";
        }
    }

    // A professional's full name, as colleagues read it on their devices from their next sync.
    void userSet() {
        expectWords(3);
        const auto fullName = args.required("full-name");
        std::string id;
        adminWrite(db, "user", "user set", [&] {
            Directory(db).setFullName(args.words()[2], fullName);
            id = asText(db.query("SELECT id FROM users WHERE name = ?", {args.words()[2]})[0][0]);
            return id;
        });
        if (asJson) {
            out << json{{"id", id}, {"name", args.words()[2]}, {"fullName", fullName}}.dump()
                << "\n";
        } else {
            out << "user " << id << " updated\n";
        }
    }

    void userList() {
        expectWords(2);
        const auto users = Directory(db).users();
        if (asJson) {
            json list = json::array();
            for (const auto& u : users) {
                list.push_back({{"id", u.id},
                                {"name", u.name},
                                {"fullName", optionalJson(u.fullName)},
                                {"org", u.orgName},
                                {"team", optionalJson(u.teamName)},
                                {"role", u.role},
                                {"active", u.active}});
            }
            out << json{{"users", list}}.dump() << "\n";
            return;
        }
        for (const auto& u : users) {
            out << u.id << "  " << u.name << (u.fullName ? " (" + *u.fullName + ")" : "") << "  "
                << u.role << "  " << u.orgName << (u.teamName ? " / " + *u.teamName : "")
                << (u.active ? "" : "  (inactive)") << "\n";
        }
    }

    void deviceList() {
        expectWords(2);
        const auto devices = DeviceRegistry(db).list();
        if (asJson) {
            json list = json::array();
            for (const auto& d : devices) {
                list.push_back({{"id", d.id},
                                {"userId", d.userId},
                                {"user", d.userName},
                                {"label", d.label},
                                {"enrolledAt", d.enrolledAt},
                                {"lastSeenAt", optionalJson(d.lastSeenAt)},
                                {"revokedAt", optionalJson(d.revokedAt)},
                                {"clockOffsetMs", optionalJson(d.clockOffsetMs)}});
            }
            out << json{{"devices", list}}.dump() << "\n";
            return;
        }
        for (const auto& d : devices) {
            out << d.id << "  " << d.userName << "  enrolled " << isoTime(d.enrolledAt)
                << (d.lastSeenAt ? "  last seen " + isoTime(*d.lastSeenAt) : "")
                << (d.revokedAt ? "  REVOKED " + isoTime(*d.revokedAt) : "") << "\n";
        }
    }

    void deviceRevoke() {
        expectWords(3);
        const auto& id = args.words()[2];
        const auto at = nowMs();
        adminWrite(db, "device", "device revoke", [&] {
            if (!DeviceRegistry(db).revoke(id, at)) {
                throw Refused("there is no device with that id");
            }
            return id;
        });
        if (asJson) {
            out << json{{"id", id}, {"revoked", true}}.dump() << "\n";
        } else {
            out << "device " << id << " revoked; it wipes its vault at its next contact\n";
        }
    }

    void auditCase() {
        expectWords(3);
        const auto& caseId = args.words()[2];
        std::vector<CaseAccessEntry> entries;
        inTransaction(db, SqlTransaction::Kind::Read, [&](SqlTransaction& tx) {
            entries = AuditTrail(db).caseLog(caseId);
            tx.commit();
        });
        // Reading a client's access log is itself an access worth recording.
        adminWrite(db, "audit_log", "audit case", [&] { return caseId; });
        if (asJson) {
            json list = json::array();
            for (const auto& e : entries) {
                list.push_back({{"at", isoTime(e.atMs)},
                                {"atMs", e.atMs},
                                {"source", e.source},
                                {"event", e.event},
                                {"outcome", e.outcome},
                                {"user", e.userName.empty() ? e.userId : e.userName},
                                {"userId", e.userId},
                                {"org", e.org},
                                {"role", e.role},
                                {"device", e.deviceId},
                                {"case", e.caseId},
                                {"entity", e.entity},
                                {"entityId", e.entityId},
                                {"detail", e.detail}});
            }
            out << json{{"case", caseId}, {"entries", list}}.dump() << "\n";
            return;
        }
        for (const auto& e : entries) {
            out << isoTime(e.atMs) << "  " << e.event << " (" << e.outcome << ")  "
                << (e.userName.empty() ? e.userId : e.userName) << " (" << e.org << ", " << e.role
                << ")  " << e.entity << " " << e.entityId << "  device " << e.deviceId
                << (e.source == "device" ? "  [device log]" : "") << "\n";
        }
    }

    void caseList() {
        expectWords(2);
        const auto cases = Directory(db).cases();
        if (asJson) {
            json list = json::array();
            for (const auto& c : cases) {
                list.push_back({{"id", c.id},
                                {"team", optionalJson(c.teamName)},
                                {"createdBy", c.createdBy},
                                {"createdAt", c.createdAt},
                                {"activeMembers", c.activeMembers}});
            }
            out << json{{"cases", list}}.dump() << "\n";
            return;
        }
        for (const auto& c : cases) {
            out << c.id << "  " << (c.teamName ? *c.teamName : "-") << "  created by "
                << c.createdBy << " " << isoTime(c.createdAt) << "  " << c.activeMembers
                << " members\n";
        }
    }

    void dispatch() {
        const auto& w = args.words();
        if (w.size() < 2) {
            throw UsageError("admin needs a subcommand, e.g. 'user list'");
        }
        const auto what = w[0] + " " + w[1];
        if (what == "org add") {
            orgAdd();
        } else if (what == "team add") {
            teamAdd();
        } else if (what == "team set") {
            teamSet();
        } else if (what == "user add") {
            userAdd();
        } else if (what == "user set") {
            userSet();
        } else if (what == "user list") {
            userList();
        } else if (what == "device list") {
            deviceList();
        } else if (what == "device revoke") {
            deviceRevoke();
        } else if (what == "audit case") {
            auditCase();
        } else if (what == "case list") {
            caseList();
        } else if (what == "visits overdue") {
            expectWords(2);
            printOverdueVisits(db, nowMs(), args.option("team"), asJson, out);
            // Where the office's people are is client data: reading it is logged.
            adminWrite(db, "visit", "visits overdue", [] { return std::string(); });
        } else if (what == "visits grace") {
            if (w.size() > 3) {
                throw UsageError("visits grace takes at most one number of minutes");
            }
            visitGrace(db, w.size() == 3 ? std::optional(w[2]) : std::nullopt, asJson, out);
        } else if (runRetentionCommand({db, args, asJson, out}) ||
                   runAccountabilityCommand({db, args, asJson, out}) ||
                   runCrisisCardCommand({db, args, asJson, out})) {
            // case close|destroy-request|destroy-approve|retention, audit client|emergency,
            // export monitoring, crisis-card set|show (cli/retention_commands,
            // cli/accountability_commands, cli/crisis_card_commands)
        } else {
            throw UsageError("unknown admin subcommand '" + what + "'");
        }
    }
};

}  // namespace

int runAdmin(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    std::optional<Arguments> args;
    try {
        args.emplace(argv, std::set<std::string>{"db",          "kind",         "org",
                                                 "role",        "team",         "full-name",
                                                 "as",          "asked-by",     "asked-on",
                                                 "person",      "format",       "out",
                                                 "from",        "to",           "key-file",
                                                 "note",        "veilig-thuis", "crisis-service",
                                                 "after-hours", "emergency",    "municipality"},
                     std::set<std::string>{"json", "kdf-cheap-for-tests", "create-store"});
        const auto url = args->required("db");
        std::unique_ptr<SqlConnection> db;
        try {
            db = openStore(url, args->flag("create-store"));
        } catch (const std::exception& e) {
            err << "veldwerk-server admin: cannot open the database: " << e.what() << "\n";
            return kExitDatabase;
        }
        AdminRun run{*db, *args, args->flag("json"), args->flag("kdf-cheap-for-tests"), out};
        run.dispatch();
        return kExitOk;
    } catch (const UsageError& e) {
        err << "veldwerk-server admin: " << e.what() << "\n" << usageText();
        return kExitUsage;
    } catch (const Refused& e) {
        err << "veldwerk-server admin: " << e.what() << "\n";
        return kExitRefused;
    } catch (const RetentionError& e) {
        err << "veldwerk-server admin: " << e.what() << "\n";
        return kExitRefused;
    } catch (const DirectoryError& e) {
        err << "veldwerk-server admin: " << e.what() << "\n";
        return kExitRefused;
    } catch (const std::invalid_argument& e) {
        err << "veldwerk-server admin: " << e.what() << "\n";
        return kExitRefused;
    } catch (const SqlError& e) {
        err << "veldwerk-server admin: database error: " << e.what() << "\n";
        return kExitDatabase;
    } catch (const std::exception& e) {
        err << "veldwerk-server admin: " << e.what() << "\n";
        return kExitFailed;
    }
}

}  // namespace veldwerk::sync::server::cli
