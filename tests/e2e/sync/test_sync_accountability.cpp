// Who read my file, emergency access and the monitoring export (issue 14 points 4, 5, 1) through
// the real veldwerk-server and devices driven by veldwerk-cli, on SQLite and on PostgreSQL.
#include <fstream>
#include <set>
#include <sstream>

#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {

std::vector<std::string> caseIds(const Device& d) {
    std::vector<std::string> out;
    const auto listed = d.json({"case", "list"});
    for (const auto& c : listed.at("cases")) {
        out.push_back(c.at("id"));
    }
    return out;
}

std::vector<std::vector<std::string>> csvRows(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::string cell;
        bool quoted = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.push_back(cell);
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

std::string adminText(SyncWorld& world, const std::vector<std::string>& args) {
    const auto r = world.server().admin(args, {{"VELDWERK_PASSWORD", kUserPassword}});
    INFO("admin " << args.at(0) << " " << args.at(1) << ": " << r.err);
    REQUIRE(r.exitCode == 0);
    return r.out;
}

}  // namespace

TEST_CASE("accountability: emergency access needs a reason, is logged and reviewed") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    world.admin({"team", "add", "Team Zuid", "--org", "JGT Utrecht"});
    world.admin(
        {"user", "add", "piet", "--org", "JGT Utrecht", "--role", "jgt", "--team", "Team Zuid"});
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    auto piet = world.device("piet");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Visser"}).at("id");
    anna.ok({"person", "add", "--case", caseId, "--role", "kind", "--name", "Sem"});
    anna.sync();

    // No reason, blank reason, or not a JGT professional or supervisor: refused, nothing held.
    const auto none = piet.run({"case", "emergency", caseId});
    CHECK(none.exitCode != 0);
    CHECK_THAT(none.err, Catch::Contains("reason_required"));
    CHECK(piet.run({"case", "emergency", caseId, "--reason", "   "}).exitCode != 0);
    CHECK(gijs.run({"case", "emergency", caseId, "--reason", "Crisis"}).exitCode != 0);
    CHECK(caseIds(piet).empty());

    // With a reason: 24 hours of membership, the case comes to the device.
    const auto opened = piet.json(
        {"case", "emergency", caseId, "--reason", "Crisisdienst belt buiten kantoortijd"});
    CHECK(opened.at("case") == caseId);
    CHECK(caseIds(piet) == std::vector<std::string>{caseId});
    CHECK(piet.run({"case", "emergency", caseId, "--reason", "nog eens"}).exitCode != 0);

    // The review list names it with its reason; a supervisor of the case's team reviews it.
    const auto listed = json::parse(adminText(world, {"--json", "audit", "emergency"}));
    REQUIRE(listed.at("grants").size() == 1);
    const auto grant = listed.at("grants").at(0);
    CHECK(grant.at("user") == "piet");
    CHECK(grant.at("case") == caseId);
    CHECK(grant.at("team") == "Team Noord");
    CHECK(grant.at("reason") == "Crisisdienst belt buiten kantoortijd");
    CHECK(grant.at("reviewedBy").is_null());
    const std::string grantId = grant.at("id");
    CHECK(world.server()
              .admin({"audit", "emergency", grantId, "--as", "anna"},
                     {{"VELDWERK_PASSWORD", kUserPassword}})
              .exitCode == 3);  // not a supervisor
    adminText(world, {"audit", "emergency", grantId, "--as", "sanne", "--note", "terecht"});
    const auto reviewed = json::parse(adminText(world, {"--json", "audit", "emergency"}));
    CHECK(reviewed.at("grants").at(0).at("reviewedBy") == "sanne");
    CHECK(reviewed.at("grants").at(0).at("reviewNote") == "terecht");
}

TEST_CASE("accountability: the client access report lists both devices and the server in order") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    world.admin({"team", "add", "Team Zuid", "--org", "JGT Utrecht"});
    world.admin(
        {"user", "add", "piet", "--org", "JGT Utrecht", "--role", "jgt", "--team", "Team Zuid"});
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    auto piet = world.device("piet");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Mulder"}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Daan", "--born", "2017-07-07"})
                                  .at("id");
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "vader"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    anna.sync();
    gijs.sync();
    gijs.ok({"case", "show", caseId});  // a read on the GI tablet
    gijs.sync();                        // uploads the tablet's audit
    piet.ok({"case", "emergency", caseId, "--reason", "Politie vraagt om informatie"});
    anna.ok({"case", "show", caseId});
    anna.sync();

    const auto csv = csvRows(adminText(world, {"audit", "client", caseId, "--format", "csv"}));
    REQUIRE(csv.size() > 5);
    CHECK(csv.at(0) == std::vector<std::string>{"time", "user", "organisation", "role", "action",
                                                "outcome", "record", "record_id", "device",
                                                "source"});
    bool gijsOnTablet = false, annaOnTablet = false, serverRead = false, serverChange = false,
         emergency = false;
    std::string last;
    for (std::size_t i = 1; i < csv.size(); ++i) {
        const auto& r = csv[i];
        REQUIRE(r.size() == 10);
        CHECK(r[0] >= last);  // chronological (ISO times sort as text)
        last = r[0];
        gijsOnTablet = gijsOnTablet || (r[1] == "gijs" && r[9] == "device" && r[4] == "read" &&
                                        r[2] == "GI Midden" && r[3] == "gi");
        annaOnTablet = annaOnTablet || (r[1] == "anna" && r[9] == "device");
        serverRead = serverRead || (r[9] == "server" && r[4] == "read");
        serverChange = serverChange || (r[9] == "server" && r[4] == "create");
        emergency = emergency || (r[1] == "piet" && r[4] == "emergency");
    }
    CHECK(gijsOnTablet);
    CHECK(annaOnTablet);
    CHECK(serverRead);
    CHECK(serverChange);
    CHECK(emergency);

    // The export itself is in the next report; a person's report keeps only what concerns them.
    const auto again = csvRows(adminText(world, {"audit", "client", caseId, "--format", "csv"}));
    bool exported = false;
    for (const auto& r : again) {
        exported = exported || (r.size() == 10 && r[4] == "export");
    }
    CHECK(exported);
    const auto person = csvRows(
        adminText(world, {"audit", "client", caseId, "--person", child, "--format", "csv"}));
    for (std::size_t i = 1; i < person.size(); ++i) {
        if (person[i].size() == 10) {
            CHECK((person[i][6] == "case" || person[i][7] == child));
        }
    }

    // The PDF is a PDF whose text names who did what.
    const auto pdfPath = (world.dir() / "inzage.pdf").string();
    adminText(world, {"audit", "client", caseId, "--format", "pdf", "--out", pdfPath});
    std::ifstream pdf(pdfPath, std::ios::binary);
    std::string head(5, '\0');
    pdf.read(head.data(), 5);
    CHECK(head == "%PDF-");
    const auto text = runProcess({"/usr/bin/pdftotext", "-layout", pdfPath, "-"});
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("Wie heeft uw dossier ingezien"));
    CHECK_THAT(text.out, Catch::Contains("gijs"));
    CHECK_THAT(text.out, Catch::Contains("GI Midden"));
    CHECK_THAT(text.out, Catch::Contains("NOODTOEGANG"));
    CHECK_THAT(text.out, Catch::Contains("ingezien"));
}

TEST_CASE("accountability: the monitoring export is pseudonymised and suppresses small counts") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    std::vector<std::string> cases;
    std::vector<std::string> children;
    for (const char* family : {"Gezin Jansen", "Gezin de Vries", "Gezin Bos"}) {
        const std::string caseId = anna.json({"case", "add", "--name", family}).at("id");
        cases.push_back(caseId);
        children.push_back(anna.json({"person", "add", "--case", caseId, "--role", "kind", "--name",
                                      "Kind Jansen"})
                               .at("id"));
        anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "moeder"});
        anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
        const std::string sw =
            anna.json({"assessment", "new", "--case", caseId, "--form", "samenwerking"}).at("id");
        anna.set(sw, "sw_partijen", "jgt,gi");
        anna.set(sw, "sw_client_inhoud", "8");
        anna.set(sw, "sw_opbrengst", "4");
    }
    anna.sync();
    gijs.sync();
    const std::string rt = anna.json({"assessment", "new", "--case", cases[0], "--form",
                                      "risicotaxatie", "--subject", children[0]})
                               .at("id");
    anna.set(rt, "oordeel_veiligheid", "onveilig");
    anna.sync();
    // The municipality the team works for, set after the team was made; an unknown team is refused.
    world.admin({"team", "set", "Team Noord", "--org", "JGT Utrecht", "--municipality", "Utrecht"});
    CHECK(
        world.server()
            .admin({"team", "set", "Team West", "--org", "JGT Utrecht", "--municipality", "Zeist"})
            .exitCode != 0);

    const auto keyFile = (world.dir() / "ander.key").string();
    std::ofstream(keyFile) << std::string(64, 'a') << "\n";
    const std::vector<std::string> base = {"export",     "monitoring", "--from",
                                           "2000-01-01", "--to",       "2099-12-31"};
    auto withFormat = [&](std::vector<std::string> extra) {
        auto args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return adminText(world, args);
    };
    const auto first = json::parse(withFormat({"--format", "json"}));
    const auto second = json::parse(withFormat({"--format", "json"}));
    const auto other = json::parse(withFormat({"--format", "json", "--key-file", keyFile}));
    const auto csv = withFormat({"--format", "csv", "--team", "Team Noord"});

    REQUIRE(first.at("cases").size() == 3);
    std::set<std::string> a, b, c;
    for (std::size_t i = 0; i < 3; ++i) {
        a.insert(first.at("cases").at(i).at("case"));
        b.insert(second.at("cases").at(i).at("case"));
        c.insert(other.at("cases").at(i).at("case"));
    }
    CHECK(a == b);  // the same key: the same pseudonyms
    for (const auto& p : a) {
        CHECK(c.count(p) == 0);  // another key: others
    }
    const auto row = first.at("cases").at(0);
    CHECK(row.at("team") == "Team Noord");
    CHECK(row.at("municipality") == "Utrecht");
    CHECK(row.at("gi_organisation") == "GI Midden");
    CHECK(row.at("mode") == "joint_work");
    CHECK(row.at("parties") == "gi,jgt");
    CHECK(row.at("family_rating_content") == "8");
    CHECK(row.at("benefit_per_professional") == "jgt:4");
    CHECK(row.at("gi_minutes") == "");  // no source yet
    bool judged = false;
    for (const auto& r : first.at("cases")) {
        judged = judged || r.at("latest_safety") == "onveilig";
    }
    CHECK(judged);
    REQUIRE(first.at("counts").size() == 1);
    CHECK(first.at("counts").at(0).at("team") == "Team Noord");
    CHECK(first.at("counts").at(0).at("cases") == "<5");

    // No case id and no name anywhere in any export.
    for (const auto& text : {first.dump(), other.dump(), csv}) {
        for (const auto& id : cases) {
            CHECK(text.find(id) == std::string::npos);
        }
        for (const char* n : {"Jansen", "Vries", "Bos", "anna", "gijs"}) {
            CHECK(text.find(n) == std::string::npos);
        }
    }
    CHECK_THAT(csv, Catch::Contains("Team Noord,2000-01-01,2099-12-31,<5,<5,<5"));
}
