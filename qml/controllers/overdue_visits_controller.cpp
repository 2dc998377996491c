#include "qml/controllers/overdue_visits_controller.h"

#include <QDateTime>
#include <QVariantMap>
#include <algorithm>

#include "qml/services/dutch_wording.h"
#include "qml/services/visit_wording.h"
#include "sync/engine/overdue_list.h"

namespace veldwerk::app {

OverdueVisitsController::OverdueVisitsController(QObject* parent) : QObject(parent) {}

void OverdueVisitsController::setCaseFile(CaseFileService* caseFile) {
    if (m_caseFile == caseFile) {
        return;
    }
    if (m_caseFile) {
        disconnect(m_caseFile, nullptr, this, nullptr);
    }
    m_caseFile = caseFile;
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileService::opened, this, &OverdueVisitsController::refresh);
        connect(m_caseFile, &CaseFileService::changedBySync, this,
                &OverdueVisitsController::refresh);
        connect(m_caseFile, &CaseFileService::closed, this, [this] {
            m_visits.clear();
            emit changed();
        });
    }
    emit inputsChanged();
    refresh();
}

void OverdueVisitsController::refresh() {
    m_visits.clear();
    if (m_caseFile && m_caseFile->isOpen()) {
        try {
            auto list = sync::overdueVisits(m_caseFile->session().vault()->db());
            std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
                return std::pair(a.alertAt == 0, a.since) < std::pair(b.alertAt == 0, b.since);
            });
            const auto now = QDateTime::currentMSecsSinceEpoch();
            for (const auto& v : list) {
                QString caseName = tr("een casus die niet op dit apparaat staat");
                if (const auto found = m_caseFile->findCase(QString::fromStdString(v.caseId))) {
                    caseName = wording::fromUtf8(found->name);
                }
                QString position = tr("Nog geen check-in ontvangen");
                if (const auto stamp = visit::decodeStamp(v.lastCheckin)) {
                    position = tr("Laatste check-in: %1").arg(wording::stampText(*stamp, now));
                }
                m_visits.append(
                    QVariantMap{{QStringLiteral("visitId"), wording::fromUtf8(v.visitId)},
                                {QStringLiteral("caseId"), wording::fromUtf8(v.caseId)},
                                {QStringLiteral("worker"), wording::fromUtf8(v.workerName)},
                                {QStringLiteral("caseName"), caseName},
                                {QStringLiteral("sinceText"),
                                 v.alertAt != 0 ? tr("Gestart %1, verwacht klaar om %2")
                                                      .arg(wording::momentText(v.startedAt, now),
                                                           wording::clockText(v.expectedEnd))
                                                : tr("Te laat sinds %1 (verwacht klaar om %2)")
                                                      .arg(wording::momentText(v.since, now),
                                                           wording::clockText(v.expectedEnd))},
                                {QStringLiteral("positionText"), position},
                                {QStringLiteral("alert"), v.alertAt != 0},
                                {QStringLiteral("alertText"),
                                 v.alertAt != 0 ? tr("%1 vroeg om hulp, %2")
                                                      .arg(wording::fromUtf8(v.alertBy),
                                                           wording::momentText(v.alertAt, now))
                                                : QString()}});
            }
        } catch (const std::exception& e) {
            qWarning("visit: the overdue list cannot be read: %s", e.what());
        }
    }
    emit changed();
}

}  // namespace veldwerk::app
