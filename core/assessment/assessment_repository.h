// Assessments in the vault: the record, its answers (per item, per group entry field, per author
// for perspective items), group entries, warnings' justifications and the lifecycle history. SQL
// only: the guards live in AssessmentService. Every answer and justification write goes through the
// change record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock/hlc.h"
#include "core/vault/vault.h"

namespace veldwerk::assessment {

struct AssessmentRecord {
    std::string id;
    std::string caseId;
    std::string formId;
    int formVersion = 1;
    std::optional<std::string> subjectPersonId;
    std::string status;  // draft | submitted | approved | returned
    std::string createdBy;
    std::int64_t createdAtMs = 0;
    std::optional<std::string> addendumOf;
};

// One stored answer with who wrote it last, in which role, on which device, when.
struct StoredAnswer {
    std::string path;    // "item", or "group/entry/field"
    std::string author;  // perspective items: whose answer; otherwise empty
    std::string value;   // canonical text (forms/answer.h)
    std::int64_t version = 0;
    clock::Hlc hlc;
    std::string byUser;
    std::string byRole;
    std::string device;
    std::int64_t serverVersion = 0;  // 0: not yet synced
};

// A warning's written justification as stored, with who wrote it last.
struct StoredJustification {
    std::string ruleId;  // the repository gives its key ("rt7"); AssessmentService its id ("RT7")
    std::string text;
    clock::Hlc hlc;
    std::string byUser;
    std::string byRole;
    std::string device;
    std::int64_t serverVersion = 0;  // 0: not yet synced
};

struct StoredEntry {
    std::string group;
    std::string entryId;
    std::int64_t position = 0;
};

struct AssessmentEvent {
    std::int64_t seq = 0;
    std::string kind;  // created | submit | cosign | approve | return | reopen
    std::string userId;
    std::string role;
    std::int64_t atMs = 0;
    clock::Hlc hlc;
    std::optional<std::string> comment;
    std::optional<std::string> data;  // JSON, e.g. the justifications given at submission
};

// How the change record names an assessment's form ("risicotaxatie.v1") and an answer field
// ("item", "group/entry/field", or "item@AUTHOR" for a perspective item).
std::string formField(const std::string& formId, int version);
std::string answerField(const std::string& path, const std::string& author);

class AssessmentRepository {
public:
    explicit AssessmentRepository(vault::Vault& vault) : m_vault(vault) {}

    std::string create(const domain::Actor& actor, const AssessmentRecord& record);
    std::optional<AssessmentRecord> find(const std::string& id);
    std::vector<AssessmentRecord> forCase(const std::string& caseId);

    std::vector<StoredAnswer> answers(const std::string& id);
    std::vector<StoredEntry> entries(const std::string& id);
    bool hasEntry(const std::string& id, const std::string& group, const std::string& entryId);
    // Whether any answer or justification of the assessment was ever written by a user in `role`,
    // and the time of the latest such write (for "the co-signature covers the current content").
    bool contributedByRole(const std::string& id, const std::string& role);
    clock::Hlc latestContentWrite(const std::string& id);

    std::vector<StoredJustification> justifications(const std::string& id);
    // The submitter's reason for submitting without the GI co-signature, as the change record
    // holds it (written here or pulled); nullopt when none.
    std::optional<std::string> withoutCosignReason(const std::string& id);
    // Call inside a transaction.
    void writeWithoutCosignReason(const domain::Actor& actor, const std::string& id,
                                  const std::string& text);
    // nullopt text removes the justification. Call inside a transaction.
    void writeJustification(const domain::Actor& actor, const std::string& id,
                            const std::string& ruleId, const std::optional<std::string>& text);

    // nullopt value clears the answer. Call inside a transaction.
    void writeAnswer(const domain::Actor& actor, const std::string& id, const std::string& path,
                     const std::string& author, const std::optional<std::string>& value);
    void addEntry(const domain::Actor& actor, const std::string& id, const std::string& group,
                  const std::string& entryId);
    void setStatus(const domain::Actor& actor, const std::string& id, const std::string& status);
    // Moves the assessment to another version of its form (the answers are the caller's).
    void setFormVersion(const domain::Actor& actor, const std::string& id, int version);
    void appendEvent(const domain::Actor& actor, const std::string& id, const std::string& kind,
                     const std::optional<std::string>& comment,
                     const std::optional<std::string>& data);
    std::vector<AssessmentEvent> events(const std::string& id);
    // The case an assessment belongs to (every write names it).
    std::string caseOf(const std::string& id);

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::assessment
