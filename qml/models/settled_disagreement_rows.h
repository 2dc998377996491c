// A closed disagreement as the supervisor's review shows it (issue 11 point 4): the question,
// every side with its author's full name, role, organisation and time, the value that stands,
// and who chose it and when (or that the sides came to agree). Text throughout, so nothing rests
// on colour; `text` is the whole, for a screen reader.
#pragma once

#include <QVariantList>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/assessment/settled_disagreements.h"

namespace veldwerk::app {

struct PeopleNames {
    std::map<std::string, std::string> names;  // user id -> full name
    std::map<std::string, std::string> orgs;   // user id -> organisation
};

// [{question, sides: [text], chosenText, howText, text}] in the order given.
QVariantList settledDisagreementRows(const std::vector<assessment::SettledDisagreement>& settled,
                                     const PeopleNames& people, std::int64_t nowMs);

}  // namespace veldwerk::app
