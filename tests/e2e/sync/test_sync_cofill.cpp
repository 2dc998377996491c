// Two workers co-fill one risicotaxatie offline and sync in both orders, on both server backends:
// afterwards both devices and the server (seen through the supervisor's device, which pulls the
// team's cases) show the same answers; items answered differently are conflicts with both values
// and authors; equal answers are no conflict; a multi merges per value; resolving on the JGT
// device and syncing clears the conflict everywhere, with the history kept.
#include <map>
#include <set>

#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {

// item -> value as a device shows the assessment (an item in conflict has no value: "").
std::map<std::string, std::string> answersOf(const json& shown) {
    std::map<std::string, std::string> out;
    for (const auto& a : shown.at("answers")) {
        const auto value = a.at("value").is_null() ? "" : a.at("value").get<std::string>();
        out[a.at("item").get<std::string>()] = value;
    }
    return out;
}

// item -> the set of "value by user" of every side of a conflict.
std::map<std::string, std::set<std::string>> conflictsOf(const Device& d) {
    std::map<std::string, std::set<std::string>> out;
    const auto listed = d.json({"conflicts", "list"});  // the loop must not outlive it
    for (const auto& c : listed.at("conflicts")) {
        auto& sides = out[c.at("item").get<std::string>()];
        for (const auto& s : c.at("sides")) {
            sides.insert(s.at("value").get<std::string>() + " by " + s.at("by").get<std::string>());
        }
    }
    return out;
}

}  // namespace

TEST_CASE("sync: JGT and GI co-fill offline, conflicts are kept with both authors and resolved") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    const bool jgtFirst = GENERATE(true, false);
    INFO(name(backend) << (jgtFirst ? ", JGT syncs first" : ", GI syncs first"));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    auto sanne = world.device("sanne");

    // At the office, online: the JGT worker prepares the case and the shared assessment.
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Veldman"}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Noor", "--born", "2019-06-01"})
                                  .at("id");
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    const std::string rt = anna.json({"assessment", "new", "--case", caseId, "--form",
                                      "risicotaxatie", "--subject", child})
                               .at("id");
    anna.sync();
    gijs.sync();
    REQUIRE(gijs.show(rt).at("status") == "draft");

    // In the home, offline, each on their own tablet.
    anna.set(rt, "acuut_letsel", "ja");              // both: ja -> no conflict
    anna.set(rt, "sig_letsel", "ja");                // differs -> conflict
    anna.set(rt, "oordeel_veiligheid", "onveilig");  // differs -> conflict
    anna.set(rt, "besluit_acties", "veilig_thuis_melding");
    anna.set(rt, "kind_jong", "ja");  // only anna
    gijs.set(rt, "acuut_letsel", "ja");
    gijs.set(rt, "sig_letsel", "nee");
    gijs.set(rt, "oordeel_veiligheid", "voorwaardelijk_veilig");
    gijs.set(rt, "besluit_acties", "informatie_verzamelen");
    gijs.set(rt, "gezin_stress", "ja");  // only gijs

    // Back online, in either order; a second round brings everyone the other's writes.
    auto& first = jgtFirst ? anna : gijs;
    auto& second = jgtFirst ? gijs : anna;
    first.sync();
    second.sync();
    first.sync();
    sanne.sync();

    const auto a = answersOf(anna.show(rt));
    REQUIRE(a == answersOf(gijs.show(rt)));
    REQUIRE(a == answersOf(sanne.show(rt)));
    CHECK(a.at("acuut_letsel") == "ja");
    CHECK(a.at("kind_jong") == "ja");
    CHECK(a.at("gezin_stress") == "ja");
    // set: per value, add wins, so both actions are kept.
    const auto actions = a.at("besluit_acties");
    CHECK(actions.find("veilig_thuis_melding") != std::string::npos);
    CHECK(actions.find("informatie_verzamelen") != std::string::npos);

    const std::map<std::string, std::set<std::string>> expected = {
        {"sig_letsel", {"ja by anna", "nee by gijs"}},
        {"oordeel_veiligheid", {"onveilig by anna", "voorwaardelijk_veilig by gijs"}}};
    REQUIRE(conflictsOf(anna) == expected);
    REQUIRE(conflictsOf(gijs) == expected);
    REQUIRE(conflictsOf(sanne) == expected);
    // While in conflict, no device shows one side as the answer: the sides are in "conflicts".
    for (const Device* d : {&anna, &gijs, &sanne}) {
        const auto shown = answersOf(d->show(rt));
        CHECK(shown.at("sig_letsel").empty());
        CHECK(shown.at("oordeel_veiligheid").empty());
    }
    // RT9: an open conflict blocks submission.
    const auto refused = anna.run({"assessment", "submit", rt});
    REQUIRE(refused.exitCode != 0);
    REQUIRE_THAT(refused.err, Catch::Contains("RT9"));

    // Only a JGT member resolves.
    REQUIRE(gijs.run({"conflict", "resolve", rt, "sig_letsel", "ja"}).exitCode != 0);
    anna.ok({"conflict", "resolve", rt, "sig_letsel", "ja"});
    anna.ok({"conflict", "resolve", rt, "oordeel_veiligheid", "onveilig"});
    anna.sync();
    gijs.sync();
    sanne.sync();
    for (const Device* d : {&anna, &gijs, &sanne}) {
        INFO(d->user());
        REQUIRE(conflictsOf(*d).empty());
        const auto now = answersOf(d->show(rt));
        CHECK(now.at("sig_letsel") == "ja");
        CHECK(now.at("oordeel_veiligheid") == "onveilig");
    }
    // The disagreement stays in history: both sides and the resolution.
    const auto history = anna.json({"assessment", "history", rt, "oordeel_veiligheid"});
    const auto text = history.dump();
    CHECK(text.find("voorwaardelijk_veilig") != std::string::npos);
    CHECK(text.find("gijs") != std::string::npos);
    CHECK(text.find("resol") != std::string::npos);
}
