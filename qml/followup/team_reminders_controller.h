// Above a supervisor's case list: the team's overdue evaluations (risicotaxatie and
// veiligheidsplan) and the cases flagged because the latest judgement did not get better after
// an evaluation date (issue 13 point 4), from core/followup over every case of the team on this
// device. Empty for anyone but a supervisor (a worker sees the reminders per case).
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QVariantList>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class TeamRemindersController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    // [{caseId, caseName, text, concern}]: the flagged cases first, then most overdue.
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    explicit TeamRemindersController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QVariantList items() const { return m_items; }
    int count() const { return static_cast<int>(m_items.size()); }

    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    QPointer<CaseFileService> m_caseFile;
    QVariantList m_items;
};

}  // namespace veldwerk::app
