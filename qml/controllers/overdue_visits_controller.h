// A supervisor's overdue visits of the team (worker, family, since when, last check-in
// position), as the last sync brought them (PROTOCOL.md "Visits": the pull's `overdue` list,
// kept in the vault's sync state). Shown above the supervisor's case list; read again after
// every sync. Empty for anyone else (the server sends the list to supervisors only).
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <functional>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class OverdueVisitsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    // [{visitId, caseId, worker, caseName, sinceText, positionText, alert, alertText}],
    // alerts first, then longest overdue.
    Q_PROPERTY(QVariantList visits READ visits NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    explicit OverdueVisitsController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QVariantList visits() const { return m_visits; }
    int count() const { return static_cast<int>(m_visits.size()); }

    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    QPointer<CaseFileService> m_caseFile;
    QVariantList m_visits;
};

}  // namespace veldwerk::app
