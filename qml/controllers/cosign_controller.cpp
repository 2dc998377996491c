#include "qml/controllers/cosign_controller.h"

#include <QDateTime>

#include "core/assessment/lifecycle_policy.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

CosignController::CosignController(QObject* parent) : QObject(parent) {}

void CosignController::setCaseFile(CaseFileService* caseFile) {
    if (CaseFileService::follow(this, m_caseFile, caseFile, [this] { refresh(); })) {
        if (!m_caseFile) {
            emit inputsChanged();
            refresh();
            return;
        }
        connect(m_caseFile, &CaseFileService::assessmentChanged, this,
                [this](const QString&, const QString& assessmentId) {
                    if (assessmentId == m_assessmentId) {
                        refresh();
                    }
                });
        emit inputsChanged();
        refresh();
    }
}

void CosignController::setAssessmentId(const QString& assessmentId) {
    if (m_assessmentId != assessmentId) {
        m_assessmentId = assessmentId;
        m_errorText.clear();
        emit inputsChanged();
        refresh();
    }
}

void CosignController::refresh() {
    m_text.clear();
    m_giMember = false;
    m_canCosign = false;
    m_cosigned = false;
    m_submittedWithout = false;
    const auto view = m_caseFile && m_caseFile->isOpen() && !m_assessmentId.isEmpty()
                          ? m_caseFile->view(m_assessmentId)
                          : std::nullopt;
    if (!view) {
        emit changed();
        return;
    }
    const auto& status = view->record.status;
    m_giMember = m_caseFile->roleIn(wording::fromUtf8(view->record.caseId)) == "gi";
    m_canCosign = m_giMember && view->needsCosign &&
                  !assessment::roleRefusal(assessment::LifecycleAction::Cosign, "gi") &&
                  !assessment::stateRefusal(assessment::LifecycleAction::Cosign, status);
    m_submittedWithout = assessment::submittedWithoutCosign(*view);
    // The co-signature that counts: the latest, when no answer came after it.
    const assessment::AssessmentEvent* cosign = nullptr;
    for (const auto& e : view->events) {
        if (e.kind == "cosign" && e.role == "gi") {
            cosign = &e;
        }
    }
    m_cosigned = cosign != nullptr && !view->needsCosign;
    const auto now = QDateTime::currentMSecsSinceEpoch();
    if (m_cosigned) {
        m_text =
            tr("Medeondertekend door %1 (GI), %2.")
                .arg(m_caseFile->userName(cosign->userId), wording::momentText(cosign->atMs, now));
    } else if (m_submittedWithout) {
        const auto reason = wording::fromUtf8(view->withoutCosignReason.value_or(""));
        m_text = reason.isEmpty()
                     ? tr("Ingediend zonder medeondertekening GI.")
                     : tr("Ingediend zonder medeondertekening GI. Reden: %1").arg(reason);
        if (m_canCosign) {
            m_text += QLatin1Char(' ') +
                      tr("Je kunt nog medeondertekenen, of vastleggen dat je het niet eens bent.");
        }
    } else if (m_canCosign) {
        m_text =
            tr("Je hebt meegewerkt aan deze taxatie. De JGT-medewerker vraagt je "
               "medeondertekening; ben je het niet eens, leg dan je zienswijze vast.");
    } else if (m_giMember && status == "approved") {
        m_text =
            tr("Goedgekeurd: medeondertekenen kan niet meer. Je zienswijze vastleggen kan "
               "nog wel.");
    } else if (m_giMember) {
        m_text =
            tr("Je hebt niets ingevuld in deze taxatie: medeondertekenen is niet nodig. "
               "Ben je het niet eens, leg dan je zienswijze vast.");
    }
    emit changed();
}

bool CosignController::cosign() {
    if (!m_caseFile) {
        return false;
    }
    const auto outcome = m_caseFile->cosign(m_assessmentId);
    m_errorText = outcome.message;  // a success was read again through assessmentChanged
    emit changed();
    return outcome.ok;
}

}  // namespace veldwerk::app
