#include "sync/server/push/status_transition.h"

#include "core/assessment/lifecycle_policy.h"

namespace veldwerk::sync::server {

using assessment::LifecycleAction;

namespace {

std::optional<std::string> check(LifecycleAction action, const std::string& role,
                                 const std::string& status) {
    if (auto why = assessment::roleRefusal(action, role)) {
        return why;
    }
    return assessment::stateRefusal(action, status);
}

}  // namespace

std::optional<std::string> statusRefusal(const std::string& role,
                                         const std::optional<std::string>& current,
                                         const std::optional<std::string>& next) {
    if (!next) {
        return std::string("an assessment's status cannot be cleared");
    }
    if (*next != "draft" && *next != "submitted" && *next != "approved" && *next != "returned") {
        return std::string("unknown assessment status");
    }
    if (!current) {
        if (*next != "draft") {
            return std::string("a new assessment starts as draft");
        }
        return assessment::roleRefusal(LifecycleAction::Answer, role);
    }
    if (*current == *next) {
        return std::nullopt;  // no transition: the merge finds it unchanged
    }
    if (*next == "draft") {
        // Going back to draft is what editing a returned assessment does.
        if (*current != "returned") {
            return "an assessment that is " + *current + " cannot go back to draft";
        }
        return check(LifecycleAction::Answer, role, *current);
    }
    if (*next == "submitted") {
        return check(LifecycleAction::Submit, role, *current);
    }
    return check(*next == "approved" ? LifecycleAction::Approve : LifecycleAction::Return, role,
                 *current);
}

std::optional<std::string> editRefusal(const std::string& role,
                                       const std::optional<std::string>& status) {
    if (auto why = assessment::roleRefusal(LifecycleAction::Answer, role)) {
        return why;
    }
    return status ? assessment::stateRefusal(LifecycleAction::Answer, *status) : std::nullopt;
}

}  // namespace veldwerk::sync::server
