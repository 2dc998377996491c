// The app's words for following through (core/followup, core/phase, core/consultation): core's
// reminder texts are Dutch only, so the app says them again from their kind and days, in the
// user's language; judgements, phases, escalation kinds and safety questions by their label.
#pragma once

#include <QString>
#include <QVariantList>
#include <string>

#include "core/followup/follow_up.h"

namespace veldwerk::app::wording {

// "Evaluatie risicotaxatie verlopen sinds 3 dagen", "Afspraak vandaag", "Maatregel eindigt over
// 9 weken: warme overdracht naar het JGT voorbereiden".
QString reminderText(const followup::Reminder& reminder);
// "Voorwaardelijk veilig · risico verhoogd" ("nog niet beoordeeld" for a missing part).
QString judgementText(const std::string& veiligheid, const std::string& risico);
// vrijwillig -> "Vrijwillig kader", ...; the value itself when unknown.
QString phaseLabel(const std::string& phase);
// vt_advies -> "Advies Veilig Thuis", ...
QString escalationLabel(const std::string& kind);
// veiligheid -> "Is het kind nu veilig?", ...
QString topicLabel(const std::string& topic);
// [{value, label}] for a choice list.
QVariantList phaseOptions();
QVariantList escalationOptions();
QVariantList topicOptions();

}  // namespace veldwerk::app::wording
