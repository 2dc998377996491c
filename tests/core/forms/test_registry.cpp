// Loading a directory, several versions side by side, and mapping answers to a newer version.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>
#include <filesystem>
#include <fstream>

#include "core/forms/version_mapping.h"
#include "forms_fixture.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// A scratch definitions directory holding copies of the shipped files.
class DefinitionsDir {
public:
    DefinitionsDir() : m_path(fs::temp_directory_path() / ("veldwerk-forms-" + unique())) {
        fs::create_directories(m_path);
        for (const auto& entry : fs::directory_iterator(builtinDefinitionsDir())) {
            fs::copy_file(entry.path(), m_path / entry.path().filename());
        }
    }
    ~DefinitionsDir() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(m_path / name) << text;
    }
    const fs::path& path() const { return m_path; }

private:
    static std::string unique() {
        static int counter = 0;
        return std::to_string(::getpid()) + "-" + std::to_string(++counter);
    }
    fs::path m_path;
};

// risicotaxatie v2: bronnen_toelichting renamed, a value of oordeel_risico renamed.
Json risicotaxatieV2() {
    auto definition = Json::parse(shippedText("risicotaxatie"));
    definition["version"] = 2;
    for (auto& section : definition["sections"]) {
        for (auto& item : section["items"]) {
            if (item["id"] == "bronnen_toelichting") {
                item["id"] = "bronnen_notities";
            }
            if (item["id"] == "oordeel_risico") {
                item["options"][1]["value"] = "matig";
            }
        }
    }
    for (auto& rule : definition["rules"]) {
        if (rule["id"] == "RT7") {
            rule = Json::parse(R"({"id": "RT7", "message": {"nl": "x", "en": "x"},
              "effects": [{"kind": "flag", "condition": {"eq": ["oordeel_risico", "matig"]}}]})");
        }
    }
    definition["mapping"] = Json::parse(R"({"fromVersion": 1,
        "items": {"bronnen_toelichting": "bronnen_notities", "kind_school": null},
        "values": {"oordeel_risico": {"verhoogd": "matig"}}})");
    return definition;
}

}  // namespace

TEST_CASE("the registry finds forms by id, newest version by default") {
    const auto& registry = shippedForms();
    CHECK(registry.find("risicotaxatie")->version() == 2);  // shipped beside version 1
    CHECK(registry.find("risicotaxatie", 2) == registry.find("risicotaxatie"));
    CHECK(registry.find("risicotaxatie", 1) != nullptr);
    CHECK(registry.find("risicotaxatie", 3) == nullptr);
    CHECK(registry.find("onbekend") == nullptr);
    CHECK(registry.versions("kindcheck") == std::vector<int>{1});
    CHECK(registry.crossCheck().empty());
}

TEST_CASE("versions load side by side, an assessment keeps its version") {
    DefinitionsDir dir;
    dir.write("risicotaxatie.v2.json", risicotaxatieV2().dump(2));
    FormRegistry registry;
    const auto report = registry.loadDirectory(dir.path());
    for (const auto& error : report.errors) {
        UNSCOPED_INFO(error.toString());
    }
    REQUIRE(report.ok());
    CHECK(report.loaded == 6);
    CHECK(registry.versions("risicotaxatie") == std::vector<int>{1, 2});
    CHECK(registry.find("risicotaxatie")->version() == 2);
    CHECK(registry.find("risicotaxatie", 1)->item("bronnen_toelichting") != nullptr);
    CHECK(registry.find("risicotaxatie", 2)->item("bronnen_toelichting") == nullptr);

    SECTION("answers map to the newer version as declared") {
        AnswerSet old;
        old.set("bronnen_toelichting", "Gesprek met de juf.");
        old.set("kind_school", "ja");
        old.set("oordeel_risico", "verhoogd");
        old.set("sig_letsel", "nee");
        const auto mapped =
            mapAnswers(*registry.find("risicotaxatie", 1), *registry.find("risicotaxatie", 2), old);
        CHECK(*mapped.answers.value("bronnen_notities") == "Gesprek met de juf.");
        CHECK(*mapped.answers.value("oordeel_risico") == "matig");
        CHECK(*mapped.answers.value("sig_letsel") == "nee");
        CHECK(mapped.answers.value("kind_school") == nullptr);
        REQUIRE(mapped.dropped.size() == 1);
        CHECK(mapped.dropped[0].path == "kind_school");
    }
    SECTION("mapping the wrong way round is refused") {
        const auto mapped = mapAnswers(*registry.find("risicotaxatie", 2),
                                       *registry.find("risicotaxatie", 1), AnswerSet{});
        CHECK(mapped.dropped.size() == 1);
    }
}

TEST_CASE("a mapping naming items the older version does not have is reported") {
    DefinitionsDir dir;
    auto v2 = risicotaxatieV2();
    v2["mapping"]["items"]["bestond_nooit"] = "bronnen_notities";
    v2["mapping"]["values"]["oordeel_risico"]["middel"] = "matig";
    dir.write("risicotaxatie.v2.json", v2.dump());
    FormRegistry registry;
    const auto report = registry.loadDirectory(dir.path());
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors[0].code == "unknown-item");
    CHECK(report.errors[0].item == "bestond_nooit");
    CHECK(report.errors[0].file == "risicotaxatie.v2.json");
    CHECK(report.errors[1].code == "unknown-option");
    CHECK(report.errors[1].item == "oordeel_risico");
}

TEST_CASE("loading a directory reports broken and misnamed files and keeps the good ones") {
    DefinitionsDir dir;
    dir.write("kapot.v1.json", "{ \"format\": 1, ");
    auto misnamed = Json::parse(shippedText("samenwerking"));
    dir.write("samenwerking.json", misnamed.dump());
    auto duplicate = misnamed;
    dir.write("samenwerking.v1.json", duplicate.dump());  // overwrites the copy: still one
    auto v2WithoutOld = risicotaxatieV2();
    v2WithoutOld["id"] = "nieuw";
    dir.write("nieuw.v2.json", v2WithoutOld.dump());
    FormRegistry registry;
    const auto report = registry.loadDirectory(dir.path());
    for (const auto& error : report.errors) {
        UNSCOPED_INFO(error.toString());
    }
    std::vector<std::string> codes;
    for (const auto& error : report.errors) {
        codes.push_back(error.file + ":" + error.code);
    }
    CHECK(codes == std::vector<std::string>{"kapot.v1.json:invalid-json",
                                            "samenwerking.json:file-name-mismatch",
                                            "nieuw.v2.json:missing-version"});
    CHECK(report.loaded == 7);  // the six shipped files and nieuw v2
    CHECK(registry.find("risicotaxatie") != nullptr);
}

TEST_CASE("a condition on another form is checked against that form") {
    DefinitionsDir dir;
    auto definition = Json::parse(shippedText("risicotaxatie"));
    for (auto& rule : definition["rules"]) {
        if (rule["id"] == "RT4") {
            rule["effects"][0]["condition"]["any"][0]["otherAssessment"]["groupNotEmpty"] =
                "vp_bodemeis";
        }
        if (rule["id"] == "RT5") {
            rule["effects"][0]["condition"]["otherAssessment"]["form"] = "meldcode";
        }
    }
    dir.write("risicotaxatie.v1.json", definition.dump());
    FormRegistry registry;
    const auto report = registry.loadDirectory(dir.path());
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors[0].rule == "RT4");
    CHECK(report.errors[0].item == "vp_bodemeis");
    CHECK(report.errors[0].code == "unknown-item");
    CHECK(report.errors[1].rule == "RT5");
    CHECK(report.errors[1].code == "unknown-form");
}

TEST_CASE("a missing directory is an error, not a crash") {
    FormRegistry registry;
    const auto report = registry.loadDirectory("/nonexistent/veldwerk/forms");
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].code == "unreadable-directory");
    CHECK(registry.empty());
}
