#include "sync/server/push/lifecycle_event.h"

#include <nlohmann/json.hpp>

namespace veldwerk::sync::server {

namespace {
// A string member; nullopt when absent or null; a member of another type is an error.
std::optional<std::string> text(const nlohmann::json& j, const char* key, bool& wrongType) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        return std::nullopt;
    }
    if (!it->is_string()) {
        wrongType = true;
        return std::nullopt;
    }
    return it->get<std::string>();
}
}  // namespace

std::variant<LifecycleEvent, std::string> parseLifecycleEvent(const std::optional<std::string>& v) {
    if (!v) {
        return std::string("an event is history: it is never removed");
    }
    const auto j = nlohmann::json::parse(*v, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return std::string("an event's data is a JSON object");
    }
    bool wrongType = false;
    LifecycleEvent e;
    e.assessment = text(j, "assessment", wrongType).value_or("");
    e.kind = text(j, "kind", wrongType).value_or("");
    e.user = text(j, "user", wrongType);
    e.role = text(j, "role", wrongType);
    if (wrongType || e.assessment.empty() || e.kind.empty()) {
        return std::string("an event names its assessment and kind as text (user and role too)");
    }
    return e;
}

std::optional<assessment::LifecycleAction> actionOf(const std::string& kind) {
    using assessment::LifecycleAction;
    if (kind == "created" || kind == "reopen") {
        return LifecycleAction::Answer;
    }
    if (kind == "submit") {
        return LifecycleAction::Submit;
    }
    if (kind == "cosign") {
        return LifecycleAction::Cosign;
    }
    if (kind == "approve") {
        return LifecycleAction::Approve;
    }
    if (kind == "return") {
        return LifecycleAction::Return;
    }
    return std::nullopt;
}

}  // namespace veldwerk::sync::server
