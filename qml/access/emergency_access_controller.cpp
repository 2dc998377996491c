#include "qml/access/emergency_access_controller.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>

#include "core/domain/actor.h"
#include "qml/services/dutch_wording.h"
#include "sync/engine/emergency_access.h"
#include "sync/engine/sync_error.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcEmergency, "veldwerk.emergency")

constexpr int kCaseIdLength = 32;  // CaseRepository: 16 random bytes as hex

// The case number as typed, without spaces or dashes, in lower case.
QString normalised(const QString& typed) {
    QString out = typed.toLower();
    out.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    return out;
}

bool looksLikeCaseId(const QString& id) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    return id.size() == kCaseIdLength && hex.match(id).hasMatch();
}

QString refusalText(const std::string& code) {
    if (code == "reason_required") {
        return EmergencyAccessController::tr("Noodtoegang kan alleen met een reden.");
    }
    if (code == "not_found") {
        return EmergencyAccessController::tr(
            "De server kent geen casus met dit nummer. Controleer het casusnummer.");
    }
    if (code == "forbidden") {
        return EmergencyAccessController::tr(
            "Geweigerd: noodtoegang is er alleen voor JGT-medewerkers en "
            "gedragswetenschappers, en alleen tot casussen van je eigen organisatie.");
    }
    if (code == "already_member") {
        return EmergencyAccessController::tr(
            "Je hebt al toegang tot deze casus. Synchroniseer om hem op dit apparaat te zien.");
    }
    if (code == "case_closed") {
        return EmergencyAccessController::tr(
            "Deze casus is gesloten. Een gesloten casus kan niet meer worden geopend.");
    }
    return EmergencyAccessController::tr("De server weigerde de noodtoegang.");
}
}  // namespace

QString emergencyAccessText(vault::Vault& vault, const std::string& caseId, std::int64_t nowMs) {
    const auto until = sync::emergencyAccessUntil(vault.db(), caseId, nowMs);
    if (!until) {
        return {};
    }
    return EmergencyAccessController::tr("Noodtoegang tot %1")
        .arg(wording::momentText(*until, nowMs));
}

EmergencyAccessController::EmergencyAccessController(QObject* parent) : QObject(parent) {}

void EmergencyAccessController::setCaseFile(CaseFileService* caseFile) {
    if (!CaseFileService::follow(this, m_caseFile, caseFile, [this] { emit changed(); })) {
        return;
    }
    emit inputsChanged();
    emit changed();
}

void EmergencyAccessController::setSync(SyncService* sync) {
    if (m_sync == sync) {
        return;
    }
    if (m_sync) {
        disconnect(m_sync, nullptr, this, nullptr);
    }
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncService::changed, this, &EmergencyAccessController::changed);
    }
    emit inputsChanged();
    emit changed();
}

void EmergencyAccessController::setCaseNumber(const QString& number) {
    if (m_caseNumber != number) {
        m_caseNumber = number;
        m_errorText.clear();
        emit changed();
    }
}

void EmergencyAccessController::setReason(const QString& reason) {
    if (m_reason != reason) {
        m_reason = reason;
        m_errorText.clear();
        emit changed();
    }
}

bool EmergencyAccessController::allowed() const {
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return false;
    }
    const auto& role = m_caseFile->actor().role;
    return role == "jgt" || role == "supervisor";
}

QString EmergencyAccessController::whyNot() const {
    if (!m_caseFile || !m_caseFile->isOpen()) {
        return tr("De kluis is op slot.");
    }
    if (!allowed()) {
        return tr("Alleen een JGT-medewerker of een gedragswetenschapper kan noodtoegang vragen.");
    }
    if (m_busy) {
        return tr("De aanvraag wordt verstuurd…");
    }
    if (!m_sync || !m_sync->enrolled()) {
        return tr(
            "Dit apparaat is niet gekoppeld aan een server; noodtoegang vraag je bij de "
            "server aan.");
    }
    if (!m_sync->online()) {
        return tr("Geen netwerk: noodtoegang vraag je bij de server aan. Zoek een verbinding.");
    }
    const auto number = normalised(m_caseNumber);
    if (number.isEmpty()) {
        return tr("Vul het casusnummer in.");
    }
    if (!looksLikeCaseId(number)) {
        return tr("Een casusnummer heeft 32 tekens: cijfers en de letters a tot en met f.");
    }
    if (m_reason.trimmed().isEmpty()) {
        return tr("Vul de reden in: zonder reden geen noodtoegang.");
    }
    return {};
}

QString EmergencyAccessController::explanation() const {
    return tr(
        "Met noodtoegang open je een casus van je organisatie waarvan je geen lid bent, "
        "bijvoorbeeld als de crisisdienst belt. Je krijgt 24 uur toegang. De aanvraag, je "
        "naam en je reden worden vastgelegd en de gedragswetenschapper van de casus "
        "beoordeelt ze achteraf.");
}

bool EmergencyAccessController::request() {
    m_errorText.clear();
    if (!canRequest()) {
        m_errorText = whyNot();
        emit changed();
        return false;
    }
    const std::string caseId = normalised(m_caseNumber).toStdString();
    const std::string reason = m_reason.trimmed().toStdString();
    auto answer = std::make_shared<Answer>();
    QPointer<EmergencyAccessController> self(this);
    const bool started = m_sync->syncWith(
        [answer, caseId, reason](vault::Vault& vault, sync::Transport& transport) {
            try {
                answer->expiresAt =
                    sync::requestEmergencyAccess(vault, transport, caseId, reason).expiresAt;
                answer->done = true;
            } catch (const sync::SyncError& e) {
                if (e.kind() != sync::SyncError::Kind::Refused) {
                    throw;  // no network, server failure: the round ends with it
                }
                // A refusal is the professional's to read; the round still syncs.
                answer->refusalCode = e.code().empty() ? std::string("refused") : e.code();
            }
        },
        [self, answer](const RoundOutcome& outcome) {
            if (self) {
                self->finish(answer, outcome);
            }
        });
    if (!started) {
        m_errorText = whyNot().isEmpty() ? tr("De aanvraag kon niet worden verstuurd. Probeer "
                                              "het opnieuw.")
                                         : whyNot();
        emit changed();
        return false;
    }
    qCInfo(lcEmergency, "emergency access to case %s requested", caseId.c_str());
    m_busy = true;
    m_grantedCaseId.clear();
    m_grantedText.clear();
    emit changed();
    return true;
}

void EmergencyAccessController::finish(const std::shared_ptr<Answer>& answer,
                                       const RoundOutcome& outcome) {
    m_busy = false;
    if (!answer->refusalCode.empty()) {
        qCInfo(lcEmergency, "emergency access refused: %s", answer->refusalCode.c_str());
        m_errorText = refusalText(answer->refusalCode);
    } else if (!answer->done) {
        qCWarning(lcEmergency, "emergency access not asked: %s", outcome.reason.c_str());
        m_errorText =
            tr("De server was niet bereikbaar; er is geen noodtoegang gegeven. "
               "Probeer het opnieuw als er verbinding is.");
    } else {
        const auto caseId = normalised(m_caseNumber);
        const auto found = m_caseFile ? m_caseFile->findCase(caseId) : std::nullopt;
        const auto until =
            wording::momentText(answer->expiresAt, QDateTime::currentMSecsSinceEpoch());
        if (found) {
            m_grantedCaseId = caseId;
            m_grantedText = tr("Noodtoegang tot ‘%1’ gegeven, tot %2. De gedragswetenschapper van "
                               "de casus beoordeelt deze toegang.")
                                .arg(QString::fromStdString(found->name), until);
            m_reason.clear();
            m_caseNumber.clear();
        } else {
            m_errorText = tr("Noodtoegang gegeven tot %1, maar de casus kwam nog niet binnen. "
                             "Synchroniseer opnieuw.")
                              .arg(until);
        }
    }
    emit changed();
    if (!m_grantedCaseId.isEmpty()) {
        emit granted(m_grantedCaseId);
    }
}

}  // namespace veldwerk::app
