// Controller of the statements beside an assessment or plan (core/statement): the client's or a
// parent's own view ("eigen zienswijze": who said it, when, their words) and the GI's recorded
// disagreement, listed wherever the assessment is shown (assessment page, review) and recorded
// here — never an edit of the professional's text.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class StatementsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(
        QString assessmentId READ assessmentId WRITE setAssessmentId NOTIFY inputsChanged REQUIRED)
    // [{statementId, kind, disagreement, title, text, recorded}] in the order they were said;
    // title says who said it and when, recorded who wrote it down.
    Q_PROPERTY(QVariantList statements READ statements NOTIFY changed)
    // Who may have said it: [{personId, name}], the persons of the case, then "someone else"
    // (personId empty).
    Q_PROPERTY(QVariantList persons READ persons NOTIFY changed)
    // Only the GI professional of the case records the GI's disagreement.
    Q_PROPERTY(bool canDisagree READ canDisagree NOTIFY changed)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit StatementsController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString assessmentId() const { return m_assessmentId; }
    void setAssessmentId(const QString& assessmentId);

    QVariantList statements() const { return m_statements; }
    QVariantList persons() const { return m_persons; }
    bool canDisagree() const { return m_canDisagree; }
    bool canRecord() const { return m_canRecord; }
    QString errorText() const { return m_errorText; }

    // The client's or a parent's own view: a person of the case (personId) or, when it was
    // someone else, a described relation; saidOn YYYY-MM-DD ("" = today).
    Q_INVOKABLE bool recordClient(const QString& personId, const QString& relation,
                                  const QString& saidOn, const QString& text);
    Q_INVOKABLE bool recordDisagreement(const QString& text);
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    bool record(const std::string& kind, const QString& personId, const QString& relation,
                const QString& saidOn, const QString& text);

    QPointer<CaseFileService> m_caseFile;
    QString m_assessmentId;
    QString m_caseId;
    QVariantList m_statements;
    QVariantList m_persons;
    bool m_canDisagree = false;
    bool m_canRecord = false;
    QString m_errorText;
};

}  // namespace veldwerk::app
