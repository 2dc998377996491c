// risicotaxatie v2 beside v1 (issue 13, point 3): a draft started on v1 stays on v1, a new one
// starts on v2, and a worker moves a v1 draft to v2 keeping every answer (the declared mapping).
#include <catch2/catch.hpp>

#include "core/assessment/assessment_repository.h"
#include "core/assessment/assessment_service.h"
#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using assessment::AssessmentService;

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

struct CaseWithChild : VaultFixture {
    domain::Actor jgt = vault->owner();
    std::string caseId = domain::CaseRepository(*vault).add(jgt, "Gezin Versie");
    std::string child = domain::PersonRepository(*vault).add(jgt, caseId, "kind", "Noor",
                                                             std::string("2019-06-01"));
    AssessmentService service{*vault, shippedForms()};

    // A draft as a device with only version 1 started it.
    std::string v1Draft() {
        vault::Transaction tx(vault->db());
        assessment::AssessmentRecord r;
        r.caseId = caseId;
        r.formId = "risicotaxatie";
        r.formVersion = 1;
        r.subjectPersonId = child;
        const auto id = assessment::AssessmentRepository(*vault).create(jgt, r);
        tx.commit();
        return id;
    }
    std::map<std::string, std::string> answers(const std::string& id) {
        std::map<std::string, std::string> out;
        for (const auto& a : service.view(jgt, id).stored) {
            out[a.path + (a.author.empty() ? "" : "@" + a.author)] = a.value;
        }
        return out;
    }
};
}  // namespace

TEST_CASE("a new risicotaxatie starts on version 2, a v1 draft stays on version 1") {
    CaseWithChild f;
    const auto fresh = f.service.create(f.jgt, f.caseId, "risicotaxatie", f.child);
    REQUIRE(f.service.view(f.jgt, fresh).record.formVersion == 2);
    const auto old = f.v1Draft();
    f.service.setAnswer(f.jgt, old, "acuut_letsel", "nee");
    const auto view = f.service.view(f.jgt, old);
    REQUIRE(view.record.formVersion == 1);
    REQUIRE(view.definition->version() == 1);
    REQUIRE(view.definition->item("acuut_crisis") == nullptr);
    // A v2 item cannot be answered on a v1 draft.
    REQUIRE_THROWS_AS(f.service.setAnswer(f.jgt, old, "acuut_crisis", "ja"), std::invalid_argument);
}

TEST_CASE("moving a v1 draft to v2 keeps every answer the mapping covers") {
    CaseWithChild f;
    const auto id = f.v1Draft();
    f.service.setAnswer(f.jgt, id, "bronnen", "eigen_observatie,gesprek_ouder");
    f.service.setAnswer(f.jgt, id, "sig_letsel", "ja");
    f.service.setAnswer(f.jgt, id, "acuut_letsel", "onbekend");
    f.service.setAnswer(f.jgt, id, "oordeel_veiligheid", "voorwaardelijk_veilig");
    f.service.setAnswer(f.jgt, id, "oordeel_toelichting", "Moeder beschermt; vader drinkt.");
    f.service.setAnswer(f.jgt, id, "besluit_acties", "veiligheidsplan_nu,hulp_inzetten");
    f.service.setAnswer(f.jgt, id, "besluit_evaluatiedatum", "2031-05-01");
    const auto before = f.answers(id);
    REQUIRE(before.size() == 7);

    REQUIRE(f.service.upgrade(f.jgt, id) == 2);
    const auto view = f.service.view(f.jgt, id);
    REQUIRE(view.record.formVersion == 2);
    REQUIRE(view.definition->version() == 2);
    REQUIRE(f.answers(id) == before);
    REQUIRE_FALSE(view.evaluation.item("acuut_crisis")->answered);
    // The move is a change like any other: it syncs as the assessment's form field.
    REQUIRE(f.vault->changes().latest("assessment", id, "form")->write.value == "risicotaxatie.v2");
    // And the v2 items can now be answered.
    f.service.setAnswer(f.jgt, id, "acuut_crisis", "nee");
    // Nothing newer to move to.
    REQUIRE_THROWS_AS(f.service.upgrade(f.jgt, id), std::invalid_argument);
}

TEST_CASE("a submitted v1 assessment is not moved") {
    CaseWithChild f;
    const auto id = f.v1Draft();
    f.vault->db()
        .prepare("UPDATE assessments SET status = 'submitted' WHERE id = ?1")
        .bind(1, id)
        .run();
    REQUIRE_THROWS_AS(f.service.upgrade(f.jgt, id), assessment::LifecycleRefused);
    REQUIRE(f.service.view(f.jgt, id).record.formVersion == 1);
}
