// What of an instrument the family's own copy may show (issue 14.2): a declared list per
// instrument version of the items — and of a group's fields — that are the family's to read:
// the plan's agreements and a finished assessment's conclusion. Everything else is
// professional-only (the signs checklists, factors, sources, scores, flags, rule ids) and never
// reaches the document: the builder reads answers only through familySafe(), which copies the
// listed items and nothing else. A new instrument version shows nothing to the family until it is
// declared here (tests check every listed item exists in its definition).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/forms/answer.h"

namespace veldwerk::family {

struct FamilyItem {
    std::string item;
    std::vector<std::string> fields;  // a group: the entry fields the family may read
};

// The declared selection of FORMID version VERSION; empty when none is declared.
const std::vector<FamilyItem>& familySelection(std::string_view formId, int version);

// The answers the family may read: only the declared items (and group fields); perspective
// answers (scores per author) never.
forms::AnswerSet familySafe(std::string_view formId, int version, const forms::AnswerSet& answers);

}  // namespace veldwerk::family
