#include "core/family/family_selection.h"

#include <algorithm>
#include <map>
#include <utility>

namespace veldwerk::family {

namespace {

// The conclusion of a risicotaxatie, the same in version 1 and 2. Not listed, deliberately:
// bronnen*, every sig_/kind_/ouder_/gezin_/kracht_/acuut_ checklist item, oordeel_aard (the
// professional classification of maltreatment) and besluit_toelichting_opvang (where a child in
// temporary care stays: never on a paper a parent takes home).
const std::vector<FamilyItem> kRisicotaxatie = {
    {"oordeel_veiligheid", {}},   {"oordeel_risico", {}}, {"oordeel_toelichting", {}},
    {"krachten_toelichting", {}}, {"besluit_acties", {}}, {"besluit_evaluatiedatum", {}},
};

// The plan made with the family. Not listed: vp_schaal and vp_schaal_ouders (scores) and whether
// each network member was informed (vp_netwerk/geinformeerd, the professional's check).
const std::vector<FamilyItem> kVeiligheidsplan = {
    {"vp_zorgen", {"tekst"}},
    {"vp_gaat_goed", {"tekst"}},
    {"vp_moet_gebeuren", {"tekst"}},
    {"vp_bodemeisen", {"eis", "toelichting"}},
    {"vp_afspraken", {"wat", "wie", "wanneer", "controle"}},
    {"vp_netwerk", {"naam", "relatie", "rol"}},
    {"vp_akkoord_ouders", {}},
    {"vp_akkoord_datum", {}},
    {"vp_evaluatiedatum", {}},
};

const std::vector<FamilyItem> kNothing;

}  // namespace

const std::vector<FamilyItem>& familySelection(std::string_view formId, int version) {
    static const std::map<std::pair<std::string, int>, const std::vector<FamilyItem>*> kDeclared = {
        {{"risicotaxatie", 1}, &kRisicotaxatie},
        {{"risicotaxatie", 2}, &kRisicotaxatie},
        {{"veiligheidsplan", 1}, &kVeiligheidsplan},
    };
    const auto it = kDeclared.find({std::string(formId), version});
    return it == kDeclared.end() ? kNothing : *it->second;
}

forms::AnswerSet familySafe(std::string_view formId, int version, const forms::AnswerSet& answers) {
    forms::AnswerSet safe;
    for (const auto& declared : familySelection(formId, version)) {
        if (declared.fields.empty()) {
            if (const auto* v = answers.value(declared.item)) {
                safe.set(declared.item, *v);
            }
            continue;
        }
        const auto* entries = answers.entries(declared.item);
        if (entries == nullptr) {
            continue;
        }
        for (const auto& entry : *entries) {
            safe.addEntry(declared.item, entry.id);
            for (const auto& field : declared.fields) {
                const auto it = entry.fields.find(field);
                if (it != entry.fields.end()) {
                    safe.setField(declared.item, entry.id, field, it->second);
                }
            }
        }
    }
    return safe;
}

}  // namespace veldwerk::family
