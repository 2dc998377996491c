#include "qml/services/sync_wording.h"

#include <QCoreApplication>
#include <array>
#include <string_view>

#include "qml/services/dutch_wording.h"
#include "sync/engine/clock_recovery.h"

namespace veldwerk::app::wording {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}

struct KnownReason {
    std::string_view start;  // how the server's English reason begins
    const char* dutch;
};

// The reasons of sync/server (push/change_authorization.cpp, push/status_transition.cpp,
// merge/field_merge.cpp) and core/assessment/lifecycle_policy.cpp, by their first words.
constexpr std::array kKnownReasons{
    KnownReason{
        "the user is not a member of this case",
        QT_TRANSLATE_NOOP("Veldwerk", "Je bent op de server geen lid (meer) van deze casus.")},
    KnownReason{"the server does not know this case",
                QT_TRANSLATE_NOOP("Veldwerk", "De server kent deze casus niet.")},
    KnownReason{"only a JGT professional starts a case",
                QT_TRANSLATE_NOOP("Veldwerk", "Alleen een JGT-medewerker kan een casus starten.")},
    KnownReason{"the change's author is not the user",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "De wijziging is gemaakt door een andere gebruiker dan die van "
                                  "dit apparaat.")},
    KnownReason{"only a JGT member of the case changes the case",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "Alleen een JGT-medewerker van de casus wijzigt de casus zelf.")},
    KnownReason{"only a JGT member of the case adds or removes members",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "Alleen een JGT-medewerker van de casus voegt leden toe of "
                                  "haalt ze weg.")},
    KnownReason{"only a JGT member of the case records consent",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "Alleen een JGT-medewerker van de casus legt toestemming vast.")},
    KnownReason{"only the JGT and GI professionals of the case record persons",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "Alleen de JGT- en GI-medewerkers van de casus leggen "
                                  "gezinsleden vast.")},
    KnownReason{"only the JGT and GI professionals of the case fill in answers",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "Alleen de JGT- en GI-medewerkers van de casus vullen "
                                  "antwoorden in.")},
    KnownReason{
        "the server does not know that form version",
        QT_TRANSLATE_NOOP("Veldwerk", "De server kent deze versie van het instrument niet.")},
    KnownReason{
        "a perspective answer is written only by its own author",
        QT_TRANSLATE_NOOP("Veldwerk", "Een eigen score vult alleen de professional zelf in.")},
    KnownReason{"the assessment is approved",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "De taxatie is goedgekeurd en verandert niet meer; leg nieuwe "
                                  "informatie vast in een addendum.")},
    KnownReason{"the assessment is submitted",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "De taxatie is ingediend en wacht op beoordeling; na "
                                  "terugsturen kan zij weer veranderen.")},
    KnownReason{"only a JGT member of the case submits",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "Alleen een JGT-medewerker van de casus dient een taxatie in.")},
    KnownReason{
        "only a GI member of the case co-signs",
        QT_TRANSLATE_NOOP("Veldwerk", "Alleen een GI-medewerker van de casus ondertekent mee.")},
    KnownReason{
        "only a supervisor of the case reviews",
        QT_TRANSLATE_NOOP("Veldwerk", "Alleen de gedragswetenschapper beoordeelt een taxatie.")},
    KnownReason{"a supervisor reviews assessments",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "Een gedragswetenschapper keurt taxaties goed of stuurt ze "
                                  "terug, en wijzigt verder niets.")},
    KnownReason{"the field has a disagreement",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "Over dit antwoord is een verschil van inzicht dat alleen een "
                                  "JGT-medewerker van de casus oplost.")},
    KnownReason{"base_version_ahead",
                QT_TRANSLATE_NOOP("Veldwerk",
                                  "Dit apparaat kende een nieuwere versie dan de server; de "
                                  "wijziging is apart gezet.")},
};
}  // namespace

QString roundProblem(RoundOutcome::Kind kind) {
    using K = RoundOutcome::Kind;
    switch (kind) {
        case K::Unreachable:
            return tr(
                "Geen verbinding met de server. Je wijzigingen blijven veilig op dit apparaat en "
                "gaan mee bij de volgende synchronisatie.");
        case K::ClockSkew:
            return tr(
                "De klok van dit apparaat wijkt te veel af van die van de server. Zet de datum "
                "en tijd goed en synchroniseer opnieuw. Er is niets verloren gegaan: wat je "
                "intussen invulde, krijgt daarna vanzelf de juiste tijd en gaat alsnog mee.");
        case K::Unauthenticated:
            return tr(
                "De server herkent dit apparaat niet. Neem contact op met je functioneel "
                "beheerder. Je wijzigingen blijven op dit apparaat bewaard.");
        case K::ServerFailed:
            return tr(
                "De server kon de synchronisatie nu niet verwerken. Er is niets verloren gegaan; "
                "probeer het later opnieuw.");
        case K::VaultFailed:
            return tr(
                "Synchroniseren is niet gelukt: de kluis op dit apparaat gaf een fout. Probeer "
                "het opnieuw; blijft dit gebeuren, neem dan contact op met je functioneel "
                "beheerder.");
        case K::Revoked:
            return tr("Dit apparaat is ingetrokken; de gegevens op dit apparaat zijn gewist.");
        case K::NotEnrolled:
            return tr("Niet gekoppeld aan een server");
        case K::Completed:
        case K::Cancelled:
            break;
    }
    return {};
}

QString refusalReason(const std::string& serverReason) {
    for (const auto& known : kKnownReasons) {
        if (std::string_view(serverReason).substr(0, known.start.size()) == known.start) {
            return tr(known.dutch);
        }
    }
    return tr("De server weigerde deze wijziging (%1).").arg(fromUtf8(serverReason));
}

QString clockRecoveredText(std::int64_t aheadMs, std::int64_t restamped) {
    const auto hours = QString::number(sync::hoursAhead(aheadMs));
    if (restamped == 1) {
        return tr("De klok van dit apparaat liep %1 uur voor; daarom weigerde de server je "
                  "wijzigingen. Nu de klok weer goed staat, heeft de wijziging van die tijd de "
                  "juiste tijd gekregen en is zij alsnog verstuurd. Er is niets verloren gegaan.")
            .arg(hours);
    }
    return tr("De klok van dit apparaat liep %1 uur voor; daarom weigerde de server je "
              "wijzigingen. Nu de klok weer goed staat, hebben de %2 wijzigingen van die tijd de "
              "juiste tijd gekregen, in dezelfde volgorde, en zijn zij alsnog verstuurd. Er is "
              "niets verloren gegaan.")
        .arg(hours, QString::number(restamped));
}

QString lastSyncText(std::int64_t lastMs, std::int64_t nowMs) {
    if (lastMs <= 0) {
        return tr("Nog niet gesynchroniseerd");
    }
    return tr("Laatst gesynchroniseerd %1").arg(momentText(lastMs, nowMs));
}

}  // namespace veldwerk::app::wording
