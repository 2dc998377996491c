#include "qml/followup/timeline_controller.h"

#include <QVariantMap>
#include <map>

#include "core/followup/case_facts.h"
#include "qml/followup/case_follow_up.h"
#include "qml/followup/follow_up_wording.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
QVariantMap line(const QString& text, const QString& detail, bool attention = false) {
    return {{QStringLiteral("text"), text},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("attention"), attention}};
}

QVariantMap section(const QString& heading, const QVariantList& lines) {
    return {{QStringLiteral("heading"), heading}, {QStringLiteral("lines"), lines}};
}

QString date(const forms::Date& d) {
    return wording::dateText(d.toString());
}
}  // namespace

TimelineController::TimelineController(QObject* parent) : QObject(parent) {}

void TimelineController::setCaseFile(CaseFileService* caseFile) {
    if (CaseFileService::follow(this, m_caseFile, caseFile, [this] { refresh(); })) {
        emit inputsChanged();
        refresh();
    }
}

void TimelineController::setCaseId(const QString& caseId) {
    if (m_caseId != caseId) {
        m_caseId = caseId;
        emit inputsChanged();
        refresh();
    }
}

void TimelineController::refresh() {
    m_sections.clear();
    m_reminders.clear();
    m_caseName.clear();
    const auto f = m_caseFile ? readFollowUp(*m_caseFile, m_caseId) : std::nullopt;
    if (!f) {
        emit changed();
        return;
    }
    if (const auto found = m_caseFile->findCase(m_caseId)) {
        m_caseName = wording::fromUtf8(found->name);
    }
    std::map<std::string, QString> childNames;
    for (const auto& p : m_caseFile->persons(m_caseId)) {
        childNames[p.id] = wording::fromUtf8(p.name);
    }
    for (const auto& r : f->reminders) {
        m_reminders.append(wording::reminderText(r));
    }

    // The judgements, per child in the order the timeline has them (oldest first).
    std::vector<std::string> children;
    std::map<std::string, QVariantList> perChild;
    for (const auto& j : f->timeline) {
        if (!perChild.count(j.childId)) {
            children.push_back(j.childId);
        }
        QStringList detail{tr("beoordeeld door %1").arg(m_caseFile->userName(j.judgedBy)),
                           wording::statusLabel(j.status).toLower()};
        if (j.evaluationDate) {
            detail << tr("evaluatie %1").arg(date(*j.evaluationDate));
        }
        perChild[j.childId].append(
            line(tr("%1: %2").arg(date(j.date), wording::judgementText(j.veiligheid, j.risico)),
                 detail.join(QStringLiteral(" · ")), j.veiligheid == "onveilig"));
    }
    for (const auto& child : children) {
        const auto name = childNames.find(child);
        m_sections.append(section(name != childNames.end()
                                      ? tr("Oordelen risicotaxatie over %1").arg(name->second)
                                      : tr("Oordelen risicotaxatie"),
                                  perChild[child]));
    }
    if (children.empty()) {
        m_sections.append(section(tr("Oordelen risicotaxatie"),
                                  {line(tr("Nog geen risicotaxatie met een oordeel."), {})}));
    }

    // The scale scores, one line per perspective with its scores in time.
    std::vector<std::string> perspectives;
    std::map<std::string, QStringList> scores;
    for (const auto& s : f->scores) {
        if (!scores.count(s.perspective)) {
            perspectives.push_back(s.perspective);
        }
        scores[s.perspective].append(tr("%1 op %2").arg(s.score).arg(date(s.date)));
    }
    QVariantList scoreLines;
    for (const auto& p : perspectives) {
        const auto who = p == "ouders" ? tr("De ouders") : m_caseFile->userName(p);
        scoreLines.append(line(who, scores[p].join(QStringLiteral(" → "))));
    }
    if (scoreLines.isEmpty()) {
        scoreLines.append(line(tr("Nog geen scores op de schaalvraag."), {}));
    }
    m_sections.append(section(tr("Schaalscores veiligheidsplan (0 tot 10)"), scoreLines));

    // The current plan's agreements, with their dates.
    QVariantList agreements;
    if (f->currentPlan) {
        const auto today = followup::localDate(m_caseFile->session().vault()->wallClock().nowMs());
        for (const auto& a : f->currentPlan->agreements) {
            QStringList detail;
            if (!a.wie.empty()) {
                detail << tr("wie: %1").arg(wording::fromUtf8(a.wie));
            }
            bool late = false;
            if (a.wanneer) {
                late = a.wanneer->daysSinceEpoch() < today.daysSinceEpoch();
                detail << (late ? tr("uiterlijk %1, verlopen").arg(date(*a.wanneer))
                                : tr("uiterlijk %1").arg(date(*a.wanneer)));
            } else {
                detail << tr("geen datum");
            }
            if (!a.controle.empty()) {
                detail << tr("controle: %1").arg(wording::fromUtf8(a.controle));
            }
            agreements.append(
                line(wording::fromUtf8(a.wat), detail.join(QStringLiteral(" · ")), late));
        }
        if (f->currentPlan->evaluationDate) {
            agreements.append(
                line(tr("Evaluatie van het plan"), date(*f->currentPlan->evaluationDate)));
        }
    }
    if (agreements.isEmpty()) {
        agreements.append(line(tr("Geen afspraken in het huidige veiligheidsplan."), {}));
    }
    m_sections.append(section(tr("Afspraken van het huidige veiligheidsplan"), agreements));

    // Phase and escalations.
    QVariantList course;
    course.append(
        line(f->phase.empty() ? tr("Fase nog niet vastgelegd")
                              : tr("Fase: %1").arg(wording::phaseLabel(f->phase)),
             f->regie.empty() ? QString() : tr("regie bij %1").arg(wording::fromUtf8(f->regie))));
    for (const auto& e : f->escalations) {
        QStringList detail;
        if (e.expectedEnd) {
            detail << tr("verwacht einde %1").arg(date(*e.expectedEnd));
        }
        detail << (e.outcome.empty() ? tr("uitkomst nog niet vastgelegd")
                                     : tr("uitkomst: %1").arg(wording::fromUtf8(e.outcome)));
        detail << tr("vastgelegd door %1").arg(m_caseFile->userName(e.recordedBy));
        course.append(line(tr("%1: %2").arg(date(e.date), wording::escalationLabel(e.kind)),
                           detail.join(QStringLiteral(" · "))));
    }
    m_sections.append(section(tr("Fase en escalaties"), course));
    emit changed();
}

}  // namespace veldwerk::app
