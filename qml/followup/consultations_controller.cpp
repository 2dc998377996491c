#include "qml/followup/consultations_controller.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QVariantMap>

#include "core/consultation/consultation_service.h"
#include "core/domain/case_membership.h"
#include "core/domain/consent_repository.h"
#include "core/domain/user_repository.h"
#include "qml/followup/follow_up_wording.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcConsult, "veldwerk.consultation")
}  // namespace

ConsultationsController::ConsultationsController(QObject* parent) : QObject(parent) {}

void ConsultationsController::setCaseFile(CaseFileService* caseFile) {
    if (CaseFileService::follow(this, m_caseFile, caseFile, [this] { refresh(); })) {
        emit inputsChanged();
        refresh();
    }
}

void ConsultationsController::setCaseId(const QString& caseId) {
    if (m_caseId != caseId) {
        m_caseId = caseId;
        emit inputsChanged();
        refresh();
    }
}

QVariantList ConsultationsController::topics() const {
    return wording::topicOptions();
}

void ConsultationsController::clearError() {
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        emit changed();
    }
}

bool ConsultationsController::fail(const QString& message) {
    m_errorText = message;
    emit changed();
    return false;
}

std::string ConsultationsController::linkTarget(
    const std::optional<std::string>& originCase) const {
    if (!m_caseId.isEmpty()) {
        return m_caseId.toStdString();
    }
    return originCase.value_or(std::string());
}

void ConsultationsController::refresh() {
    m_consultations.clear();
    m_caseName.clear();
    m_canAsk = false;
    m_canAnswer = false;
    m_suggestedOrg.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        emit changed();
        return;
    }
    try {
        auto& vault = *m_caseFile->session().vault();
        const auto& actor = m_caseFile->actor();
        m_canAsk = actor.role == "jgt";
        m_canAnswer = actor.role == "gi";
        if (!m_caseId.isEmpty()) {
            if (const auto found = m_caseFile->findCase(m_caseId)) {
                m_caseName = wording::fromUtf8(found->name);
            }
        }
        for (const auto& u : domain::UserRepository(vault).list()) {
            if (u.role == "gi" && u.org && m_suggestedOrg.isEmpty()) {
                m_suggestedOrg = wording::fromUtf8(*u.org);
            }
        }
        const auto now = QDateTime::currentMSecsSinceEpoch();
        domain::ConsentRepository consents(vault);
        domain::CaseMembership members(vault);
        for (const auto& c : consultation::ConsultationService(vault).list(actor)) {
            const auto here = m_caseId.toStdString();
            if (!here.empty() && c.originCase != here && c.caseLink != here) {
                continue;  // opened from a case: that case's consultations only
            }
            QStringList asked{tr("Gevraagd %1").arg(wording::momentText(c.askedAtMs, now))};
            if (!c.askedBy.empty()) {
                asked << tr("door %1").arg(m_caseFile->userName(c.askedBy));
            }
            QString answered = tr("Wacht op antwoord van de GI");
            if (c.answered()) {
                answered = tr("Beantwoord %1 door %2, %3 minuten")
                               .arg(wording::momentText(*c.answeredAtMs, now),
                                    m_caseFile->userName(c.answeredBy))
                               .arg(c.minutes.value_or(0));
            }
            QString linked;
            bool linkable = false;
            QString linkReason;
            if (c.caseLink) {
                const auto found = m_caseFile->findCase(wording::fromUtf8(*c.caseLink));
                linked = found ? tr("Hoort bij de casus %1").arg(wording::fromUtf8(found->name))
                               : tr("Hoort bij een casus");
            } else if (m_canAsk) {
                const auto target = linkTarget(c.originCase);
                if (!c.answered()) {
                    linkReason = tr("Koppelen aan de casus kan zodra de GI heeft geantwoord.");
                } else if (target.empty()) {
                    linkReason = tr("Open meedenken vanuit de casus om het te koppelen.");
                } else if (members.roleOf(target, actor.userId) != "jgt") {
                    linkReason = tr("Alleen de JGT-medewerker van de casus koppelt het.");
                } else if (!consents.inForce(target, "gi")) {
                    linkReason =
                        tr("Koppelen kan pas als het gezin toestemming heeft gegeven "
                           "voor de GI (Gezin, toestemming en team).");
                } else {
                    linkable = true;
                }
            }
            m_consultations.append(QVariantMap{
                {QStringLiteral("consultationId"), wording::fromUtf8(c.id)},
                {QStringLiteral("heading"),
                 tr("Aan %1 · %2").arg(wording::fromUtf8(c.toOrg), wording::topicLabel(c.about))},
                {QStringLiteral("question"), wording::fromUtf8(c.question)},
                {QStringLiteral("asked"), asked.join(QLatin1Char(' '))},
                {QStringLiteral("advice"), c.answered() ? wording::fromUtf8(c.advice) : QString()},
                {QStringLiteral("answered"), answered},
                {QStringLiteral("linked"), linked},
                {QStringLiteral("answerable"), m_canAnswer && !c.answered()},
                {QStringLiteral("linkable"), linkable},
                {QStringLiteral("linkReason"), linkReason}});
        }
    } catch (const std::exception& e) {
        qCWarning(lcConsult, "the consultations cannot be read: %s", e.what());
    }
    emit changed();
}

QString ConsultationsController::ask(const QString& toOrg, const QString& question,
                                     const QString& about) {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        fail(tr("De kluis is vergrendeld."));
        return {};
    }
    if (toOrg.trimmed().isEmpty()) {
        fail(tr("Schrijf bij welke GI-organisatie je het vraagt."));
        return {};
    }
    if (question.trimmed().isEmpty()) {
        fail(tr("Schrijf je vraag op."));
        return {};
    }
    consultation::ConsultationAsk request;
    request.toOrg = toOrg.trimmed().toStdString();
    request.question = question.trimmed().toStdString();
    request.about = about.isEmpty() ? std::string("anders") : about.toStdString();
    if (!m_caseId.isEmpty()) {
        request.originCase = m_caseId.toStdString();
    }
    std::string id;
    try {
        id = consultation::ConsultationService(*m_caseFile->session().vault())
                 .ask(m_caseFile->actor(), request);
    } catch (const consultation::ConsultationRefused& e) {
        qCWarning(lcConsult, "ask refused: %s", e.what());
        fail(
            tr("De vraag mag het gezin niet herkenbaar maken: laat namen, geboortedata, "
               "adressen en nummers weg."));
        return {};
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcConsult, "ask refused: %s", e.what());
        fail(tr("Alleen een JGT-medewerker vraagt om meedenken."));
        return {};
    } catch (const std::exception& e) {
        qCWarning(lcConsult, "ask not stored: %s", e.what());
        fail(tr("De vraag kon niet worden vastgelegd. Is hij korter dan 8000 tekens?"));
        return {};
    }
    refresh();
    emit m_caseFile->syncWanted();  // so it reaches the GI professional's tablet soon
    return wording::fromUtf8(id);
}

bool ConsultationsController::answer(const QString& consultationId, const QString& advice,
                                     const QString& minutes) {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return fail(tr("De kluis is vergrendeld."));
    }
    if (advice.trimmed().isEmpty()) {
        return fail(tr("Schrijf je advies op."));
    }
    bool ok = false;
    const int n = minutes.trimmed().toInt(&ok);
    if (!ok || n < 0 || n > 1440) {
        return fail(tr("Schrijf de bestede tijd in hele minuten (0 tot 1440)."));
    }
    try {
        consultation::ConsultationService(*m_caseFile->session().vault())
            .answer(m_caseFile->actor(), consultationId.toStdString(),
                    advice.trimmed().toStdString(), n);
    } catch (const consultation::ConsultationRefused& e) {
        qCWarning(lcConsult, "answer to %s refused: %s", qPrintable(consultationId), e.what());
        return fail(tr("Het advies mag geen nummers van dossiers of personen bevatten."));
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcConsult, "answer to %s refused: %s", qPrintable(consultationId), e.what());
        return fail(tr("Alleen een GI-medewerker beantwoordt een vraag om meedenken."));
    } catch (const std::exception& e) {
        qCWarning(lcConsult, "answer to %s not stored: %s", qPrintable(consultationId), e.what());
        return fail(tr("Het advies kon niet worden vastgelegd."));
    }
    refresh();
    emit m_caseFile->syncWanted();  // the JGT worker waits for the advice
    return true;
}

bool ConsultationsController::link(const QString& consultationId) {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return fail(tr("De kluis is vergrendeld."));
    }
    try {
        consultation::ConsultationService service(*m_caseFile->session().vault());
        const auto c = service.find(m_caseFile->actor(), consultationId.toStdString());
        const auto target = linkTarget(c.originCase);
        if (target.empty()) {
            return fail(tr("Open meedenken vanuit de casus om het te koppelen."));
        }
        service.link(m_caseFile->actor(), c.id, target);
    } catch (const consultation::ConsultationRefused& e) {
        qCWarning(lcConsult, "link of %s refused: %s", qPrintable(consultationId), e.what());
        return fail(tr("Koppelen kan pas als het gezin toestemming heeft gegeven voor de GI."));
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcConsult, "link of %s refused: %s", qPrintable(consultationId), e.what());
        return fail(tr("Alleen de JGT-medewerker van de casus koppelt het."));
    } catch (const std::exception& e) {
        qCWarning(lcConsult, "link of %s failed: %s", qPrintable(consultationId), e.what());
        return fail(tr("Koppelen is niet gelukt."));
    }
    refresh();
    return true;
}

}  // namespace veldwerk::app
