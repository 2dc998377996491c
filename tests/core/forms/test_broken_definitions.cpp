// A broken definition is rejected with the file, the item or rule, and the problem named.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/forms/definition_parser.h"
#include "forms_fixture.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;
using Json = nlohmann::json;

namespace {

constexpr const char* kFile = "proef.v1.json";

// A small valid definition that each test breaks in one place.
Json valid() {
    return Json::parse(R"({
      "format": 1, "id": "proef", "version": 1, "subject": "case",
      "title": {"nl": "Proef", "en": "Trial"},
      "sections": [{
        "id": "vragen", "title": {"nl": "Vragen", "en": "Questions"},
        "items": [
          {"id": "vraag_a", "type": "jnv", "label": {"nl": "Vraag A", "en": "Question A"}},
          {"id": "keuze", "type": "choice", "label": {"nl": "Keuze", "en": "Choice"},
           "options": [{"value": "een", "label": {"nl": "Een", "en": "One"}},
                       {"value": "twee", "label": {"nl": "Twee", "en": "Two"}}]},
          {"id": "lijst", "type": "group", "label": {"nl": "Lijst", "en": "List"},
           "fields": [{"id": "tekst", "type": "text", "label": {"nl": "Tekst", "en": "Text"}}]},
          {"id": "cijfer", "type": "scale0_10", "label": {"nl": "Cijfer", "en": "Score"}}
        ]}],
      "rules": [{
        "id": "R1", "when": {"eq": ["vraag_a", "ja"]},
        "message": {"nl": "Let op", "en": "Attention"},
        "effects": [{"kind": "suggest", "item": "keuze", "value": "twee"}, {"kind": "flag"}]
      }]
    })");
}

Json& item(Json& definition, std::size_t index) {
    return definition["sections"][0]["items"][index];
}
Json& rule(Json& definition) {
    return definition["rules"][0];
}

// Parses and requires exactly the problem `code` about `itemId` (and `ruleId` when given).
DefinitionError rejected(const std::string& text, const std::string& code,
                         const std::string& itemId, const std::string& ruleId = {}) {
    const auto result = parseDefinition(text, kFile);
    CHECK_FALSE(result.ok());
    for (const auto& error : result.errors) {
        UNSCOPED_INFO(error.toString());
    }
    REQUIRE_FALSE(result.errors.empty());
    for (const auto& error : result.errors) {
        if (error.code == code && error.item == itemId && error.rule == ruleId) {
            CHECK(error.file == kFile);
            CHECK_FALSE(error.message.empty());
            CHECK(error.toString().find(kFile) == 0);
            return error;
        }
    }
    FAIL("no error with code " << code << " about item '" << itemId << "' rule '" << ruleId << "'");
    return {};
}

DefinitionError rejected(const Json& definition, const std::string& code, const std::string& itemId,
                         const std::string& ruleId = {}) {
    return rejected(definition.dump(), code, itemId, ruleId);
}

}  // namespace

TEST_CASE("the base trial definition is valid") {
    const auto result = parseDefinition(valid().dump(), kFile);
    for (const auto& error : result.errors) {
        UNSCOPED_INFO(error.toString());
    }
    REQUIRE(result.ok());
    CHECK(result.definition->items().size() == 4);
}

TEST_CASE("broken: not JSON at all") {
    const auto error = rejected(std::string(R"({"format": 1, "id": "proef",)"), "invalid-json", "");
    CHECK(error.message.find("byte") != std::string::npos);
    rejected(std::string("[1, 2, 3]"), "wrong-type", "");
    rejected(std::string(""), "invalid-json", "");
}

TEST_CASE("broken: unknown item type") {
    auto definition = valid();
    item(definition, 0)["type"] = "yesno";
    const auto error = rejected(definition, "unknown-type", "vraag_a");
    CHECK(error.path == "/sections/0/items/0/type");
    CHECK(error.message.find("yesno") != std::string::npos);
}

TEST_CASE("broken: duplicate item id") {
    auto definition = valid();
    item(definition, 3)["id"] = "keuze";
    const auto error = rejected(definition, "duplicate-item", "keuze");
    CHECK(error.path == "/sections/0/items/3/id");
}

TEST_CASE("broken: a rule referencing an unknown item") {
    auto definition = valid();
    rule(definition)["when"] = Json::parse(R"({"eq": ["vraag_b", "ja"]})");
    const auto error = rejected(definition, "unknown-item", "vraag_b", "R1");
    CHECK(error.path == "/rules/0/when/eq/0");
}

TEST_CASE("broken: an option value that is not in the item's list") {
    auto definition = valid();
    rule(definition)["when"] = Json::parse(R"({"eq": ["keuze", "drie"]})");
    rejected(definition, "unknown-option", "keuze", "R1");
    auto jnv = valid();
    rule(jnv)["when"] = Json::parse(R"({"eq": ["vraag_a", "misschien"]})");
    rejected(jnv, "unknown-option", "vraag_a", "R1");
    auto suggestion = valid();
    rule(suggestion)["effects"][0]["value"] = "drie";
    rejected(suggestion, "unknown-option", "keuze", "R1");
}

TEST_CASE("broken: an unknown condition operator") {
    auto definition = valid();
    rule(definition)["when"] = Json::parse(R"({"equals": ["vraag_a", "ja"]})");
    const auto error = rejected(definition, "unknown-operator", "", "R1");
    CHECK(error.message.find("equals") != std::string::npos);
    auto shape = valid();
    rule(shape)["when"] = Json::parse(R"({"eq": ["vraag_a", "ja"], "not": true})");
    rejected(shape, "bad-condition", "", "R1");
}

TEST_CASE("broken: missing texts") {
    auto english = valid();
    item(english, 1)["label"].erase("en");
    rejected(english, "missing-text", "keuze");
    auto label = valid();
    item(label, 0).erase("label");
    rejected(label, "missing-text", "vraag_a");
    auto option = valid();
    item(option, 1)["options"][0]["label"]["nl"] = "";
    rejected(option, "missing-text", "keuze");
    auto message = valid();
    rule(message).erase("message");
    rejected(message, "missing-text", "", "R1");
}

TEST_CASE("broken: a merge policy that does not fit the type") {
    auto definition = valid();
    item(definition, 0)["merge"] = "set";  // set is for multi
    rejected(definition, "bad-merge-policy", "vraag_a");
    auto group = valid();
    item(group, 2)["merge"] = "judgement";  // a group merges by entries
    rejected(group, "bad-merge-policy", "lijst");
    auto unknown = valid();
    item(unknown, 3)["merge"] = "last_writer_wins";
    rejected(unknown, "bad-merge-policy", "cijfer");
}

TEST_CASE("broken: group without fields, field of type group") {
    auto definition = valid();
    item(definition, 2).erase("fields");
    rejected(definition, "group-without-fields", "lijst");
    auto nested = valid();
    item(nested, 2)["fields"][0]["type"] = "group";
    rejected(nested, "bad-field-type", "lijst");
}

TEST_CASE("broken: invalid version") {
    for (auto version : {Json(0), Json("1"), Json(1.5), Json(-3)}) {
        auto definition = valid();
        definition["version"] = version;
        rejected(definition, "invalid-version", "");
    }
    auto missing = valid();
    missing.erase("version");
    rejected(missing, "invalid-version", "");
}

TEST_CASE("broken: options where none belong, none where they must") {
    auto jnv = valid();
    item(jnv, 0)["options"] = item(jnv, 1)["options"];
    rejected(jnv, "options-not-allowed", "vraag_a");
    auto choice = valid();
    item(choice, 1)["options"] = Json::array();
    rejected(choice, "missing-options", "keuze");
    auto duplicate = valid();
    item(duplicate, 1)["options"][1]["value"] = "een";
    rejected(duplicate, "duplicate-option", "keuze");
    auto comma = valid();
    item(comma, 1)["options"][1]["value"] = "a,b";  // would break the multi encoding
    rejected(comma, "invalid-option-value", "keuze");
}

TEST_CASE("broken: a misspelt key is not silently ignored") {
    auto definition = valid();
    item(definition, 3)["visibelWhen"] = Json::parse(R"({"eq": ["vraag_a", "ja"]})");
    const auto error = rejected(definition, "unknown-key", "cijfer");
    CHECK(error.path == "/sections/0/items/3/visibelWhen");
}

TEST_CASE("broken: visibility depending on a later item") {
    auto definition = valid();
    item(definition, 0)["visibleWhen"] = Json::parse(R"({"answered": "cijfer"})");
    rejected(definition, "visibility-order", "vraag_a");
    auto hide = valid();
    rule(hide)["effects"].push_back(Json::parse(R"({"kind": "hide", "items": ["vraag_a"]})"));
    rejected(hide, "visibility-order", "vraag_a", "R1");
}

TEST_CASE("broken: rules without effects, unknown effect kinds, duplicate rule ids") {
    auto empty = valid();
    rule(empty)["effects"] = Json::array();
    rejected(empty, "rule-without-effects", "", "R1");
    auto kind = valid();
    rule(kind)["effects"][1]["kind"] = "block";
    rejected(kind, "unknown-effect-kind", "", "R1");
    auto twice = valid();
    twice["rules"].push_back(rule(twice));
    rejected(twice, "duplicate-rule", "", "R1");
    // Letter case does not make a rule id another one (a justification names it in lowercase).
    auto cased = valid();
    cased["rules"].push_back(rule(cased));
    cased["rules"].back()["id"] = "r1";
    rejected(cased, "duplicate-rule", "", "r1");
    auto require = valid();
    rule(require)["effects"][1] = Json::parse(R"({"kind": "require"})");
    rejected(require, "missing-field", "", "R1");
}

TEST_CASE("broken: an operator applied to the wrong type of item") {
    auto contains = valid();
    rule(contains)["when"] = Json::parse(R"({"contains": ["vraag_a", "ja"]})");
    rejected(contains, "operator-not-applicable", "vraag_a", "R1");
    auto scale = valid();
    rule(scale)["when"] = Json::parse(R"({"eq": ["cijfer", 11]})");
    rejected(scale, "bad-value", "", "R1");
    auto group = valid();
    rule(group)["when"] = Json::parse(R"({"entryCount": {"group": "keuze", "gte": 1}})");
    rejected(group, "operator-not-applicable", "keuze", "R1");
    auto field = valid();
    rule(field)["when"] = Json::parse(R"({"everyEntry": {"group": "lijst", "filled": ["wie"]}})");
    rejected(field, "unknown-field", "lijst", "R1");
    auto selection = valid();
    rule(selection)["when"] = Json::parse(R"({"anyOf": {"prefix": "acuut_", "value": "ja"}})");
    rejected(selection, "empty-selection", "", "R1");
    auto comparison = valid();
    rule(comparison)["when"] = Json::parse(R"({"count": {"ids": ["vraag_a"], "value": "ja"}})");
    rejected(comparison, "bad-condition", "", "R1");
}

TEST_CASE("broken: conditions nested absurdly deep are refused, not recursed into") {
    Json condition = Json::parse(R"({"eq": ["vraag_a", "ja"]})");
    for (int i = 0; i < 200; ++i) {
        condition = Json{{"not", condition}};
    }
    auto definition = valid();
    rule(definition)["when"] = condition;
    rejected(definition, "condition-too-deep", "", "R1");
}

TEST_CASE("broken: version mappings") {
    auto first = valid();
    first["mapping"] = Json::parse(R"({"fromVersion": 1})");
    rejected(first, "bad-mapping", "");
    auto second = valid();
    second["version"] = 2;
    rejected(second, "missing-mapping", "");
    auto target = valid();
    target["version"] = 2;
    target["mapping"] =
        Json::parse(R"({"fromVersion": 1, "items": {"oude_vraag": "nieuwe_vraag"}})");
    rejected(target, "unknown-item", "oude_vraag");
    auto future = valid();
    future["version"] = 2;
    future["mapping"] = Json::parse(R"({"fromVersion": 2})");
    rejected(future, "bad-mapping", "");
}

TEST_CASE("every problem is reported at once, in file order") {
    auto definition = valid();
    item(definition, 2)["type"] = "yesno";
    item(definition, 3)["id"] = "keuze";
    rule(definition)["effects"][1]["kind"] = "block";
    const auto result = parseDefinition(definition.dump(), kFile);
    REQUIRE(result.errors.size() == 3);
    CHECK(result.errors[0].code == "unknown-type");
    CHECK(result.errors[1].code == "duplicate-item");
    CHECK(result.errors[2].code == "unknown-effect-kind");
}

TEST_CASE("a shipped definition with one typo is rejected with the item named") {
    auto definition = Json::parse(shippedText("risicotaxatie"));
    auto& rules = definition["rules"];
    for (auto& candidate : rules) {
        if (candidate["id"] == "RT3") {
            candidate["effects"][0]["condition"]["any"][0]["contains"][1] = "veilig_thuis_meld";
        }
    }
    rejected(definition.dump(), "unknown-option", "besluit_acties", "RT3");
}
