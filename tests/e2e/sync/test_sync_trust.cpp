// Nothing lost, nobody in (issue 9), end to end with a real server on both stores: a vault
// restored from an older copy does not lose the answers written after the restore (the server
// tells a reused batch id from a retry by its content), and a JGT member submits without the GI
// co-signature by giving a reason, which the supervisor sees, while a later co-signature still
// reaches the submitted assessment.
#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {
std::map<std::string, std::string> answersOf(const json& view) {
    std::map<std::string, std::string> out;
    for (const auto& a : view.at("answers")) {
        out[a.at("item").get<std::string>()] = a.at("value").get<std::string>();
    }
    return out;
}
}  // namespace

TEST_CASE("sync: a vault restored from an older copy loses no answer written after it") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Brouwer"}).at("id");
    const std::string sw =
        anna.json({"assessment", "new", "--case", caseId, "--form", "samenwerking"}).at("id");
    anna.set(sw, "sw_hoe", "eerst");
    anna.sync();

    // A copy of the vault, taken after that sync.
    const auto dir = anna.cli().vaultDir();
    const auto copy = world.dir() / "vault-copy";
    std::filesystem::copy(dir, copy, std::filesystem::copy_options::recursive);
    anna.set(sw, "sw_rolverdeling", "voor de kopie terug");
    anna.sync();

    // The copy comes back; the next answer is numbered like the one the server already has.
    std::filesystem::remove_all(dir);
    std::filesystem::copy(copy, dir, std::filesystem::copy_options::recursive);
    anna.set(sw, "sw_opbrengst_toelichting", "na het terugzetten");
    const auto report = anna.sync();
    INFO(report.dump());
    CHECK(report.at("pending") == 0);
    CHECK(report.at("quarantined") == 0);

    // Another tablet of anna's sees all three on the server.
    auto second = world.device("anna", "-tweede");
    second.sync();
    const auto answers = answersOf(second.show(sw));
    CHECK(answers.count("sw_hoe") == 1);
    CHECK(answers.count("sw_rolverdeling") == 1);
    REQUIRE(answers.count("sw_opbrengst_toelichting") == 1);
    CHECK(answers.at("sw_opbrengst_toelichting") == "na het terugzetten");
    // And the restored vault catches up with the answer written before the restore.
    anna.sync();
    CHECK(answersOf(anna.show(sw)).count("sw_rolverdeling") == 1);
}

TEST_CASE("sync: submitted without the GI co-signature with a reason, co-signed later") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    auto sanne = world.device("sanne");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Brouwer"}).at("id");
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    const std::string sw =
        anna.json({"assessment", "new", "--case", caseId, "--form", "samenwerking"}).at("id");
    anna.sync();
    gijs.sync();
    gijs.set(sw, "sw_hoe", "GI denkt mee over veiligheid");
    gijs.sync();
    anna.sync();

    // The co-signature is asked for: without it, the reason.
    const auto refused = anna.run({"assessment", "submit", sw});
    CHECK(refused.exitCode != 0);
    CHECK_THAT(refused.err, Catch::Contains("--without-cosign-reason"));
    anna.ok({"assessment", "submit", sw, "--without-cosign-reason",
             "GI-collega twee weken weg; veiligheid gaat voor"});
    anna.sync();

    sanne.sync();
    const auto seen = sanne.show(sw);
    CHECK(seen.at("status") == "submitted");
    CHECK(seen.at("submittedWithoutCosign") == true);
    CHECK(seen.at("submission").at("withoutCosignReason") ==
          "GI-collega twee weken weg; veiligheid gaat voor");
    const auto text = sanne.run({"assessment", "show", sw});
    CHECK_THAT(text.out, Catch::Contains("ingediend zonder medeondertekening GI") &&
                             Catch::Contains("GI-collega twee weken weg"));

    // The GI professional co-signs the submitted assessment afterwards; it reaches everyone.
    gijs.sync();
    gijs.ok({"assessment", "cosign", sw});
    gijs.sync();
    sanne.sync();
    const auto after = sanne.show(sw);
    CHECK(after.at("submittedWithoutCosign") == false);
    bool cosigned = false;
    for (const auto& e : after.at("events")) {
        cosigned =
            cosigned || (e.at("kind") == "cosign" && e.at("by") == "gijs" && e.at("role") == "gi");
    }
    CHECK(cosigned);
    sanne.ok({"review", "approve", sw});
    const auto done = sanne.sync();
    INFO(done.dump());
    CHECK(done.at("pushed").at("refused") == 0);
    CHECK(done.at("quarantined") == 0);
}
