#include <catch2/catch.hpp>
#include <ctime>
#include <nlohmann/json.hpp>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using assessment::AssessmentService;
using assessment::LifecycleRefused;
using assessment::SubmissionRefused;

namespace {
const forms::FormRegistry& shippedForms() {
    static const auto registry = [] {
        forms::FormRegistry r;
        const auto report = r.loadDirectory(forms::builtinDefinitionsDir());
        REQUIRE(report.ok());
        return r;
    }();
    return registry;
}

// A case with a JGT owner, a GI colleague (with consent) and a supervisor.
struct CaseTeam : VaultFixture {
    domain::UserRepository users{*vault};
    domain::Actor jgt = vault->owner();
    domain::Actor gi;
    domain::Actor supervisor;
    std::string caseId;
    std::string child;
    AssessmentService service{*vault, shippedForms()};

    CaseTeam() {
        gi = users.actorFor(*users.findById(users.add(jgt, "gi-anouk", "gi", "GI")));
        supervisor =
            users.actorFor(*users.findById(users.add(jgt, "gw-carla", "supervisor", "JGT")));
        caseId = domain::CaseRepository(*vault).add(jgt, "Gezin Levensloop");
        domain::ConsentRepository(*vault).add(jgt, caseId, "gi", "moeder");
        domain::CaseMembership members(*vault);
        members.add(jgt, caseId, gi.userId, "gi");
        members.add(jgt, caseId, supervisor.userId, "supervisor");
        child = domain::PersonRepository(*vault).add(jgt, caseId, "kind", "Noor",
                                                     std::string("2019-06-01"));
    }
    std::string samenwerking() { return service.create(jgt, caseId, "samenwerking", std::nullopt); }
};
}  // namespace

TEST_CASE("answers are stored with author, role, device and time") {
    CaseTeam t;
    const auto id = t.samenwerking();
    t.service.setAnswer(t.jgt, id, "sw_hoe", "Samen huisbezoek gedaan");
    t.service.setAnswer(t.gi, id, "sw_rolverdeling", "GI keek mee naar veiligheid");
    const auto view = t.service.view(t.jgt, id);
    REQUIRE(view.stored.size() == 2);
    for (const auto& a : view.stored) {
        const bool byGi = a.path == "sw_rolverdeling";
        REQUIRE(a.byUser == (byGi ? t.gi.userId : t.jgt.userId));
        REQUIRE(a.byRole == (byGi ? "gi" : "jgt"));
        REQUIRE(a.device == t.jgt.deviceId);
        REQUIRE(a.hlc.wallMs > 0);
    }
}

TEST_CASE("a supervisor cannot fill in answers") {
    CaseTeam t;
    const auto id = t.samenwerking();
    REQUIRE_THROWS_AS(t.service.setAnswer(t.supervisor, id, "sw_hoe", "x"), domain::AccessDenied);
    REQUIRE_THROWS_AS(t.service.create(t.supervisor, t.caseId, "samenwerking", std::nullopt),
                      domain::AccessDenied);
}

TEST_CASE("a GI user cannot submit, the JGT member can") {
    CaseTeam t;
    const auto id = t.samenwerking();
    t.service.setAnswer(t.jgt, id, "sw_hoe", "Samen");
    REQUIRE_THROWS_AS(t.service.submit(t.gi, id, {}), domain::AccessDenied);
    REQUIRE_NOTHROW(t.service.submit(t.jgt, id, {}));
    REQUIRE(t.service.view(t.jgt, id).record.status == "submitted");
}

TEST_CASE("when a GI user answered, submission needs a GI co-signature covering the answers") {
    CaseTeam t;
    const auto id = t.samenwerking();
    t.service.setAnswer(t.gi, id, "sw_hoe", "Analyse veiligheid samen");
    try {
        t.service.submit(t.jgt, id, {});
        FAIL("submitted without co-signature");
    } catch (const SubmissionRefused& e) {
        REQUIRE(e.needsCosign());
        REQUIRE_THAT(e.what(), Catch::Contains("co-signature"));
    }
    REQUIRE_THROWS_AS(t.service.cosign(t.jgt, id), domain::AccessDenied);  // JGT cannot co-sign
    t.service.cosign(t.gi, id);
    // A change after the co-signature needs a new one.
    t.service.setAnswer(t.jgt, id, "sw_rolverdeling", "JGT houdt regie");
    REQUIRE_THROWS_AS(t.service.submit(t.jgt, id, {}), SubmissionRefused);
    t.service.cosign(t.gi, id);
    REQUIRE_NOTHROW(t.service.submit(t.jgt, id, {}));
}

TEST_CASE("without the GI co-signature the JGT member submits by giving the reason") {
    CaseTeam t;
    const auto id = t.samenwerking();
    t.service.setAnswer(t.gi, id, "sw_hoe", "Analyse veiligheid samen");
    // Blank is no reason.
    REQUIRE_THROWS_AS(t.service.submit(t.jgt, id, {}, std::string("  ")), SubmissionRefused);
    t.service.submit(t.jgt, id, {}, std::string("GI-collega met verlof; veiligheid gaat voor"));
    auto view = t.service.view(t.supervisor, id);
    REQUIRE(view.record.status == "submitted");
    REQUIRE(view.needsCosign);
    REQUIRE(view.withoutCosignReason == "GI-collega met verlof; veiligheid gaat voor");
    const auto data = nlohmann::json::parse(*view.events.back().data);
    REQUIRE(data.at("withoutCosignReason") == "GI-collega met verlof; veiligheid gaat voor");
    // Synced like every field: the reason is a change of the assessment.
    REQUIRE(t.vault->changes().latest("assessment", id, "without_cosign_reason"));
    // The co-signature may still follow, until approval.
    t.service.cosign(t.gi, id);
    REQUIRE_FALSE(t.service.view(t.supervisor, id).needsCosign);
    t.service.approve(t.supervisor, id);
    REQUIRE_THROWS_AS(t.service.cosign(t.gi, id), LifecycleRefused);
}

TEST_CASE("a submitted assessment waits for review and refuses edits") {
    CaseTeam t;
    const auto id = t.samenwerking();
    t.service.submit(t.jgt, id, {});
    REQUIRE_THROWS_WITH(t.service.setAnswer(t.jgt, id, "sw_hoe", "later"),
                        Catch::Contains("waits for review"));
}

TEST_CASE("only a supervisor approves, an approved assessment is immutable") {
    CaseTeam t;
    const auto id = t.samenwerking();
    t.service.submit(t.jgt, id, {});
    REQUIRE_THROWS_AS(t.service.approve(t.jgt, id), domain::AccessDenied);
    REQUIRE_THROWS_AS(t.service.approve(t.gi, id), domain::AccessDenied);
    t.service.approve(t.supervisor, id);
    REQUIRE(t.service.view(t.jgt, id).record.status == "approved");
    REQUIRE_THROWS_WITH(t.service.setAnswer(t.jgt, id, "sw_hoe", "nieuw"),
                        Catch::Contains("approved"));
    REQUIRE_THROWS_AS(t.service.addEntry(t.jgt, id, "sw_hoe"), LifecycleRefused);
    // Later information goes into an addendum linked to it.
    const auto addendum =
        t.service.create(t.jgt, t.caseId, "samenwerking", std::nullopt, std::string(id));
    REQUIRE(t.service.view(t.jgt, addendum).record.addendumOf == id);
}

TEST_CASE("a returned assessment goes back to draft on the next edit, with the comment kept") {
    CaseTeam t;
    const auto id = t.samenwerking();
    t.service.submit(t.jgt, id, {});
    REQUIRE_THROWS_AS(t.service.returnToWorker(t.supervisor, id, "  "), std::invalid_argument);
    t.service.returnToWorker(t.supervisor, id, "Licht de rolverdeling toe.");
    REQUIRE(t.service.view(t.jgt, id).record.status == "returned");
    t.service.setAnswer(t.jgt, id, "sw_rolverdeling", "JGT regie, GI meedenken");
    const auto view = t.service.view(t.jgt, id);
    REQUIRE(view.record.status == "draft");
    const auto returned = std::find_if(view.events.begin(), view.events.end(),
                                       [](const auto& e) { return e.kind == "return"; });
    REQUIRE(returned != view.events.end());
    REQUIRE(returned->comment == "Licht de rolverdeling toe.");
    REQUIRE(returned->userId == t.supervisor.userId);
}

TEST_CASE("submission is refused naming the rule that blocks it") {
    CaseTeam t;
    const auto id = t.service.create(t.jgt, t.caseId, "risicotaxatie", t.child);
    t.service.setAnswer(t.jgt, id, "oordeel_veiligheid", "onveilig");
    t.service.setAnswer(t.jgt, id, "oordeel_risico", "hoog");
    t.service.setAnswer(t.jgt, id, "oordeel_toelichting", "Acute zorgen");
    try {
        t.service.submit(t.jgt, id, {});
        FAIL("submitted");
    } catch (const SubmissionRefused& e) {
        REQUIRE_THAT(e.what(), Catch::Contains("RT3"));
    }
}

TEST_CASE("malformed answers get clear errors and change nothing") {
    CaseTeam t;
    const auto id = t.service.create(t.jgt, t.caseId, "risicotaxatie", t.child);
    REQUIRE_THROWS_AS(t.service.setAnswer(t.jgt, id, "sig_letsel", "misschien"),
                      std::invalid_argument);
    REQUIRE_THROWS_AS(t.service.setAnswer(t.jgt, id, "geen_item", "ja"), std::invalid_argument);
    REQUIRE_THROWS_AS(t.service.setAnswer(t.jgt, id, "besluit_evaluatiedatum", "31-12-2026"),
                      std::invalid_argument);
    REQUIRE(t.service.view(t.jgt, id).stored.empty());
}

TEST_CASE("per-child and per-adult forms need the right subject") {
    CaseTeam t;
    REQUIRE_THROWS_AS(t.service.create(t.jgt, t.caseId, "risicotaxatie", std::nullopt),
                      std::invalid_argument);
    const auto parent =
        domain::PersonRepository(*t.vault).add(t.jgt, t.caseId, "ouder", "Mevr. K.", std::nullopt);
    REQUIRE_THROWS_AS(t.service.create(t.jgt, t.caseId, "risicotaxatie", parent),
                      std::invalid_argument);
    REQUIRE_NOTHROW(t.service.create(t.jgt, t.caseId, "kindcheck", parent));
    REQUIRE_THROWS_AS(t.service.create(t.jgt, t.caseId, "unknown_form", std::nullopt),
                      std::invalid_argument);
}

TEST_CASE("group entries and perspective answers are stored per entry and per author") {
    CaseTeam t;
    const auto id = t.service.create(t.jgt, t.caseId, "veiligheidsplan", std::nullopt);
    const auto entry = t.service.addEntry(t.jgt, id, "vp_bodemeisen");
    t.service.setAnswer(t.jgt, id, "vp_bodemeisen/" + entry + "/eis", "Geen alcohol in huis");
    REQUIRE_THROWS_AS(t.service.setAnswer(t.jgt, id, "vp_bodemeisen/nope/eis", "x"),
                      std::invalid_argument);
    t.service.setAnswer(t.jgt, id, "vp_schaal", "4");
    t.service.setAnswer(t.gi, id, "vp_schaal", "3");
    const auto view = t.service.view(t.jgt, id);
    const auto* scores = view.answers.perspectives("vp_schaal");
    REQUIRE(scores != nullptr);
    REQUIRE(scores->size() == 2);
    REQUIRE(scores->at(t.jgt.userId) == "4");
    REQUIRE(scores->at(t.gi.userId) == "3");
    REQUIRE(view.answers.entries("vp_bodemeisen")->at(0).fields.at("eis") ==
            "Geen alcohol in huis");
}

TEST_CASE("every assessment access is audit-logged") {
    CaseTeam t;
    const auto before = t.vault->audit().list(t.caseId).size();
    const auto id = t.samenwerking();
    t.service.setAnswer(t.jgt, id, "sw_hoe", "x");
    t.service.view(t.jgt, id);
    t.service.submit(t.jgt, id, {});
    const auto log = t.vault->audit().list(t.caseId);
    std::vector<std::string> actions;
    for (std::size_t i = before; i < log.size(); ++i) {
        if (log[i].entity == "assessment") {
            actions.push_back(log[i].action);
        }
    }
    REQUIRE(actions == std::vector<std::string>{"create", "change", "read", "change"});
}

TEST_CASE("assessment fields and lifecycle events travel through the change record with the case") {
    CaseTeam t;
    const auto id = t.samenwerking();
    t.service.setAnswer(t.jgt, id, "sw_hoe", "Samen");
    auto st = t.vault->db().prepare(
        "SELECT entity, field, value, case_id FROM outbox WHERE entity IN ('assessment', "
        "'answer', 'event') ORDER BY local_seq");
    std::vector<std::string> fields;
    std::optional<std::string> event;
    while (st.step()) {
        REQUIRE(st.text(3) == t.caseId);
        fields.push_back(st.text(0) + "." + st.text(1));
        if (st.text(0) == "event") {
            event = st.optionalText(2);
        }
    }
    REQUIRE(fields == std::vector<std::string>{"assessment.case_id", "assessment.form",
                                               "assessment.subject_person_id",
                                               "assessment.addendum_of", "assessment.status",
                                               "event.data", "answer.sw_hoe"});
    const auto data = nlohmann::json::parse(*event);
    REQUIRE(data.at("assessment") == id);
    REQUIRE(data.at("kind") == "created");
    REQUIRE(data.at("user") == t.jgt.userId);
    REQUIRE(data.at("role") == "jgt");
    REQUIRE(data.at("comment").is_null());
    REQUIRE(data.at("at").is_number_integer());
    REQUIRE(t.vault->changes().latest("assessment", id, "form")->write.value == "samenwerking.v1");
}

TEST_CASE("an answer the server keeps in conflict blocks submission (RT9) until resolved") {
    CaseTeam t;
    const auto id = t.service.create(t.jgt, t.caseId, "risicotaxatie", t.child);
    t.service.setAnswer(t.jgt, id, "sig_letsel", "ja");
    vault::FieldConflicts(t.vault->db())
        .replace(
            t.caseId, "answer", id, "sig_letsel",
            {{1, "ja", t.jgt.userId, "jgt", "d1", {}}, {2, "nee", t.gi.userId, "gi", "d2", {}}});
    auto rt9 = [&] {
        const auto view = t.service.view(t.jgt, id);
        for (const auto& b : view.submission.blockers) {
            if (b.ruleId == "RT9") {
                return true;
            }
        }
        return false;
    };
    REQUIRE(rt9());
    REQUIRE(t.service.view(t.jgt, id).conflicts.size() == 1);
    t.service.setAnswer(t.jgt, id, "sig_letsel", "ja");  // the JGT member's resolution
    REQUIRE_FALSE(rt9());
}

namespace {
std::string daysFromToday(int days) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    const auto today = *forms::Date::fromCivil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return forms::Date::fromDays(today.daysSinceEpoch() + days).toString();
}

// A risicotaxatie that may be submitted except for RT7's warning (evaluation in 60 days).
std::string risicotaxatieWarningRt7(CaseTeam& t) {
    const auto id = t.service.create(t.jgt, t.caseId, "risicotaxatie", t.child);
    t.service.setAnswer(t.jgt, id, "oordeel_veiligheid", "veilig");
    t.service.setAnswer(t.jgt, id, "oordeel_risico", "verhoogd");
    t.service.setAnswer(t.jgt, id, "oordeel_toelichting", "Zorgen over de opvoeding.");
    t.service.setAnswer(t.jgt, id, "besluit_evaluatiedatum", daysFromToday(60));
    return id;
}
}  // namespace

TEST_CASE("a justification typed is in the vault after reopening it, and submission uses it") {
    CaseTeam t;
    const auto id = risicotaxatieWarningRt7(t);
    REQUIRE(t.service.view(t.jgt, id).submission.unjustifiedWarnings() ==
            std::vector<std::string>{"RT7"});
    t.service.setJustification(t.jgt, id, "RT7", "Zomer");
    t.service.setJustification(t.jgt, id, "RT7", "Zomervakantie; gezin is weg.");
    const auto dir = t.vaultDir();
    t.vault.reset();

    auto reopened = vault::Vault::open(dir, kPassphrase);
    AssessmentService service(*reopened, shippedForms());
    const auto view = service.view(t.jgt, id);
    REQUIRE(view.justifications.size() == 1);
    const auto& stored = view.justifications.at(0);
    REQUIRE(stored.ruleId == "RT7");
    REQUIRE(stored.text == "Zomervakantie; gezin is weg.");
    REQUIRE(stored.byUser == t.jgt.userId);
    REQUIRE(stored.byRole == "jgt");
    REQUIRE(view.submission.allowed());
    // Through the change record as a field of the assessment, so sync carries it.
    const auto latest = reopened->changes().latest("assessment", id, "justification/rt7");
    REQUIRE(latest);
    REQUIRE(latest->write.value == "Zomervakantie; gezin is weg.");

    service.submit(t.jgt, id);  // no justification repeated
    const auto events = service.view(t.jgt, id).events;
    REQUIRE(events.back().kind == "submit");
    const auto data = nlohmann::json::parse(*events.back().data);
    REQUIRE(data.at("justifications").at("RT7") == "Zomervakantie; gezin is weg.");
}

TEST_CASE("a justification written by the GI professional needs their co-signature too") {
    CaseTeam t;
    const auto id = risicotaxatieWarningRt7(t);
    t.service.setJustification(t.gi, id, "RT7", "Gezin is met vakantie, gesproken met oma.");
    try {
        t.service.submit(t.jgt, id);
        FAIL("submitted without the GI co-signature");
    } catch (const SubmissionRefused& e) {
        REQUIRE(e.needsCosign());
    }
    t.service.cosign(t.gi, id);
    REQUIRE_NOTHROW(t.service.submit(t.jgt, id));
}

TEST_CASE("clearing a justification removes it, unchanged text is not written again") {
    CaseTeam t;
    const auto id = risicotaxatieWarningRt7(t);
    t.service.setJustification(t.jgt, id, "RT7", "Zomervakantie");
    const auto version = t.vault->changes().currentVersion("assessment", id, "justification/rt7");
    t.service.setJustification(t.jgt, id, "RT7", "Zomervakantie");
    REQUIRE(t.vault->changes().currentVersion("assessment", id, "justification/rt7") == version);
    t.service.setJustification(t.jgt, id, "RT7", "  \n");
    const auto view = t.service.view(t.jgt, id);
    REQUIRE(view.justifications.empty());
    REQUIRE(view.submission.unjustifiedWarnings() == std::vector<std::string>{"RT7"});
    REQUIRE_FALSE(t.vault->changes().latest("assessment", id, "justification/rt7")->write.value);
    REQUIRE_THROWS_AS(t.service.submit(t.jgt, id), SubmissionRefused);
}

TEST_CASE("a justification is guarded like an answer and only for a rule that warns") {
    CaseTeam t;
    const auto id = risicotaxatieWarningRt7(t);
    REQUIRE_THROWS_AS(t.service.setJustification(t.jgt, id, "RT3", "x"), std::invalid_argument);
    REQUIRE_THROWS_AS(t.service.setJustification(t.jgt, id, "RT99", "x"), std::invalid_argument);
    REQUIRE_THROWS_AS(t.service.setJustification(t.supervisor, id, "RT7", "x"),
                      domain::AccessDenied);
    t.service.setJustification(t.gi, id, "RT7", "GI: gezin is weg in de zomer.");
    // Given at submission: stored first (as if typed), then it counts; the GI professional wrote
    // in this assessment, so it waits for their co-signature of what it now says.
    REQUIRE_THROWS_AS(t.service.submit(t.jgt, id, {{"RT7", "Zomervakantie"}}), SubmissionRefused);
    REQUIRE(t.service.view(t.jgt, id).justifications.at(0).text == "Zomervakantie");
    t.service.cosign(t.gi, id);
    t.service.submit(t.jgt, id);
    REQUIRE_THROWS_AS(t.service.setJustification(t.jgt, id, "RT7", "later"), LifecycleRefused);
}

TEST_CASE("a justification given at a refused submission is kept") {
    CaseTeam t;
    const auto id = t.service.create(t.jgt, t.caseId, "risicotaxatie", t.child);
    t.service.setAnswer(t.jgt, id, "oordeel_risico", "verhoogd");
    t.service.setAnswer(t.jgt, id, "besluit_evaluatiedatum", daysFromToday(60));
    REQUIRE_THROWS_AS(t.service.submit(t.jgt, id, {{"RT7", "Zomervakantie"}}), SubmissionRefused);
    REQUIRE(t.service.view(t.jgt, id).justifications.at(0).text == "Zomervakantie");
}

TEST_CASE("a justification the server keeps in conflict does not count until a JGT member writes") {
    CaseTeam t;
    const auto id = risicotaxatieWarningRt7(t);
    t.service.setJustification(t.jgt, id, "RT7", "Zomervakantie");
    vault::FieldConflicts(t.vault->db())
        .replace(t.caseId, "assessment", id, "justification/rt7",
                 {{1, "Zomervakantie", t.jgt.userId, "jgt", "d1", {}},
                  {2, "Gezin op reis", t.gi.userId, "gi", "d2", {}}});
    auto view = t.service.view(t.jgt, id);
    REQUIRE(view.justificationConflicts.size() == 1);
    REQUIRE(view.submission.unjustifiedWarnings() == std::vector<std::string>{"RT7"});
    REQUIRE_THROWS_WITH(t.service.submit(t.jgt, id), Catch::Contains("in conflict"));
    // The same text again is the JGT member's choice: it resolves the conflict.
    t.service.setJustification(t.jgt, id, "RT7", "Zomervakantie");
    view = t.service.view(t.jgt, id);
    REQUIRE(view.justificationConflicts.empty());
    REQUIRE(view.submission.allowed());
}

TEST_CASE("a justification never appears in plaintext in any vault file") {
    CaseTeam t;
    const auto id = risicotaxatieWarningRt7(t);
    const std::string canary = "CANARY-j8u5t1f-Verhoeven";
    t.service.setJustification(t.jgt, id, "RT7", canary);
    REQUIRE_FALSE(anyFileContains(t.vaultDir(), canary));
    REQUIRE(t.service.view(t.jgt, id).justifications.at(0).text == canary);
    t.vault.reset();
    REQUIRE_FALSE(anyFileContains(t.vaultDir(), canary));
}
