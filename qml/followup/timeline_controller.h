// The timeline of one case, per child (issue 13 point 4; domain.md "Following through"): the
// safety and risk judgement of every risicotaxatie with its date and who judged, the
// veiligheidsplan's scale scores per perspective over time, the agreements of the current plan
// with their dates, and the phase and escalations. Computed by core/followup; here only put into
// Dutch sections of lines (text first, never colour alone).
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class TimelineController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(QString caseName READ caseName NOTIFY changed)
    // [{heading, lines: [{text, detail, attention}]}]; attention lines are also said in words.
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    Q_PROPERTY(QStringList reminders READ reminders NOTIFY changed)

public:
    explicit TimelineController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& caseId);
    QString caseName() const { return m_caseName; }
    QVariantList sections() const { return m_sections; }
    QStringList reminders() const { return m_reminders; }

    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    QPointer<CaseFileService> m_caseFile;
    QString m_caseId;
    QString m_caseName;
    QVariantList m_sections;
    QStringList m_reminders;
};

}  // namespace veldwerk::app
