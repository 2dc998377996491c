// The Dutch words the screens use for what the engine says in ids and English: statuses, person
// roles, answer values, times, and what stands in the way of submitting. Instrument texts come
// from the definitions' `nl` texts; only the app's own words are written here.
#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <set>
#include <string>

#include "core/forms/definition.h"
#include "core/forms/submission_check.h"
#include "core/vault/field_conflicts.h"

namespace veldwerk::app::wording {

QString fromUtf8(const std::string& text);
// A definition's text in the app's language (setFormLanguage; Dutch unless set to "en"; Dutch
// when the definition has no text in that language). The name stays from the Dutch-only days.
QString nl(const forms::LocalizedText& text);
// Set once at start from the user's language setting.
void setFormLanguage(const std::string& language);

// draft | submitted | approved | returned -> concept, ingediend, goedgekeurd, teruggestuurd.
QString statusLabel(const std::string& status);
// kind | ouder -> Kind, Ouder.
QString personRoleLabel(const std::string& role);
// "12 maart 2025" for an ISO date; the text itself when it is not one.
QString dateText(const std::string& isoDate);
// "vandaag om 14:02", "gisteren om 09:15" or "3 maart 2025 om 14:02".
QString momentText(std::int64_t msSinceEpoch, std::int64_t nowMs);

// The Dutch label of an option value of an item or field; the value itself when unknown.
QString optionLabel(const std::vector<forms::Option>& options, const std::string& value);
// A canonical answer as a person reads it ("Ja", "Onveilig", "Politie, School", "12 maart 2025").
QString answerText(forms::ItemType type, const std::vector<forms::Option>& options,
                   const std::string& value);
// What is wrong with an answer someone typed, by type (never repeating the answer itself).
QString invalidAnswerText(forms::ItemType type);

// Everything that blocks submission now, one Dutch line each, in the order the worker would
// address them: unanswered required questions, invalid answers, rules that block, warnings that
// still need a written justification, a missing co-signature.
// The items (and group fields) in an open disagreement, as the rules name them.
std::set<std::string, std::less<>> conflictedItems(
    const std::vector<vault::FieldConflict>& conflicts);

// A rule that blocks because of open disagreements (all it concerns is in `conflicts`, the
// evaluation's items in conflict) is said in the app's own words, naming the questions.
QStringList submissionProblems(const forms::Definition& definition,
                               const forms::SubmissionCheck& check, bool needsCosign,
                               const std::set<std::string, std::less<>>& conflicts = {});

// The same, in one short line for the bar under an assessment: "2 verplichte vragen open · RT3
// en RT5 blokkeren · RT6 vraagt een toelichting".
QString submissionSummary(const forms::SubmissionCheck& check, bool needsCosign, bool unsavedInput);

}  // namespace veldwerk::app::wording
