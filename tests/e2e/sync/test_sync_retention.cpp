// Case closure, retention and destruction (issue 14, point 6) through the real veldwerk-server
// and two devices, on SQLite and on PostgreSQL: a closed case leaves both devices at their next
// sync and stays on the server with a retention date 20 years on; a destruction needs two
// different admins, removes every trace of the case's client data from every table (a canary in
// the case's name, a person's name, a text answer and a client's statement), keeps the access
// log, and the devices purge the case.
#include <memory>

#include "sync/server/store/sql_connection.h"
#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {

std::vector<std::string> caseIds(const Device& d) {
    std::vector<std::string> out;
    const auto listed = d.json({"case", "list"});
    for (const auto& c : listed.at("cases")) {
        out.push_back(c.at("id"));
    }
    return out;
}

std::vector<std::string> tables(veldwerk::sync::server::SqlConnection& db) {
    using namespace veldwerk::sync::server;
    std::vector<std::string> out;
    const auto rows = db.dialect() == SqlDialect::Postgres
                          ? db.query(
                                "SELECT table_name FROM information_schema.tables WHERE "
                                "table_schema = current_schema()")
                          : db.query("SELECT name FROM sqlite_master WHERE type = 'table'");
    for (const auto& r : rows) {
        out.push_back(asText(r[0]));
    }
    return out;
}

// "table.column" of every text value in the database that contains `needle`.
std::vector<std::string> cellsContaining(const std::string& dbUrl, const std::string& needle) {
    using namespace veldwerk::sync::server;
    auto db = connect(dbUrl);
    std::vector<std::string> found;
    for (const auto& table : tables(*db)) {
        const auto rows = db->query("SELECT * FROM " + table);
        for (const auto& row : rows) {
            for (std::size_t i = 0; i < row.size(); ++i) {
                const auto* text = std::get_if<std::string>(&row[i]);
                if (text && text->find(needle) != std::string::npos) {
                    found.push_back(table + "." + std::to_string(i));
                }
            }
        }
    }
    return found;
}

// An admin command signed in as an admin (--as NAME, password from VELDWERK_PASSWORD), as JSON.
json signedIn(SyncWorld& world, std::vector<std::string> args) {
    args.insert(args.begin(), "--json");
    const auto r = world.server().admin(args, {{"VELDWERK_PASSWORD", kUserPassword}});
    INFO("admin " << args.at(1) << " " << args.at(2) << ": " << r.err);
    REQUIRE(r.exitCode == 0);
    return json::parse(r.out);
}

std::int64_t count(const std::string& dbUrl, const std::string& sql) {
    using namespace veldwerk::sync::server;
    auto db = connect(dbUrl);
    return asInt(db->query(sql).at(0).at(0));
}

}  // namespace

TEST_CASE("retention: a closed case leaves every device and stays on the server") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Dekker"}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Mila", "--born", "2015-05-05"})
                                  .at("id");
    const std::string rt = anna.json({"assessment", "new", "--case", caseId, "--form",
                                      "risicotaxatie", "--subject", child})
                               .at("id");
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    anna.sync();
    gijs.sync();
    REQUIRE(caseIds(gijs) == std::vector<std::string>{caseId});

    // The GI worker answers offline while the JGT worker closes the case.
    gijs.set(rt, "krachten_toelichting", "Opa helpt elke dag");
    REQUIRE(gijs.run({"case", "close", caseId}).exitCode != 0);  // only a JGT member closes
    anna.ok({"case", "close", caseId});
    const auto closed = anna.sync();
    CHECK(closed.at("pushed").at("applied").get<int>() >= 1);
    CHECK(caseIds(anna).empty());
    const auto late = gijs.sync();
    CHECK(late.at("pushed").at("refused") == 1);  // the closed case takes no more changes
    CHECK(caseIds(gijs).empty());

    // Kept on the server, with a retention date 20 years after the closure.
    CHECK(count(world.server().dbUrl(),
                "SELECT COUNT(*) FROM fields WHERE case_id = '" + caseId + "'") > 5);
    const auto kept = world.adminJson({"case", "retention"});
    REQUIRE(kept.at("closed").size() == 1);
    const auto row = kept.at("closed").at(0);
    CHECK(row.at("case") == caseId);
    const std::string closedAt = row.at("closedAt");
    const std::string until = row.at("retainUntil");
    CHECK(std::stoi(until.substr(0, 4)) == std::stoi(closedAt.substr(0, 4)) + 20);
    CHECK(until.substr(4, 6) == closedAt.substr(4, 6));
    CHECK(row.at("retentionPassed") == false);

    // A device that syncs again gets nothing of it back; the supervisor's scope lacks it too.
    anna.sync();
    CHECK(caseIds(anna).empty());
    auto sanne = world.device("sanne");
    sanne.sync();
    CHECK(caseIds(sanne).empty());
}

TEST_CASE("retention: destruction needs two admins, leaves no client data, keeps the log") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    world.admin({"user", "add", "beheer1", "--org", "JGT Utrecht", "--role", "admin"});
    world.admin({"user", "add", "beheer2", "--org", "JGT Utrecht", "--role", "admin"});
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");

    const std::string canary = "KANARIE7c1e";
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin " + canary}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Noor " + canary, "--born", "2014-04-04"})
                                  .at("id");
    const std::string rt = anna.json({"assessment", "new", "--case", caseId, "--form",
                                      "risicotaxatie", "--subject", child})
                               .at("id");
    anna.set(rt, "krachten_toelichting", "Buurvrouw " + canary + " past op");
    // A statement beside the taxatie: the relation and the words are client data too.
    anna.ok({"assessment", "statement", rt, "--relation", "tante " + canary, "--text",
             "Ik zie het anders, " + canary});
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    // A second case stays untouched.
    const std::string other = anna.json({"case", "add", "--name", "Gezin Bakker"}).at("id");
    anna.sync();
    gijs.sync();
    anna.set(rt, "krachten_toelichting", "Buurvrouw " + canary + " past soms op");  // history
    anna.sync();
    REQUIRE_FALSE(cellsContaining(world.server().dbUrl(), canary).empty());

    // Registered by one admin...
    const auto request = signedIn(world, {"case", "destroy-request", caseId, "--as", "beheer1",
                                          "--asked-by", "parent", "--asked-on", "2026-01-15"});
    CHECK(request.at("deadline") == "2026-04-15");
    const std::string requestId = request.at("request");
    // ...not approved by the same admin, nor by anyone without the admin's password.
    const auto same =
        world.server().admin({"case", "destroy-approve", requestId, "--as", "beheer1"},
                             {{"VELDWERK_PASSWORD", kUserPassword}});
    CHECK(same.exitCode == 3);
    CHECK_THAT(same.err, Catch::Contains("second admin"));
    const auto wrong =
        world.server().admin({"case", "destroy-approve", requestId, "--as", "beheer2"},
                             {{"VELDWERK_PASSWORD", "niet-het-wachtwoord"}});
    CHECK(wrong.exitCode == 3);
    const auto notAdmin =
        world.server().admin({"case", "destroy-approve", requestId, "--as", "anna"},
                             {{"VELDWERK_PASSWORD", kUserPassword}});
    CHECK(notAdmin.exitCode == 3);
    REQUIRE_FALSE(cellsContaining(world.server().dbUrl(), canary).empty());
    const auto listed = world.adminJson({"case", "retention"}).at("destructionRequests");
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).at("case") == caseId);

    // The second admin approves: nothing of the client data is left anywhere.
    const auto done = signedIn(world, {"case", "destroy-approve", requestId, "--as", "beheer2"});
    const std::string pseudonym = done.at("pseudonym");
    CHECK(pseudonym.find(caseId) == std::string::npos);
    CHECK(cellsContaining(world.server().dbUrl(), canary).empty());
    CHECK(count(world.server().dbUrl(),
                "SELECT COUNT(*) FROM fields WHERE case_id = '" + caseId + "'") == 0);
    CHECK(count(world.server().dbUrl(),
                "SELECT COUNT(*) FROM field_history WHERE case_id = '" + caseId + "'") == 0);
    CHECK(count(world.server().dbUrl(),
                "SELECT COUNT(*) FROM fields WHERE case_id = '" + other + "'") > 0);
    const auto record = world.adminJson({"case", "retention"});
    CHECK(record.at("destructionRequests").empty());
    REQUIRE(record.at("destroyed").size() == 1);
    CHECK(record.at("destroyed").at(0).at("pseudonym") == pseudonym);
    CHECK(record.at("destroyed").at(0).at("registeredBy") == "beheer1");
    CHECK(record.at("destroyed").at(0).at("approvedBy") == "beheer2");
    CHECK(record.at("destroyed").at(0).at("askedBy") == "parent");

    // The access log is kept: the case's creation, reads, and the destruction itself.
    const auto log = world.adminJson({"audit", "case", caseId}).at("entries");
    bool created = false, read = false, destroyed = false;
    for (const auto& e : log) {
        const auto event = e.at("event").get<std::string>();
        created = created || event == "create";
        read = read || event == "read";
        destroyed = destroyed || (event == "delete" && e.at("user") == "beheer2");
    }
    CHECK(created);
    CHECK(read);
    CHECK(destroyed);

    // Both devices purge it; the other case stays. A device cannot bring the case back.
    anna.sync();
    gijs.sync();
    CHECK(caseIds(anna) == std::vector<std::string>{other});
    CHECK(caseIds(gijs).empty());
    CHECK(world.server()
              .admin({"case", "close", caseId, "--as", "beheer1"},
                     {{"VELDWERK_PASSWORD", kUserPassword}})
              .exitCode == 3);
}
