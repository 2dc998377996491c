#include "qml/followup/team_reminders_controller.h"

#include <QVariantMap>
#include <algorithm>

#include "core/domain/case_repository.h"
#include "qml/followup/case_follow_up.h"
#include "qml/followup/follow_up_wording.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

TeamRemindersController::TeamRemindersController(QObject* parent) : QObject(parent) {}

void TeamRemindersController::setCaseFile(CaseFileService* caseFile) {
    if (CaseFileService::follow(this, m_caseFile, caseFile, [this] { refresh(); })) {
        emit inputsChanged();
        refresh();
    }
}

void TeamRemindersController::refresh() {
    m_items.clear();
    if (!m_caseFile || !m_caseFile->isOpen() || m_caseFile->actor().role != "supervisor") {
        emit changed();
        return;
    }
    struct Item {
        QString caseId, caseName, text;
        bool concern = false;
        int days = 0;
    };
    std::vector<Item> items;
    try {
        auto& vault = *m_caseFile->session().vault();
        const auto& actor = m_caseFile->actor();
        for (const auto& c : domain::CaseRepository(vault).list(actor)) {
            if (c.closedAtMs) {
                continue;
            }
            const auto f = readListedFollowUp(vault, actor, c.id);
            if (!f) {
                continue;
            }
            const auto id = wording::fromUtf8(c.id);
            const auto name = wording::fromUtf8(c.name);
            for (const auto& concern : f->concerns) {
                Q_UNUSED(concern);
                items.push_back({id, name,
                                 tr("Oordeel niet beter na de evaluatie: bespreek deze casus"),
                                 true, 0});
            }
            for (const auto& r : f->reminders) {
                if (r.kind == "risicotaxatie_evaluatie" || r.kind == "veiligheidsplan_evaluatie") {
                    items.push_back({id, name, wording::reminderText(r), false, r.daysOverdue});
                }
            }
        }
    } catch (const std::exception& e) {
        qWarning("followup: the team's reminders cannot be read: %s", e.what());
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return std::pair(!a.concern, -a.days) < std::pair(!b.concern, -b.days);
    });
    for (const auto& i : items) {
        m_items.append(QVariantMap{{QStringLiteral("caseId"), i.caseId},
                                   {QStringLiteral("caseName"), i.caseName},
                                   {QStringLiteral("text"), i.text},
                                   {QStringLiteral("concern"), i.concern}});
    }
    emit changed();
}

}  // namespace veldwerk::app
