#include "qml/access/case_closure_controller.h"

#include <QLoggingCategory>

#include "core/domain/case_membership.h"
#include "sync/engine/outbox.h"
#include "sync/engine/sync_state.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcClosure, "veldwerk.closure")
}

CaseClosureController::CaseClosureController(QObject* parent) : QObject(parent) {}

void CaseClosureController::setCaseFile(CaseFileService* caseFile) {
    if (!CaseFileService::follow(this, m_caseFile, caseFile, [this] { refresh(); })) {
        return;
    }
    emit inputsChanged();
    refresh();
}

void CaseClosureController::setCaseId(const QString& caseId) {
    if (m_caseId != caseId) {
        m_caseId = caseId;
        emit inputsChanged();
        refresh();
    }
}

void CaseClosureController::setSync(SyncService* sync) {
    if (m_sync != sync) {
        m_sync = sync;
        emit inputsChanged();
    }
}

QString CaseClosureController::whyNot() const {
    if (m_closed) {
        return tr(
            "Deze casus is gesloten. Hij verdwijnt bij de volgende synchronisatie van "
            "dit apparaat.");
    }
    if (m_role != "jgt") {
        return tr("Alleen een JGT-medewerker van de casus kan de casus sluiten.");
    }
    return {};
}

QString CaseClosureController::consequence() const {
    return tr(
        "Na het sluiten verdwijnt de casus bij de volgende synchronisatie van elk apparaat: "
        "van dit apparaat en van de tablets van de GI-medewerker en de "
        "gedragswetenschapper. Niemand kan er daarna nog iets aan toevoegen. De server "
        "bewaart de casus 20 jaar (de bewaartermijn). Een gesloten casus kan niet weer "
        "geopend worden op een tablet.");
}

void CaseClosureController::refresh() {
    m_role.clear();
    m_closed = false;
    m_unsyncedText.clear();
    if (m_caseFile && m_caseFile->isOpen() && !m_caseId.isEmpty()) {
        try {
            auto& v = *m_caseFile->session().vault();
            const auto found = m_caseFile->findCase(m_caseId);
            m_closed = found && found->closedAtMs.has_value();
            m_role = m_caseFile->roleIn(m_caseId);
            const bool enrolled = sync::SyncState(v.db()).enrolled();
            const auto pending = static_cast<int>(sync::Outbox(v).sizeFor(m_caseId.toStdString()));
            if (!enrolled) {
                m_unsyncedText =
                    tr("Dit apparaat is niet gekoppeld aan een server: de casus blijft op dit "
                       "apparaat tot het gekoppeld is en synchroniseert.");
            } else if (pending > 0) {
                m_unsyncedText =
                    tr("%n wijziging(en) in deze casus zijn nog niet gesynchroniseerd. Ze gaan "
                       "mee bij de volgende synchronisatie, vóór het sluiten; tot dan blijft de "
                       "casus op dit apparaat.",
                       nullptr, pending);
            } else {
                m_unsyncedText = tr("Alles van deze casus is gesynchroniseerd.");
            }
        } catch (const std::exception& e) {
            qCWarning(lcClosure, "case %s: %s", qPrintable(m_caseId), e.what());
        }
    }
    emit changed();
}

bool CaseClosureController::closeCase() {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return false;
    }
    if (!canClose()) {
        m_errorText = whyNot();
        emit changed();
        return false;
    }
    try {
        domain::CaseRepository(*m_caseFile->session().vault())
            .close(m_caseFile->actor(), m_caseId.toStdString());
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcClosure, "case %s: %s", qPrintable(m_caseId), e.what());
        m_errorText = tr("Alleen een JGT-medewerker van de casus kan de casus sluiten.");
        emit changed();
        return false;
    } catch (const std::exception& e) {
        qCWarning(lcClosure, "case %s: %s", qPrintable(m_caseId), e.what());
        m_errorText = tr("Sluiten is niet gelukt: de kluis op dit apparaat gaf een fout.");
        emit changed();
        return false;
    }
    qCInfo(lcClosure, "case %s closed on this device", qPrintable(m_caseId));
    refresh();
    if (m_sync && !m_sync->syncNow()) {
        qCInfo(lcClosure, "no sync now (offline, not enrolled or a round runs); it waits");
    }
    emit caseClosed();
    return true;
}

}  // namespace veldwerk::app
