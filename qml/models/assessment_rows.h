// Translates one evaluated assessment (core's AssessmentView) into what the assessment page
// shows: the visible questions, the rules in force, the section overview and the derived facts,
// all in Dutch. Pure functions: the controller passes in what the worker typed but is not stored
// (text still being typed, a date not yet valid, a refused answer, a justification being typed).
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <map>
#include <string>
#include <vector>

#include "core/assessment/assessment_service.h"
#include "qml/models/assessment_form_model.h"
#include "qml/models/group_fields_model.h"
#include "qml/models/rules_model.h"

namespace veldwerk::app {

struct UnstoredInput {
    std::string userId;                   // whose perspective answers are "mine"
    std::map<QString, QString> typing;    // path -> text typed, not saved yet
    std::map<QString, QString> problems;  // path -> Dutch reason the last input was not stored
    std::map<QString, QString> drafts;    // path -> date text that is not a valid date yet
    // rule id -> a warning's justification typed, not stored yet
    std::map<std::string, std::string, std::less<>> justifications;
};

// Who is who in the assessment's disagreements, and whether this user may resolve them.
struct ConflictReaders {
    std::map<std::string, std::string> names;  // user id -> name
    std::map<std::string, std::string> orgs;   // user id -> organisation
    bool canResolve = false;                   // a JGT member of the case, and still a draft
};

std::vector<FormRow> buildFormRows(const assessment::AssessmentView& view,
                                   const UnstoredInput& input, const ConflictReaders& readers = {});
// The fields of every entry of a group item, entry after entry.
std::vector<FieldRow> buildFieldRows(const assessment::AssessmentView& view,
                                     const UnstoredInput& input, const forms::Item& group);
std::vector<RuleRow> buildRuleRows(const assessment::AssessmentView& view,
                                   const UnstoredInput& input, const ConflictReaders& readers = {});
// [{sectionId, title, row, missing, summary}]: row = the first visible row (-1 when none).
QVariantList buildSections(const assessment::AssessmentView& view,
                           const std::vector<FormRow>& rows);
// "Beschermende factoren aanwezig: 3", "Aandeel 'onbekend' …: 12%".
QStringList buildFacts(const assessment::AssessmentView& view);

}  // namespace veldwerk::app
