// The server's second look at an assessment's lifecycle (PROTOCOL.md "Push"): a write of
// `assessment.status` is the transition it names (draft after returned = an edit; submitted,
// approved, returned), checked with the same policy the device uses
// (core/assessment/lifecycle_policy.h) against the role the user has in the case and the
// status the server holds. Pure.
#pragma once

#include <optional>
#include <string>

namespace veldwerk::sync::server {

// nullopt when allowed; otherwise the English reason. `current` nullopt: a new assessment.
std::optional<std::string> statusRefusal(const std::string& role,
                                         const std::optional<std::string>& current,
                                         const std::optional<std::string>& next);

// Whether answers and the assessment's own fields may change in this status (nullopt: they
// may); a role check is separate. `status` nullopt: not known yet (a new assessment).
std::optional<std::string> editRefusal(const std::string& role,
                                       const std::optional<std::string>& status);

}  // namespace veldwerk::sync::server
