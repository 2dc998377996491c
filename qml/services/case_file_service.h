// The case file of the open vault as the app works on it: a case's people and assessments, and
// every assessment change (start, answer, add an entry, justify a warning, submit). The one place
// the app writes assessments: each write goes through core's AssessmentService (which commits it to
// the vault at once) and is announced with assessmentChanged, so every model showing it reads it
// again. Failures never escape: each command returns an Outcome with a Dutch message for the screen
// and logs English with ids only (answers and names are client data and stay out of logs).
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_repository.h"
#include "core/domain/person_repository.h"
#include "core/forms/registry.h"
#include "qml/services/vault_session.h"

namespace veldwerk::app {

// What a list of assessments shows, without evaluating each one.
struct AssessmentSummary {
    assessment::AssessmentRecord record;
    std::int64_t lastChangeMs = 0;
    int openConflicts = 0;  // answers and justifications in disagreement ("verschil van inzicht")
    // While returned: the supervisor's comment and who wrote it (user id).
    std::string returnComment;
    std::string returnedBy;
};

class CaseFileService : public QObject {
    Q_OBJECT
    // A type for QML properties; the app's one instance is published by main.cpp as the
    // singleton CaseFile, never created by QML.
    QML_ELEMENT
    QML_UNCREATABLE("CaseFileService is created once by the app; use CaseFile")

public:
    // The result of a command: ok with a value (a new id, the stored answer), or a Dutch message.
    struct Outcome {
        bool ok = false;
        QString value;
        QString message;
    };

    CaseFileService(VaultSession& session, const forms::FormRegistry& forms,
                    QObject* parent = nullptr);

    // Points a view-model's `current` at `next`: the old service's signals to it are dropped, and
    // `refresh` runs whenever the vault opens, closes or a sync changed it. False when `next` was
    // already the one (nothing to do).
    static bool follow(QObject* viewModel, QPointer<CaseFileService>& current,
                       CaseFileService* next, const std::function<void()>& refresh);

    VaultSession& session() { return *m_session; }
    const forms::FormRegistry& forms() const { return m_forms; }
    bool isOpen() const;
    // The user this device acts for; only valid while open.
    const domain::Actor& actor() const;

    // Reads: empty results while locked or when the vault cannot be read (logged).
    std::optional<domain::CaseRecord> findCase(const QString& caseId);
    std::vector<domain::PersonRecord> persons(const QString& caseId);
    std::vector<AssessmentSummary> assessments(const QString& caseId);
    // Names of the users this device knows, by id (who said what in a disagreement).
    std::map<std::string, std::string> userNames();
    // Their organisations, by id (users without one are left out).
    std::map<std::string, std::string> userOrgs();
    // The name of a user this device knows, else their id (who did what, in audit and review).
    QString userName(const std::string& userId);
    // This user's role in a case ("jgt", "gi", "supervisor"), empty when not a member.
    std::string roleIn(const QString& caseId);
    // The assessment evaluated now; nullopt with a Dutch `problem` when it cannot be read.
    std::optional<assessment::AssessmentView> view(const QString& assessmentId,
                                                   QString* problem = nullptr);

    // Commands. Each success emits assessmentChanged (create: with the new id).
    Outcome create(const QString& caseId, const QString& formId, const QString& subjectId);
    Outcome setAnswer(const QString& assessmentId, const QString& path, const QString& value);
    Outcome addEntry(const QString& assessmentId, const QString& group);
    // A warning's written justification as typed (blank text removes it): stored in the vault
    // and synced like an answer.
    Outcome setJustification(const QString& assessmentId, const QString& ruleId,
                             const QString& text);
    // Submits with the justifications stored. `withoutCosignReason`: why a JGT member submits
    // although the GI co-signature is missing (the co-signature is asked for, never a veto);
    // blank when it is not missing.
    Outcome submit(const QString& assessmentId, const QString& withoutCosignReason = {});
    // The GI member co-signs (core's lifecycle checks role and status: until approval, also
    // after submission); then syncWanted, so the JGT worker and the supervisor see it soon.
    Outcome cosign(const QString& assessmentId);
    // A JGT member of the case resolves an item's disagreement with `value` (one of the sides,
    // or a new answer): the same core path as `veldwerk-cli conflict resolve`, an ordinary write
    // on the conflict's version that the next sync pushes as its resolution. `itemId`
    // "justification/RULE": a disagreement about a warning's justification.
    Outcome resolveConflict(const QString& assessmentId, const QString& itemId,
                            const QString& value);
    // A supervisor's review of a submitted assessment (core's lifecycle checks role and status).
    Outcome approve(const QString& assessmentId);
    // The comment is required: the worker reads it on their device after sync.
    Outcome returnToWorker(const QString& assessmentId, const QString& comment);
    // A case the JGT worker opens on this device (they become its JGT member); value: its id.
    Outcome addCase(const QString& name);

signals:
    void opened();
    // The vault is about to close: store what is pending (it is still open).
    void closing();
    // Then: drop everything shown from it (emitted right after closing, before the vault goes).
    void closed();
    void assessmentChanged(const QString& caseId, const QString& assessmentId);
    // A change others wait for was stored (a co-signature, a consultation asked or answered):
    // SyncService starts a round at once when it can.
    void syncWanted();
    // A sync round changed the vault (other professionals' work, new or purged cases): read
    // everything shown again.
    void changedBySync();

private:
    assessment::AssessmentService service();
    QString caseOf(const QString& assessmentId);

    QPointer<VaultSession> m_session;
    const forms::FormRegistry& m_forms;
};

}  // namespace veldwerk::app
