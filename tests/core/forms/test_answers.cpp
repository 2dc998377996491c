// Answer validation and the canonical text encoding the vault stores.
#include <catch2/catch.hpp>

#include "core/forms/answer.h"
#include "forms_fixture.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

std::string canonical(const char* form, const char* path, const char* value) {
    const auto check = validateAnswer(shipped(form), path, value);
    INFO(check.error);
    REQUIRE(check.ok);
    return check.canonical;
}

std::string error(const char* form, const char* path, const char* value) {
    const auto check = validateAnswer(shipped(form), path, value);
    REQUIRE_FALSE(check.ok);
    REQUIRE_FALSE(check.error.empty());
    return check.error;
}

}  // namespace

TEST_CASE("multi values are a set: comma-joined, sorted, without repeats") {
    CHECK(parseMulti(" politie, gesprek_kind,,politie ") ==
          std::set<std::string>{"gesprek_kind", "politie"});
    CHECK(formatMulti({"politie", "gesprek_kind"}) == "gesprek_kind,politie");
    CHECK(formatMulti({}).empty());
    CHECK(canonical("risicotaxatie", "bronnen", "politie, gesprek_kind,politie") ==
          "gesprek_kind,politie");
    CHECK(canonical("risicotaxatie", "bronnen", "") == "");
}

TEST_CASE("valid answers of every type are normalised to the canonical text") {
    CHECK(canonical("risicotaxatie", "sig_letsel", "ja") == "ja");
    CHECK(canonical("risicotaxatie", "sig_letsel", " onbekend ") == "onbekend");
    CHECK(canonical("risicotaxatie", "oordeel_veiligheid", "voorwaardelijk_veilig") ==
          "voorwaardelijk_veilig");
    CHECK(canonical("risicotaxatie", "besluit_evaluatiedatum", "2025-04-01") == "2025-04-01");
    CHECK(canonical("risicotaxatie", "oordeel_toelichting", "Vader: \"nooit meer\", 2x") ==
          "Vader: \"nooit meer\", 2x");
    CHECK(canonical("veiligheidsplan", "vp_schaal", "07") == "7");
    CHECK(canonical("veiligheidsplan", "vp_schaal", "0") == "0");
    CHECK(canonical("samenwerking", "sw_opbrengst", "5") == "5");
    CHECK(canonical("kindcheck", "kc_kinderen/k1/verblijf", "bij_client") == "bij_client");
    CHECK(canonical("kindcheck", "kc_kinderen/geboortedatum", "2019-02-28") == "2019-02-28");
    CHECK(canonical("veiligheidsplan", "vp_netwerk/n1/geinformeerd", "nee") == "nee");
}

TEST_CASE("wrong answers get a clear English error naming the item") {
    CHECK(error("risicotaxatie", "sig_bestaat_niet", "ja") ==
          "unknown item 'sig_bestaat_niet' in risicotaxatie.v2");
    CHECK(error("risicotaxatie", "sig_letsel", "misschien") ==
          "sig_letsel (jnv): 'misschien' is not an answer; use one of: ja, nee, onbekend");
    CHECK(error("risicotaxatie", "oordeel_risico", "middel").find("laag, verhoogd, hoog") !=
          std::string::npos);
    CHECK(error("risicotaxatie", "besluit_acties", "hulp_inzetten,bellen")
              .find("'bellen' is not an option") != std::string::npos);
    CHECK(error("veiligheidsplan", "vp_schaal", "11") ==
          "vp_schaal (scale0_10): '11' is out of range; use a whole number 0..10");
    for (const char* bad : {"-1", "7.5", "zeven", "100"}) {
        INFO(bad);
        error("veiligheidsplan", "vp_schaal", bad);
    }
    CHECK(error("samenwerking", "sw_opbrengst", "0").find("1..5") != std::string::npos);
    CHECK(error("risicotaxatie", "besluit_evaluatiedatum", "2025-02-30") ==
          "besluit_evaluatiedatum (date): '2025-02-30' is not a valid date; use YYYY-MM-DD");
    for (const char* bad : {"1-4-2025", "2025-4-1", "2025-04-01T10:00", "morgen"}) {
        INFO(bad);
        error("risicotaxatie", "besluit_evaluatiedatum", bad);
    }
}

TEST_CASE("group paths: a group has no value, fields are checked by their own type") {
    CHECK(error("kindcheck", "kc_kinderen", "S.").find("is a group") != std::string::npos);
    CHECK(error("kindcheck", "kc_kinderen/k1/schoenmaat", "32").find("has no field") !=
          std::string::npos);
    CHECK(error("kindcheck", "kc_kinderen/k1/verblijf", "oma").find("kc_kinderen/verblijf") == 0);
    error("kindcheck", "kc_kinderen/k1/geboortedatum", "31-12-2019");
    CHECK(error("kindcheck", "kc_zwanger/x/y", "ja").find("not a group") != std::string::npos);
    error("kindcheck", "kc_kinderen/a/b/naam", "S.");
}

TEST_CASE("dates: strict ISO, real calendar days, ages in completed years") {
    CHECK(Date::parse("2024-02-29").has_value());
    CHECK_FALSE(Date::parse("2023-02-29").has_value());
    CHECK_FALSE(Date::parse("2023-13-01").has_value());
    CHECK_FALSE(Date::parse("2023-1-01").has_value());
    CHECK(Date::parse("1970-01-01")->daysSinceEpoch() == 0);
    CHECK(Date::parse("2025-03-10")->toString() == "2025-03-10");
    CHECK(day("2025-03-01").daysUntil(day("2025-03-10")) == 9);
    CHECK(day("2020-02-29").fullYearsUntil(day("2024-02-28")) == 3);
    CHECK(day("2020-02-29").fullYearsUntil(day("2024-02-29")) == 4);
}

TEST_CASE("a stored answer the engine cannot decode is reported and treated as unanswered") {
    auto filling = calmRisicotaxatie();
    filling.set("oordeel_risico", "middel");
    filling.set("bestaat_niet", "ja");
    filling.answers.setField("oordeel_aard", "x", "y", "z");  // a group answer on a multi item
    const auto evaluation = filling.evaluate();
    CHECK_FALSE(evaluation.item("oordeel_risico")->answered);
    CHECK(evaluation.item("oordeel_risico")->missing());
    REQUIRE(evaluation.invalidAnswers.size() == 3);
    CHECK(evaluation.invalidAnswers[0].path == "oordeel_risico");
    CHECK(evaluation.invalidAnswers[1].path == "bestaat_niet");
    CHECK(evaluation.invalidAnswers[2].path == "oordeel_aard");
}

TEST_CASE("perspective items keep one answer per author") {
    Filling filling("samenwerking");
    filling.answers.setPerspective("sw_opbrengst", "jgt:anna", "4");
    filling.answers.setPerspective("sw_opbrengst", "gi:bert", "2");
    REQUIRE(filling.answers.perspectives("sw_opbrengst")->size() == 2);
    CHECK(filling.answers.perspectives("sw_opbrengst")->at("gi:bert") == "2");
    CHECK(filling.evaluate().item("sw_opbrengst")->answered);
    filling.answers.setPerspective("sw_opbrengst", "gi:bert", "");
    CHECK(filling.answers.perspectives("sw_opbrengst")->size() == 1);
    filling.answers.setPerspective("sw_opbrengst", "ouder", "9");
    const auto evaluation = filling.evaluate();
    REQUIRE(evaluation.invalidAnswers.size() == 1);
    CHECK(evaluation.invalidAnswers[0].path == "sw_opbrengst@ouder");
}
