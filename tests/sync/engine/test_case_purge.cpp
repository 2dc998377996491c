// Purge: a case the device may no longer hold leaves no row anywhere (domain tables, visits and
// check-ins, statements, consultations, change record, outbox, conflicts), the other cases stay
// whole, and the purge is audit-logged.
#include <algorithm>
#include <catch2/catch.hpp>

#include "core/assessment/assessment_service.h"
#include "core/audit/audit_log.h"
#include "core/consultation/consultation_service.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/statement/statement_service.h"
#include "core/vault/field_conflicts.h"
#include "core/vault/settled_conflicts.h"
#include "core/visit/visit_service.h"
#include "sync/engine/case_purge.h"
#include "tests/sync/engine/engine_fixture.h"

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

struct FilledCase {
    std::string caseId;
    std::vector<std::string> ids;  // every id that belongs to the case
};

FilledCase fill(vault::Vault& v, const std::string& name) {
    const auto me = v.owner();
    FilledCase c;
    c.caseId = domain::CaseRepository(v).add(me, name);
    const auto child = domain::PersonRepository(v).add(me, c.caseId, "kind", "Kind " + name,
                                                       std::string("2018-01-01"));
    const auto consent = domain::ConsentRepository(v).add(me, c.caseId, "gi", "moeder");
    assessment::AssessmentService service(v, shippedForms());
    const auto rt = service.create(me, c.caseId, "risicotaxatie", child);
    service.setAnswer(me, rt, "sig_letsel", "ja");
    const auto plan = service.create(me, c.caseId, "veiligheidsplan", std::nullopt);
    const auto entry = service.addEntry(me, plan, "vp_zorgen");
    service.setAnswer(me, plan, "vp_zorgen/" + entry + "/tekst", "zorg");
    vault::FieldConflicts(v.db()).replace(c.caseId, "answer", rt, "sig_letsel",
                                          {{1, "ja", me.userId, "jgt", me.deviceId, {}}});
    vault::SettledConflicts(v.db()).record(
        {c.caseId,
         "answer",
         rt,
         "bronnen",
         "resolution",
         {3, "gesprek_ouder", me.userId, "jgt", me.deviceId, {}},
         {{1, "eigen_observatie", me.userId, "jgt", me.deviceId, {}}}});
    v.db()
        .prepare("INSERT INTO known_cases (case_id, fetched_at) VALUES (?1, 1)")
        .bind(1, c.caseId)
        .run();
    visit::VisitStart start;
    start.caseId = c.caseId;
    start.present = {child};
    start.position.fix = visit::Fix{52.1584, 4.5321, 14, 1};
    const auto visitId = visit::VisitService(v, shippedForms()).start(me, start);
    statement::StatementInput said;
    said.relation = "oma";
    said.text = "Eigen zienswijze " + name;
    const auto statementId = statement::StatementService(v).record(me, plan, said);
    c.ids = {c.caseId, child, consent, rt, plan, visitId, statementId};
    return c;
}

// Rows in any table but the audit log and quarantine that mention one of the ids.
std::vector<std::string> rowsMentioning(vault::Database& db, const std::vector<std::string>& ids) {
    std::vector<std::string> found;
    for (const auto& [table, rows] : dump(db)) {
        if (table == "quarantine") {
            continue;
        }
        for (const auto& row : rows) {
            for (const auto& id : ids) {
                if (row.find(id) != std::string::npos) {
                    found.push_back(table + ": " + row);
                }
            }
        }
    }
    return found;
}
}  // namespace

TEST_CASE("purge: no row of the case remains anywhere, other cases stay whole") {
    VaultFixture f;
    const auto gone = fill(*f.vault, "Gezin Weg");
    const auto kept = fill(*f.vault, "Gezin Blijft");
    f.vault->db().exec("DELETE FROM outbox");  // pushed
    REQUIRE_FALSE(rowsMentioning(f.vault->db(), gone.ids).empty());
    const auto keptBefore = rowsMentioning(f.vault->db(), kept.ids);

    sync::CasePurge purge(*f.vault);
    REQUIRE(purge.heldCases().size() == 2);
    purge.purge(gone.caseId);

    REQUIRE(rowsMentioning(f.vault->db(), gone.ids).empty());
    REQUIRE(rowsMentioning(f.vault->db(), kept.ids) == keptBefore);
    REQUIRE(purge.heldCases() == std::vector<std::string>{kept.caseId});
    // The access log says so (ids only), and its chain is intact.
    const auto log = f.vault->audit().list(gone.caseId);
    REQUIRE(log.back().action == "delete");
    REQUIRE(log.back().entity == "case");
    REQUIRE(f.vault->audit().verify().intact);
}

TEST_CASE(
    "purge: a linked consultation goes with its case, an asker's note of the case is cleared") {
    VaultFixture f;
    const auto me = f.vault->owner();
    const auto caseId = domain::CaseRepository(*f.vault).add(me, "Gezin Weg");
    domain::ConsentRepository(*f.vault).add(me, caseId, "gi", "moeder");
    consultation::ConsultationService consultations(*f.vault);
    consultation::ConsultationAsk ask;
    ask.toOrg = "GI Midden";
    ask.question = "Wat is hier wijs?";
    ask.originCase = caseId;
    const auto linked = consultations.ask(me, ask);
    consultations.link(me, linked, caseId);
    const auto open = consultations.ask(me, ask);
    f.vault->db().exec("DELETE FROM outbox");  // pushed

    sync::CasePurge purge(*f.vault);
    auto held = purge.heldCases();
    std::sort(held.begin(), held.end());
    auto expected = std::vector<std::string>{caseId, linked, open};
    std::sort(expected.begin(), expected.end());
    REQUIRE(held == expected);  // each consultation is its own unit

    purge.purge(caseId);
    REQUIRE_THROWS_AS(consultations.find(me, linked), std::out_of_range);
    const auto kept = consultations.find(me, open);
    REQUIRE_FALSE(kept.originCase);  // the note of a purged case goes with it
    REQUIRE(kept.question == "Wat is hier wijs?");

    purge.purge(linked);  // out of scope with its case: its unit goes too
    REQUIRE(rowsMentioning(f.vault->db(), {linked, caseId}).empty());
    const auto log = f.vault->audit().list();
    REQUIRE(log.back().action == "delete");
    REQUIRE(log.back().entity == "consultation");
    REQUIRE(f.vault->audit().verify().intact);
}
