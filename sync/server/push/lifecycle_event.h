// A pushed lifecycle `event` (PROTOCOL.md, entity event) as the server checks it. The event's
// value is JSON written by the device; the server trusts none of who it names: `user` and `role`,
// when present, must be the device's user and the role that user has in the case, the assessment
// must be a record of the change's own case, and the kind must be one the user's role may ever
// do (a JGT member never co-signs as GI, a GI member never approves). Devices show the author and
// role the server stored with the change, never the ones inside the value.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "core/assessment/lifecycle_policy.h"

namespace veldwerk::sync::server {

struct LifecycleEvent {
    std::string assessment;
    std::string kind;                 // created | submit | cosign | approve | return | reopen
    std::optional<std::string> user;  // as written by the device
    std::optional<std::string> role;
};

// The event, or the English reason it is not one.
std::variant<LifecycleEvent, std::string> parseLifecycleEvent(const std::optional<std::string>& v);

// The lifecycle action an event kind records; nullopt for a kind the server does not know.
std::optional<assessment::LifecycleAction> actionOf(const std::string& kind);

}  // namespace veldwerk::sync::server
