// The case page's course panel (issue 13 points 4 and 5): the reminders of the case (due dates
// passed, a measure's hand-over), the supervisor's concern, the current phase and who holds
// regie, the escalations as dated events with their outcome; a JGT member records a phase change
// and an escalation, and later an escalation's outcome, through core's PhaseService (the same
// calls as `veldwerk-cli case phase`, `case escalate`, `case outcome`). Everything is computed by
// core/followup; the page only shows these texts.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

#include "qml/services/case_file_service.h"

namespace veldwerk::app {

class CaseCourseController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::CaseFileService* caseFile READ caseFile WRITE setCaseFile NOTIFY
                   inputsChanged REQUIRED)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY inputsChanged REQUIRED)
    // Dutch lines: "Evaluatie risicotaxatie verlopen sinds 3 dagen", most overdue first.
    Q_PROPERTY(QStringList reminders READ reminders NOTIFY changed)
    // "Voor de leidinggevende: ..." lines (the judgement did not get better).
    Q_PROPERTY(QStringList concerns READ concerns NOTIFY changed)
    // "Fase: Drang · regie bij JGT Utrecht", or that none is recorded.
    Q_PROPERTY(QString phaseText READ phaseText NOTIFY changed)
    Q_PROPERTY(QString phase READ phase NOTIFY changed)
    Q_PROPERTY(QString regie READ regie NOTIFY changed)
    // [{escalationId, title: "12 november 2026 · Advies Veilig Thuis", detail: "Uitkomst: ... ·
    // vastgelegd door Anna", needsOutcome: no outcome yet and this user records it}], by date.
    Q_PROPERTY(QVariantList escalations READ escalations NOTIFY changed)
    // This user records phase and escalations: a JGT member of the case.
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY changed)
    // [{value, label}]
    Q_PROPERTY(QVariantList phaseOptions READ phaseOptions CONSTANT)
    Q_PROPERTY(QVariantList escalationOptions READ escalationOptions CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit CaseCourseController(QObject* parent = nullptr);

    CaseFileService* caseFile() const { return m_caseFile; }
    void setCaseFile(CaseFileService* caseFile);
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString& caseId);

    QStringList reminders() const { return m_reminders; }
    QStringList concerns() const { return m_concerns; }
    QString phaseText() const { return m_phaseText; }
    QString phase() const { return m_phase; }
    QString regie() const { return m_regie; }
    QVariantList escalations() const { return m_escalations; }
    bool canRecord() const { return m_canRecord; }
    QVariantList phaseOptions() const;
    QVariantList escalationOptions() const;
    QString errorText() const { return m_errorText; }

    // The case's phase and (optionally, blank keeps none) the organisation holding regie.
    Q_INVOKABLE bool setPhase(const QString& phase, const QString& regie);
    // An escalation: kind, date (YYYY-MM-DD), for maatregel_start the expected end, and the
    // outcome when known (blank: not yet).
    Q_INVOKABLE bool escalate(const QString& kind, const QString& date, const QString& expectedEnd,
                              const QString& outcome);
    // The outcome of a recorded escalation, afterwards (as `veldwerk-cli case outcome`).
    Q_INVOKABLE bool setOutcome(const QString& escalationId, const QString& outcome);
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();

private:
    bool fail(const QString& message);

    QPointer<CaseFileService> m_caseFile;
    QString m_caseId;
    QStringList m_reminders;
    QStringList m_concerns;
    QString m_phaseText;
    QString m_phase;
    QString m_regie;
    QVariantList m_escalations;
    bool m_canRecord = false;
    QString m_errorText;
};

}  // namespace veldwerk::app
