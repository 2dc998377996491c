#include "qml/family/statements_controller.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QVariantMap>

#include "core/domain/case_membership.h"
#include "core/statement/statement_fields.h"
#include "core/statement/statement_service.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcStatements, "veldwerk.statements")

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

std::optional<std::string> optionalText(const QString& text) {
    const auto t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<std::string>(t.toStdString());
}
}  // namespace

StatementsController::StatementsController(QObject* parent) : QObject(parent) {}

void StatementsController::setCaseFile(CaseFileService* caseFile) {
    if (m_caseFile == caseFile) {
        return;
    }
    if (m_caseFile) {
        disconnect(m_caseFile, nullptr, this, nullptr);
    }
    m_caseFile = caseFile;
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileService::opened, this, &StatementsController::refresh);
        connect(m_caseFile, &CaseFileService::changedBySync, this, &StatementsController::refresh);
        connect(m_caseFile, &CaseFileService::closed, this, &StatementsController::refresh);
        // Another panel of the same assessment (the co-signature's) may record one.
        connect(m_caseFile, &CaseFileService::assessmentChanged, this,
                [this](const QString&, const QString& assessmentId) {
                    if (assessmentId == m_assessmentId) {
                        refresh();
                    }
                });
    }
    emit inputsChanged();
    refresh();
}

void StatementsController::setAssessmentId(const QString& assessmentId) {
    if (m_assessmentId != assessmentId) {
        m_assessmentId = assessmentId;
        emit inputsChanged();
        refresh();
    }
}

void StatementsController::refresh() {
    m_statements.clear();
    m_persons.clear();
    m_canDisagree = false;
    m_canRecord = false;
    m_caseId.clear();
    if (!m_caseFile || !m_caseFile->isOpen() || m_assessmentId.isEmpty()) {
        emit changed();
        return;
    }
    try {
        auto& v = *m_caseFile->session().vault();
        const auto& me = m_caseFile->actor();
        const auto list =
            statement::StatementService(v).forAssessment(me, m_assessmentId.toStdString());
        const auto now = QDateTime::currentMSecsSinceEpoch();
        for (const auto& s : list) {
            const bool gi = s.kind == statement::kGiDisagreementKind;
            const auto by = q(s.saidBy());
            const auto on = wording::dateText(s.saidOn);
            m_statements.append(QVariantMap{
                {QStringLiteral("statementId"), q(s.id)},
                {QStringLiteral("kind"), q(s.kind)},
                {QStringLiteral("disagreement"), gi},
                {QStringLiteral("title"),
                 gi ? tr("%1 (GI) is het niet eens met deze beoordeling, %2").arg(by, on)
                    : tr("Eigen zienswijze van %1, %2").arg(by, on)},
                {QStringLiteral("text"), q(s.text)},
                {QStringLiteral("recorded"),
                 tr("Vastgelegd door %1, %2")
                     .arg(q(s.recordedByName.empty() ? s.recordedBy : s.recordedByName),
                          wording::momentText(s.recordedAtMs, now))}});
        }
        auto st = v.db().prepare("SELECT case_id FROM assessments WHERE id = ?1");
        st.bind(1, m_assessmentId.toStdString());
        if (st.step()) {
            m_caseId = q(st.text(0));
        }
        for (const auto& p : m_caseFile->persons(m_caseId)) {
            m_persons.append(QVariantMap{{QStringLiteral("personId"), q(p.id)},
                                         {QStringLiteral("name"), q(p.name)}});
        }
        // Someone outside the case (a grandmother, a neighbour): named in the relation field.
        m_persons.append(QVariantMap{{QStringLiteral("personId"), QString()},
                                     {QStringLiteral("name"), tr("Iemand anders…")}});
        const auto role = domain::CaseMembership(v).roleOf(m_caseId.toStdString(), me.userId);
        m_canRecord = role.has_value();
        m_canDisagree = role.value_or("") == "gi";
    } catch (const std::exception& e) {
        qCWarning(lcStatements, "assessment %s: %s", qPrintable(m_assessmentId), e.what());
        m_errorText = tr("De zienswijzen konden niet worden gelezen.");
    }
    emit changed();
}

bool StatementsController::recordClient(const QString& personId, const QString& relation,
                                        const QString& saidOn, const QString& text) {
    return record(std::string(statement::kClientKind), personId, relation, saidOn, text);
}

bool StatementsController::recordDisagreement(const QString& text) {
    return record(std::string(statement::kGiDisagreementKind), {}, {}, {}, text);
}

bool StatementsController::record(const std::string& kind, const QString& personId,
                                  const QString& relation, const QString& saidOn,
                                  const QString& text) {
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return false;
    }
    statement::StatementInput in;
    in.kind = kind;
    in.personId = optionalText(personId);
    in.relation = in.personId ? std::nullopt : optionalText(relation);
    in.saidOn = optionalText(saidOn);
    in.text = text.trimmed().toStdString();
    try {
        statement::StatementService(*m_caseFile->session().vault())
            .record(m_caseFile->actor(), m_assessmentId.toStdString(), in);
    } catch (const statement::StatementRefused& e) {
        qCWarning(lcStatements, "statement refused: %s", e.what());
        const std::string why = e.what();
        m_errorText = why.find("GI professional") != std::string::npos
                          ? tr("Alleen de GI-medewerker van de casus legt vast dat de GI het "
                               "niet eens is.")
                      : why.find("needs its text") != std::string::npos
                          ? tr("Schrijf op wat er gezegd is.")
                      : why.find("who said it") != std::string::npos
                          ? tr("Kies wie het zei, of beschrijf wie het was.")
                      : why.find("date") != std::string::npos
                          ? tr("Vul een geldige datum in, niet in de toekomst.")
                          : tr("De zienswijze kon niet worden vastgelegd.");
        emit changed();
        return false;
    } catch (const std::exception& e) {
        qCWarning(lcStatements, "statement: %s", e.what());
        m_errorText = tr("De zienswijze kon niet worden vastgelegd.");
        emit changed();
        return false;
    }
    m_errorText.clear();
    emit m_caseFile->assessmentChanged(m_caseId, m_assessmentId);  // read again here too
    if (kind == statement::kGiDisagreementKind) {
        emit m_caseFile->syncWanted();  // the JGT worker and the supervisor wait for it
    }
    return true;
}

}  // namespace veldwerk::app
