// Statements beside an assessment through the real veldwerk-server and three devices, on SQLite
// and on PostgreSQL (issue 14.3, issue 13.2): the client's own view recorded by the JGT worker
// and the GI's disagreement recorded by the GI worker on an assessment already submitted without
// the co-signature reach every member, the supervisor included, in `assessment show` and its
// --json; the professional's text stays as it was; closing the case purges them with it. And the
// family's own copy (`plan pdf`): a real PDF whose text has the plan's agreements and the client's
// words, and none of the professional-only items.
#include <chrono>
#include <fstream>

#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {

json statementOfKind(const json& shown, const std::string& kind) {
    for (const auto& s : shown.at("statements")) {
        if (s.at("kind") == kind) {
            return s;
        }
    }
    return json();
}

// A date `days` from today, YYYY-MM-DD (RT7 asks for an evaluation within 6 weeks).
std::string daysFromToday(int days) {
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day d{today + std::chrono::days{days}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return text;
}

std::string pdfText(const std::string& path) {
    std::ifstream pdf(path, std::ios::binary);
    std::string head(5, '\0');
    pdf.read(head.data(), 5);
    REQUIRE(head == "%PDF-");
    const auto text = runProcess({"/usr/bin/pdftotext", path, "-"});
    REQUIRE(text.exitCode == 0);
    return text.out;
}

}  // namespace

TEST_CASE("statements: the client's voice and the GI's disagreement reach every member") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    auto sanne = world.device("sanne");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Brouwer"}).at("id");
    anna.ok({"person", "add", "--case", caseId, "--role", "ouder", "--name", "Sara"});
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    const std::string sw =
        anna.json({"assessment", "new", "--case", caseId, "--form", "samenwerking"}).at("id");
    anna.set(sw, "sw_rolverdeling", "JGT houdt regie");
    anna.sync();
    gijs.sync();
    gijs.set(sw, "sw_hoe", "GI denkt mee over veiligheid");
    gijs.sync();
    anna.sync();
    anna.ok({"assessment", "submit", sw, "--without-cosign-reason", "GI-collega twee weken weg"});

    // The mother's own view (a person of the case) and the grandmother's (a described relation).
    anna.ok({"assessment", "statement", sw, "--by", "Sara", "--on", "2026-11-30", "--text",
             "Wij vinden dat het beter gaat sinds oma helpt."});
    anna.ok({"assessment", "statement", sw, "--relation", "oma van moederskant", "--text",
             "Ik pas elke woensdag op."});
    const auto both =
        anna.run({"assessment", "statement", sw, "--by", "Sara", "--relation", "x", "--text", "t"});
    CHECK(both.exitCode == 2);
    // Only the GI professional records the GI's disagreement.
    const auto notGi = anna.run({"assessment", "disagree", sw, "--text", "niet van mij"});
    CHECK(notGi.exitCode == 9);
    anna.sync();

    // The GI professional disagrees with the submitted assessment; it still syncs onto it.
    gijs.sync();
    gijs.ok({"assessment", "disagree", sw, "--text", "De GI schat het risico hoger in."});
    const auto pushed = gijs.sync();
    CHECK(pushed.at("pushed").at("refused") == 0);

    sanne.sync();
    const auto shown = sanne.show(sw);
    CHECK(shown.at("status") == "submitted");
    CHECK(shown.at("submittedWithoutCosign") == true);
    REQUIRE(shown.at("statements").size() == 3);
    const auto first = shown.at("statements").at(0);
    CHECK(first.at("kind") == "client");
    CHECK(first.at("saidBy") == "Sara");
    CHECK(first.at("saidOn") == "2026-11-30");
    CHECK(first.at("recordedBy") == "anna");
    CHECK(first.at("recordedRole") == "jgt");
    CHECK(first.at("text") == "Wij vinden dat het beter gaat sinds oma helpt.");
    const auto gi = statementOfKind(shown, "gi_disagreement");
    REQUIRE(gi.is_object());
    CHECK(gi.at("recordedBy") == "gijs");
    CHECK(gi.at("recordedRole") == "gi");
    CHECK(gi.at("text") == "De GI schat het risico hoger in.");
    const auto text = sanne.run({"assessment", "show", sw});
    CHECK_THAT(text.out, Catch::Contains("GI disagreement (gijs") &&
                             Catch::Contains("statement of oma van moederskant") &&
                             Catch::Contains("ingediend zonder medeondertekening GI"));
    // The professional's text is untouched.
    bool untouched = false;
    for (const auto& a : shown.at("answers")) {
        untouched =
            untouched || (a.at("item") == "sw_rolverdeling" && a.at("value") == "JGT houdt regie");
    }
    CHECK(untouched);
    anna.sync();
    CHECK(anna.show(sw).at("statements").size() == 3);

    // Closing the case purges them from every device with the case.
    anna.ok({"case", "close", caseId});
    anna.sync();
    gijs.sync();
    CHECK(gijs.run({"assessment", "show", sw}).exitCode == 5);
}

TEST_CASE("family copy: plan pdf holds the plan's agreements, never a professional-only item") {
    SyncWorld world(Backend::Sqlite);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Jansen"}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Noor", "--born", "2019-06-01"})
                                  .at("id");
    anna.ok({"person", "add", "--case", caseId, "--role", "ouder", "--name", "Sara"});
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    const std::string plan =
        anna.json({"assessment", "new", "--case", caseId, "--form", "veiligheidsplan"}).at("id");
    const auto entry = [&](const std::string& group) {
        return anna.json({"assessment", "entry", "add", plan, group})
            .at("entry")
            .get<std::string>();
    };
    const auto zorg = entry("vp_zorgen");
    anna.set(plan, "vp_zorgen/" + zorg + "/tekst", "Noor is bang als vader boos wordt.");
    const auto eis = entry("vp_bodemeisen");
    anna.set(plan, "vp_bodemeisen/" + eis + "/eis", "Er wordt niet geslagen.");
    const auto afspraak = entry("vp_afspraken");
    anna.set(plan, "vp_afspraken/" + afspraak + "/wat", "Oma haalt Noor op woensdag op.");
    anna.set(plan, "vp_afspraken/" + afspraak + "/wie", "Oma");
    anna.set(plan, "vp_afspraken/" + afspraak + "/wanneer", "2027-01-13");
    const auto netwerk = entry("vp_netwerk");
    anna.set(plan, "vp_netwerk/" + netwerk + "/naam", "Oma Els");
    anna.set(plan, "vp_netwerk/" + netwerk + "/geinformeerd", "nee");
    anna.set(plan, "vp_schaal", "3");
    anna.set(plan, "vp_evaluatiedatum", "2027-02-01");
    anna.ok({"assessment", "statement", plan, "--by", "Sara", "--text",
             "Ik wil dat Noor thuis kan blijven wonen."});
    // A finished risicotaxatie: the conclusion only, none of its signs or sources.
    const std::string rt = anna.json({"assessment", "new", "--case", caseId, "--form",
                                      "risicotaxatie", "--subject", child})
                               .at("id");
    anna.set(rt, "oordeel_veiligheid", "voorwaardelijk_veilig");
    anna.set(rt, "oordeel_risico", "verhoogd");
    anna.set(rt, "oordeel_toelichting", "Afspraken met oma maken het veilig genoeg.");
    anna.set(rt, "bronnen_toelichting", "PROF-BRONNEN Politie meldde incident");
    anna.set(rt, "sig_angst_kind", "ja");
    anna.set(rt, "besluit_acties", "hulp_inzetten,veiligheidsplan_nu");
    anna.set(rt, "oordeel_aard", "psychische_mishandeling");
    anna.set(rt, "besluit_evaluatiedatum", daysFromToday(14));
    anna.ok({"assessment", "new", "--case", caseId, "--form", "meldcode_afweging"});  // RT5
    anna.sync();
    gijs.sync();
    gijs.ok({"assessment", "disagree", plan, "--text", "PROF-GI De GI mist een bodemeis."});
    gijs.sync();
    anna.sync();

    const auto before = (world.dir() / "voor.pdf").string();
    anna.ok({"plan", "pdf", caseId, "--out", before});
    const auto draftText = pdfText(before);
    CHECK(draftText.find("Hoe veilig is Noor") == std::string::npos);  // a draft taxatie: not yet

    anna.ok({"assessment", "submit", rt});
    const auto path = (world.dir() / "plan.pdf").string();
    const auto r = anna.json({"plan", "pdf", caseId, "--out", path});
    CHECK(r.at("out") == path);
    const auto text = pdfText(path);
    INFO(text);
    for (const char* expected :
         {"Plan voor het gezin", "Gezin Jansen", "Noor is bang als vader boos wordt.",
          "Er wordt niet geslagen.", "Oma haalt Noor op woensdag op.", "13 januari 2027", "Oma Els",
          "1 februari 2027", "Ik wil dat Noor thuis kan blijven wonen.", "Sara"}) {
        CHECK_THAT(text, Catch::Contains(expected));
    }
    CHECK_THAT(text, Catch::Contains("Hoe veilig is Noor") &&
                         Catch::Contains("Afspraken met oma maken het veilig genoeg.") &&
                         Catch::Contains("We zorgen dat er hulp komt voor uw gezin.") &&
                         Catch::Contains("kijken we opnieuw hoe het gaat"));
    // None of the professional-only items: no sources, signs, scores, flags, rule ids, no GI
    // disagreement, no item ids.
    for (const char* absent : {"PROF-BRONNEN", "PROF-GI", "sig_", "angst", "vp_schaal", "RT", "VP1",
                               "geinformeerd", "oordeel_", "schaal"}) {
        INFO(absent);
        CHECK(text.find(absent) == std::string::npos);
    }
    // Making it is logged as an export of the case.
    bool exported = false;
    const auto log = anna.json({"audit", "list", "--case", caseId});
    INFO(log.dump());
    for (const auto& e : log.at("entries")) {
        exported = exported || (e.at("action") == "export" && e.at("entity") == "family_copy");
    }
    CHECK(exported);
}
