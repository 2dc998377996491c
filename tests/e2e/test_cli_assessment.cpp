// End-to-end: the instruments through veldwerk-cli, as a script or support engineer uses them.
// A sample of the rules (the engine tests cover every rule), malformed answers, broken definition
// files and the lifecycle guards, with the exit statuses documented in sync/cli/README.md.
#include <catch2/catch.hpp>
#include <ctime>
#include <fstream>

#include "tests/e2e/cli_runner.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {
constexpr const char* kPass = "assessment-passphrase-1";
constexpr int kNotFound = 5, kDenied = 8, kRefused = 9, kInvalid = 10;

// A case with a child, a JGT worker (anna), a GI worker with consent (gijs) and a supervisor
// (sanne), and one risicotaxatie draft by anna.
struct CaseWithAssessment {
    TempDir tmp;
    CliRunner cli{tmp / "vault"};
    std::string caseId, child, assessment;

    CaseWithAssessment() {
        REQUIRE(cli.init(kPass, {"--user", "anna", "--role", "jgt"}).exitCode == 0);
        as("anna", {"user", "add", "gijs", "--role", "gi", "--org", "GI Midden"});
        as("anna", {"user", "add", "sanne", "--role", "supervisor", "--org", "JGT Utrecht"});
        caseId = as("anna", {"case", "add", "--name", "Gezin Proef"}).at("id");
        child = as("anna", {"person", "add", "--case", caseId, "--role", "kind", "--name", "Sem",
                            "--born", "2017-03-01"})
                    .at("id");
        as("anna", {"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
        as("anna", {"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
        as("anna", {"member", "add", "--case", caseId, "--user", "sanne", "--role", "supervisor"});
        assessment = as("anna", {"assessment", "new", "--case", caseId, "--form", "risicotaxatie",
                                 "--subject", child})
                         .at("id");
    }

    json as(const std::string& user, std::vector<std::string> args) const {
        args.insert(args.begin(), {"--as", user});
        return cli.json(args, kPass);
    }
    ProcessResult run(const std::string& user, std::vector<std::string> args) const {
        args.insert(args.begin(), {"--as", user});
        return cli.run(args, kPass);
    }
    void set(const std::string& user, const std::string& item, const std::string& value) const {
        const auto r = run(user, {"assessment", "set", assessment, item, value});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    json show() const { return as("anna", {"assessment", "show", assessment}); }

    // Everything risicotaxatie requires for a judgement of 'veilig' without signs.
    void fillSafe(const std::string& user = "anna") const {
        set(user, "oordeel_veiligheid", "veilig");
        set(user, "oordeel_risico", "laag");
        set(user, "oordeel_toelichting", "Ouders zorgen goed; geen signalen gezien.");
    }
};

const json& rule(const json& shown, const std::string& id) {
    for (const auto& r : shown.at("rules")) {
        if (r.at("id") == id) {
            return r;
        }
    }
    FAIL("no rule " << id);
    throw std::logic_error("unreachable");
}
}  // namespace

TEST_CASE("cli: forms list names the five instruments with all their versions") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    const auto forms = cli.json({"forms", "list"}, kPass).at("forms");
    std::vector<std::string> ids;
    for (const auto& f : forms) {
        ids.push_back(f.at("id").get<std::string>() + ".v" +
                      std::to_string(f.at("version").get<int>()));
    }
    REQUIRE(ids == std::vector<std::string>{"kindcheck.v1", "meldcode_afweging.v1",
                                            "risicotaxatie.v1", "risicotaxatie.v2",
                                            "samenwerking.v1", "veiligheidsplan.v1"});
    const auto shown = cli.json({"forms", "show", "risicotaxatie"}, kPass);
    REQUIRE(shown.at("id") == "risicotaxatie");
}

TEST_CASE("cli: forms validate names file, item and problem of a broken definition") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    const auto file = tmp / "kapot.v1.json";
    std::ofstream(file) << R"({"format": 1, "id": "kapot", "version": 1, "subject": "child",
        "title": {"nl": "Kapot", "en": "Broken"},
        "sections": [{"id": "s", "title": {"nl": "S", "en": "S"},
          "items": [{"id": "vraag", "type": "jnv", "merge": "judgement",
                     "label": {"nl": "Vraag", "en": "Question"},
                     "visibleWhen": {"eq": ["bestaat_niet", "ja"]}}]}]})";
    const auto r = cli.run({"forms", "validate", file.string()}, kPass);
    REQUIRE(r.exitCode == kInvalid);
    REQUIRE_THAT(r.err, Catch::Contains("kapot.v1.json") && Catch::Contains("vraag") &&
                            Catch::Contains("bestaat_niet"));
    const auto j = json::parse(cli.run({"--json", "forms", "validate", file.string()}, kPass).out);
    REQUIRE(j.at("valid") == false);
    REQUIRE(j.at("errors").at(0).at("item") == "vraag");

    const auto notJson = tmp / "geen.json";
    std::ofstream(notJson) << "{ dit is geen json";
    const auto r2 = cli.run({"forms", "validate", notJson.string()}, kPass);
    REQUIRE(r2.exitCode == kInvalid);
    REQUIRE_THAT(r2.err, Catch::Contains("geen.json"));

    const auto shipped =
        std::string(VELDWERK_SOURCE_DIR) + "/core/forms/definitions/risicotaxatie.v1.json";
    REQUIRE(cli.run({"forms", "validate", shipped}, kPass).exitCode == 0);
}

TEST_CASE("cli: RT1 acute injury suggests the judgement 'onveilig', quiet without it") {
    CaseWithAssessment f;
    f.set("anna", "acuut_letsel", "nee");
    REQUIRE(rule(f.show(), "RT1").at("fired") == false);
    f.set("anna", "acuut_letsel", "ja");
    const auto rt1 = rule(f.show(), "RT1");
    REQUIRE(rt1.at("fired") == true);
    const auto suggest = rt1.at("effects").at(0).at("suggest");
    REQUIRE(suggest.at("item") == "oordeel_veiligheid");
    REQUIRE(suggest.at("value") == "onveilig");
    // The text form says it too.
    const auto text = f.run("anna", {"assessment", "show", f.assessment});
    REQUIRE_THAT(text.out, Catch::Contains("RT1 suggest oordeel_veiligheid=onveilig"));
}

TEST_CASE("cli: submitting 'onveilig' without a Veilig Thuis action is refused naming RT3") {
    CaseWithAssessment f;
    f.set("anna", "oordeel_veiligheid", "onveilig");
    f.set("anna", "oordeel_risico", "hoog");
    f.set("anna", "oordeel_toelichting", "Kind vertelt over slaan; moeder bevestigt.");
    f.set("anna", "besluit_acties", "informatie_verzamelen");
    auto r = f.run("anna", {"assessment", "submit", f.assessment});
    REQUIRE(r.exitCode == kRefused);
    REQUIRE_THAT(r.err, Catch::Contains("RT3"));
    REQUIRE(rule(f.show(), "RT3").at("fired") == true);

    f.set("anna", "besluit_acties", "veilig_thuis_melding");
    const auto shown = f.show();
    REQUIRE(rule(shown, "RT3").at("fired") == false);
    // RT7 still wants an evaluation date within two weeks for 'hoog'.
    r = f.run("anna", {"assessment", "submit", f.assessment});
    REQUIRE(r.exitCode == kRefused);
    REQUIRE_THAT(r.err, Catch::Contains("RT7"));
    REQUIRE_THAT(r.err, !Catch::Contains("RT3"));
}

TEST_CASE("cli: malformed answers get clear errors and change nothing") {
    CaseWithAssessment f;
    auto r = f.run("anna", {"assessment", "set", f.assessment, "acuut_letsel", "misschien"});
    REQUIRE(r.exitCode == kInvalid);
    REQUIRE_THAT(r.err, Catch::Contains("acuut_letsel") && Catch::Contains("ja, nee, onbekend"));
    r = f.run("anna", {"assessment", "set", f.assessment, "bestaat_niet", "ja"});
    REQUIRE(r.exitCode == kInvalid);
    REQUIRE_THAT(r.err, Catch::Contains("unknown item 'bestaat_niet'"));
    r = f.run("anna", {"assessment", "set", f.assessment, "besluit_evaluatiedatum", "31-02-2026"});
    REQUIRE(r.exitCode == kInvalid);
    REQUIRE(f.show().at("answers").empty());
    r = f.run("anna", {"assessment", "set", "0000", "acuut_letsel", "ja"});
    REQUIRE(r.exitCode == kNotFound);
}

TEST_CASE("cli: lifecycle guards") {
    CaseWithAssessment f;
    SECTION("a supervisor cannot fill answers") {
        const auto r = f.run("sanne", {"assessment", "set", f.assessment, "acuut_letsel", "ja"});
        REQUIRE(r.exitCode == kDenied);
        REQUIRE(f.show().at("answers").empty());
    }
    SECTION("a GI user cannot submit, and a GI answer needs a GI co-signature") {
        f.fillSafe();
        f.set("gijs", "oordeel_toelichting", "Ook vanuit de GI geen zorgen.");
        REQUIRE(f.run("gijs", {"assessment", "submit", f.assessment}).exitCode == kDenied);
        auto r = f.run("anna", {"assessment", "submit", f.assessment});
        REQUIRE(r.exitCode == kRefused);
        REQUIRE_THAT(r.err, Catch::Contains("co-signature"));
        REQUIRE(f.run("gijs", {"assessment", "cosign", f.assessment}).exitCode == 0);
        r = f.run("anna", {"assessment", "submit", f.assessment});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        REQUIRE(f.show().at("status") == "submitted");
    }
    SECTION("an approved assessment refuses changes; later information goes into an addendum") {
        f.fillSafe();
        REQUIRE(f.run("anna", {"assessment", "submit", f.assessment}).exitCode == 0);
        REQUIRE(f.run("anna", {"review", "approve", f.assessment}).exitCode == kDenied);
        REQUIRE(f.run("sanne", {"review", "approve", f.assessment}).exitCode == 0);
        REQUIRE(f.show().at("status") == "approved");
        const auto r = f.run("anna", {"assessment", "set", f.assessment, "acuut_letsel", "ja"});
        REQUIRE(r.exitCode == kRefused);
        const auto addendum =
            f.as("anna", {"assessment", "new", "--case", f.caseId, "--form", "risicotaxatie",
                          "--subject", f.child, "--addendum-of", f.assessment});
        REQUIRE(f.as("anna", {"assessment", "show", addendum.at("id")}).at("addendumOf") ==
                f.assessment);
    }
    SECTION("a returned assessment goes back to draft with the comment kept") {
        f.fillSafe();
        REQUIRE(f.run("anna", {"assessment", "submit", f.assessment}).exitCode == 0);
        REQUIRE(f.run("sanne", {"review", "return", f.assessment}).exitCode != 0);  // no comment
        REQUIRE(f.run("sanne",
                      {"review", "return", f.assessment, "--comment", "Onderbouw het lage risico."})
                    .exitCode == 0);
        REQUIRE(f.show().at("status") == "returned");
        // The worker's next edit takes it back to draft; the comment stays in its history.
        f.set("anna", "oordeel_toelichting", "Aangevuld na terugsturen.");
        const auto shown = f.show();
        REQUIRE(shown.at("status") == "draft");
        REQUIRE(shown.at("events").dump().find("Onderbouw het lage risico.") != std::string::npos);
    }
}

TEST_CASE("cli: a --justify is stored, shown, and counts later without repeating it") {
    CaseWithAssessment f;
    // Raised risk with an evaluation in 60 days: RT7 warns (more than 6 weeks ahead).
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    const std::time_t later = now + 60 * 24 * 3600;
    localtime_r(&later, &tm);
    char date[11];
    std::strftime(date, sizeof date, "%Y-%m-%d", &tm);
    f.set("anna", "oordeel_veiligheid", "veilig");
    f.set("anna", "oordeel_risico", "verhoogd");
    f.set("anna", "besluit_evaluatiedatum", date);

    auto r = f.run("anna", {"assessment", "submit", f.assessment});
    REQUIRE(r.exitCode == kRefused);
    REQUIRE_THAT(r.err, Catch::Contains("RT7 needs a written justification"));
    // Refused for the missing toelichting, but the justification given is kept.
    r = f.run("anna", {"assessment", "submit", f.assessment, "--justify",
                       "RT7=Zomervakantie; gezin is weg."});
    REQUIRE(r.exitCode == kRefused);
    REQUIRE_THAT(r.err, Catch::Contains("oordeel_toelichting") && !Catch::Contains("RT7"));
    auto shown = f.show();
    REQUIRE(shown.at("justifications").size() == 1);
    REQUIRE(shown.at("justifications")[0].at("rule") == "RT7");
    REQUIRE(shown.at("justifications")[0].at("text") == "Zomervakantie; gezin is weg.");
    REQUIRE(shown.at("justifications")[0].at("by") == "anna");
    REQUIRE(shown.at("submission").at("warnings")[0].at("justification") ==
            "Zomervakantie; gezin is weg.");
    const auto text = f.run("anna", {"assessment", "show", f.assessment});
    REQUIRE_THAT(text.out, Catch::Contains("RT7: Zomervakantie; gezin is weg.   by anna (jgt)"));
    REQUIRE_THAT(text.out, Catch::Contains("warning RT7 (justified)"));

    // Only a rule that warns takes a justification.
    r = f.run("anna", {"assessment", "submit", f.assessment, "--justify", "RT3=x"});
    REQUIRE(r.exitCode == kInvalid);
    REQUIRE_THAT(r.err, Catch::Contains("RT3 is not a rule of risicotaxatie.v2"));

    f.set("anna", "oordeel_toelichting", "Zorgen over de opvoeding.");
    r = f.run("anna", {"assessment", "submit", f.assessment});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    REQUIRE(f.show().at("status") == "submitted");
}

TEST_CASE("cli: assessment justify stores, replaces and removes a justification, for GI too") {
    CaseWithAssessment f;
    auto r = f.run("gijs", {"assessment", "justify", f.assessment, "RT7", "Gezin op reis."});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto shown = f.show();
    REQUIRE(shown.at("justifications")[0].at("by") == "gijs");
    REQUIRE(shown.at("justifications")[0].at("role") == "gi");
    REQUIRE(
        f.run("anna", {"assessment", "justify", f.assessment, "rt7", "Zomervakantie."}).exitCode ==
        0);  // the rule in any letter case
    shown = f.show();
    REQUIRE(shown.at("justifications").size() == 1);
    REQUIRE(shown.at("justifications")[0].at("rule") == "RT7");
    REQUIRE(shown.at("justifications")[0].at("text") == "Zomervakantie.");
    REQUIRE(f.run("anna", {"assessment", "justify", f.assessment, "RT7", ""}).exitCode == 0);
    REQUIRE(f.show().at("justifications").empty());
    REQUIRE(f.run("sanne", {"assessment", "justify", f.assessment, "RT7", "x"}).exitCode ==
            kDenied);
    REQUIRE(f.run("anna", {"assessment", "justify", f.assessment, "RT7"}).exitCode == 2);
}

TEST_CASE("cli: show --json tells a rule that is met from one that does not apply") {
    CaseWithAssessment f;
    f.set("anna", "oordeel_veiligheid", "onveilig");
    const auto shown = f.show();
    // RT1 (any acuut = ja): does not apply, so neither met nor unmet.
    REQUIRE(rule(shown, "RT1").at("applies") == false);
    REQUIRE(rule(shown, "RT1").at("met").is_null());
    // RT9 (always): applies, and with no conflict it is met.
    REQUIRE(rule(shown, "RT9").at("applies") == true);
    REQUIRE(rule(shown, "RT9").at("met") == true);
    REQUIRE(rule(shown, "RT9").at("fired") == false);
    // RT3 (onveilig): applies and is not met until a Veilig Thuis action is chosen.
    REQUIRE(rule(shown, "RT3").at("applies") == true);
    REQUIRE(rule(shown, "RT3").at("met") == false);
    f.set("anna", "besluit_acties", "veilig_thuis_melding");
    REQUIRE(rule(f.show(), "RT3").at("met") == true);
}

TEST_CASE("cli: a hide effect names the items it hides") {
    CaseWithAssessment f;
    const auto parent =
        f.as("anna", {"person", "add", "--case", f.caseId, "--role", "ouder", "--name", "Ria"})
            .at("id");
    const std::string kc = f.as("anna", {"assessment", "new", "--case", f.caseId, "--form",
                                         "kindcheck", "--subject", parent})
                               .at("id");
    for (const auto* item : {"kc_zorgt_voor_kinderen", "kc_zwanger"}) {
        REQUIRE(f.run("anna", {"assessment", "set", kc, item, "nee"}).exitCode == 0);
    }
    const auto shown = f.as("anna", {"assessment", "show", kc});
    bool found = false;
    for (const auto& r : shown.at("rules")) {
        for (const auto& e : r.at("effects")) {
            if (e.at("kind") == "hide") {
                found = true;
                REQUIRE(e.at("hides") == json::array({"kc_kinderen", "kc_zorg_geregeld",
                                                      "kc_zorgen", "kc_andere_hulp"}));
            }
        }
    }
    REQUIRE(found);
}

TEST_CASE("cli: a refused submit --json lists the blocking rules in a field") {
    CaseWithAssessment f;
    f.set("anna", "oordeel_veiligheid", "onveilig");
    f.set("anna", "oordeel_risico", "hoog");
    f.set("anna", "oordeel_toelichting", "Kind vertelt over slaan; moeder bevestigt.");
    f.set("anna", "besluit_acties", "informatie_verzamelen");
    const auto r = f.run("anna", {"--json", "assessment", "submit", f.assessment});
    REQUIRE(r.exitCode == kRefused);
    const auto error = json::parse(r.err).at("error");
    REQUIRE(error.at("code") == "refused");
    const auto blocking = error.at("blockingRules");
    REQUIRE(std::find(blocking.begin(), blocking.end(), "RT3") != blocking.end());
    REQUIRE(std::find(blocking.begin(), blocking.end(), "RT7") != blocking.end());
    REQUIRE(error.at("missingItems").is_array());
    REQUIRE(error.at("needsCosign") == false);
}

TEST_CASE("cli: a new risicotaxatie is version 2, with the crisis routes") {
    CaseWithAssessment f;
    REQUIRE(f.show().at("version") == 2);
    f.set("anna", "acuut_crisis", "ja");
    const auto rt10 = rule(f.show(), "RT10");
    REQUIRE(rt10.at("applies") == true);
    REQUIRE(rt10.at("met") == false);
    f.set("anna", "besluit_acties", "crisisdienst");
    REQUIRE(rule(f.show(), "RT10").at("met") == true);
    // There is nothing newer to move it to.
    REQUIRE(f.run("anna", {"assessment", "upgrade", f.assessment}).exitCode == kInvalid);
}

TEST_CASE("cli: case timeline and reminders follow a judgement past its evaluation date") {
    CaseWithAssessment f;
    const std::time_t earlier = std::time(nullptr) - 3 * 24 * 3600;
    std::tm tm{};
    localtime_r(&earlier, &tm);
    char date[11];
    std::strftime(date, sizeof date, "%Y-%m-%d", &tm);
    f.fillSafe();
    f.set("anna", "besluit_evaluatiedatum", date);
    // A date in the past warns (RT12): the worker says why.
    auto r = f.run("anna", {"assessment", "submit", f.assessment});
    REQUIRE(r.exitCode == kRefused);
    REQUIRE_THAT(r.err, Catch::Contains("RT12"));
    r = f.run("anna", {"assessment", "submit", f.assessment, "--justify",
                       "RT12=Evaluatie is al gedaan; dit is de vastlegging."});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    const auto timeline = f.as("anna", {"case", "timeline", f.caseId});
    REQUIRE(timeline.at("judgements").size() == 1);
    const auto& j = timeline.at("judgements").at(0);
    REQUIRE(j.at("veiligheid") == "veilig");
    REQUIRE(j.at("risico") == "laag");
    REQUIRE(j.at("by") == "anna");
    REQUIRE(j.at("child") == f.child);
    REQUIRE(j.at("evaluationDate") == date);
    REQUIRE(timeline.at("reminders").size() == 1);
    REQUIRE(timeline.at("reminders").at(0).at("text") == "evaluatie verlopen sinds 3 dagen");

    // The supervisor sees the team's overdue evaluation among their reminders.
    const auto reminders = f.as("sanne", {"reminders"}).at("reminders");
    REQUIRE(reminders.size() == 1);
    REQUIRE(reminders.at(0).at("case") == f.caseId);
    REQUIRE(reminders.at(0).at("daysOverdue") == 3);
    REQUIRE(f.run("anna", {"case", "timeline"}).exitCode == 2);  // usage
}
