#include "qml/controllers/review_controller.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QVariantMap>
#include <map>

#include "core/assessment/settled_disagreements.h"
#include "core/domain/case_repository.h"
#include "qml/controllers/case_team_controller.h"
#include "qml/models/review_order.h"
#include "qml/models/settled_disagreement_rows.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcReview, "veldwerk.review")

std::string answerOf(const assessment::AssessmentView& view, const std::string& item) {
    for (const auto& a : view.stored) {
        if (a.path == item && a.author.empty()) {
            return a.value;
        }
    }
    return {};
}

QString optionText(const assessment::AssessmentView& view, const std::string& item,
                   const std::string& value) {
    if (value.empty()) {
        return {};
    }
    const auto* found = view.definition->item(item);
    return found ? wording::optionLabel(found->options, value) : QString::fromStdString(value);
}
}  // namespace

ReviewController::ReviewController(QObject* parent) : QObject(parent) {}

void ReviewController::setCaseFile(CaseFileService* caseFile) {
    if (!CaseFileService::follow(this, m_caseFile, caseFile, [this] { refresh(); })) {
        return;
    }
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileService::assessmentChanged, this, &ReviewController::refresh);
    }
    emit inputsChanged();
    refresh();
}

void ReviewController::refresh() {
    m_queue.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        emit changed();
        return;
    }
    std::vector<ReviewPriority> priorities;
    QVariantList rows;
    try {
        auto& v = *m_caseFile->session().vault();
        const auto now = QDateTime::currentMSecsSinceEpoch();
        const PeopleNames people{m_caseFile->userNames(), m_caseFile->userOrgs()};
        for (const auto& c : domain::CaseRepository(v).list(m_caseFile->actor())) {
            const QString caseId = QString::fromStdString(c.id);
            std::map<std::string, std::string> personNames;
            for (const auto& p : m_caseFile->persons(caseId)) {
                personNames[p.id] = p.name;
            }
            for (const auto& summary : m_caseFile->assessments(caseId)) {
                if (summary.record.status != "submitted") {
                    continue;
                }
                const QString id = QString::fromStdString(summary.record.id);
                const auto view = m_caseFile->view(id);
                if (!view || view->definition == nullptr) {
                    continue;
                }
                ReviewPriority priority;
                priority.safety = answerOf(*view, "oordeel_veiligheid");
                priority.risk = answerOf(*view, "oordeel_risico");
                QStringList flags;
                for (const auto& rule : view->evaluation.rules) {
                    if (rule.has(forms::EffectKind::Flag)) {
                        ++priority.flags;
                        flags << QStringLiteral("%1: %2").arg(QString::fromStdString(rule.id()),
                                                              wording::nl(rule.rule->message));
                    }
                }
                QString submittedBy;
                bool cosigned = false;
                QString cosigner;
                for (const auto& e : view->events) {
                    if (e.kind == "submit") {
                        priority.submittedAtMs = e.atMs;
                        submittedBy = m_caseFile->userName(e.userId);
                    } else if (e.kind == "cosign") {
                        cosigned = true;
                        cosigner = m_caseFile->userName(e.userId);
                    }
                }
                QStringList justifications;
                for (const auto& j : view->justifications) {
                    justifications
                        << QStringLiteral("%1: %2 (%3)")
                               .arg(QString::fromStdString(j.ruleId),
                                    QString::fromStdString(j.text), m_caseFile->userName(j.byUser));
                }
                QString cosignText;
                if (cosigned && !view->needsCosign) {
                    cosignText = tr("Medeondertekend door de GI-medewerker (%1).").arg(cosigner);
                } else if (assessment::submittedWithoutCosign(*view)) {
                    // "ingediend zonder medeondertekening GI", with the submitter's reason.
                    const auto reason =
                        QString::fromStdString(view->withoutCosignReason.value_or(""));
                    cosignText =
                        reason.isEmpty()
                            ? tr("Ingediend zonder medeondertekening GI.")
                            : tr("Ingediend zonder medeondertekening GI. Reden: %1").arg(reason);
                } else if (view->needsCosign) {
                    cosignText = tr("Niet medeondertekend door de GI-medewerker.");
                } else {
                    cosignText = tr("Geen GI-bijdrage: medeondertekening niet nodig.");
                }
                const auto subject = summary.record.subjectPersonId
                                         ? personNames[*summary.record.subjectPersonId]
                                         : std::string();
                const QString safetyText = optionText(*view, "oordeel_veiligheid", priority.safety);
                rows.append(QVariantMap{
                    {QStringLiteral("assessmentId"), id},
                    {QStringLiteral("caseId"), caseId},
                    {QStringLiteral("caseName"), QString::fromStdString(c.name)},
                    {QStringLiteral("title"), wording::nl(view->definition->title())},
                    {QStringLiteral("subjectName"), QString::fromStdString(subject)},
                    {QStringLiteral("safety"), QString::fromStdString(priority.safety)},
                    {QStringLiteral("safetyText"),
                     safetyText.isEmpty() ? tr("Geen veiligheidsoordeel") : safetyText},
                    {QStringLiteral("riskText"),
                     priority.risk.empty()
                         ? QString()
                         : tr("Risico: %1")
                               .arg(optionText(*view, "oordeel_risico", priority.risk))},
                    {QStringLiteral("flags"), flags},
                    {QStringLiteral("justifications"), justifications},
                    {QStringLiteral("resolved"),
                     settledDisagreementRows(assessment::settledDisagreements(
                                                 v.db(), *view->definition, summary.record.id),
                                             people, now)},
                    {QStringLiteral("cosigned"), cosigned && !view->needsCosign},
                    {QStringLiteral("cosignText"), cosignText},
                    {QStringLiteral("withoutCosign"), assessment::submittedWithoutCosign(*view)},
                    {QStringLiteral("submittedBy"), submittedBy},
                    {QStringLiteral("waitingText"),
                     tr("Ingediend %1 door %2")
                         .arg(wording::momentText(priority.submittedAtMs, now), submittedBy)}});
                priorities.push_back(priority);
            }
        }
    } catch (const std::exception& e) {
        qCWarning(lcReview, "cannot read the review queue: %s", e.what());
    }
    for (const auto index : reviewOrder(priorities)) {
        m_queue.append(rows.at(static_cast<qsizetype>(index)));
    }
    emit changed();
}

bool ReviewController::approve(const QString& assessmentId) {
    if (!m_caseFile) {
        return false;
    }
    const auto outcome = m_caseFile->approve(assessmentId);
    m_errorText = outcome.message;
    emit changed();
    return outcome.ok;
}

bool ReviewController::returnWithComment(const QString& assessmentId, const QString& comment) {
    if (!m_caseFile) {
        return false;
    }
    const auto outcome = m_caseFile->returnToWorker(assessmentId, comment);
    m_errorText = outcome.message;
    emit changed();
    return outcome.ok;
}

QVariantList ReviewController::answersOf(const QString& assessmentId) const {
    QVariantList out;
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return out;
    }
    const auto view = m_caseFile->view(assessmentId);
    if (!view || view->definition == nullptr) {
        return out;
    }
    try {
        const auto now = QDateTime::currentMSecsSinceEpoch();
        for (const auto& item : view->definition->items()) {
            for (const auto& a : view->stored) {
                const auto slash = a.path.find('/');
                const auto itemId = slash == std::string::npos ? a.path : a.path.substr(0, slash);
                if (itemId != item.id || a.value.empty()) {
                    continue;
                }
                QString answer;
                if (slash == std::string::npos) {
                    answer = wording::answerText(item.type, item.options, a.value);
                } else {
                    const auto* field = item.field(a.path.substr(a.path.rfind('/') + 1));
                    answer = field ? wording::answerText(field->type, field->options, a.value)
                                   : QString::fromStdString(a.value);
                }
                out.append(QVariantMap{
                    {QStringLiteral("question"), wording::nl(item.label)},
                    {QStringLiteral("answer"), answer},
                    {QStringLiteral("who"),
                     tr("%1 (%2), %3")
                         .arg(m_caseFile->userName(a.byUser), memberRoleText(a.byRole),
                              wording::momentText(static_cast<std::int64_t>(a.hlc.wallMs), now))}});
            }
        }
    } catch (const std::exception& e) {
        qCWarning(lcReview, "cannot read assessment %s: %s", qPrintable(assessmentId), e.what());
    }
    return out;
}

}  // namespace veldwerk::app
