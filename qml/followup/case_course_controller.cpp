#include "qml/followup/case_course_controller.h"

#include <QDate>
#include <QLoggingCategory>
#include <QVariantMap>

#include "core/domain/case_membership.h"
#include "core/phase/phase_service.h"
#include "qml/followup/case_follow_up.h"
#include "qml/followup/follow_up_wording.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcCourse, "veldwerk.course")

std::optional<std::string> optionalText(const QString& text) {
    const auto trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(trimmed.toStdString());
}

bool isDate(const QString& text) {
    return QDate::fromString(text.trimmed(), Qt::ISODate).isValid() && text.trimmed().size() == 10;
}
}  // namespace

CaseCourseController::CaseCourseController(QObject* parent) : QObject(parent) {}

void CaseCourseController::setCaseFile(CaseFileService* caseFile) {
    if (CaseFileService::follow(this, m_caseFile, caseFile, [this] { refresh(); })) {
        emit inputsChanged();
        refresh();
    }
}

void CaseCourseController::setCaseId(const QString& caseId) {
    if (m_caseId != caseId) {
        m_caseId = caseId;
        emit inputsChanged();
        refresh();
    }
}

QVariantList CaseCourseController::phaseOptions() const {
    return wording::phaseOptions();
}

QVariantList CaseCourseController::escalationOptions() const {
    return wording::escalationOptions();
}

void CaseCourseController::clearError() {
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        emit changed();
    }
}

bool CaseCourseController::fail(const QString& message) {
    m_errorText = message;
    emit changed();
    return false;
}

void CaseCourseController::refresh() {
    m_reminders.clear();
    m_concerns.clear();
    m_escalations.clear();
    m_phase.clear();
    m_regie.clear();
    m_phaseText.clear();
    m_canRecord = false;
    const auto f = m_caseFile ? readFollowUp(*m_caseFile, m_caseId) : std::nullopt;
    if (f) {
        m_canRecord = m_caseFile->roleIn(m_caseId) == "jgt";
        for (const auto& r : f->reminders) {
            m_reminders.append(wording::reminderText(r));
        }
        for (const auto& c : f->concerns) {
            Q_UNUSED(c);
            m_concerns.append(
                tr("Het laatste oordeel is na de evaluatiedatum niet beter dan het "
                   "oordeel ervoor."));
        }
        m_phase = wording::fromUtf8(f->phase);
        m_regie = wording::fromUtf8(f->regie);
        if (f->phase.empty()) {
            m_phaseText = tr("Fase nog niet vastgelegd");
        } else if (f->regie.empty()) {
            m_phaseText = tr("Fase: %1").arg(wording::phaseLabel(f->phase));
        } else {
            m_phaseText = tr("Fase: %1 · regie bij %2")
                              .arg(wording::phaseLabel(f->phase), wording::fromUtf8(f->regie));
        }
        for (const auto& e : f->escalations) {
            QStringList detail;
            if (e.expectedEnd) {
                detail << tr("verwacht einde %1").arg(wording::dateText(e.expectedEnd->toString()));
            }
            detail << (e.outcome.empty() ? tr("uitkomst nog niet vastgelegd")
                                         : tr("uitkomst: %1").arg(wording::fromUtf8(e.outcome)));
            detail << tr("vastgelegd door %1").arg(m_caseFile->userName(e.recordedBy));
            m_escalations.append(QVariantMap{
                {QStringLiteral("escalationId"), wording::fromUtf8(e.id)},
                {QStringLiteral("title"), tr("%1 · %2").arg(wording::dateText(e.date.toString()),
                                                            wording::escalationLabel(e.kind))},
                {QStringLiteral("detail"), detail.join(QStringLiteral(" · "))},
                // "Uitkomst vastleggen": known later than the event, often.
                {QStringLiteral("needsOutcome"), m_canRecord && e.outcome.empty()}});
        }
    }
    emit changed();
}

bool CaseCourseController::setPhase(const QString& phase, const QString& regie) {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return fail(tr("De kluis is vergrendeld."));
    }
    if (phase.isEmpty()) {
        return fail(tr("Kies een fase."));
    }
    try {
        phase::PhaseService(*m_caseFile->session().vault())
            .setPhase(m_caseFile->actor(), m_caseId.toStdString(), phase.toStdString(),
                      optionalText(regie));
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcCourse, "case %s: phase refused: %s", qPrintable(m_caseId), e.what());
        return fail(tr("Alleen de JGT-medewerker van de casus legt de fase vast."));
    } catch (const std::exception& e) {
        qCWarning(lcCourse, "case %s: phase not stored: %s", qPrintable(m_caseId), e.what());
        return fail(tr("De fase kon niet worden vastgelegd."));
    }
    refresh();
    return true;
}

bool CaseCourseController::escalate(const QString& kind, const QString& date,
                                    const QString& expectedEnd, const QString& outcome) {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return fail(tr("De kluis is vergrendeld."));
    }
    if (kind.isEmpty()) {
        return fail(tr("Kies wat er gebeurde."));
    }
    if (!isDate(date)) {
        return fail(tr("Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-07."));
    }
    if (!expectedEnd.trimmed().isEmpty() && !isDate(expectedEnd)) {
        return fail(tr("Schrijf het verwachte einde als JJJJ-MM-DD, of laat het leeg."));
    }
    phase::Escalation event;
    event.kind = kind.toStdString();
    event.date = date.trimmed().toStdString();
    event.expectedEnd = optionalText(expectedEnd);
    event.outcome = optionalText(outcome);
    try {
        phase::PhaseService(*m_caseFile->session().vault())
            .escalate(m_caseFile->actor(), m_caseId.toStdString(), event);
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcCourse, "case %s: escalation refused: %s", qPrintable(m_caseId), e.what());
        return fail(tr("Alleen de JGT-medewerker van de casus legt een escalatie vast."));
    } catch (const std::exception& e) {
        qCWarning(lcCourse, "case %s: escalation not stored: %s", qPrintable(m_caseId), e.what());
        return fail(
            tr("De escalatie kon niet worden vastgelegd. Past het verwachte einde bij "
               "de start van een maatregel?"));
    }
    refresh();
    return true;
}

bool CaseCourseController::setOutcome(const QString& escalationId, const QString& outcome) {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return fail(tr("De kluis is vergrendeld."));
    }
    if (outcome.trimmed().isEmpty()) {
        return fail(tr("Schrijf de uitkomst op."));
    }
    try {
        // The same call as `veldwerk-cli case outcome ESCALATION TEXT`.
        phase::PhaseService(*m_caseFile->session().vault())
            .setOutcome(m_caseFile->actor(), escalationId.toStdString(),
                        outcome.trimmed().toStdString());
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcCourse, "escalation %s: outcome refused: %s", qPrintable(escalationId),
                  e.what());
        return fail(tr("Alleen de JGT-medewerker van de casus legt de uitkomst vast."));
    } catch (const std::exception& e) {
        qCWarning(lcCourse, "escalation %s: outcome not stored: %s", qPrintable(escalationId),
                  e.what());
        return fail(tr("De uitkomst kon niet worden vastgelegd. Is hij korter dan 2000 tekens?"));
    }
    refresh();
    return true;
}

}  // namespace veldwerk::app
