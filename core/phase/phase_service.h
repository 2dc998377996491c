// A case's course (issue 13 point 5; domain.md "Regie"): its phase (vrijwillig, drang, maatregel,
// nazorg), the organisation that holds regie, and escalations as dated events with an outcome.
// Only a JGT member of the case records them (the JGT keeps regie; the server checks again).
// Every field goes through the change record, so it syncs like answers, and every access is
// audit-logged.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/domain/actor.h"
#include "core/vault/vault.h"

namespace veldwerk::phase {

struct Escalation {
    std::string id;
    std::string kind;                        // phase_fields.h isEscalationKind
    std::string date;                        // YYYY-MM-DD
    std::optional<std::string> expectedEnd;  // maatregel_start: the measure's expected end
    std::optional<std::string> outcome;
    std::string recordedBy;  // user id
};

struct CaseCourse {
    std::string caseId;
    std::optional<std::string> phase;
    std::optional<std::string> regie;
    std::vector<Escalation> escalations;  // by date, then id
};

// The course as the vault holds it; no access check, no audit (callers do both).
CaseCourse readCourse(vault::Database& db, const std::string& caseId);

class PhaseService {
public:
    explicit PhaseService(vault::Vault& vault) : m_vault(vault) {}

    // Throws domain::AccessDenied (not a JGT member) or std::invalid_argument (a value).
    void setPhase(const domain::Actor& actor, const std::string& caseId, const std::string& phase,
                  const std::optional<std::string>& regie);
    std::string escalate(const domain::Actor& actor, const std::string& caseId,
                         const Escalation& escalation);
    // The outcome of a recorded escalation (known later than the event, often).
    void setOutcome(const domain::Actor& actor, const std::string& escalationId,
                    const std::string& outcome);
    // Any member of the case reads it.
    CaseCourse course(const domain::Actor& actor, const std::string& caseId);

private:
    void requireJgt(const domain::Actor& actor, const std::string& caseId);
    void write(const domain::Actor& actor, const std::string& caseId, const std::string& entity,
               const std::string& id, const std::string& field,
               const std::optional<std::string>& value);

    vault::Vault& m_vault;
};

}  // namespace veldwerk::phase
