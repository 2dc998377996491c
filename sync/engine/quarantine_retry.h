// Sending a refused change again, once what it lacked is there (the consent, the membership):
// nothing a user typed is lost, and nothing is resent behind their back. The value is written
// anew on the field's current state (a new local version, this device's user as author, the
// role the refused change had) and waits in the outbox; the quarantine entry goes. Refused
// again, it comes back to the quarantine with the server's new reason.
// Lifecycle steps (an assessment's status, its events) are not retried: the user takes the step
// again through the lifecycle, which checks it anew.
#pragma once

#include <cstdint>
#include <stdexcept>

#include "core/vault/vault.h"

namespace veldwerk::sync {

class QuarantineRetryRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct RetriedChange {
    std::string caseId;
    std::string entity;
    std::string entityId;
    std::string field;
    std::int64_t version = 0;  // the field's new local version
};

// Throws QuarantineRetryRefused (English reason) for an unknown id, a lifecycle step, a change
// another user made, or a case this user is no member of on this device; nothing changes then.
RetriedChange retryQuarantined(vault::Vault& vault, std::int64_t id);

}  // namespace veldwerk::sync
