// Home visits (domain.md "A home visit, step by step"): a professional of the case starts a
// visit (offline is fine), the other professional joins it on their own tablet, each with their
// own check-in and check-out position (or the reason there is none); the expected end can be
// extended and an alert ("ik heb hulp nodig") recorded; ending is refused while a require rule
// that blocks `visit_close` (RT3) is unmet in an assessment edited during the visit. Every field
// goes through the change record (so it syncs like answers) and every access is audit-logged.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/forms/registry.h"
#include "core/vault/vault.h"
#include "core/visit/position_stamp.h"
#include "core/visit/visit_close_check.h"

namespace veldwerk::visit {

constexpr int kDefaultExpectMinutes = 90;

struct VisitProfessional {
    std::string userId;
    std::optional<PositionStamp> checkin;
    std::optional<PositionStamp> checkout;
    std::optional<std::int64_t> alertAtMs;
};

struct VisitRecord {
    std::string id;
    std::string caseId;
    std::optional<std::int64_t> plannedAtMs;
    std::int64_t startedAtMs = 0;
    std::string startedBy;
    std::int64_t expectedEndMs = 0;
    std::optional<std::int64_t> endedAtMs;
    std::vector<std::string> present;  // person ids of the case
    std::string others;                // others present, free text
    std::vector<std::string> instruments;
    std::vector<VisitProfessional> professionals;

    bool running() const { return !endedAtMs.has_value(); }
    const VisitProfessional* professional(const std::string& userId) const;
    std::optional<std::int64_t> firstAlertMs() const;
};

struct VisitStart {
    std::string caseId;
    int expectMinutes = kDefaultExpectMinutes;
    std::vector<std::string> present;  // person ids of the case
    std::string others;
    std::optional<std::int64_t> plannedAtMs;
    PositionStamp position;  // atMs is set by the service
};

// A visit that cannot be ended yet: the rules that block it and what would meet them.
class VisitCloseRefused : public std::runtime_error {
public:
    VisitCloseRefused(const std::string& what, std::vector<CloseBlocker> blockers)
        : std::runtime_error(what), m_blockers(std::move(blockers)) {}
    const std::vector<CloseBlocker>& blockers() const { return m_blockers; }

private:
    std::vector<CloseBlocker> m_blockers;
};

// A visit that cannot take this step (already ended, not joined, ...).
class VisitRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class VisitService {
public:
    VisitService(vault::Vault& vault, const forms::FormRegistry& forms)
        : m_vault(vault), m_forms(forms) {}

    std::string start(const domain::Actor& actor, const VisitStart& request);
    void join(const domain::Actor& actor, const std::string& id, PositionStamp position);
    // Throws VisitCloseRefused naming the rules (RT3) that block closing.
    void end(const domain::Actor& actor, const std::string& id, PositionStamp position);
    std::vector<CloseBlocker> closeBlockers(const domain::Actor& actor, const std::string& id);
    void alert(const domain::Actor& actor, const std::string& id);
    // Moves the expected end to `minutes` after the later of now and the current expected end.
    std::int64_t extend(const domain::Actor& actor, const std::string& id, int minutes);

    VisitRecord find(const domain::Actor& actor, const std::string& idOrPrefix);
    std::vector<VisitRecord> forCase(const domain::Actor& actor, const std::string& caseId);
    // The visit the actor is on now (checked in, not ended), if any.
    std::optional<VisitRecord> current(const domain::Actor& actor);

private:
    std::string resolveId(const std::string& idOrPrefix);
    VisitRecord load(const std::string& id);
    void requireProfessional(const domain::Actor& actor, const std::string& caseId);
    void write(const domain::Actor& actor, const VisitRecord& v, const std::string& field,
               const std::optional<std::string>& value);
    PositionStamp stamped(PositionStamp position);

    vault::Vault& m_vault;
    const forms::FormRegistry& m_forms;
};

}  // namespace veldwerk::visit
