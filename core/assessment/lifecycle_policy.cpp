#include "core/assessment/lifecycle_policy.h"

namespace veldwerk::assessment {

std::optional<std::string> roleRefusal(LifecycleAction action, const std::string& role) {
    switch (action) {
        case LifecycleAction::Answer:
            if (role != "jgt" && role != "gi") {
                return "only the JGT and GI professionals of the case fill in answers; a " + role +
                       " does not";
            }
            return std::nullopt;
        case LifecycleAction::Submit:
            if (role != "jgt") {
                return std::string(
                    "only a JGT member of the case submits an assessment (the case stays with "
                    "the JGT)");
            }
            return std::nullopt;
        case LifecycleAction::Cosign:
            if (role != "gi") {
                return std::string("only a GI member of the case co-signs");
            }
            return std::nullopt;
        case LifecycleAction::Approve:
        case LifecycleAction::Return:
            if (role != "supervisor") {
                return std::string("only a supervisor of the case reviews assessments");
            }
            return std::nullopt;
    }
    return std::string("unknown action");
}

std::optional<std::string> stateRefusal(LifecycleAction action, const std::string& status) {
    switch (action) {
        case LifecycleAction::Answer:
            if (status == "approved") {
                return std::string(
                    "the assessment is approved and can no longer change; add an addendum");
            }
            if (status == "submitted") {
                return std::string(
                    "the assessment is submitted and waits for review; it can change again "
                    "after the supervisor returns it");
            }
            return std::nullopt;
        case LifecycleAction::Submit:
            if (status != "draft" && status != "returned") {
                return "an assessment that is " + status + " cannot be submitted";
            }
            return std::nullopt;
        case LifecycleAction::Cosign:
            // Asked for, never a veto: a co-signature may still follow a submission.
            if (status == "approved") {
                return std::string("an approved assessment can no longer be co-signed");
            }
            return std::nullopt;
        case LifecycleAction::Approve:
        case LifecycleAction::Return:
            if (status != "submitted") {
                return "only a submitted assessment can be reviewed; this one is " + status;
            }
            return std::nullopt;
    }
    return std::string("unknown action");
}

std::string statusAfterEdit(const std::string& status) {
    return status == "returned" ? "draft" : status;
}

}  // namespace veldwerk::assessment
