// Anonymous consultation, "meedenken" (domain.md "The pilot's two modes"): a JGT worker asks a
// GI organisation's advice on a case without the family's consent and without anything that
// identifies the family; a GI professional of that organisation answers with the time it took;
// when the family later consents, the JGT worker links the consultation to the case and from then
// it is part of the case record. The case it came from (`--case` when asking) stays on the
// asker's device only (origin_case, never a field). Every field goes through the change record
// (so it syncs like answers) and every access is audit-logged (entity `consultation`, under the
// linked case once there is one).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/vault/vault.h"

namespace veldwerk::consultation {

struct ConsultationRecord {
    std::string id;
    std::string toOrg;
    std::string question;
    std::string about;
    std::int64_t askedAtMs = 0;
    std::string askedBy;
    std::string advice;
    std::optional<std::int64_t> answeredAtMs;
    std::string answeredBy;
    std::optional<std::int64_t> minutes;
    std::optional<std::string> caseLink;    // set once linked (with consent)
    std::optional<std::string> originCase;  // this device only: the case it came from

    bool answered() const { return answeredAtMs.has_value(); }
};

struct ConsultationAsk {
    std::string toOrg;
    std::string question;
    std::string about = "anders";
    std::optional<std::string> originCase;
};

// A step this consultation or this user cannot take (the reason in English).
class ConsultationRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ConsultationService {
public:
    explicit ConsultationService(vault::Vault& vault) : m_vault(vault) {}

    // A JGT professional asks; the question may not hold a record id. Returns the new id.
    std::string ask(const domain::Actor& actor, const ConsultationAsk& request);
    // A GI professional answers with the advice and the minutes it took (0..1440).
    void answer(const domain::Actor& actor, const std::string& id, const std::string& advice,
                int minutes);
    // A JGT member of the case links it, only while the case has a GI consent in force.
    void link(const domain::Actor& actor, const std::string& id, const std::string& caseId);

    ConsultationRecord find(const domain::Actor& actor, const std::string& idOrPrefix);
    std::vector<ConsultationRecord> list(const domain::Actor& actor);
    std::vector<ConsultationRecord> forCase(const domain::Actor& actor, const std::string& caseId);

private:
    std::string resolveId(const std::string& idOrPrefix);
    ConsultationRecord load(const std::string& id);
    void write(const domain::Actor& actor, const std::string& id, const std::string& field,
               const std::optional<std::string>& value);
    void audit(const domain::Actor& actor, audit::AuditAction action, const ConsultationRecord& c);

    vault::Vault& m_vault;
};

}  // namespace veldwerk::consultation
