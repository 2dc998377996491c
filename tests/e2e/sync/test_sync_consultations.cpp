// Anonymous consultation end to end (issue 13 point 1): a real veldwerk-server and two tablets
// driven through veldwerk-cli. The JGT worker asks GI Midden's advice about a case without the
// family's consent; the GI professional's tablet gets it and nothing that names the case or the
// family (checked in the GI tablet's own vault and in the server's pull reply on the wire), and
// answers; the advice reaches the JGT tablet. After consent the JGT worker links it to the case:
// then both members of the case see it as part of the case, and it is in the case's access log.
#include <httplib.h>

#include <chrono>
#include <ctime>
#include <set>

#include "core/vault/vault.h"
#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using nlohmann::json;

namespace {

std::int64_t count(vault::Vault& v, const std::string& sql, const std::string& bind = "") {
    auto st = v.db().prepare(sql);
    if (!bind.empty()) {
        st.bind(1, bind);
    }
    st.step();
    return st.int64(0);
}

// The body of the server's pull reply for the user, as a modified client would see it.
std::string pullOnTheWire(SyncWorld& world, const std::string& user) {
    httplib::Client http("127.0.0.1", world.server().port());
    const auto clock = std::to_string(
        static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count())
        << 16);
    const httplib::Headers plain{{"Veldwerk-Protocol", "1"}, {"Veldwerk-Clock", clock}};
    const auto enrolled =
        http.Post("/v1/enroll", plain,
                  json{{"user", user}, {"password", kUserPassword}, {"deviceLabel", "wire"}}.dump(),
                  "application/json");
    REQUIRE(enrolled);
    REQUIRE(enrolled->status == 200);
    auto headers = plain;
    headers.emplace("Authorization",
                    "Bearer " + json::parse(enrolled->body).at("deviceToken").get<std::string>());
    const auto pulled = http.Get("/v1/pull?since=0&limit=1000", headers);
    REQUIRE(pulled);
    REQUIRE(pulled->status == 200);
    return pulled->body;
}

// The monitoring export of today, as JSON.
json monitoringToday(SyncWorld& world) {
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char day[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &utc);
    const auto r = world.server().admin(
        {"--json", "export", "monitoring", "--from", day, "--to", day, "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return json::parse(r.out);
}

}  // namespace

TEST_CASE(
    "consultation: reaches the GI tablet without consent, naming no one, then joins the case") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");

    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Verhoef"}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Lotte Verhoef", "--born", "2018-02-03"})
                                  .at("id");
    // The device refuses a question that names the family or a record.
    const auto named = anna.run({"consult", "ask", "--to-org", "GI Midden", "--question",
                                 "Lotte slaapt slecht", "--case", caseId});
    REQUIRE(named.exitCode == 9);
    REQUIRE_THAT(named.err, !Catch::Contains("Lotte"));
    REQUIRE(anna.run({"consult", "ask", "--to-org", "GI Midden", "--question", "Zie " + caseId})
                .exitCode == 9);

    const std::string question =
        "Meisje van 8, vader dreigt met geweld als hij drinkt. Melden of eerst een gesprek?";
    const auto asked = anna.run({"consult", "ask", "--to-org", "GI Midden", "--question", question,
                                 "--case", caseId, "--about", "meldcode"});
    INFO(asked.err);
    REQUIRE(asked.exitCode == 0);
    const std::string id = asked.out.substr(0, asked.out.find('\n'));
    REQUIRE(id.size() == 32);
    anna.sync();
    gijs.sync();

    // On the GI tablet: the question, and nothing naming the case or the family.
    {
        const auto listed = gijs.json({"consult", "list"}).at("consultations");
        REQUIRE(listed.size() == 1);
        const auto& c = listed.at(0);
        CHECK(c.at("id") == id);
        CHECK(c.at("question") == question);
        CHECK(c.at("about") == "meldcode");
        CHECK(c.at("askedBy") == "anna");
        CHECK(c.at("case").is_null());
        CHECK_FALSE(c.contains("originCase"));
        for (const auto& key : {"name", "born", "person", "personId", "caseId", "address"}) {
            CHECK_FALSE(c.contains(key));
        }
        CHECK(gijs.json({"case", "list"}).at("cases").empty());
    }
    {
        auto v = vault::Vault::open(gijs.cli().vaultDir(), kDevicePassphrase);
        CHECK(count(*v, "SELECT COUNT(*) FROM cases") == 0);
        CHECK(count(*v, "SELECT COUNT(*) FROM persons") == 0);
        CHECK(count(*v,
                    "SELECT COUNT(*) FROM consultations WHERE case_link IS NOT NULL OR "
                    "origin_case IS NOT NULL") == 0);
        for (const auto& needle : {caseId, child, std::string("Verhoef"), std::string("Lotte")}) {
            INFO(needle);
            CHECK(count(*v,
                        "SELECT COUNT(*) FROM field_changes WHERE case_id = ?1 OR entity_id = ?1 "
                        "OR instr(COALESCE(value, ''), ?1) > 0",
                        needle) == 0);
        }
        CHECK(count(*v, "SELECT COUNT(*) FROM field_changes WHERE entity != 'consultation'") == 0);
    }
    // On the wire: the server's pull reply to a GI professional names no case, person or name.
    {
        const auto body = pullOnTheWire(world, "gijs");
        CHECK(body.find(id) != std::string::npos);
        for (const auto& needle : {caseId, child, std::string("Verhoef"), std::string("Lotte"),
                                   std::string("2018-02-03"), std::string("case_link")}) {
            INFO(needle);
            CHECK(body.find(needle) == std::string::npos);
        }
        const auto reply = json::parse(body);
        CHECK(reply.at("scope") == json::array({id}));
        const std::set<std::string> fields = {"to_org",   "question",    "about",
                                              "asked_at", "asked_by",    "advice",
                                              "minutes",  "answered_at", "answered_by"};
        for (const auto& c : reply.at("changes")) {
            CHECK(c.at("entity") == "consultation");
            CHECK(c.at("caseId") == id);
            CHECK(fields.count(c.at("field").get<std::string>()) == 1);
        }
    }

    // Answered on the GI tablet; the advice and the time reach the JGT tablet.
    gijs.ok({"consult", "answer", id.substr(0, 8), "--advice",
             "Eerst een gesprek met moeder; Veilig Thuis om advies vragen.", "--minutes", "30"});
    gijs.sync();
    anna.sync();
    {
        const auto c = anna.json({"consult", "list"}).at("consultations").at(0);
        CHECK(c.at("answeredBy") == "gijs");
        CHECK(c.at("minutes") == 30);
        CHECK(c.at("originCase") == caseId);  // the asker's own note
    }
    // Monitoring: an anonymous consultation is a row of its own, with the GI time it took.
    {
        const auto exported = monitoringToday(world);
        REQUIRE(exported.at("cases").size() == 1);
        const auto& row = exported.at("cases").at(0);
        CHECK(row.at("mode") == "consultation");
        CHECK(row.at("gi_minutes") == "30");
        CHECK(row.at("gi_organisation") == "GI Midden");
        CHECK(row.at("team") == "Team Noord");
        CHECK(row.at("consultation_about") == "meldcode");
        CHECK(exported.dump().find(id) == std::string::npos);
        CHECK(exported.dump().find(caseId) == std::string::npos);
    }

    // Linking is refused without consent, on the device.
    const auto early = anna.run({"consult", "link", id, "--case", caseId});
    REQUIRE(early.exitCode == 9);
    REQUIRE_THAT(early.err, Catch::Contains("consent"));

    // The family consents; the GI professional joins; the JGT worker links it.
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    anna.ok({"consult", "link", id, "--case", caseId});
    anna.sync();
    gijs.sync();
    for (const Device* d : {&anna, &gijs}) {
        INFO("on the device of " << d->user());
        const auto linked = d->json({"consult", "list", "--case", caseId}).at("consultations");
        REQUIRE(linked.size() == 1);
        CHECK(linked.at(0).at("id") == id);
        CHECK(linked.at(0).at("case") == caseId);
        CHECK(linked.at(0).at("minutes") == 30);
    }
    // Part of the case's access log on the server.
    bool logged = false;
    const auto log = world.adminJson({"audit", "case", caseId}).at("entries");
    INFO(log.dump());
    for (const auto& e : log) {
        logged = logged || e.dump().find("consultation") != std::string::npos;
    }
    CHECK(logged);
    // Monitoring: now the case's row, joint work, with the consultation's GI time.
    {
        const auto exported = monitoringToday(world);
        REQUIRE(exported.at("cases").size() == 1);
        const auto& row = exported.at("cases").at(0);
        CHECK(row.at("mode") == "joint_work");
        CHECK(row.at("gi_minutes") == "30");
        CHECK(row.at("consultation_about") == "meldcode");
    }
}
