// A case as one party holds it, in a form the parties can be compared in: every field's value and
// the values of its open conflict's sides (server: its pull of the whole case; tablet: its change
// record and conflict table), and what a user sees of each assessment (answers and live entries).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "core/vault/vault.h"
#include "tests/sync/convergence/loopback_server.h"

namespace veldwerk::testing {

inline constexpr const char* kNull = "<null>";

struct FieldState {
    std::optional<std::string> value;
    std::set<std::string> sides;  // open conflict (a null side as kNull)
    bool operator==(const FieldState&) const = default;
};

// "entity|entityId|field" -> state
using CaseFields = std::map<std::string, FieldState>;

std::string fieldKey(const std::string& entity, const std::string& entityId,
                     const std::string& field);

CaseFields serverFields(LoopbackServer& server, const std::string& caseId);
CaseFields tabletFields(vault::Vault& vault, const std::string& caseId);
// One field as a tablet shows it now (value and open conflict sides).
FieldState tabletField(vault::Vault& vault, const std::string& entity, const std::string& entityId,
                       const std::string& field);

// What the assessment screen shows: "path@author" -> value, and "group/entry" of live entries.
struct AssessmentScreen {
    std::map<std::string, std::string> answers;
    std::set<std::string> entries;
    bool operator==(const AssessmentScreen&) const = default;
};
AssessmentScreen screenOf(vault::Vault& vault, const std::string& assessmentId);

// The first difference between two states, for a failure message ("" when equal).
std::string firstDifference(const CaseFields& expected, const CaseFields& actual);

}  // namespace veldwerk::testing
