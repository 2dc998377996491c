// "Meedenken" (issue 13 point 1; domain.md "The pilot's two modes"): a JGT worker asks a GI
// organisation's advice without the family's consent and without anything that identifies the
// family (optionally from a case: the case stays on this device, never in the question); the GI
// professional sees the consultations asked of their organisation and answers them with the
// advice and the minutes it took; once the family consented, the JGT worker links an answered
// consultation to the case. Every step is core's ConsultationService, the same calls as
// `veldwerk-cli consult ask|answer|link`; refusals become Dutch texts, English ids-only logs.
// Asking and answering ask for a sync round at once (CaseFileService::syncWanted): the other
// side waits for it.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QVariantList>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class ConsultationsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    // The case the page was opened from ("" from the case list): a question asked here keeps it
    // as its origin on this device, and only this case's consultations are listed.
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY inputsChanged)
    Q_PROPERTY(QString caseName READ caseName NOTIFY changed)
    Q_PROPERTY(bool canAsk READ canAsk NOTIFY changed)
    Q_PROPERTY(bool canAnswer READ canAnswer NOTIFY changed)
    // [{consultationId, heading, question, asked, advice, answered, linked, answerable,
    //   linkable, linkReason}]; newest first.
    Q_PROPERTY(QVariantList consultations READ consultations NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    // [{value, label}]: the safety questions a consultation can be about.
    Q_PROPERTY(QVariantList topics READ topics CONSTANT)
    // A GI organisation this device knows (its users'), to start the field with.
    Q_PROPERTY(QString suggestedOrg READ suggestedOrg NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit ConsultationsController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& caseId);
    QString caseName() const { return m_caseName; }
    bool canAsk() const { return m_canAsk; }
    bool canAnswer() const { return m_canAnswer; }
    QVariantList consultations() const { return m_consultations; }
    int count() const { return static_cast<int>(m_consultations.size()); }
    QVariantList topics() const;
    QString suggestedOrg() const { return m_suggestedOrg; }
    QString errorText() const { return m_errorText; }

    // Returns the new consultation's id, "" with errorText when refused.
    Q_INVOKABLE QString ask(const QString& toOrg, const QString& question, const QString& about);
    Q_INVOKABLE bool answer(const QString& consultationId, const QString& advice,
                            const QString& minutes);
    Q_INVOKABLE bool link(const QString& consultationId);
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    bool fail(const QString& message);
    // The case a consultation would be linked to: the page's case, else the one it was asked
    // from; "" when neither.
    std::string linkTarget(const std::optional<std::string>& originCase) const;

    QPointer<CaseFileService> m_caseFile;
    QString m_caseId;
    QString m_caseName;
    bool m_canAsk = false;
    bool m_canAnswer = false;
    QVariantList m_consultations;
    QString m_suggestedOrg;
    QString m_errorText;
};

}  // namespace veldwerk::app
