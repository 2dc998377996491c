#include "qml/app/screenshot_screens.h"

namespace veldwerk::app {

const std::vector<TourScreen>& tourScreens() {
    using T = TourScreen::Tablet;
    static const std::vector<TourScreen> screens = {
        {"ontgrendelen", "unlock", T::Closed},
        {"eerste-start", "firstrun", T::Closed},
        {"casussen", "", T::Worker},
        {"casus", "case/{case}", T::Worker},
        {"gezin-en-team", "team/{case}", T::Worker},
        {"toestemming", "team/{case}/toestemming", T::Worker},
        {"casus-sluiten", "team/{case}/sluiten", T::Worker},
        {"noodtoegang", "noodtoegang/{emergency}", T::Worker},
        {"noodtoegang-casus", "team/{emergency}", T::Worker},
        {"gezinsplan", "gezinsplan/{case}", T::Worker},
        {"eigen-zienswijze", "assessment/{assessment:veiligheidsplan}/zienswijze", T::Worker},
        {"risicotaxatie", "assessment/{assessment:risicotaxatie}", T::Worker},
        {"veiligheidsplan", "assessment/{assessment:veiligheidsplan}", T::Worker},
        {"kindcheck", "assessment/{assessment:kindcheck}", T::Worker},
        {"meldcode-afweging", "assessment/{assessment:meldcode_afweging}", T::Worker},
        {"samenwerking", "assessment/{assessment:samenwerking}", T::Worker},
        {"verschil-van-inzicht", "assessment/{conflict}", T::Worker},
        {"indienen", "assessment/{assessment:risicotaxatie}/indienen", T::Worker},
        {"teruggestuurd", "assessment/{returned}", T::Worker},
        {"synchroniseren", "sync", T::Worker},
        {"instellingen", "settings", T::Worker},
        // The home visit (the tour's world has one in progress at the richest case).
        {"bezoek-starten", "visit-start/{case}", T::Worker},
        {"bezoek-banner", "case/{case}", T::Worker},
        {"bezoek-alles-in-orde", "visit-overdue", T::Worker},
        {"bezoek-beeindigen", "visit-end", T::Worker},
        {"privacyscherm", "privacy", T::Worker},
        // Following through (issue 13): the timeline and meedenken of the richest case.
        {"tijdlijn", "tijdlijn/{case}", T::Worker},
        {"meedenken", "meedenken/{case}", T::Worker},
        // The JGT keeps regie (issue 13.2): submitting without the GI co-signature, with a reason.
        {"zonder-medeondertekening", "assessment/{uncosigned}/indienen", T::Worker},
        // The GI professional's tablet: co-signing a co-filled assessment, answering meedenken.
        {"gi-medeondertekenen", "assessment/{uncosigned}", T::Gi},
        {"gi-meedenken", "meedenken/antwoorden", T::Gi},
        {"casussen-leidinggevende", "", T::Supervisor},
        {"ter-beoordeling", "review", T::Supervisor},
        {"taxatie-bekijken", "review/{submitted}", T::Supervisor},
    };
    return screens;
}

}  // namespace veldwerk::app
