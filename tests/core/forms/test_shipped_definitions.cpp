// The shipped definition files carry exactly the ids, types and merge policies of instruments.md.
#include <catch2/catch.hpp>

#include "core/forms/version_mapping.h"
#include "forms_fixture.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

struct Expected {
    const char* id;
    ItemType type;
    MergePolicy merge;
};

constexpr auto J = ItemType::Jnv;
constexpr auto judgement = MergePolicy::Judgement;

void requireItems(const Definition& definition, std::initializer_list<Expected> expected) {
    for (const auto& want : expected) {
        INFO(definition.id() << " item " << want.id);
        const Item* item = definition.item(want.id);
        REQUIRE(item != nullptr);
        CHECK(item->type == want.type);
        CHECK(item->merge == want.merge);
        CHECK(item->label.complete());
    }
    CHECK(definition.items().size() == expected.size());
}

void requireRules(const Definition& definition, std::initializer_list<const char*> ids) {
    for (const char* id : ids) {
        INFO(definition.id() << " rule " << id);
        const Rule* rule = definition.rule(id);
        REQUIRE(rule != nullptr);
        for (const auto& effect : rule->effects) {
            CHECK(effect.message.complete());
        }
    }
}

}  // namespace

TEST_CASE("all five instruments load from their definition files, risicotaxatie also version 2") {
    const auto& registry = shippedForms();
    std::vector<std::string> keys;
    for (const auto* definition : registry.all()) {
        keys.push_back(definition->key());
        CHECK(definition->title().complete());
    }
    CHECK(keys == std::vector<std::string>{"kindcheck.v1", "meldcode_afweging.v1",
                                           "risicotaxatie.v1", "risicotaxatie.v2",
                                           "samenwerking.v1", "veiligheidsplan.v1"});
    CHECK(shipped("risicotaxatie").subject() == "child");
    CHECK(shipped("kindcheck").subject() == "adult");
    CHECK(shipped("veiligheidsplan").subject() == "case");
}

TEST_CASE("risicotaxatie has the items and rules of instruments.md") {
    const auto& rt = *shippedForms().find("risicotaxatie", 1);
    requireItems(rt, {
                         {"bronnen", ItemType::Multi, MergePolicy::Set},
                         {"bronnen_toelichting", ItemType::Text, judgement},
                         {"sig_letsel", J, judgement},
                         {"sig_lichamelijk_geweld", J, judgement},
                         {"sig_verwaarlozing_fysiek", J, judgement},
                         {"sig_verwaarlozing_emotioneel", J, judgement},
                         {"sig_emotioneel_geweld", J, judgement},
                         {"sig_seksueel", J, judgement},
                         {"sig_getuige_geweld", J, judgement},
                         {"sig_angst_kind", J, judgement},
                         {"sig_eerdere_meldingen", J, judgement},
                         {"kind_jong", J, judgement},
                         {"kind_beperking", J, judgement},
                         {"kind_gedrag", J, judgement},
                         {"kind_psychisch", J, judgement},
                         {"kind_ontwikkeling", J, judgement},
                         {"kind_parentificatie", J, judgement},
                         {"kind_school", J, judgement},
                         {"ouder_verslaving", J, judgement},
                         {"ouder_psychiatrie", J, judgement},
                         {"ouder_lvb", J, judgement},
                         {"ouder_eigen_verleden", J, judgement},
                         {"ouder_negatief_beeld", J, judgement},
                         {"ouder_agressie", J, judgement},
                         {"ouder_ontkenning", J, judgement},
                         {"ouder_vaardigheden", J, judgement},
                         {"ouder_jong", J, judgement},
                         {"ouder_justitie", J, judgement},
                         {"gezin_huiselijk_geweld", J, judgement},
                         {"gezin_vechtscheiding", J, judgement},
                         {"gezin_isolement", J, judgement},
                         {"gezin_financien", J, judgement},
                         {"gezin_huisvesting", J, judgement},
                         {"gezin_stress", J, judgement},
                         {"gezin_broers_zussen", J, judgement},
                         {"kracht_veilige_volwassene", J, judgement},
                         {"kracht_netwerk", J, judgement},
                         {"kracht_probleembesef", J, judgement},
                         {"kracht_hulp_aanvaard", J, judgement},
                         {"kracht_band", J, judgement},
                         {"kracht_kind", J, judgement},
                         {"kracht_afspraken", J, judgement},
                         {"krachten_toelichting", ItemType::Text, judgement},
                         {"acuut_letsel", J, judgement},
                         {"acuut_dreiging", J, judgement},
                         {"acuut_onvermogen", J, judgement},
                         {"acuut_seksueel", J, judgement},
                         {"acuut_angst", J, judgement},
                         {"acuut_geweld_nu", J, judgement},
                         {"acuut_herhaling", J, judgement},
                         {"acuut_onthulling", J, judgement},
                         {"oordeel_veiligheid", ItemType::Choice, judgement},
                         {"oordeel_risico", ItemType::Choice, judgement},
                         {"oordeel_aard", ItemType::Multi, MergePolicy::Set},
                         {"oordeel_toelichting", ItemType::Text, judgement},
                         {"besluit_acties", ItemType::Multi, MergePolicy::Set},
                         {"besluit_evaluatiedatum", ItemType::Date, judgement},
                     });
    requireRules(rt, {"RT1", "RT2", "RT3", "RT4", "RT5", "RT6", "RT7", "RT8", "RT9", "RT12"});
    CHECK(rt.item("oordeel_veiligheid")->optionIndex("voorwaardelijk_veilig").has_value());
    CHECK(rt.item("besluit_acties")->options.size() == 8);
    CHECK(rt.item("oordeel_aard")->options.size() == 7);
    CHECK(rt.item("bronnen")->options.size() == 9);
}

TEST_CASE("risicotaxatie version 2 keeps version 1 and adds the crisis routes") {
    const auto& v1 = *shippedForms().find("risicotaxatie", 1);
    const auto& v2 = *shippedForms().find("risicotaxatie", 2);
    REQUIRE(shippedForms().find("risicotaxatie") == &v2);  // new assessments start on v2
    for (const auto& item : v1.items()) {
        INFO(item.id);
        const auto* same = v2.item(item.id);
        REQUIRE(same != nullptr);
        CHECK(same->type == item.type);
        for (const auto& option : item.options) {
            CHECK(same->optionIndex(option.value).has_value());
        }
    }
    for (const auto& rule : v1.rules()) {
        CHECK(v2.rule(rule.id) != nullptr);
    }
    REQUIRE(v2.items().size() == v1.items().size() + 2);
    REQUIRE(v2.item("acuut_crisis") != nullptr);
    CHECK(v2.item("acuut_crisis")->type == J);
    CHECK(v2.item("acuut_crisis")->section == v2.item("acuut_letsel")->section);
    REQUIRE(v2.item("besluit_toelichting_opvang") != nullptr);
    CHECK(v2.item("besluit_toelichting_opvang")->type == ItemType::Text);
    requireRules(v2, {"RT10", "RT11"});
    for (const char* action : {"crisisdienst", "politie_112", "tijdelijke_opvang"}) {
        CHECK(v2.item("besluit_acties")->optionIndex(action).has_value());
    }
    CHECK(v2.item("besluit_acties")->options.size() == 11);
    REQUIRE(v2.mapping());
    CHECK(v2.mapping()->fromVersion == 1);
}

TEST_CASE("risicotaxatie v1 answers all move to version 2 unchanged") {
    const auto& v1 = *shippedForms().find("risicotaxatie", 1);
    const auto& v2 = *shippedForms().find("risicotaxatie", 2);
    // A value for every item of v1 (the last option: the one a renumbering would move).
    const auto sample = [](ItemType type, const std::vector<Option>& options) -> std::string {
        switch (type) {
            case ItemType::Jnv:
            case ItemType::Choice:
            case ItemType::Multi:
                return options.back().value;
            case ItemType::Text:
                return "Genoteerd tijdens het huisbezoek.";
            case ItemType::Date:
                return "2025-03-24";
            case ItemType::Scale0_10:
                return "7";
            case ItemType::Scale1_5:
                return "4";
            case ItemType::Group:
                break;
        }
        return "";
    };
    AnswerSet old;
    std::size_t given = 0;
    for (const auto& item : v1.items()) {
        if (item.type == ItemType::Group) {
            for (const auto& field : item.fields) {
                old.setField(item.id, "e1", field.id, sample(field.type, field.options));
                ++given;
            }
        } else if (item.merge == MergePolicy::Perspective) {
            old.setPerspective(item.id, "anna", sample(item.type, item.options));
            ++given;
        } else {
            old.set(item.id, sample(item.type, item.options));
            ++given;
        }
    }
    REQUIRE(given > 50);
    const auto mapped = mapAnswers(v1, v2, old);
    CHECK(mapped.dropped.empty());
    CHECK(mapped.answers.values() == old.values());
    CHECK(mapped.answers.allPerspectives() == old.allPerspectives());
    REQUIRE(mapped.answers.groups().size() == old.groups().size());
    for (const auto& [group, entries] : old.groups()) {
        const auto* moved = mapped.answers.entries(group);
        REQUIRE(moved != nullptr);
        REQUIRE(moved->size() == entries.size());
        CHECK(moved->front().fields == entries.front().fields);
    }
    CHECK(mapped.answers.value("acuut_crisis") == nullptr);  // starts unanswered
}

TEST_CASE("kindcheck has the items and rules of instruments.md") {
    const auto& kc = shipped("kindcheck");
    requireItems(kc, {
                         {"kc_aanleiding", ItemType::Multi, MergePolicy::Set},
                         {"kc_aanleiding_toelichting", ItemType::Text, judgement},
                         {"kc_zorgt_voor_kinderen", J, judgement},
                         {"kc_zwanger", J, judgement},
                         {"kc_kinderen", ItemType::Group, MergePolicy::Entries},
                         {"kc_zorg_geregeld", J, judgement},
                         {"kc_zorgen", J, judgement},
                         {"kc_andere_hulp", ItemType::Text, judgement},
                         {"kc_besproken", J, judgement},
                         {"kc_besproken_toelichting", ItemType::Text, judgement},
                         {"kc_conclusie", ItemType::Choice, judgement},
                         {"kc_acties", ItemType::Multi, MergePolicy::Set},
                     });
    const Item* children = kc.item("kc_kinderen");
    REQUIRE(children->fields.size() == 4);
    CHECK(children->field("geboortedatum")->type == ItemType::Date);
    CHECK(children->field("verblijf")->optionIndex("andere_ouder").has_value());
    requireRules(kc, {"KC1", "KC2", "KC3", "KC4", "KC5", "KC6"});
}

TEST_CASE("meldcode_afweging has the items and rules of instruments.md") {
    const auto& mc = shipped("meldcode_afweging");
    const auto C = ItemType::Choice;
    requireItems(mc, {
                         {"mc_signalen", ItemType::Text, judgement},
                         {"mc_signalen_datum", ItemType::Date, judgement},
                         {"mc_consultatie_datum", ItemType::Date, judgement},
                         {"mc_consultatie_met", ItemType::Multi, MergePolicy::Set},
                         {"mc_consultatie_advies", ItemType::Text, judgement},
                         {"mc_gesprek", C, judgement},
                         {"mc_gesprek_toelichting", ItemType::Text, judgement},
                         {"mc_v1_vermoeden", C, judgement},
                         {"mc_v2_onveilig", C, judgement},
                         {"mc_v3_hulp_mogelijk", C, judgement},
                         {"mc_v4_hulp_aanvaard", C, judgement},
                         {"mc_v5_resultaat", C, judgement},
                         {"mc_besluit", C, judgement},
                         {"mc_melding_datum", ItemType::Date, judgement},
                         {"mc_melding_kenmerk", ItemType::Text, judgement},
                     });
    // The decision questions are ja/nee only: no "onbekend" in the afwegingskader.
    CHECK(mc.item("mc_v1_vermoeden")->options.size() == 2);
    requireRules(mc, {"MC1", "MC2", "MC3", "MC4", "MC5", "MC6", "MC7"});
}

TEST_CASE("veiligheidsplan and samenwerking have the items of instruments.md") {
    const auto G = ItemType::Group;
    const auto entries = MergePolicy::Entries;
    requireItems(shipped("veiligheidsplan"),
                 {
                     {"vp_zorgen", G, entries},
                     {"vp_gaat_goed", G, entries},
                     {"vp_moet_gebeuren", G, entries},
                     {"vp_schaal", ItemType::Scale0_10, MergePolicy::Perspective},
                     {"vp_schaal_ouders", ItemType::Scale0_10, judgement},
                     {"vp_bodemeisen", G, entries},
                     {"vp_afspraken", G, entries},
                     {"vp_netwerk", G, entries},
                     {"vp_akkoord_ouders", J, judgement},
                     {"vp_akkoord_datum", ItemType::Date, judgement},
                     {"vp_evaluatiedatum", ItemType::Date, judgement},
                 });
    requireRules(shipped("veiligheidsplan"), {"VP1", "VP2", "VP3", "VP4"});
    CHECK(shipped("veiligheidsplan").item("vp_afspraken")->field("wanneer")->type ==
          ItemType::Date);
    CHECK(shipped("veiligheidsplan").item("vp_netwerk")->field("geinformeerd")->type == J);
    requireItems(shipped("samenwerking"),
                 {
                     {"sw_partijen", ItemType::Multi, MergePolicy::Set},
                     {"sw_doel_gi", ItemType::Multi, MergePolicy::Set},
                     {"sw_hoe", ItemType::Text, judgement},
                     {"sw_rolverdeling", ItemType::Text, judgement},
                     {"sw_opbrengst", ItemType::Scale1_5, MergePolicy::Perspective},
                     {"sw_opbrengst_toelichting", ItemType::Text, judgement},
                     {"sw_client_inhoud", ItemType::Scale0_10, judgement},
                     {"sw_client_bejegening", ItemType::Scale0_10, judgement},
                 });
    CHECK(shipped("samenwerking").rules().empty());
}
