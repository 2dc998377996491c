#include "core/family/family_document.h"

#include <array>
#include <map>

#include "core/family/family_selection.h"
#include "core/forms/date.h"

namespace veldwerk::family {

namespace {

std::string valueOf(const forms::AnswerSet& a, const char* item) {
    const auto* v = a.value(item);
    return v == nullptr ? std::string() : *v;
}

std::string fieldOf(const forms::GroupEntry& e, const char* field) {
    const auto it = e.fields.find(field);
    return it == e.fields.end() ? std::string() : it->second;
}

bool filled(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") != std::string::npos;
}

// The texts of one field over a group's entries (an entry without its text is not shown).
std::vector<FamilyLine> entryTexts(const forms::AnswerSet& a, const char* group,
                                   const char* field) {
    std::vector<FamilyLine> out;
    if (const auto* entries = a.entries(group)) {
        for (const auto& e : *entries) {
            if (const auto t = fieldOf(e, field); filled(t)) {
                out.push_back({t, true});
            }
        }
    }
    return out;
}

void addSection(FamilyDocument& doc, std::string heading, std::vector<FamilyLine> lines,
                const char* whenEmpty = nullptr) {
    if (lines.empty()) {
        if (whenEmpty == nullptr) {
            return;
        }
        lines.push_back({whenEmpty});
    }
    doc.sections.push_back({std::move(heading), std::move(lines)});
}

void addStatements(FamilyDocument& doc, const std::vector<FamilyStatement>& statements) {
    std::vector<FamilyLine> lines;
    for (const auto& s : statements) {
        auto who = s.saidBy;
        if (!who.empty() && who[0] >= 'a' && who[0] <= 'z') {
            who[0] = static_cast<char>(who[0] - 'a' + 'A');  // it starts the sentence
        }
        lines.push_back({who + " zei op " + dutchDate(s.saidOn) + ":"});
        lines.push_back({"“" + s.text + "”", false, true});
    }
    addSection(doc, "Wat u zelf zei", std::move(lines));
}

void addPlan(FamilyDocument& doc, const FamilyInstrument& plan) {
    const auto a = familySafe(plan.formId, plan.version, plan.answers);
    if (plan.status == "draft" || plan.status == "returned") {
        doc.intro.push_back("Let op: het plan is nog niet af. Het kan nog veranderen.");
    }
    addSection(doc, "Waar maken we ons zorgen over?", entryTexts(a, "vp_zorgen", "tekst"),
               "Hier is nog niets over opgeschreven.");
    addSection(doc, "Wat gaat goed?", entryTexts(a, "vp_gaat_goed", "tekst"),
               "Hier is nog niets over opgeschreven.");
    addSection(doc, "Wat moet er gebeuren?", entryTexts(a, "vp_moet_gebeuren", "tekst"),
               "Hier is nog niets over opgeschreven.");

    std::vector<FamilyLine> eisen;
    if (const auto* entries = a.entries("vp_bodemeisen")) {
        for (const auto& e : *entries) {
            const auto eis = fieldOf(e, "eis");
            if (!filled(eis)) {
                continue;
            }
            const auto uitleg = fieldOf(e, "toelichting");
            eisen.push_back({eis + (filled(uitleg) ? " (" + uitleg + ")" : ""), true});
        }
    }
    if (!eisen.empty()) {
        eisen.insert(eisen.begin(), {"Hier moet iedereen zich altijd aan houden. Daar valt niet "
                                     "over te praten. Dit heten bodemeisen."});
    }
    addSection(doc, "Wat moet altijd? (bodemeisen)", std::move(eisen),
               "Er zijn nog geen bodemeisen opgeschreven.");

    std::vector<FamilyLine> afspraken;
    if (const auto* entries = a.entries("vp_afspraken")) {
        for (const auto& e : *entries) {
            const auto wat = fieldOf(e, "wat");
            if (!filled(wat)) {
                continue;
            }
            std::string line = wat;
            if (const auto wie = fieldOf(e, "wie"); filled(wie)) {
                line += " Wie: " + wie + ".";
            }
            if (const auto wanneer = fieldOf(e, "wanneer"); filled(wanneer)) {
                line += " Wanneer: " + dutchDate(wanneer) + ".";
            }
            if (const auto controle = fieldOf(e, "controle"); filled(controle)) {
                line += " Zo kijken we of het lukt: " + controle;
            }
            afspraken.push_back({line, true});
        }
    }
    addSection(doc, "Wie doet wat, en wanneer?", std::move(afspraken),
               "Er zijn nog geen afspraken opgeschreven.");

    std::vector<FamilyLine> netwerk;
    if (const auto* entries = a.entries("vp_netwerk")) {
        for (const auto& e : *entries) {
            const auto naam = fieldOf(e, "naam");
            if (!filled(naam)) {
                continue;
            }
            const auto relatie = fieldOf(e, "relatie");
            const auto rol = fieldOf(e, "rol");
            netwerk.push_back({naam + (filled(relatie) ? " (" + relatie + ")" : "") +
                                   (filled(rol) ? ": " + rol : ""),
                               true});
        }
    }
    addSection(doc, "Wie helpen er mee?", std::move(netwerk));

    const auto akkoord = valueOf(a, "vp_akkoord_ouders");
    const auto datum = valueOf(a, "vp_akkoord_datum");
    if (akkoord == "ja") {
        addSection(doc, "Bent u het eens met het plan?",
                   {{"Ja. U was het eens met dit plan" +
                     (filled(datum) ? " op " + dutchDate(datum) : std::string()) + "."}});
    } else if (akkoord == "nee") {
        addSection(doc, "Bent u het eens met het plan?",
                   {{"Nee. U was het (nog) niet eens met dit plan. Wat u ervan vindt, mag u "
                     "zelf laten opschrijven. Dat komt dan in dit plan te staan."}});
    }
    const auto evaluatie = valueOf(a, "vp_evaluatiedatum");
    addSection(doc, "Wanneer kijken we weer samen?",
               {{filled(evaluatie)
                     ? "Op " + dutchDate(evaluatie) + " kijken we samen hoe het gaat met het plan."
                     : "Daar maken we nog een afspraak over."}});
    addStatements(doc, plan.statements);
}

void addConclusion(FamilyDocument& doc, const FamilyInstrument& t) {
    const auto a = familySafe(t.formId, t.version, t.answers);
    const auto kind = filled(t.subjectName) ? t.subjectName : std::string("uw kind");
    std::vector<FamilyLine> lines;
    static const std::map<std::string, std::string, std::less<>> kSafety = {
        {"veilig", "Wij vinden dat KIND op dit moment veilig is."},
        {"voorwaardelijk_veilig",
         "Wij vinden dat KIND op dit moment veilig is, als de afspraken uit het plan worden "
         "nagekomen."},
        {"onveilig", "Wij vinden dat KIND op dit moment niet veilig is."},
    };
    static const std::map<std::string, std::string, std::less<>> kRisk = {
        {"laag", "De kans dat het later niet goed gaat, vinden wij klein."},
        {"verhoogd", "De kans dat het later niet goed gaat, vinden wij groter dan gewoonlijk."},
        {"hoog", "De kans dat het later niet goed gaat, vinden wij groot."},
    };
    if (const auto it = kSafety.find(valueOf(a, "oordeel_veiligheid")); it != kSafety.end()) {
        auto text = it->second;
        text.replace(text.find("KIND"), 4, kind);
        lines.push_back({text});
    }
    if (const auto it = kRisk.find(valueOf(a, "oordeel_risico")); it != kRisk.end()) {
        lines.push_back({it->second});
    }
    if (const auto why = valueOf(a, "oordeel_toelichting"); filled(why)) {
        lines.push_back({"Waarom wij dit vinden: " + why});
    }
    if (const auto good = valueOf(a, "krachten_toelichting"); filled(good)) {
        lines.push_back({"Wat goed gaat: " + good});
    }
    static const std::map<std::string, std::string, std::less<>> kActions = {
        {"veiligheidsplan_nu", "We maken nu samen met u een veiligheidsplan."},
        {"veilig_thuis_advies", "We vragen advies aan Veilig Thuis."},
        {"veilig_thuis_melding", "We doen een melding bij Veilig Thuis."},
        {"collegiale_consultatie", "We bespreken uw situatie met een collega."},
        {"gi_consultatie", "We vragen een collega van de jeugdbescherming om mee te denken."},
        {"hulp_inzetten", "We zorgen dat er hulp komt voor uw gezin."},
        {"informatie_verzamelen",
         "We willen eerst meer weten. Daarvoor praten we met u en "
         "met anderen."},
        {"jeugdbeschermingstafel",
         "We bespreken uw situatie aan de jeugdbeschermingstafel. U bent daar zelf bij."},
        {"crisisdienst", "We vragen de crisisdienst om te helpen."},
        {"politie_112", "We bellen de politie (112)."},
        {"tijdelijke_opvang", "KIND woont een tijdje op een andere, veilige plek."},
    };
    std::vector<FamilyLine> actions;
    for (const auto& action : forms::parseMulti(valueOf(a, "besluit_acties"))) {
        if (const auto it = kActions.find(action); it != kActions.end()) {
            auto text = it->second;
            if (const auto at = text.find("KIND"); at != std::string::npos) {
                text.replace(at, 4, kind);
            }
            actions.push_back({text, true});
        }
    }
    if (!actions.empty()) {
        lines.push_back({"Wat er nu gaat gebeuren:"});
        lines.insert(lines.end(), actions.begin(), actions.end());
    }
    if (const auto next = valueOf(a, "besluit_evaluatiedatum"); filled(next)) {
        lines.push_back({"Op " + dutchDate(next) + " kijken we opnieuw hoe het gaat."});
    }
    addSection(doc,
               "Hoe veilig is " + kind + "?" +
                   (filled(t.date) ? " (" + dutchDate(t.date) + ")" : std::string()),
               std::move(lines), "Hier is nog niets over opgeschreven.");
    addStatements(doc, t.statements);
}

}  // namespace

std::string dutchDate(const std::string& iso) {
    static constexpr std::array<const char*, 12> kMonths = {
        "januari", "februari", "maart",     "april",   "mei",      "juni",
        "juli",    "augustus", "september", "oktober", "november", "december"};
    if (!forms::Date::parse(iso)) {
        return iso;
    }
    const int month = std::stoi(iso.substr(5, 2));
    return std::to_string(std::stoi(iso.substr(8, 2))) + " " +
           kMonths[static_cast<std::size_t>(month - 1)] + " " + iso.substr(0, 4);
}

std::string FamilyDocument::plainText() const {
    std::string out = title + "\n" + subtitle + "\n";
    for (const auto& p : intro) {
        out += p + "\n";
    }
    for (const auto& s : sections) {
        out += "\n" + s.heading + "\n";
        for (const auto& l : s.lines) {
            out += (l.bullet ? "- " : "") + l.text + "\n";
        }
    }
    return out + "\n" + footer + "\n";
}

FamilyDocument buildFamilyDocument(const FamilyInput& in) {
    FamilyDocument doc;
    doc.title = "Plan voor het gezin";
    doc.subtitle = (in.caseName.empty() ? std::string() : in.caseName + ". ") + "Gemaakt op " +
                   dutchDate(in.madeOn) + ".";
    doc.intro.push_back(
        "Dit is uw eigen kopie. Hierin staat wat we samen hebben besproken en afgesproken.");
    if (in.plan) {
        addPlan(doc, *in.plan);
    } else {
        doc.intro.push_back("Er is nog geen veiligheidsplan gemaakt.");
    }
    for (const auto& t : in.conclusions) {
        addConclusion(doc, t);
    }
    doc.footer =
        "Klopt er iets niet, of hebt u een vraag? Zeg het tegen uw hulpverlener. Wat u ervan "
        "vindt, mag u laten opschrijven. Dat komt erbij te staan, met uw eigen woorden.";
    return doc;
}

}  // namespace veldwerk::family
