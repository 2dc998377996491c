// The engine against the real veldwerk-server (a child process on loopback over its SQLite
// store): enrolment, a co-filled answer in conflict on two devices, a justification typed on one
// device reaching the other (and in conflict when both wrote one), a refusal into quarantine,
// purge after consent is withdrawn, clock skew refused with nothing changed, revocation wiping
// the vault; a tablet's own states as sent not downloaded again, a restored copy's still. Driven
// in-process through runSyncRound, the way the app drives it.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/assessment/assessment_repository.h"
#include "core/assessment/assessment_service.h"
#include "core/domain/case_membership.h"
#include "core/domain/consent_repository.h"
#include "core/domain/user_repository.h"
#include "core/vault/field_conflicts.h"
#include "sync/engine/device_enrolment.h"
#include "sync/engine/http_transport.h"
#include "sync/engine/outbox.h"
#include "sync/engine/quarantine.h"
#include "sync/engine/sync_round.h"
#include "sync/engine/sync_state.h"
#include "tests/support/server_process.h"
#include "tests/sync/engine/engine_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using sync::SyncError;

namespace {
constexpr const char* kPassword = "gebruiker-wachtwoord-1";

// A tablet clock three days ahead.
struct FastClock final : clock::PhysicalClock {
    std::int64_t nowMs() const override {
        return clock::SystemClock().nowMs() + 3LL * 24 * 3600 * 1000;
    }
};

// A tablet clock that can be set wrong and right again.
struct ShiftedClock final : clock::PhysicalClock {
    std::int64_t shiftMs = 0;
    std::int64_t nowMs() const override { return clock::SystemClock().nowMs() + shiftMs; }
};

struct World {
    TempDir tmp;
    ServerProcess server{VELDWERK_SERVER_PATH, (tmp / "server.db").string(), tmp.path()};
    World() {
        admin({"org", "add", "JGT Utrecht", "--kind", "jgt"});
        admin({"org", "add", "GI Midden", "--kind", "gi"});
        admin({"team", "add", "Team Noord", "--org", "JGT Utrecht"});
        admin({"user", "add", "anna", "--org", "JGT Utrecht", "--role", "jgt", "--team",
               "Team Noord"});
        admin({"user", "add", "gijs", "--org", "GI Midden", "--role", "gi", "--full-name",
               "Gijs Bakker"});
        server.start();
    }
    void admin(const std::vector<std::string>& args) {
        const auto r = server.admin(args, {{"VELDWERK_PASSWORD", kPassword}});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
};

struct Device {
    std::filesystem::path dir;
    std::unique_ptr<vault::Vault> vault;
    sync::HttpTransport transport;
    Device(World& w, const std::string& user, const std::string& tablet = "")
        : dir(w.tmp / ("device-" + (tablet.empty() ? user : tablet))),
          vault(vault::Vault::create(dir, kPassphrase, cheapVaultOptions())),
          transport(w.server.url()) {
        sync::DeviceEnrolment(*vault).enrol(transport, w.server.url(), user, kPassword, user,
                                            std::nullopt);
    }
    sync::SyncReport sync() { return sync::runSyncRound(*vault, transport); }
    const domain::Actor& me() const { return vault->owner(); }
    void answer(const std::string& rt, const std::string& item, const std::string& value) {
        vault::Transaction tx(vault->db());
        assessment::AssessmentRepository(*vault).writeAnswer(me(), rt, item, "", value);
        tx.commit();
    }
    std::size_t cases() { return domain::CaseRepository(*vault).list(me()).size(); }
};

bool kindIs(const SyncError& e, SyncError::Kind kind) {
    return e.kind() == kind;
}
}  // namespace

TEST_CASE("with veldwerk-server: co-filled answers conflict on both devices, JGT resolves") {
    World w;
    Device anna(w, "anna");
    Device gijs(w, "gijs");
    anna.sync();  // brings the professionals a JGT user may add to a case
    REQUIRE(domain::UserRepository(*anna.vault).findByName("gijs"));
    // Colleagues read full names, not logins; a name set later arrives with the next sync.
    CHECK(domain::UserRepository(*anna.vault).findByName("gijs")->displayName() == "Gijs Bakker");
    CHECK(domain::UserRepository(*anna.vault).findByName("anna")->displayName() == "anna");
    w.admin({"user", "set", "anna", "--full-name", "Anna Jansen"});
    anna.sync();
    CHECK(domain::UserRepository(*anna.vault).findByName("anna")->fullName ==
          std::optional<std::string>("Anna Jansen"));

    const auto caseId = domain::CaseRepository(*anna.vault).add(anna.me(), "Gezin Server");
    domain::ConsentRepository(*anna.vault).add(anna.me(), caseId, "gi", "moeder");
    const auto gijsId = domain::UserRepository(*anna.vault).findByName("gijs")->id;
    domain::CaseMembership(*anna.vault).add(anna.me(), caseId, gijsId, "gi");
    std::string rt;
    {
        vault::Transaction tx(anna.vault->db());
        assessment::AssessmentRecord r;
        r.caseId = caseId;
        r.formId = "risicotaxatie";
        r.formVersion = 1;
        rt = assessment::AssessmentRepository(*anna.vault).create(anna.me(), r);
        tx.commit();
    }
    const auto first = anna.sync();
    REQUIRE(first.refused == 0);
    REQUIRE(sync::Outbox(*anna.vault).size() == 0);
    REQUIRE(gijs.sync().casesAdded == std::vector<std::string>{caseId});

    anna.answer(rt, "sig_letsel", "ja");
    gijs.answer(rt, "sig_letsel", "nee");
    anna.sync();
    REQUIRE(gijs.sync().conflict == 1);
    anna.sync();
    for (Device* d : {&anna, &gijs}) {
        const auto open = vault::FieldConflicts(d->vault->db()).open();
        REQUIRE(open.size() == 1);
        REQUIRE(open[0].sides.size() == 2);
    }
    // Only a JGT member's write resolves it.
    anna.answer(rt, "sig_letsel", "ja");
    REQUIRE(anna.sync().applied == 1);
    gijs.sync();
    for (Device* d : {&anna, &gijs}) {
        REQUIRE(vault::FieldConflicts(d->vault->db()).open().empty());
        REQUIRE(d->vault->changes().latest("answer", rt, "sig_letsel")->write.value == "ja");
    }

    // Consent withdrawn: the GI device purges the case on its next sync.
    domain::ConsentRepository(*anna.vault).withdraw(anna.me(), caseId, "gi");
    REQUIRE(anna.sync().refused == 0);
    const auto purged = gijs.sync();
    REQUIRE(purged.casesPurged == std::vector<std::string>{caseId});
    REQUIRE(gijs.cases() == 0);
    REQUIRE_FALSE(assessment::AssessmentRepository(*gijs.vault).find(rt));
}

TEST_CASE("with veldwerk-server: a justification reaches the second device, conflicts, resolves") {
    World w;
    Device anna(w, "anna");
    Device gijs(w, "gijs");
    anna.sync();
    forms::FormRegistry forms;
    REQUIRE(forms.loadDirectory(forms::builtinDefinitionsDir()).ok());
    assessment::AssessmentService annaWork(*anna.vault, forms);
    assessment::AssessmentService gijsWork(*gijs.vault, forms);

    const auto caseId = domain::CaseRepository(*anna.vault).add(anna.me(), "Gezin Toelichting");
    domain::ConsentRepository(*anna.vault).add(anna.me(), caseId, "gi", "moeder");
    domain::CaseMembership(*anna.vault)
        .add(anna.me(), caseId, domain::UserRepository(*anna.vault).findByName("gijs")->id, "gi");
    std::string rt;
    {
        vault::Transaction tx(anna.vault->db());
        assessment::AssessmentRecord r;
        r.caseId = caseId;
        r.formId = "risicotaxatie";
        rt = assessment::AssessmentRepository(*anna.vault).create(anna.me(), r);
        tx.commit();
    }
    annaWork.setJustification(anna.me(), rt, "RT7", "Zomervakantie; gezin is weg.");
    REQUIRE(anna.sync().refused == 0);
    gijs.sync();
    auto seen = gijsWork.view(gijs.me(), rt);
    REQUIRE(seen.justifications.size() == 1);
    CHECK(seen.justifications[0].text == "Zomervakantie; gezin is weg.");
    CHECK(seen.justifications[0].byUser == anna.me().userId);
    CHECK(seen.justifications[0].serverVersion == 1);

    // Both change it before seeing the other's: a conflict on both devices, not an overwrite.
    annaWork.setJustification(anna.me(), rt, "RT7", "Zomervakantie");
    gijsWork.setJustification(gijs.me(), rt, "RT7", "Gezin op reis tot september");
    anna.sync();
    REQUIRE(gijs.sync().conflict == 1);
    anna.sync();
    for (auto* work : {&annaWork, &gijsWork}) {
        const auto& me = work == &annaWork ? anna.me() : gijs.me();
        const auto view = work->view(me, rt);
        REQUIRE(view.justificationConflicts.size() == 1);
        CHECK(view.justificationConflicts[0].sides.size() == 2);
        CHECK(assessment::countedJustifications(view).empty());
    }
    // The JGT member writes the one that stays.
    annaWork.setJustification(anna.me(), rt, "RT7", "Gezin op reis tot september");
    REQUIRE(anna.sync().applied == 1);
    gijs.sync();
    for (auto* work : {&annaWork, &gijsWork}) {
        const auto& me = work == &annaWork ? anna.me() : gijs.me();
        const auto view = work->view(me, rt);
        CHECK(view.justificationConflicts.empty());
        CHECK(assessment::countedJustifications(view).at("RT7") == "Gezin op reis tot september");
    }

    // A rule that does not warn is refused by the server too (written past the device's check).
    {
        vault::Transaction tx(gijs.vault->db());
        assessment::AssessmentRepository(*gijs.vault).writeJustification(gijs.me(), rt, "RT3", "x");
        tx.commit();
    }
    REQUIRE(gijs.sync().refused == 1);
    const auto refused = sync::Quarantine(gijs.vault->db()).list();
    REQUIRE(refused.size() == 1);
    CHECK_THAT(refused[0].reason,
               Catch::Contains("justification/rt3 names no rule of risicotaxatie.v1"));
}

TEST_CASE("with veldwerk-server: a refused change waits in quarantine with the server's reason") {
    World w;
    Device gijs(w, "gijs");
    // A GI professional may not open a case.
    domain::CaseRepository(*gijs.vault).add(gijs.me(), "Gezin Niet");
    const auto report = gijs.sync();
    REQUIRE(report.refused == 2);
    REQUIRE(report.pushed == 0);
    const auto kept = sync::Quarantine(gijs.vault->db()).list();
    REQUIRE(kept.size() == 2);
    REQUIRE_FALSE(kept[0].reason.empty());
    REQUIRE(gijs.cases() == 0);  // not on show, and out of scope: purged
    REQUIRE(sync::Outbox(*gijs.vault).size() == 0);
}

TEST_CASE("with veldwerk-server: an absurd device clock is refused and nothing changes") {
    World w;
    TempDir tmp;
    std::string caseId;
    {
        Device anna(w, "anna");
        caseId = domain::CaseRepository(*anna.vault).add(anna.me(), "Gezin Klok");
        std::filesystem::copy(anna.dir, tmp / "vault");
    }
    FastClock fast;
    auto skewed = vault::Vault::open(tmp / "vault", kPassphrase, &fast);
    sync::HttpTransport transport(w.server.url());
    REQUIRE_THROWS_MATCHES(sync::runSyncRound(*skewed, transport), SyncError,
                           Catch::Predicate<SyncError>([](const SyncError& e) {
                               return kindIs(e, SyncError::Kind::ClockSkew);
                           }));
    REQUIRE(sync::Outbox(*skewed).size() == 2);  // still waiting, nothing lost
}

TEST_CASE("with veldwerk-server: once a clock that ran ahead is right, its answers go in order") {
    World w;
    Device anna(w, "anna");
    const auto caseId = domain::CaseRepository(*anna.vault).add(anna.me(), "Gezin Klok");
    std::string rt;
    {
        vault::Transaction tx(anna.vault->db());
        assessment::AssessmentRecord r;
        r.caseId = caseId;
        r.formId = "risicotaxatie";
        r.formVersion = 1;
        rt = assessment::AssessmentRepository(*anna.vault).create(anna.me(), r);
        tx.commit();
    }
    REQUIRE(anna.sync().refused == 0);

    // The tablet's clock runs three days ahead during the visit.
    ShiftedClock wall;
    wall.shiftMs = 3LL * 24 * 3600 * 1000;
    anna.vault.reset();
    anna.vault = vault::Vault::open(anna.dir, kPassphrase, &wall);
    const std::vector<std::pair<std::string, std::string>> written{
        {"sig_letsel", "ja"},
        {"sig_verwaarlozing_fysiek", "nee"},
        {"sig_letsel", "nee"},
        {"sig_seksueel", "ja"}};
    for (const auto& [item, value] : written) {
        anna.answer(rt, item, value);
    }
    const auto outboxHlcs = [&] {
        std::vector<std::int64_t> out;
        auto st = anna.vault->db().prepare("SELECT hlc FROM outbox ORDER BY local_seq");
        while (st.step()) {
            out.push_back(st.int64(0));
        }
        return out;
    };
    const auto before = outboxHlcs();
    REQUIRE(before.size() == 3);
    const auto isClockSkew = Catch::Predicate<SyncError>(
        [](const SyncError& e) { return kindIs(e, SyncError::Kind::ClockSkew); });
    REQUIRE_THROWS_MATCHES(anna.sync(), SyncError, isClockSkew);
    // While the clock is still wrong nothing is re-stamped.
    REQUIRE_THROWS_MATCHES(anna.sync(), SyncError, isClockSkew);
    REQUIRE(outboxHlcs() == before);

    // The clock is set right: the next sync recovers by itself.
    wall.shiftMs = 0;
    const auto report = anna.sync();
    REQUIRE(report.clockRecovery);
    REQUIRE(report.clockRecovery->restamped == 3);
    REQUIRE(sync::hoursAhead(report.clockRecovery->aheadMs) == 72);
    REQUIRE(report.refused == 0);
    REQUIRE(report.applied == 3);
    REQUIRE(sync::Outbox(*anna.vault).size() == 0);
    REQUIRE(anna.vault->clock().aheadMs() < 60'000);
    REQUIRE(sync::SyncState(anna.vault->db()).clockRecovery()->changes == 3);
    // And the round after that is an ordinary one.
    REQUIRE_FALSE(anna.sync().clockRecovery);

    // A second device of Anna's sees the answers on the server, at today's time, in the order
    // they were written.
    Device other(w, "anna", "anna-2");
    REQUIRE(other.sync().casesAdded == std::vector<std::string>{caseId});
    const auto now = clock::SystemClock().nowMs();
    const auto pulled = [&](const std::string& item) {
        const auto c = other.vault->changes().latest("answer", rt, item);
        REQUIRE(c);
        REQUIRE(static_cast<std::int64_t>(c->hlc.wallMs) <= now);
        REQUIRE(static_cast<std::int64_t>(c->hlc.wallMs) > now - 600'000);
        return c;
    };
    const auto letsel = pulled("sig_letsel");
    const auto verwaarlozing = pulled("sig_verwaarlozing_fysiek");
    const auto seksueel = pulled("sig_seksueel");
    REQUIRE(letsel->write.value == "nee");
    REQUIRE(verwaarlozing->write.value == "nee");
    REQUIRE(seksueel->write.value == "ja");
    REQUIRE(verwaarlozing->hlc < letsel->hlc);  // the last edit of sig_letsel came after it
    REQUIRE(letsel->hlc < seksueel->hlc);
}

TEST_CASE("with veldwerk-server: a batch number the server has seen is sent again as a new one") {
    World w;
    Device anna(w, "anna");
    const auto caseId = domain::CaseRepository(*anna.vault).add(anna.me(), "Gezin Teller");
    anna.sync();
    REQUIRE(sync::Outbox(*anna.vault).size() == 0);
    // The vault's batch counter goes back (as in a vault restored from an older copy).
    {
        vault::Transaction tx(anna.vault->db());
        anna.vault->db()
            .prepare("UPDATE sync_state SET value = '0' WHERE key = 'batch_counter'")
            .run();
        tx.commit();
    }
    domain::CaseRepository(*anna.vault).rename(anna.me(), caseId, "Gezin Teller Twee");
    const auto report = anna.sync();
    CHECK(report.applied == 1);
    CHECK(sync::Outbox(*anna.vault).size() == 0);
    REQUIRE_FALSE(report.warnings.empty());
    CHECK_THAT(report.warnings.front(), Catch::Contains("already used"));
}

TEST_CASE("with veldwerk-server: a tablet's own answers do not come back, a restored copy's do") {
    World w;
    TempDir tmp;
    Device anna(w, "anna");
    const auto caseId = domain::CaseRepository(*anna.vault).add(anna.me(), "Gezin Eigen");
    std::string rt;
    {
        vault::Transaction tx(anna.vault->db());
        assessment::AssessmentRecord r;
        r.caseId = caseId;
        r.formId = "risicotaxatie";
        r.formVersion = 1;
        rt = assessment::AssessmentRepository(*anna.vault).create(anna.me(), r);
        tx.commit();
    }
    REQUIRE(anna.sync().refused == 0);
    // A copy of the vault as it is now (restored later, as from a backup).
    std::filesystem::copy(anna.dir, tmp / "copy");

    anna.answer(rt, "sig_letsel", "ja");
    anna.answer(rt, "sig_lichamelijk_geweld", "nee");
    anna.answer(rt, "sig_verwaarlozing_fysiek", "nee");
    const auto own = anna.sync();
    CHECK(own.applied == 3);
    CHECK(own.pulled == 0);  // the server applied them as sent: nothing to download
    CHECK(sync::SyncState(anna.vault->db()).pushedBatches().empty());  // the pull passed them

    // Anna's second tablet and the restored copy get them all; the copy also after it pushes a
    // batch of its own (numbered like the one it never settled, so renumbered).
    Device second(w, "anna", "second");
    second.sync();
    CHECK(second.vault->changes().latest("answer", rt, "sig_verwaarlozing_fysiek")->write.value ==
          "nee");
    auto copy = vault::Vault::open(tmp / "copy", kPassphrase);
    {
        vault::Transaction tx(copy->db());
        assessment::AssessmentRepository(*copy).writeAnswer(copy->owner(), rt, "sig_seksueel", "",
                                                            "nee");
        tx.commit();
    }
    sync::HttpTransport transport(w.server.url());
    const auto restored = sync::runSyncRound(*copy, transport);
    CHECK(restored.applied == 1);
    CHECK(restored.pulled == 3);
    for (const char* item : {"sig_letsel", "sig_lichamelijk_geweld", "sig_verwaarlozing_fysiek"}) {
        INFO(item);
        const auto latest = copy->changes().latest("answer", rt, item);
        REQUIRE(latest);
        CHECK(latest->write.value == anna.vault->changes().latest("answer", rt, item)->write.value);
    }
}

TEST_CASE("with veldwerk-server: a revoked device wipes its vault on its next contact") {
    World w;
    Device anna(w, "anna");
    domain::CaseRepository(*anna.vault).add(anna.me(), "Gezin Weg");
    anna.sync();
    const auto r = w.server.admin({"--json", "device", "list"});
    REQUIRE(r.exitCode == 0);
    const auto devices = nlohmann::json::parse(r.out).at("devices");
    w.admin({"device", "revoke", devices.at(0).at("id").get<std::string>()});
    REQUIRE_THROWS_MATCHES(anna.sync(), SyncError,
                           Catch::Predicate<SyncError>([](const SyncError& e) {
                               return kindIs(e, SyncError::Kind::Revoked);
                           }));
    REQUIRE_FALSE(vault::Vault::exists(anna.dir));
    REQUIRE_FALSE(anyFileContains(anna.dir, "Gezin Weg"));
}
