// The GI co-signature of one assessment, as the assessment page shows it (instruments.md
// "Conventions", domain.md "Regie": asked for, never a veto). For the GI member of the case
// who worked in it: "Medeondertekenen" while core allows it (role gi, not approved, answers not
// yet covered by a co-signature); for everyone: who co-signed and when, or that it was submitted
// without the co-signature and the submitter's reason. Co-signing goes through
// CaseFileService::cosign (core's AssessmentService::cosign, as `veldwerk-cli assessment
// cosign`), which asks for a sync round at once. The GI's disagreement is a statement beside the
// assessment (StatementsController), not part of this.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class CosignController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(
        QString assessmentId READ assessmentId WRITE setAssessmentId NOTIFY inputsChanged REQUIRED)
    // What there is to say about the co-signature ("" when nothing: no GI contribution and this
    // user is no GI member).
    Q_PROPERTY(QString text READ text NOTIFY changed)
    // This user is the case's GI member (the co-signature and the disagreement are theirs).
    Q_PROPERTY(bool giMember READ giMember NOTIFY changed)
    // "Medeondertekenen" may be tapped now.
    Q_PROPERTY(bool canCosign READ canCosign NOTIFY changed)
    Q_PROPERTY(bool cosigned READ cosigned NOTIFY changed)
    // Submitted (or reviewed) without the co-signature (core's submittedWithoutCosign).
    Q_PROPERTY(bool submittedWithout READ submittedWithout NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit CosignController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString assessmentId() const { return m_assessmentId; }
    void setAssessmentId(const QString& assessmentId);

    QString text() const { return m_text; }
    bool giMember() const { return m_giMember; }
    bool canCosign() const { return m_canCosign; }
    bool cosigned() const { return m_cosigned; }
    bool submittedWithout() const { return m_submittedWithout; }
    QString errorText() const { return m_errorText; }

    // False with the Dutch reason in errorText.
    Q_INVOKABLE bool cosign();
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    QPointer<CaseFileService> m_caseFile;
    QString m_assessmentId;
    QString m_text;
    bool m_giMember = false;
    bool m_canCosign = false;
    bool m_cosigned = false;
    bool m_submittedWithout = false;
    QString m_errorText;
};

}  // namespace veldwerk::app
