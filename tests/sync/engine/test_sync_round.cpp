// Whole sync rounds over real HTTP on loopback, against a small in-test server that speaks the
// protocol: enrolment, push and pull, the headers of every request, a push whose answer was lost
// (resent with the same batch id, applied once), conflicts between two devices and their
// resolution, refusals into quarantine, purge when a case leaves the scope, revocation (wipe) and
// clock skew (nothing changes).
#include <catch2/catch.hpp>

#include "core/assessment/assessment_repository.h"
#include "core/domain/case_membership.h"
#include "core/domain/consent_repository.h"
#include "core/vault/field_conflicts.h"
#include "sync/engine/case_purge.h"
#include "sync/engine/device_enrolment.h"
#include "sync/engine/http_transport.h"
#include "sync/engine/outbox.h"
#include "sync/engine/quarantine.h"
#include "sync/engine/sync_round.h"
#include "sync/engine/sync_state.h"
#include "tests/sync/engine/engine_fixture.h"
#include "tests/sync/engine/protocol_server.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using sync::SyncError;

namespace {
struct Device {
    TempDir dir;
    std::unique_ptr<vault::Vault> vault;
    std::unique_ptr<sync::HttpTransport> transport;

    Device(ProtocolServer& server, const std::string& user) {
        vault = vault::Vault::create(dir / "vault", kPassphrase, cheapVaultOptions());
        sync::TransportOptions options;
        options.readTimeout = std::chrono::milliseconds(1000);
        transport = std::make_unique<sync::HttpTransport>(server.url(), options);
        sync::DeviceEnrolment(*vault).enrol(*transport, server.url(), user, "pw", "test tablet",
                                            std::nullopt);
    }
    sync::SyncReport sync() { return sync::runSyncRound(*vault, *transport); }
    const domain::Actor& me() const { return vault->owner(); }
    std::size_t caseCount() { return domain::CaseRepository(*vault).list(me()).size(); }
    void answer(const std::string& assessment, const std::string& item, const std::string& value) {
        vault::Transaction tx(vault->db());
        assessment::AssessmentRepository(*vault).writeAnswer(me(), assessment, item, "", value);
        tx.commit();
    }
    std::optional<std::string> answerOf(const std::string& assessment, const std::string& item) {
        for (const auto& a : assessment::AssessmentRepository(*vault).answers(assessment)) {
            if (a.path == item) {
                return a.value;
            }
        }
        return std::nullopt;
    }
};

// A case with an assessment record, made on the device (no forms needed: the record is enough).
std::pair<std::string, std::string> caseWithAssessment(Device& d) {
    const auto caseId = domain::CaseRepository(*d.vault).add(d.me(), "Gezin Sync");
    vault::Transaction tx(d.vault->db());
    assessment::AssessmentRecord r;
    r.caseId = caseId;
    r.formId = "risicotaxatie";
    r.formVersion = 1;
    const auto id = assessment::AssessmentRepository(*d.vault).create(d.me(), r);
    tx.commit();
    return {caseId, id};
}
}  // namespace

TEST_CASE("round: enrolment takes the server's identity, a round pushes, pulls, uploads the log") {
    ProtocolServer server;
    const auto annaId = server.addUser("anna", "jgt");
    Device anna(server, "anna");
    REQUIRE(anna.me().userId == annaId);
    REQUIRE(anna.me().role == "jgt");
    REQUIRE(sync::SyncState(anna.vault->db()).enrolled());
    const auto enrolledAt = sync::SyncState(anna.vault->db()).lastCompletedMs();
    // A second enrolment of the same vault is refused.
    REQUIRE(sync::DeviceEnrolment(*anna.vault).refusal());

    const auto [caseId, rt] = caseWithAssessment(anna);
    anna.answer(rt, "sig_letsel", "ja");
    const auto first = anna.sync();
    REQUIRE(first.pushed == 8);  // case name, membership, 5 assessment fields, 1 answer
    REQUIRE(first.applied == 8);
    REQUIRE(first.refused == 0);
    REQUIRE(first.pulled == 8);  // its own changes come back, changing nothing
    REQUIRE(first.pulledApplied == 0);
    REQUIRE(first.casesPurged.empty());
    REQUIRE(first.auditUploaded > 0);
    REQUIRE(server.value("answer", rt, "sig_letsel") == "ja");
    REQUIRE(anna.vault->changes().serverVersion("answer", rt, "sig_letsel") == 1);
    // The completed round is remembered (for "last synced" on screen).
    REQUIRE(sync::SyncState(anna.vault->db()).lastCompletedMs() >= enrolledAt);
    REQUIRE(sync::SyncState(anna.vault->db()).lastCompletedMs() > 0);

    // A no-op round: nothing to push, an empty page.
    const auto second = anna.sync();
    REQUIRE(second.pushed == 0);
    REQUIRE(second.batches == 0);
    REQUIRE(second.pulled == 0);
    REQUIRE(anna.caseCount() == 1);

    for (const auto& headers : server.requestHeaders()) {
        REQUIRE(headers.at("Veldwerk-Protocol") == "1");
        REQUIRE(headers.at("Authorization").rfind("Bearer ", 0) == 0);
        REQUIRE(std::stoull(headers.at("Veldwerk-Clock")) > 0);
    }
}

TEST_CASE("round: a push whose answer was lost is resent with the same batch id, applied once") {
    ProtocolServer server;
    server.addUser("anna", "jgt");
    Device anna(server, "anna");
    const auto [caseId, rt] = caseWithAssessment(anna);
    server.loseNextPushAnswer();
    REQUIRE_THROWS_MATCHES(anna.sync(), SyncError,
                           Catch::Predicate<SyncError>([](const SyncError& e) {
                               return e.kind() == SyncError::Kind::Network;
                           }));
    const auto stored = sync::SyncState(anna.vault->db()).pendingBatch();
    REQUIRE(stored);
    REQUIRE(server.batchesApplied() == 1);
    // Edited while the answer was lost: that edit waits, on top of what the server has.
    anna.answer(rt, "sig_letsel", "nee");

    const auto report = anna.sync();
    REQUIRE(server.batchesApplied() == 2);  // the replay applied nothing; then the new edit
    REQUIRE(report.batches == 2);
    REQUIRE_FALSE(sync::SyncState(anna.vault->db()).pendingBatch());
    REQUIRE(sync::Outbox(*anna.vault).size() == 0);
    REQUIRE(server.version("case", caseId, "name") == 1);
    REQUIRE(server.value("answer", rt, "sig_letsel") == "nee");
    REQUIRE(server.version("answer", rt, "sig_letsel") == 1);
}

TEST_CASE("round: long values go up in batches cut by size, each under the body limit") {
    // 400 values of 12 KiB are 4.9 MB: one batch of them would be over the 4 MiB every server
    // refuses, and no resend could cure it (before: the round failed with "too large", always).
    ProtocolServer server;
    server.addUser("anna", "jgt");
    Device anna(server, "anna");
    const auto [caseId, rt] = caseWithAssessment(anna);
    const std::string longText(12 * 1024, 'x');
    {
        vault::Transaction tx(anna.vault->db());
        for (int i = 0; i < 400; ++i) {
            assessment::AssessmentRepository(*anna.vault)
                .writeAnswer(anna.me(), rt, "toelichting_" + std::to_string(i), "", longText);
        }
        tx.commit();
    }
    const auto report = anna.sync();
    REQUIRE(report.refused == 0);
    REQUIRE(report.pushed == 407);  // the 400 values, case name, membership, 5 assessment fields
    REQUIRE(report.batches >= 5);   // about 1 MiB each
    REQUIRE(sync::Outbox(*anna.vault).size() == 0);
    REQUIRE(sync::Quarantine(anna.vault->db()).size() == 0);
    REQUIRE(server.value("answer", rt, "toelichting_0") == longText);
    REQUIRE(server.value("answer", rt, "toelichting_399") == longText);

    // Down to a second device of the same user: a page of them would be over the limit too (the
    // server answers 413); the device asks for smaller pages and gets them all.
    Device tablet(server, "anna");
    const auto down = tablet.sync();
    REQUIRE(down.pulled >= 407);
    REQUIRE(tablet.answerOf(rt, "toelichting_0") == longText);
    REQUIRE(tablet.answerOf(rt, "toelichting_399") == longText);
}

TEST_CASE("round: a pull cut off between pages loses nothing, the next round brings the rest") {
    // Pulled pages are applied a few at a time, each group in one transaction with its cursor:
    // pages fetched but not yet applied when the server goes away are simply pulled again.
    ProtocolServer server;
    server.addUser("anna", "jgt");
    Device anna(server, "anna");
    const auto [caseId, rt] = caseWithAssessment(anna);
    {
        vault::Transaction tx(anna.vault->db());
        for (int i = 0; i < 2400; ++i) {  // three pages of 1,000
            assessment::AssessmentRepository(*anna.vault)
                .writeAnswer(anna.me(), rt, "toelichting_" + std::to_string(i), "",
                             "tekst " + std::to_string(i));
        }
        tx.commit();
    }
    REQUIRE(anna.sync().pushed >= 2400);

    Device tablet(server, "anna");
    server.failPullsAfter(2);
    REQUIRE_THROWS_AS(tablet.sync(), SyncError);
    const auto held = [&] {
        auto st = tablet.vault->db().prepare("SELECT count(*) FROM answers");
        st.step();
        return st.int64(0);
    };
    // Whatever was applied came with its cursor: what it holds it does not ask for again.
    const auto cursor = sync::SyncState(tablet.vault->db()).cursor();
    REQUIRE((cursor == 0) == (held() == 0));

    server.failPullsAfter(-1);
    const auto down = tablet.sync();
    REQUIRE(held() == 2400);
    REQUIRE(tablet.answerOf(rt, "toelichting_0") == "tekst 0");
    REQUIRE(tablet.answerOf(rt, "toelichting_2399") == "tekst 2399");
    REQUIRE(sync::SyncState(tablet.vault->db()).cursor() > cursor);
    REQUIRE(tablet.sync().pulledApplied == 0);  // all there: nothing comes twice
    (void)down;
}

TEST_CASE("round: two devices answer differently, the conflict reaches both, JGT resolves it") {
    ProtocolServer server;
    server.addUser("anna", "jgt");
    const auto gijsId = server.addUser("gijs", "gi");
    Device anna(server, "anna");
    Device gijs(server, "gijs");
    const auto [caseId, rt] = caseWithAssessment(anna);
    domain::ConsentRepository(*anna.vault).add(anna.me(), caseId, "gi", "moeder");
    domain::CaseMembership(*anna.vault).add(anna.me(), caseId, gijsId, "gi");
    anna.sync();
    const auto joined = gijs.sync();
    REQUIRE(joined.casesAdded == std::vector<std::string>{caseId});
    REQUIRE(gijs.caseCount() == 1);

    anna.answer(rt, "sig_letsel", "ja");
    anna.answer(rt, "acuut_letsel", "nee");
    gijs.answer(rt, "sig_letsel", "nee");
    gijs.answer(rt, "acuut_letsel", "nee");
    anna.sync();
    const auto meeting = gijs.sync();
    REQUIRE(meeting.conflict == 1);
    REQUIRE(meeting.unchanged == 1);  // equal answers are no conflict
    anna.sync();
    for (Device* d : {&anna, &gijs}) {
        const auto open = vault::FieldConflicts(d->vault->db()).open();
        REQUIRE(open.size() == 1);
        REQUIRE(open[0].field == "sig_letsel");
        REQUIRE(open[0].sides.size() == 2);
        REQUIRE(d->answerOf(rt, "sig_letsel") == "ja");  // the value on show, same everywhere
    }

    anna.answer(rt, "sig_letsel", "nee");  // the JGT member's resolution
    REQUIRE(vault::FieldConflicts(anna.vault->db()).open().empty());
    REQUIRE(anna.sync().applied == 1);
    gijs.sync();
    for (Device* d : {&anna, &gijs}) {
        REQUIRE(vault::FieldConflicts(d->vault->db()).open().empty());
        REQUIRE(d->answerOf(rt, "sig_letsel") == "nee");
    }
    const auto history = gijs.vault->changes().history("answer", rt, "sig_letsel");
    REQUIRE(history.back().kind == "resolution");
}

TEST_CASE("round: refused changes go to quarantine, a case leaving the scope is purged") {
    ProtocolServer server;
    server.addUser("anna", "jgt");
    Device anna(server, "anna");
    const auto [caseId, rt] = caseWithAssessment(anna);
    anna.sync();

    server.refuseEntity("answer");
    anna.answer(rt, "sig_letsel", "ja");
    const auto refused = anna.sync();
    REQUIRE(refused.refused == 1);
    REQUIRE(refused.refusals.at(0).reason == "not allowed in this test");
    REQUIRE(sync::Quarantine(anna.vault->db()).size() == 1);
    REQUIRE_FALSE(anna.answerOf(rt, "sig_letsel"));  // the server never had it

    // The server ends anna's membership: her device purges the case.
    server.write(caseId, "member", caseId + ":" + anna.me().userId, "role", std::nullopt);
    const auto purged = anna.sync();
    REQUIRE(purged.casesPurged == std::vector<std::string>{caseId});
    REQUIRE(anna.caseCount() == 0);
    REQUIRE(sync::CasePurge(*anna.vault).heldCases().empty());
    // Quarantined changes are never dropped.
    REQUIRE(sync::Quarantine(anna.vault->db()).size() == 1);
}

TEST_CASE("round: clock skew changes nothing, a revoked device wipes its vault") {
    ProtocolServer server;
    server.addUser("anna", "jgt");
    Device anna(server, "anna");
    caseWithAssessment(anna);
    server.setClockSkew(true);
    REQUIRE_THROWS_MATCHES(anna.sync(), SyncError,
                           Catch::Predicate<SyncError>([](const SyncError& e) {
                               return e.kind() == SyncError::Kind::ClockSkew;
                           }));
    REQUIRE(sync::Outbox(*anna.vault).size() == 7);
    REQUIRE(server.batchesApplied() == 0);
    // A failed round is not a completed one.
    REQUIRE(sync::SyncState(anna.vault->db()).lastCompletedMs() == 0);
    server.setClockSkew(false);

    server.revokeAll();
    REQUIRE_THROWS_MATCHES(anna.sync(), SyncError,
                           Catch::Predicate<SyncError>([](const SyncError& e) {
                               return e.kind() == SyncError::Kind::Revoked;
                           }));
    REQUIRE_FALSE(vault::Vault::exists(anna.dir / "vault"));
    REQUIRE_FALSE(anyFileContains(anna.dir.path(), "Gezin Sync"));
}
