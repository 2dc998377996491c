// Who may do what to an assessment in which state (instruments.md, "Conventions"):
//   draft -> submitted -> approved | returned;  returned -> draft (on the next edit)
// Only a JGT member submits; a GI member co-signs (also after submission, until approval: the
// co-signature is asked for, never a veto); only a supervisor approves or returns; a
// supervisor never fills answers; an approved assessment is immutable (later information goes
// into an addendum). Pure functions: the service asks, the tests pin them down. A role refusal
// is an access question (the user may never do this); a state refusal is about this moment.
#pragma once

#include <optional>
#include <string>

namespace veldwerk::assessment {

enum class LifecycleAction { Answer, Submit, Cosign, Approve, Return };

// The assessment field holding the submitter's written reason for submitting without the GI
// co-signature (instruments.md: the co-signature is asked for, never a veto). Device and server
// both accept a submission that lacks the co-signature only while this field holds text.
inline constexpr const char* kWithoutCosignReasonField = "without_cosign_reason";

// nullopt when a member with this role may ever do this; otherwise the English reason.
std::optional<std::string> roleRefusal(LifecycleAction action, const std::string& role);

// nullopt when the action is possible in this status; otherwise the English reason.
std::optional<std::string> stateRefusal(LifecycleAction action, const std::string& status);

// The status an answer edit leaves: a returned assessment goes back to draft.
std::string statusAfterEdit(const std::string& status);

}  // namespace veldwerk::assessment
