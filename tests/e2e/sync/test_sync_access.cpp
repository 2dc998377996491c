// Who gets which case: a GI user without consent gets no case data; after consent, membership and
// sync they do; after consent is withdrawn their device purges the case. A revoked device wipes
// its vault on its next contact, and the server's access log shows every pull and push with user,
// device and case.
#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {
std::vector<std::string> caseIds(const Device& d) {
    std::vector<std::string> out;
    const auto listed = d.json({"case", "list"});  // the loop must not outlive it
    for (const auto& c : listed.at("cases")) {
        out.push_back(c.at("id"));
    }
    return out;
}
}  // namespace

TEST_CASE("sync: GI case data only with consent and membership, withdrawal purges it") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");

    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Brouwer"}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Lies", "--born", "2016-02-03"})
                                  .at("id");
    const std::string rt = anna.json({"assessment", "new", "--case", caseId, "--form",
                                      "risicotaxatie", "--subject", child})
                               .at("id");
    anna.set(rt, "sig_letsel", "ja");
    anna.sync();

    // No consent: the GI worker cannot be added and their device receives nothing.
    REQUIRE(
        anna.run({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"}).exitCode !=
        0);
    anna.sync();
    gijs.sync();
    REQUIRE(caseIds(gijs).empty());
    REQUIRE(gijs.run({"assessment", "show", rt}).exitCode != 0);

    // Consent, membership, sync: now they do.
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    anna.sync();
    gijs.sync();
    REQUIRE(caseIds(gijs) == std::vector<std::string>{caseId});
    REQUIRE(gijs.show(rt).at("answers").size() == 1);

    // Consent withdrawn: the GI members leave the case and the GI device purges it.
    anna.ok({"consent", "withdraw", "--case", caseId, "--for", "gi"});
    anna.sync();
    gijs.sync();
    REQUIRE(caseIds(gijs).empty());
    REQUIRE(gijs.run({"assessment", "show", rt}).exitCode != 0);
    // The JGT side keeps everything.
    REQUIRE(anna.show(rt).at("answers").size() == 1);
}

TEST_CASE("sync: a revoked device wipes its vault, the server logs pulls and pushes per case") {
    SyncWorld world(Backend::Sqlite);
    auto anna = world.device("anna");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Smit"}).at("id");
    anna.sync();
    anna.sync();

    const auto log = world.adminJson({"audit", "case", caseId}).at("entries");
    bool push = false, pull = false;
    for (const auto& e : log) {
        CHECK(e.at("user") == "anna");
        CHECK_FALSE(e.at("device").get<std::string>().empty());
        CHECK(e.at("case") == caseId);
        const auto event = e.at("event").get<std::string>();
        push = push || event == "create" || event == "change";
        pull = pull || event == "read";
    }
    REQUIRE(push);
    REQUIRE(pull);

    const auto devices = world.adminJson({"device", "list"}).at("devices");
    REQUIRE(devices.size() == 1);
    world.admin({"device", "revoke", devices.at(0).at("id")});
    const auto r = anna.run({"sync"});
    REQUIRE(r.exitCode != 0);
    REQUIRE_THAT(r.err, Catch::Contains("revoked"));
    REQUIRE_FALSE(std::filesystem::exists(world.dir() / "device-anna0" / "vault.header"));
    REQUIRE(anna.run({"case", "list"}).exitCode == 5);  // no vault any more
}

TEST_CASE("sync: a refused change waits in quarantine and is sent again once access is back") {
    SyncWorld world(Backend::Sqlite);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Smit"}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Bram", "--born", "2018-08-08"})
                                  .at("id");
    const std::string rt = anna.json({"assessment", "new", "--case", caseId, "--form",
                                      "risicotaxatie", "--subject", child})
                               .at("id");
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    anna.sync();
    gijs.sync();

    // The GI worker answers offline while the consent is withdrawn at the office.
    gijs.set(rt, "acuut_letsel", "nee");
    anna.ok({"consent", "withdraw", "--case", caseId, "--for", "gi"});
    anna.sync();
    const auto refused = gijs.sync();
    CHECK(refused.at("pushed").at("refused") == 1);
    CHECK(caseIds(gijs).empty());  // purged: nothing of it waits in the outbox any more
    const auto listed = gijs.json({"quarantine", "list"});
    REQUIRE(listed.at("changes").size() == 1);
    const auto entry = listed.at("changes").at(0);
    CHECK(entry.at("field") == "acuut_letsel");
    CHECK(entry.at("value") == "nee");
    const auto id = std::to_string(entry.at("id").get<std::int64_t>());

    // Not while the case is not on the device, and an unknown id is not found.
    CHECK(gijs.run({"quarantine", "retry", id}).exitCode == 9);
    CHECK(gijs.run({"quarantine", "retry", "999999"}).exitCode == 5);

    // Consent and membership again: the case comes back and the answer can be sent again.
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    anna.sync();
    gijs.sync();
    REQUIRE(caseIds(gijs) == std::vector<std::string>{caseId});
    const auto retried = gijs.json({"quarantine", "retry", id});
    CHECK(retried.at("field") == "acuut_letsel");
    CHECK(gijs.json({"quarantine", "list"}).at("changes").empty());
    const auto sent = gijs.sync();
    CHECK(sent.at("pushed").at("applied") == 1);
    CHECK(sent.at("pushed").at("refused") == 0);
    anna.sync();
    bool seen = false;
    const auto shown = anna.show(rt);
    for (const auto& a : shown.at("answers")) {
        if (a.at("item") == "acuut_letsel") {
            seen = a.at("value") == "nee";
        }
    }
    CHECK(seen);
}
