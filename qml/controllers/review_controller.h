// Controller of the supervisor's review: the queue of submitted assessments of the team on this
// device in review order (review_order.h: risk before waiting time), each with its flags, written
// justifications, disagreements that were resolved and whether the GI colleague co-signed;
// approving or returning one with a comment; and the whole assessment read-only with who answered
// what. Reads go through CaseFileService; the page keeps only layout and bindings.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class ReviewController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    // [{assessmentId, caseId, caseName, title, subjectName, safety, safetyText, riskText,
    //   flags: [text], justifications: [text], cosignText, cosigned, withoutCosign (submitted
    //   without the GI co-signature: cosignText says so with the reason), submittedBy, waitingText,
    //   resolved: [{question, sides: [text], chosenText, howText, text}]} in review order
    //   (resolved: the closed disagreements, settled_disagreement_rows.h).
    Q_PROPERTY(QVariantList queue READ queue NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit ReviewController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QVariantList queue() const { return m_queue; }
    int count() const { return static_cast<int>(m_queue.size()); }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE bool approve(const QString& assessmentId);
    Q_INVOKABLE bool returnWithComment(const QString& assessmentId, const QString& comment);
    // The whole assessment read-only: [{question, answer, who}] in the form's order, answered
    // questions only; who: "Anna (JGT-medewerker), 3 maart om 14:02".
    Q_INVOKABLE QVariantList answersOf(const QString& assessmentId) const;
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    QPointer<CaseFileService> m_caseFile;
    QVariantList m_queue;
    QString m_errorText;
};

}  // namespace veldwerk::app
