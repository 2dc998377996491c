// The family's own copy and the statements beside an assessment (issue 14.2 and 14.3, issue
// 13.2): the declared family-safe selection matches the definitions; a document built from an
// assessment with every text answered shows exactly the declared items' texts; the statements
// are recorded with who said it and when, by the right role, never empty, purged with the case's
// rows.
#include <catch2/catch.hpp>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "core/family/family_copy.h"
#include "core/family/family_document.h"
#include "core/family/family_selection.h"
#include "core/statement/statement_service.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;

namespace {

const forms::FormRegistry& shippedForms() {
    static const auto registry = [] {
        forms::FormRegistry r;
        REQUIRE(r.loadDirectory(forms::builtinDefinitionsDir()).ok());
        return r;
    }();
    return registry;
}

bool declared(const std::vector<family::FamilyItem>& selection, const std::string& item,
              const std::string& field = "") {
    for (const auto& d : selection) {
        if (d.item == item) {
            return field.empty() ||
                   std::find(d.fields.begin(), d.fields.end(), field) != d.fields.end();
        }
    }
    return false;
}

// Every text of the definition answered with a marker naming it: "M<item>" or
// "M<group>.<field>" (entries' text fields); dates with a marker date per item.
forms::AnswerSet markedAnswers(const forms::Definition& def) {
    forms::AnswerSet a;
    for (const auto& item : def.items()) {
        if (item.type == forms::ItemType::Text) {
            a.set(item.id, "M" + item.id + "M");
        } else if (item.type == forms::ItemType::Group) {
            for (const auto& f : item.fields) {
                a.setField(item.id, "e1", f.id,
                           f.type == forms::ItemType::Text   ? "M" + item.id + "." + f.id + "M"
                           : f.type == forms::ItemType::Date ? "2027-03-03"
                                                             : "ja");
            }
        }
    }
    return a;
}

struct Team : VaultFixture {
    domain::UserRepository users{*vault};
    domain::Actor jgt = vault->owner();
    domain::Actor gi;
    domain::Actor supervisor;
    std::string caseId;
    std::string mother;
    assessment::AssessmentService assessments{*vault, shippedForms()};
    statement::StatementService statements{*vault};

    Team() {
        gi = users.actorFor(*users.findById(users.add(jgt, "gi-anouk", "gi", "GI")));
        supervisor =
            users.actorFor(*users.findById(users.add(jgt, "gw-carla", "supervisor", "JGT")));
        caseId = domain::CaseRepository(*vault).add(jgt, "Gezin Zienswijze");
        domain::ConsentRepository(*vault).add(jgt, caseId, "gi", "moeder");
        domain::CaseMembership members(*vault);
        members.add(jgt, caseId, gi.userId, "gi");
        members.add(jgt, caseId, supervisor.userId, "supervisor");
        mother = domain::PersonRepository(*vault).add(jgt, caseId, "ouder", "Sara", std::nullopt);
    }
};

}  // namespace

TEST_CASE("family selection: every declared item and field exists, none is a checklist or score") {
    for (const auto& [form, version] : {std::pair<const char*, int>{"risicotaxatie", 1},
                                        {"risicotaxatie", 2},
                                        {"veiligheidsplan", 1}}) {
        INFO(form << " v" << version);
        const auto* def = shippedForms().find(form, version);
        REQUIRE(def != nullptr);
        const auto& selection = family::familySelection(form, version);
        REQUIRE_FALSE(selection.empty());
        for (const auto& d : selection) {
            INFO(d.item);
            const auto* item = def->item(d.item);
            REQUIRE(item != nullptr);
            CHECK(item->merge != forms::MergePolicy::Perspective);
            CHECK(item->type != forms::ItemType::Scale0_10);
            // A jnv item is a checklist answer; only the parents' agreement is theirs to read.
            CHECK((item->type != forms::ItemType::Jnv || d.item == "vp_akkoord_ouders"));
            for (const auto& f : d.fields) {
                CHECK(item->field(f) != nullptr);
            }
        }
    }
    CHECK(family::familySelection("meldcode_afweging", 1).empty());
    CHECK(family::familySelection("risicotaxatie", 99).empty());
}

TEST_CASE("family document: exactly the declared texts reach it, no professional-only item") {
    for (const auto& [form, version] : {std::pair<const char*, int>{"risicotaxatie", 2},
                                        {"risicotaxatie", 1},
                                        {"veiligheidsplan", 1}}) {
        INFO(form << " v" << version);
        const auto* def = shippedForms().find(form, version);
        REQUIRE(def != nullptr);
        family::FamilyInstrument instrument;
        instrument.formId = form;
        instrument.version = version;
        instrument.status = "approved";
        instrument.subjectName = "Noor";
        instrument.date = "2026-12-01";
        instrument.answers = markedAnswers(*def);
        instrument.answers.setPerspective("vp_schaal", "u1", "3");
        family::FamilyInput in;
        in.caseName = "Jansen";
        in.madeOn = "2026-12-07";
        if (std::string(form) == "veiligheidsplan") {
            in.plan = instrument;
        } else {
            in.conclusions.push_back(instrument);
        }
        const auto text = family::buildFamilyDocument(in).plainText();
        const auto& selection = family::familySelection(form, version);
        int shown = 0;
        for (const auto& item : def->items()) {
            if (item.type == forms::ItemType::Text) {
                INFO(item.id);
                const bool found = text.find("M" + item.id + "M") != std::string::npos;
                CHECK(found == declared(selection, item.id));
                shown += found ? 1 : 0;
            }
            for (const auto& f : item.fields) {
                if (f.type == forms::ItemType::Text) {
                    INFO(item.id << "/" << f.id);
                    const bool found =
                        text.find("M" + item.id + "." + f.id + "M") != std::string::npos;
                    CHECK(found == declared(selection, item.id, f.id));
                    shown += found ? 1 : 0;
                }
            }
        }
        CHECK(shown >= 2);
        // No rule id on the family's page.
        for (const auto& rule : def->rules()) {
            CHECK(text.find(rule.id + " ") == std::string::npos);
        }
    }
}

TEST_CASE("family document: the plan's agreements in plain Dutch, dates written out") {
    family::FamilyInstrument plan;
    plan.formId = "veiligheidsplan";
    plan.status = "draft";
    plan.answers.setField("vp_afspraken", "a1", "wat", "Moeder brengt Noor elke dag naar school.");
    plan.answers.setField("vp_afspraken", "a1", "wie", "Sara");
    plan.answers.setField("vp_afspraken", "a1", "wanneer", "2027-01-12");
    plan.answers.setField("vp_afspraken", "a2", "wie", "niemand");  // no text: not shown
    plan.answers.setField("vp_bodemeisen", "b1", "eis", "Er wordt niet geslagen.");
    plan.answers.set("vp_evaluatiedatum", "2027-02-01");
    plan.answers.set("vp_akkoord_ouders", "ja");
    plan.statements.push_back({"Sara", "2026-12-03", "Ik wil dat Noor thuis blijft."});
    family::FamilyInput in;
    in.caseName = "Gezin Jansen";
    in.madeOn = "2026-12-07";
    in.plan = plan;
    const auto doc = family::buildFamilyDocument(in);
    const auto text = doc.plainText();
    CHECK_THAT(text, Catch::Contains("Plan voor het gezin") && Catch::Contains("Gezin Jansen") &&
                         Catch::Contains("7 december 2026") &&
                         Catch::Contains("het plan is nog niet af"));
    CHECK_THAT(text, Catch::Contains("- Moeder brengt Noor elke dag naar school. Wie: Sara. "
                                     "Wanneer: 12 januari 2027."));
    CHECK(text.find("niemand") == std::string::npos);
    CHECK_THAT(text, Catch::Contains("Er wordt niet geslagen.") &&
                         Catch::Contains("Op 1 februari 2027 kijken we samen") &&
                         Catch::Contains("Ja. U was het eens met dit plan"));
    CHECK_THAT(text, Catch::Contains("Sara zei op 3 december 2026:") &&
                         Catch::Contains("Ik wil dat Noor thuis blijft."));
    CHECK(family::dutchDate("2027-13-01") == "2027-13-01");
}

TEST_CASE("statements: who said it and when, recorded by any member, the GI's only by GI") {
    Team t;
    const auto rt = t.assessments.create(t.jgt, t.caseId, "samenwerking", std::nullopt);
    statement::StatementInput byMother;
    byMother.personId = t.mother;
    byMother.saidOn = "2026-01-05";
    byMother.text = "Wij zien het anders: het gaat beter sinds oma helpt.";
    const auto first = t.statements.record(t.jgt, rt, byMother);
    statement::StatementInput byGrandmother;
    byGrandmother.relation = "oma van moederskant";
    byGrandmother.saidOn = "2026-06-01";
    byGrandmother.text = "Ik pas elke woensdag op.";
    t.statements.record(t.supervisor, rt, byGrandmother);  // any member, supervisors too

    // Exactly one of person and relation; text; a real date, not in the future.
    statement::StatementInput both = byMother;
    both.relation = "buurvrouw";
    CHECK_THROWS_AS(t.statements.record(t.jgt, rt, both), statement::StatementRefused);
    statement::StatementInput none;
    none.text = "x";
    CHECK_THROWS_AS(t.statements.record(t.jgt, rt, none), statement::StatementRefused);
    statement::StatementInput blank = byMother;
    blank.text = "  ";
    CHECK_THROWS_AS(t.statements.record(t.jgt, rt, blank), statement::StatementRefused);
    statement::StatementInput future = byMother;
    future.saidOn = "2999-01-01";
    CHECK_THROWS_AS(t.statements.record(t.jgt, rt, future), statement::StatementRefused);
    statement::StatementInput stranger = byMother;
    stranger.personId = "0123456789abcdef0123456789abcdef";
    CHECK_THROWS_AS(t.statements.record(t.jgt, rt, stranger), statement::StatementRefused);

    // The GI's disagreement: only by the GI member, and also once the assessment is submitted.
    t.assessments.setAnswer(t.gi, rt, "sw_hoe", "GI keek mee");
    t.assessments.submit(t.jgt, rt, {}, std::string("GI-collega op vakantie"));
    statement::StatementInput disagree;
    disagree.kind = "gi_disagreement";
    disagree.text = "De GI schat het risico hoger in.";
    CHECK_THROWS_AS(t.statements.record(t.jgt, rt, disagree), statement::StatementRefused);
    t.statements.record(t.gi, rt, disagree);

    const auto list = t.statements.forAssessment(t.supervisor, rt);
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == first);
    CHECK(list[0].saidBy() == "Sara");
    CHECK(list[0].saidOn == "2026-01-05");
    CHECK(list[0].recordedRole == "jgt");
    CHECK(list[1].saidBy() == "oma van moederskant");
    CHECK(list[1].recordedRole == "supervisor");
    CHECK(list[2].kind == "gi_disagreement");  // said today
    CHECK(list[2].saidBy() == "gi-anouk");
    // The professional's text is untouched, the assessment still submitted.
    const auto view = t.assessments.view(t.jgt, rt);
    CHECK(view.record.status == "submitted");
    // Through the change record (so it syncs), audit-logged.
    CHECK(t.vault->changes().history("statement", first, "text").size() == 1);
    bool logged = false;
    for (const auto& e : t.vault->audit().list(t.caseId)) {
        logged = logged || (e.entity == "statement" && e.action == "create");
    }
    CHECK(logged);
}

TEST_CASE("family copy: from the vault, with the client's statements, never the GI's") {
    Team t;
    const auto child =
        domain::PersonRepository(*t.vault).add(t.jgt, t.caseId, "kind", "Noor", "2019-06-01");
    const auto plan = t.assessments.create(t.jgt, t.caseId, "veiligheidsplan", std::nullopt);
    const auto entry = t.assessments.addEntry(t.jgt, plan, "vp_afspraken");
    t.assessments.setAnswer(t.jgt, plan, "vp_afspraken/" + entry + "/wat", "Vader belt de school.");
    t.assessments.setAnswer(t.jgt, plan, "vp_schaal", "4");
    statement::StatementInput own;
    own.personId = t.mother;
    own.text = "Ik ben het eens met de afspraken.";
    t.statements.record(t.jgt, plan, own);
    statement::StatementInput disagree;
    disagree.kind = "gi_disagreement";
    disagree.text = "GEHEIM-GI-OORDEEL";
    t.statements.record(t.gi, plan, disagree);
    // A draft taxatie is not finished: not in the family's copy.
    const auto rt = t.assessments.create(t.jgt, t.caseId, "risicotaxatie", child);
    t.assessments.setAnswer(t.jgt, rt, "oordeel_toelichting", "CONCEPT-OORDEEL");

    const auto text = family::familyCopy(*t.vault, shippedForms(), t.jgt, t.caseId).plainText();
    CHECK_THAT(text, Catch::Contains("Vader belt de school.") &&
                         Catch::Contains("Ik ben het eens met de afspraken.") &&
                         Catch::Contains("Sara zei op"));
    CHECK(text.find("GEHEIM-GI-OORDEEL") == std::string::npos);
    CHECK(text.find("CONCEPT-OORDEEL") == std::string::npos);
    // Someone who is no member gets nothing.
    domain::Actor outsider{"ffffffffffffffffffffffffffffffff", "d", "jgt"};
    CHECK_THROWS_AS(family::familyCopy(*t.vault, shippedForms(), outsider, t.caseId),
                    domain::AccessDenied);
}
