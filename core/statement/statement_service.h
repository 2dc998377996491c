// Statements beside an assessment or plan (domain.md "Law and norms": the client's own view is
// added to the record, never a silent edit of the professional's text). A professional records
// what the client or a parent said — who (a person of the case, or a described relation), when,
// in their words — and the GI professional records their disagreement with an assessment the same
// way. A statement may be added whatever the assessment's state (a submitted or approved
// assessment stays as it is; the statement stands beside it). Written through the change record
// (so it syncs), audit-logged, purged with its case.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/actor.h"
#include "core/vault/vault.h"

namespace veldwerk::statement {

struct Statement {
    std::string id;
    std::string caseId;
    std::string assessmentId;
    std::string kind;  // client | gi_disagreement
    std::optional<std::string> personId;
    std::string personName;  // the person's name when personId names one
    std::optional<std::string> relation;
    std::string saidOn;  // YYYY-MM-DD
    std::string text;
    std::string recordedBy;  // user id
    std::string recordedByName;
    std::string recordedRole;
    std::int64_t recordedAtMs = 0;

    // Who said it, for a reader: the person's name, or the described relation, or (a GI
    // disagreement) the recorder.
    std::string saidBy() const;
};

struct StatementInput {
    std::string kind = "client";
    std::optional<std::string> personId;  // client: exactly one of personId, relation
    std::optional<std::string> relation;
    std::optional<std::string> saidOn;  // default: today
    std::string text;
};

// Refused input or role (English, for CLI and logs).
class StatementRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr std::size_t kMaxStatementChars = 20000;

class StatementService {
public:
    explicit StatementService(vault::Vault& vault) : m_vault(vault) {}

    // Any member of the assessment's case records a client statement; only a GI member records
    // the GI's disagreement. Returns the new statement's id.
    std::string record(const domain::Actor& actor, const std::string& assessmentId,
                       const StatementInput& input);
    // The statements beside an assessment, oldest first (audit: one read).
    std::vector<Statement> forAssessment(const domain::Actor& actor,
                                         const std::string& assessmentId);

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::statement
