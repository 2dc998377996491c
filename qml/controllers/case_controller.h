// Controller of the case page: the family's name, the instruments that can be started here (with
// for whom each is filled in), and starting one. The page keeps only layout and bindings.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class CaseController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(QString caseName READ caseName NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    // [{formId, title, forWhom, subjectRole ("kind" | "ouder" | "")}], child instruments first.
    Q_PROPERTY(QVariantList instruments READ instruments NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit CaseController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& caseId);

    QString caseName() const { return m_caseName; }
    bool found() const { return m_found; }
    QVariantList instruments() const { return m_instruments; }
    QString errorText() const { return m_errorText; }

    // "Voor welk kind?" / "Voor welke ouder?" for a per-person instrument; "" for one filled in
    // for the whole case.
    Q_INVOKABLE QString subjectQuestion(const QString& formId) const;
    Q_INVOKABLE QString instrumentTitle(const QString& formId) const;
    // The people an instrument can be filled in for: [{personId, name, detail}]; empty for an
    // instrument filled in for the whole case.
    Q_INVOKABLE QVariantList subjectsFor(const QString& formId) const;
    // Starts an assessment; returns its id, or "" with the reason in errorText.
    Q_INVOKABLE QString start(const QString& formId, const QString& subjectId = {});
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();
    void errorTextChanged();

private:
    void setErrorText(const QString& text);

    QPointer<CaseFileService> m_caseFile;
    QString m_caseId;
    QString m_caseName;
    bool m_found = false;
    QVariantList m_instruments;
    QString m_errorText;
};

}  // namespace veldwerk::app
