// The crisis card and the case's course end to end (issue 13 points 3 and 5): a real
// veldwerk-server on SQLite and on PostgreSQL, its admin CLI, and devices driven through
// veldwerk-cli. The card set on the server reaches the organisation's devices at their sync and is
// still shown with the server stopped; a change reaches them at the next sync. A case's phase,
// regie and escalations sync to the other member, feed the timeline, the hand-over reminder and
// the monitoring export, and leave the devices with their case.
#include <ctime>
#include <map>
#include <sstream>

#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {

std::map<std::string, std::string> numbers(const Device& d) {
    std::map<std::string, std::string> out;
    const auto card = d.json({"crisis-card"});  // kept: the loop reads into it
    for (const auto& n : card.at("numbers")) {
        out[n.at("kind")] = n.at("number");
    }
    return out;
}

// The calendar date `days` from now, on this machine's local calendar (as the CLI reads today).
std::string dayFromNow(int days) {
    const std::time_t t = std::time(nullptr) + static_cast<std::time_t>(days) * 24 * 60 * 60;
    std::tm tm{};
    localtime_r(&t, &tm);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

std::string adminText(SyncWorld& world, const std::vector<std::string>& args) {
    const auto r = world.server().admin(args);
    INFO("admin " << args.at(0) << ": " << r.err);
    REQUIRE(r.exitCode == 0);
    return r.out;
}

}  // namespace

TEST_CASE("crisis card: set on the server, on every device of the organisation, offline too") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    world.admin({"team", "add", "Team Zuid", "--org", "JGT Utrecht"});
    world.admin(
        {"user", "add", "bert", "--org", "JGT Utrecht", "--role", "jgt", "--team", "Team Zuid"});
    auto anna = world.device("anna");
    auto bert = world.device("bert");
    auto gijs = world.device("gijs");
    // Before any card: 112 is always there.
    CHECK(numbers(anna) == std::map<std::string, std::string>{{"emergency", "112"}});

    world.admin({"crisis-card", "set", "--org", "JGT Utrecht", "--veilig-thuis", "0800-2000",
                 "--crisis-service", "088 123 4567", "--after-hours", "030 111 1111"});
    world.admin({"crisis-card", "set", "--org", "JGT Utrecht", "--team", "Team Noord",
                 "--after-hours", "030 222 2222"});
    const auto shown = world.adminJson({"crisis-card", "show", "--org", "JGT Utrecht"});
    REQUIRE(shown.at("numbers").size() == 4);
    // Bad input: a clear refusal, nothing stored.
    {
        const auto r = world.server().admin(
            {"crisis-card", "set", "--org", "JGT Utrecht", "--veilig-thuis", "bel ons"});
        CHECK(r.exitCode == 3);
        CHECK(r.err.find("phone number") != std::string::npos);
        CHECK(world.server().admin({"crisis-card", "set", "--org", "JGT Utrecht"}).exitCode == 2);
        CHECK(world.server()
                  .admin({"crisis-card", "set", "--org", "Nergens", "--emergency", "112"})
                  .exitCode == 3);
    }

    anna.sync();
    bert.sync();
    gijs.sync();
    const std::map<std::string, std::string> annaCard{{"veilig_thuis", "0800-2000"},
                                                      {"crisis_service", "088 123 4567"},
                                                      {"after_hours", "030 222 2222"},
                                                      {"emergency", "112"}};
    CHECK(numbers(anna) == annaCard);
    CHECK(numbers(bert).at("after_hours") == "030 111 1111");  // the organisation's, no team's
    CHECK(numbers(gijs) == std::map<std::string, std::string>{{"emergency", "112"}});
    // The card's order is the card's: Veilig Thuis first, 112 last.
    const auto list = anna.json({"crisis-card"}).at("numbers");
    CHECK(list.at(0).at("kind") == "veilig_thuis");
    CHECK(list.at(3).at("kind") == "emergency");

    // At the door, offline: the card is read from the vault.
    world.server().stop();
    CHECK(numbers(anna) == annaCard);
    {
        const auto text = anna.run({"crisis-card"});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.find("Veilig Thuis: 0800-2000") != std::string::npos);
    }
    world.server().start();

    // A change on the server reaches the device at its next sync.
    world.admin({"crisis-card", "set", "--org", "JGT Utrecht", "--veilig-thuis", "+31 800 2000"});
    CHECK(numbers(anna).at("veilig_thuis") == "0800-2000");
    anna.sync();
    CHECK(numbers(anna).at("veilig_thuis") == "+31 800 2000");
    CHECK(numbers(anna).at("after_hours") == "030 222 2222");
}

TEST_CASE(
    "case course: phase, regie and escalations sync, remind, export and leave with the case") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Maatregel"}).at("id");
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    const std::string mc =
        anna.json({"assessment", "new", "--case", caseId, "--form", "meldcode_afweging"}).at("id");
    anna.set(mc, "mc_signalen_datum", dayFromNow(-60));
    const std::string sw =
        anna.json({"assessment", "new", "--case", caseId, "--form", "samenwerking"}).at("id");
    anna.set(sw, "sw_partijen", "jgt,gi");

    anna.ok({"case", "phase", caseId, "maatregel", "--regie", "GI Midden"});
    const std::string advies =
        anna.json({"case", "escalate", caseId, "vt_advies", "--date", dayFromNow(-53)}).at("id");
    const auto start = anna.json({"case", "escalate", caseId, "maatregel_start", "--date",
                                  dayFromNow(-30), "--expected-end", dayFromNow(49)});
    REQUIRE(start.at("expectedEnd") == dayFromNow(49));
    anna.ok({"case", "outcome", advies, "melding geadviseerd"});
    // Bad input is refused on the device with a clear error, nothing written.
    CHECK(anna.run({"case", "phase", caseId, "crisis"}).exitCode == 10);
    CHECK(anna.run({"case", "escalate", caseId, "vt_melding", "--date", "morgen"}).exitCode == 10);
    CHECK(anna.run({"case", "escalate", caseId, "ophalen", "--date", dayFromNow(0)}).exitCode ==
          10);
    anna.sync();
    gijs.sync();

    // The GI member sees the course; the JGT keeps regie of recording it.
    const auto timeline = gijs.json({"case", "timeline", caseId});
    CHECK(timeline.at("phase") == "maatregel");
    CHECK(timeline.at("regie") == "GI Midden");
    REQUIRE(timeline.at("escalations").size() == 2);
    CHECK(timeline.at("escalations").at(0).at("kind") == "vt_advies");
    CHECK(timeline.at("escalations").at(0).at("outcome") == "melding geadviseerd");
    CHECK(timeline.at("escalations").at(0).at("by") == "anna");
    CHECK(timeline.at("escalations").at(1).at("expectedEnd") == dayFromNow(49));
    CHECK(gijs.run({"case", "escalate", caseId, "vto_raad", "--date", dayFromNow(0)}).exitCode ==
          8);
    CHECK(gijs.run({"case", "phase", caseId, "nazorg"}).exitCode == 8);

    // The measure ends in 7 weeks: the warm hand-over shows among the reminders of both.
    for (const auto* d : {&anna, &gijs}) {
        const auto reminders = d->json({"reminders"}).at("reminders");
        REQUIRE(reminders.size() == 1);
        CHECK(reminders.at(0).at("kind") == "overdracht");
        CHECK(reminders.at(0).at("escalation") == start.at("id"));
        CHECK(reminders.at(0).at("text") ==
              "maatregel eindigt over 7 weken: warme overdracht naar het JGT voorbereiden");
    }

    // The end of the measure and the return to the JGT: no reminder any more.
    anna.ok({"case", "escalate", caseId, "terug_naar_jgt", "--date", dayFromNow(0), "--outcome",
             "vrijwillig verder"});
    anna.ok({"case", "phase", caseId, "nazorg", "--regie", "JGT Utrecht"});
    CHECK(anna.json({"reminders"}).at("reminders").empty());
    anna.sync();

    // The monitoring export: days from the first sign to the first action, the escalations with
    // their dates, and at closure the phase and the last outcome.
    const std::vector<std::string> exportArgs = {"--json",     "export",     "monitoring",
                                                 "--from",     "2000-01-01", "--to",
                                                 "2099-12-31", "--format",   "json"};
    auto row = json::parse(adminText(world, exportArgs)).at("cases").at(0);
    CHECK(row.at("days_sign_to_action") == "7");
    CHECK(row.at("escalations") == "vt_advies:" + dayFromNow(-53) + ";maatregel_start:" +
                                       dayFromNow(-30) + ";terug_naar_jgt:" + dayFromNow(0));
    CHECK(row.at("outcome_at_closure") == "");  // not closed yet
    anna.ok({"case", "close", caseId});
    anna.sync();
    row = json::parse(adminText(world, exportArgs)).at("cases").at(0);
    CHECK(row.at("outcome_at_closure") == "nazorg;terug_naar_jgt:vrijwillig verder");

    // Purged with its case: the closed case leaves both devices, its course with it.
    gijs.sync();
    for (const auto* d : {&anna, &gijs}) {
        CHECK(d->json({"case", "list"}).at("cases").empty());
        CHECK(d->run({"case", "timeline", caseId}).exitCode != 0);
    }
    // Audit-logged on the server: the escalation writes are in the case's access log.
    const auto log = world.adminJson({"audit", "case", caseId});
    bool escalationLogged = false;
    for (const auto& e : log.at("entries")) {
        escalationLogged = escalationLogged || e.at("entity") == "escalation";
    }
    CHECK(escalationLogged);
}
