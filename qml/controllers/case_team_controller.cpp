#include "qml/controllers/case_team_controller.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QVariantMap>
#include <algorithm>
#include <set>

#include "core/domain/case_membership.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "qml/access/emergency_access_controller.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcCaseTeam, "veldwerk.caseteam")

std::string utf8(const QString& text) {
    return text.trimmed().toStdString();
}

QString entityText(const std::string& entity, const std::string& action) {
    const bool created = action == "create";
    const bool deleted = action == "delete";
    if (entity == "case") {
        return created ? CaseTeamController::tr("Casus aangemaakt")
                       : CaseTeamController::tr("Casus gewijzigd");
    }
    if (entity == "person") {
        return created ? CaseTeamController::tr("Persoon toegevoegd")
                       : CaseTeamController::tr("Persoon gewijzigd");
    }
    if (entity == "consent") {
        return created ? CaseTeamController::tr("Toestemming vastgelegd")
                       : CaseTeamController::tr("Toestemming ingetrokken");
    }
    if (entity == "member" || entity == "case_member") {
        return deleted ? CaseTeamController::tr("Lid verwijderd")
                       : CaseTeamController::tr("Lid toegevoegd");
    }
    if (entity == "assessment") {
        return created ? CaseTeamController::tr("Taxatie gestart")
                       : CaseTeamController::tr("Taxatie gewijzigd");
    }
    if (entity == "escalation") {
        return created ? CaseTeamController::tr("Escalatie vastgelegd")
                       : CaseTeamController::tr("Escalatie gewijzigd");
    }
    return CaseTeamController::tr("Gewijzigd: %1").arg(QString::fromStdString(entity));
}
}  // namespace

QString memberRoleText(const std::string& role) {
    if (role == "jgt") {
        return CaseTeamController::tr("JGT-medewerker");
    }
    if (role == "gi") {
        return CaseTeamController::tr("GI-medewerker");
    }
    if (role == "supervisor") {
        return CaseTeamController::tr("Gedragswetenschapper");
    }
    return QString::fromStdString(role);
}

CaseTeamController::CaseTeamController(QObject* parent) : QObject(parent) {}

void CaseTeamController::setCaseFile(CaseFileService* caseFile) {
    if (!CaseFileService::follow(this, m_caseFile, caseFile, [this] { refresh(); })) {
        return;
    }
    emit inputsChanged();
    refresh();
}

void CaseTeamController::setCaseId(const QString& caseId) {
    if (m_caseId != caseId) {
        m_caseId = caseId;
        emit inputsChanged();
        refresh();
    }
}

QString CaseTeamController::addGiReason() const {
    if (!m_canEdit) {
        return tr("Alleen een JGT-medewerker van de casus voegt een GI-medewerker toe.");
    }
    if (!m_consentInForce) {
        return tr(
            "Eerst toestemming van het gezin vastleggen: zonder toestemming mag een "
            "GI-medewerker de casus niet zien.");
    }
    if (m_giCandidates.isEmpty()) {
        return tr(
            "Er zijn geen GI-medewerkers bekend op dit apparaat die nog geen lid zijn. "
            "Synchroniseer en probeer het opnieuw.");
    }
    return {};
}

QString CaseTeamController::withdrawConsequence() const {
    int gi = 0;
    for (const auto& m : m_members) {
        gi += m.toMap().value(QStringLiteral("role")).toString() == QStringLiteral("gi") ? 1 : 0;
    }
    if (gi == 0) {
        return tr("Zonder toestemming kan geen GI-medewerker aan de casus worden toegevoegd.");
    }
    return tr(
        "Na intrekken is de GI-medewerker geen lid meer van de casus en ziet hij of zij de "
        "casus en de taxaties niet meer (ook niet na synchroniseren).");
}

bool CaseTeamController::fail(const QString& message, const std::exception& e) {
    qCWarning(lcCaseTeam, "case %s: %s", qPrintable(m_caseId), e.what());
    m_errorText = message;
    emit changed();
    return false;
}

void CaseTeamController::refresh() {
    m_persons.clear();
    m_members.clear();
    m_consents.clear();
    m_giCandidates.clear();
    m_auditTrail.clear();
    m_consentInForce = false;
    m_canEdit = false;
    m_emergencyText.clear();
    if (!m_caseFile || !m_caseFile->isOpen() || m_caseId.isEmpty()) {
        emit changed();
        return;
    }
    try {
        auto& v = *m_caseFile->session().vault();
        const std::string caseId = utf8(m_caseId);
        const auto& me = m_caseFile->actor();
        domain::UserRepository users(v);
        for (const auto& p : m_caseFile->persons(m_caseId)) {
            m_persons.append(QVariantMap{
                {QStringLiteral("personId"), QString::fromStdString(p.id)},
                {QStringLiteral("name"), QString::fromStdString(p.name)},
                {QStringLiteral("role"), QString::fromStdString(p.role)},
                {QStringLiteral("roleText"), wording::personRoleLabel(p.role)},
                {QStringLiteral("born"), QString::fromStdString(p.born.value_or(""))},
                {QStringLiteral("bornText"),
                 p.born ? tr("geboren %1").arg(wording::dateText(*p.born)) : QString()}});
        }
        domain::CaseMembership membership(v);
        std::set<std::string> memberIds;
        for (const auto& m : membership.members(caseId)) {
            memberIds.insert(m.userId);
            const auto user = users.findById(m.userId);
            m_members.append(QVariantMap{
                {QStringLiteral("userId"), QString::fromStdString(m.userId)},
                {QStringLiteral("name"), QString::fromStdString(m.displayName)},
                {QStringLiteral("role"), QString::fromStdString(m.role)},
                {QStringLiteral("roleText"), memberRoleText(m.role)},
                {QStringLiteral("org"),
                 QString::fromStdString(user && user->org ? *user->org : std::string())}});
        }
        m_canEdit = membership.roleOf(caseId, me.userId).value_or("") == "jgt";
        m_emergencyText = emergencyAccessText(v, caseId, QDateTime::currentMSecsSinceEpoch());
        domain::ConsentRepository consents(v);
        m_consentInForce = consents.inForce(caseId, "gi");
        const auto now = QDateTime::currentMSecsSinceEpoch();
        auto records = consents.forCase(caseId);
        std::reverse(records.begin(), records.end());
        for (const auto& c : records) {
            QString text = tr("Toestemming voor de GI-medewerker, gegeven door %1, vastgelegd %2 "
                              "door %3.")
                               .arg(QString::fromStdString(c.givenBy),
                                    wording::momentText(c.recordedAtMs, now),
                                    m_caseFile->userName(c.recordedBy));
            if (c.withdrawnAtMs) {
                text += QLatin1Char(' ') +
                        tr("Ingetrokken %1.").arg(wording::momentText(*c.withdrawnAtMs, now));
            }
            m_consents.append(
                QVariantMap{{QStringLiteral("consentId"), QString::fromStdString(c.id)},
                            {QStringLiteral("givenBy"), QString::fromStdString(c.givenBy)},
                            {QStringLiteral("text"), text},
                            {QStringLiteral("inForce"), !c.withdrawnAtMs.has_value()}});
        }
        for (const auto& u : users.list()) {
            if (u.role == "gi" && memberIds.count(u.id) == 0) {
                m_giCandidates.append(QVariantMap{
                    {QStringLiteral("userId"), QString::fromStdString(u.id)},
                    {QStringLiteral("name"), QString::fromStdString(u.name)},
                    {QStringLiteral("org"), QString::fromStdString(u.org.value_or(""))}});
            }
        }
        auto entries = v.audit().list(caseId);
        std::reverse(entries.begin(), entries.end());
        for (const auto& e : entries) {
            if (e.action != "create" && e.action != "change" && e.action != "delete") {
                continue;  // reads and searches are in the log, not in the case's story
            }
            m_auditTrail.append(
                QVariantMap{{QStringLiteral("when"), wording::momentText(e.atMs, now)},
                            {QStringLiteral("who"), m_caseFile->userName(e.userId)},
                            {QStringLiteral("what"), entityText(e.entity, e.action)}});
            if (m_auditTrail.size() >= 100) {
                break;
            }
        }
    } catch (const std::exception& e) {
        qCWarning(lcCaseTeam, "cannot read the team of case %s: %s", qPrintable(m_caseId),
                  e.what());
    }
    emit changed();
}

bool CaseTeamController::checkPerson(const QString& role, const QString& name, const QString& born,
                                     std::optional<std::string>& date) {
    if (name.trimmed().isEmpty()) {
        m_errorText = tr("Vul een naam in.");
    } else if (role != QStringLiteral("kind") && role != QStringLiteral("ouder")) {
        m_errorText = tr("Kies of het een kind of een ouder is.");
    } else if (!born.trimmed().isEmpty() && !domain::isIsoDate(utf8(born))) {
        m_errorText =
            tr("De geboortedatum is geen bestaande datum. Schrijf hem als "
               "jjjj-mm-dd, bijvoorbeeld 2018-04-02.");
    } else {
        date = born.trimmed().isEmpty() ? std::nullopt : std::optional(utf8(born));
        return true;
    }
    emit changed();
    return false;
}

bool CaseTeamController::addPerson(const QString& role, const QString& name, const QString& born) {
    m_errorText.clear();
    std::optional<std::string> date;
    if (!m_caseFile || !m_caseFile->isOpen() || !checkPerson(role, name, born, date)) {
        return false;
    }
    try {
        domain::PersonRepository(*m_caseFile->session().vault())
            .add(m_caseFile->actor(), utf8(m_caseId), utf8(role), utf8(name), date);
    } catch (const domain::AccessDenied& e) {
        return fail(tr("Alleen leden van de casus voegen personen toe."), e);
    } catch (const std::exception& e) {
        return fail(tr("Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout."), e);
    }
    refresh();
    return true;
}

bool CaseTeamController::editPerson(const QString& personId, const QString& role,
                                    const QString& name, const QString& born) {
    m_errorText.clear();
    std::optional<std::string> date;
    if (!m_caseFile || !m_caseFile->isOpen() || !checkPerson(role, name, born, date)) {
        return false;
    }
    try {
        domain::PersonRepository(*m_caseFile->session().vault())
            .update(m_caseFile->actor(), personId.toStdString(), utf8(role), utf8(name), date);
    } catch (const domain::AccessDenied& e) {
        return fail(tr("Alleen leden van de casus wijzigen personen."), e);
    } catch (const std::exception& e) {
        return fail(tr("Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout."), e);
    }
    refresh();
    return true;
}

bool CaseTeamController::recordConsent(const QString& givenBy) {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return false;
    }
    if (givenBy.trimmed().isEmpty()) {
        m_errorText = tr("Vul in wie de toestemming gaf, bijvoorbeeld \"Marieke (moeder)\".");
        emit changed();
        return false;
    }
    try {
        domain::ConsentRepository(*m_caseFile->session().vault())
            .add(m_caseFile->actor(), utf8(m_caseId), "gi", utf8(givenBy));
    } catch (const domain::AccessDenied& e) {
        return fail(tr("Alleen een JGT-medewerker van de casus legt toestemming vast."), e);
    } catch (const std::exception& e) {
        return fail(tr("Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout."), e);
    }
    refresh();
    return true;
}

bool CaseTeamController::withdrawConsent() {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return false;
    }
    try {
        domain::ConsentRepository(*m_caseFile->session().vault())
            .withdraw(m_caseFile->actor(), utf8(m_caseId), "gi");
    } catch (const domain::AccessDenied& e) {
        return fail(tr("Alleen een JGT-medewerker van de casus trekt toestemming in."), e);
    } catch (const std::exception& e) {
        return fail(tr("Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout."), e);
    }
    refresh();
    return true;
}

bool CaseTeamController::addGiMember(const QString& userId) {
    m_errorText.clear();
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return false;
    }
    if (!canAddGi()) {
        m_errorText = addGiReason();
        emit changed();
        return false;
    }
    try {
        domain::CaseMembership(*m_caseFile->session().vault())
            .add(m_caseFile->actor(), utf8(m_caseId), utf8(userId), "gi");
    } catch (const domain::AccessDenied& e) {
        return fail(addGiReason().isEmpty() ? tr("Toevoegen is niet toegestaan.") : addGiReason(),
                    e);
    } catch (const std::exception& e) {
        return fail(tr("Toevoegen is niet gelukt: de kluis op dit apparaat gaf een fout."), e);
    }
    refresh();
    return true;
}

}  // namespace veldwerk::app
