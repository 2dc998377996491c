// Controller of the assessment page. Reads the assessment evaluated by the engine, feeds its two
// models (the visible questions and the rules in force) and says what blocks submission; turns
// every input into an answer stored at once (autosave: no save button; typed text is stored
// after a short pause, when another answer is given, when the page closes and before the vault
// locks). Suggestions are only ever taken over on the worker's tap. Justifications for warnings
// are stored the same way as typed text, so submission (now or after a restart) finds them.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <map>
#include <memory>
#include <optional>

#include "qml/models/assessment_form_model.h"
#include "qml/models/assessment_rows.h"
#include "qml/models/group_fields_model.h"
#include "qml/models/rules_model.h"
#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class AssessmentController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(
        QString assessmentId READ assessmentId WRITE setAssessmentId NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(veldwerk::app::AssessmentFormModel* form READ form CONSTANT)
    Q_PROPERTY(veldwerk::app::RulesModel* rules READ rules CONSTANT)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString subjectName READ subjectName NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY changed)
    // While returned: "Teruggestuurd door NAME: COMMENT"; empty otherwise.
    Q_PROPERTY(QString returnNote READ returnNote NOTIFY changed)
    // Answers can be changed (draft or returned).
    Q_PROPERTY(bool editable READ editable NOTIFY changed)
    // [{sectionId, title, row, missing, summary, counts}]
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    Q_PROPERTY(QStringList facts READ facts NOTIFY changed)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY changed)
    // Whether this user's role in the case ever submits (core's lifecycle policy: only a JGT
    // member); a GI co-filler co-signs instead and sees no "Indienen".
    Q_PROPERTY(bool maySubmit READ maySubmit NOTIFY changed)
    // Everything is ready except the GI co-signature, and this user is a JGT member: submitting
    // with a written reason is offered ("Indienen zonder medeondertekening").
    Q_PROPERTY(bool canSubmitWithoutCosign READ canSubmitWithoutCosign NOTIFY changed)
    // The reason as typed in the sheet, and why "Indienen zonder medeondertekening" cannot be
    // tapped with it now ("" when it can).
    Q_PROPERTY(QString withoutCosignReason READ withoutCosignReason WRITE setWithoutCosignReason
                   NOTIFY changed)
    Q_PROPERTY(QString reasonProblem READ reasonProblem NOTIFY changed)
    // What blocks submission now, one Dutch line each.
    Q_PROPERTY(QStringList blockers READ blockers NOTIFY changed)
    // The bottom bar: a headline ("Klaar om in te dienen", "Nog 3 punten …") and the first
    // blockers on one line.
    Q_PROPERTY(QString submitHeadline READ submitHeadline NOTIFY changed)
    Q_PROPERTY(QString blockerSummary READ blockerSummary NOTIFY changed)
    // "Alles is bewaard", "Bezig met bewaren…", or what was not saved.
    Q_PROPERTY(QString saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // Open disagreements ("verschil van inzicht") among the answers.
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY changed)

public:
    explicit AssessmentController(QObject* parent = nullptr);
    ~AssessmentController() override;

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString assessmentId() const { return m_assessmentId; }
    void setAssessmentId(const QString& assessmentId);

    AssessmentFormModel* form() { return &m_form; }
    RulesModel* rules() { return &m_rules; }
    bool loaded() const { return m_view.has_value(); }
    QString title() const;
    QString subjectName() const { return m_subjectName; }
    QString status() const;
    QString statusLabel() const;
    QString returnNote() const;
    bool editable() const;
    QVariantList sections() const { return m_sections; }
    QStringList facts() const { return m_facts; }
    bool canSubmit() const { return m_canSubmit; }
    bool maySubmit() const { return m_maySubmit; }
    bool canSubmitWithoutCosign() const { return m_canSubmitWithoutCosign; }
    QString withoutCosignReason() const { return m_withoutCosignReason; }
    void setWithoutCosignReason(const QString& reason);
    QString reasonProblem() const { return withoutCosignProblem(m_withoutCosignReason); }
    QStringList blockers() const { return m_blockers; }
    QString submitHeadline() const;
    QString blockerSummary() const { return m_blockerSummary; }
    QString saveState() const { return m_saveState; }
    QString errorText() const { return m_errorText; }
    int conflictCount() const;

    // path: an item id, or GROUP/ENTRY/FIELD for a field of a group entry.
    Q_INVOKABLE bool setAnswer(const QString& path, const QString& value);
    Q_INVOKABLE bool toggleOption(const QString& path, const QString& value, bool on);
    // Text as it is typed; stored after a short pause (or earlier, see above).
    Q_INVOKABLE void editText(const QString& path, const QString& text);
    // A date as it is typed: stored once it is a valid YYYY-MM-DD (or empty); `finished` (the
    // field was left) shows why an incomplete one is not stored.
    Q_INVOKABLE void editDate(const QString& path, const QString& text, bool finished);
    Q_INVOKABLE bool addEntry(const QString& group);
    // Sets the answer a rule suggests (for a multi item: adds the value).
    Q_INVOKABLE bool takeSuggestion(const QString& ruleId);
    // A warning's justification as it is typed; stored like typed text (blank: removed).
    Q_INVOKABLE void setJustification(const QString& ruleId, const QString& text);
    // A JGT member picks the answer that stays for an item in disagreement (a side's value or a
    // new one; itemId "justification/RULE": the justification that stays); false with the Dutch
    // reason in errorText.
    Q_INVOKABLE bool resolveConflict(const QString& itemId, const QString& value);
    // Submits with the justifications stored; false with the Dutch reason in errorText.
    Q_INVOKABLE bool submit();
    // Why "Indienen zonder medeondertekening" cannot be tapped with this reason ("" when it can:
    // a JGT member, only the co-signature missing, a reason written).
    Q_INVOKABLE QString withoutCosignProblem(const QString& reason) const;
    // Submits without the GI co-signature, the reason stored with it (the supervisor reads it);
    // false with the Dutch reason in errorText.
    Q_INVOKABLE bool submitWithoutCosign(const QString& reason);
    // Stores text still being typed now.
    Q_INVOKABLE void flush();
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void refresh();

    // Text (answers, justifications) typed and not yet stored (tests).
    bool hasUnsavedText() const {
        return !m_input.typing.empty() || !m_input.justifications.empty();
    }

signals:
    void inputsChanged();
    void changed();
    void saveStateChanged();
    void errorTextChanged();

private:
    bool store(const QString& path, const QString& value);
    bool storeJustification(const QString& ruleId, const QString& text);
    void present();
    std::string storedAnswer(const QString& path) const;
    void setErrorText(const QString& text);
    void setSaveState(const QString& text);

    QPointer<CaseFileService> m_caseFile;
    QString m_assessmentId;
    std::optional<assessment::AssessmentView> m_view;
    UnstoredInput m_input;
    AssessmentFormModel m_form{this};
    RulesModel m_rules{this};
    std::map<QString, std::unique_ptr<GroupFieldsModel>> m_groups;  // by group item id
    QTimer m_typingPause;
    QString m_subjectName;
    QVariantList m_sections;
    QStringList m_facts;
    QStringList m_blockers;
    QString m_blockerSummary;
    bool m_canSubmit = false;
    bool m_maySubmit = false;
    bool m_canSubmitWithoutCosign = false;
    QString m_withoutCosignReason;
    QString m_saveState;
    QString m_errorText;
    ConflictReaders m_readers;
};

}  // namespace veldwerk::app
