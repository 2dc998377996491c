#include "qml/services/case_file_service.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>

#include "core/assessment/justification_field.h"
#include "core/domain/case_membership.h"
#include "core/domain/user_repository.h"
#include "core/forms/answer.h"
#include "core/vault/field_conflicts.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcCaseFile, "veldwerk.casefile")

QString tr(const char* text) {
    return QCoreApplication::translate("Veldwerk", text);
}

std::string utf8(const QString& text) {
    return text.toStdString();
}

const char* const kLocked = QT_TRANSLATE_NOOP(
    "Veldwerk", "Het apparaat is vergrendeld. Ontgrendel het en probeer het opnieuw.");
const char* const kStorageFailed =
    QT_TRANSLATE_NOOP("Veldwerk",
                      "Opslaan is niet gelukt: de kluis op dit apparaat gaf een fout. Je laatste "
                      "wijziging is niet bewaard. Probeer het opnieuw; blijft dit gebeuren, neem "
                      "dan contact op met je functioneel beheerder.");

// The Dutch sentence for a refusal of an answer or an entry by role or status.
QString editRefusal(const std::exception& e) {
    if (dynamic_cast<const domain::AccessDenied*>(&e) != nullptr) {
        return tr(
            "Je kunt in deze casus geen antwoorden invullen: je bent geen lid van de casus, "
            "of je rol vult geen antwoorden in.");
    }
    if (dynamic_cast<const assessment::LifecycleRefused*>(&e) != nullptr) {
        return tr(
            "Deze taxatie is ingediend of goedgekeurd en kan nu niet worden gewijzigd. Na "
            "terugsturen door de gedragswetenschapper kun je weer verder.");
    }
    if (dynamic_cast<const std::out_of_range*>(&e) != nullptr) {
        return tr("Deze taxatie staat niet (meer) op dit apparaat.");
    }
    return tr(kStorageFailed);
}
// The Dutch sentence for a refused review.
QString reviewRefusal(const std::exception& e) {
    if (dynamic_cast<const assessment::LifecycleRefused*>(&e) != nullptr ||
        dynamic_cast<const domain::AccessDenied*>(&e) != nullptr) {
        return tr(
            "Alleen een gedragswetenschapper beoordeelt, en alleen een ingediende taxatie. "
            "Misschien is deze al beoordeeld.");
    }
    if (dynamic_cast<const std::out_of_range*>(&e) != nullptr) {
        return tr("Deze taxatie staat niet (meer) op dit apparaat.");
    }
    if (const auto* db = dynamic_cast<const vault::DatabaseError*>(&e)) {
        if (db->isDiskFull()) {
            return tr(
                "Opslaan is niet gelukt: het geheugen van dit apparaat is vol. Je laatste "
                "wijziging is niet bewaard; wat eerder bewaard was blijft staan en leesbaar. "
                "Maak ruimte vrij en probeer het opnieuw.");
        }
        if (db->isBusy()) {
            return tr(
                "Opslaan is niet gelukt: de kluis is even in gebruik door een ander programma. "
                "Je laatste wijziging is niet bewaard. Probeer het zo opnieuw.");
        }
    }
    return tr(kStorageFailed);
}
}  // namespace

CaseFileService::CaseFileService(VaultSession& session, const forms::FormRegistry& forms,
                                 QObject* parent)
    : QObject(parent), m_session(&session), m_forms(forms) {
    connect(m_session, &VaultSession::unlocked, this, &CaseFileService::opened);
    connect(m_session, &VaultSession::changedBySync, this, &CaseFileService::changedBySync);
    connect(m_session, &VaultSession::locked, this, [this] {
        emit closing();
        emit closed();
    });
}

bool CaseFileService::isOpen() const {
    return m_session && m_session->vault() != nullptr;
}

const domain::Actor& CaseFileService::actor() const {
    return m_session->vault()->owner();
}

assessment::AssessmentService CaseFileService::service() {
    return assessment::AssessmentService(*m_session->vault(), m_forms);
}

std::optional<domain::CaseRecord> CaseFileService::findCase(const QString& caseId) {
    if (!isOpen() || caseId.isEmpty()) {
        return std::nullopt;
    }
    try {
        auto found = domain::CaseRepository(*m_session->vault()).find(actor(), utf8(caseId));
        // A prefix match is not the case that was asked for.
        if (found && found->id != utf8(caseId)) {
            return std::nullopt;
        }
        return found;
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "cannot read case %s: %s", qPrintable(caseId), e.what());
        return std::nullopt;
    }
}

std::vector<domain::PersonRecord> CaseFileService::persons(const QString& caseId) {
    if (!isOpen() || caseId.isEmpty()) {
        return {};
    }
    try {
        return domain::PersonRepository(*m_session->vault()).forCase(actor(), utf8(caseId));
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "cannot list persons of case %s: %s", qPrintable(caseId), e.what());
        return {};
    }
}

std::vector<AssessmentSummary> CaseFileService::assessments(const QString& caseId) {
    if (!isOpen() || caseId.isEmpty()) {
        return {};
    }
    std::vector<AssessmentSummary> out;
    try {
        auto& open = *m_session->vault();
        // Only a member sees the case's assessments (membership is the device's access rule).
        domain::CaseMembership(open).require(actor(), utf8(caseId));
        assessment::AssessmentRepository repository(open);
        for (auto& record : repository.forCase(utf8(caseId))) {
            AssessmentSummary summary;
            summary.lastChangeMs = record.createdAtMs;
            const auto latest = repository.latestContentWrite(record.id);
            summary.lastChangeMs =
                std::max(summary.lastChangeMs, static_cast<std::int64_t>(latest.wallMs));
            for (const auto& event : repository.events(record.id)) {
                summary.lastChangeMs = std::max(summary.lastChangeMs, event.atMs);
                if (event.kind == "return") {
                    summary.returnComment = event.comment.value_or("");
                    summary.returnedBy = event.userId;
                }
            }
            if (record.status != "returned") {
                summary.returnComment.clear();
                summary.returnedBy.clear();
            }
            vault::FieldConflicts conflicts(open.db());
            summary.openConflicts = static_cast<int>(conflicts.openFor("answer", record.id).size());
            for (const auto& c : conflicts.openFor("assessment", record.id)) {
                summary.openConflicts += assessment::justifiedKey(c.field) ? 1 : 0;
            }
            summary.record = std::move(record);
            out.push_back(std::move(summary));
        }
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "cannot list assessments of case %s: %s", qPrintable(caseId),
                  e.what());
        out.clear();
    }
    return out;
}

std::map<std::string, std::string> CaseFileService::userNames() {
    std::map<std::string, std::string> names;
    if (!isOpen()) {
        return names;
    }
    try {
        for (const auto& user : domain::UserRepository(*m_session->vault()).list()) {
            names[user.id] = user.displayName();
        }
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "cannot list users: %s", e.what());
    }
    return names;
}

QString CaseFileService::userName(const std::string& userId) {
    if (isOpen()) {
        try {
            if (const auto user = domain::UserRepository(*m_session->vault()).findById(userId)) {
                return QString::fromStdString(user->displayName());
            }
        } catch (const std::exception& e) {
            qCWarning(lcCaseFile, "cannot read a user: %s", e.what());
        }
    }
    return QString::fromStdString(userId);
}

bool CaseFileService::follow(QObject* viewModel, QPointer<CaseFileService>& current,
                             CaseFileService* next, const std::function<void()>& refresh) {
    if (current == next) {
        return false;
    }
    if (current) {
        disconnect(current, nullptr, viewModel, nullptr);
    }
    current = next;
    if (next) {
        connect(next, &CaseFileService::opened, viewModel, refresh);
        connect(next, &CaseFileService::changedBySync, viewModel, refresh);
        connect(next, &CaseFileService::closed, viewModel, refresh);
    }
    return true;
}

std::map<std::string, std::string> CaseFileService::userOrgs() {
    std::map<std::string, std::string> orgs;
    if (!isOpen()) {
        return orgs;
    }
    try {
        for (const auto& user : domain::UserRepository(*m_session->vault()).list()) {
            if (user.org) {
                orgs[user.id] = *user.org;
            }
        }
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "cannot list users: %s", e.what());
    }
    return orgs;
}

std::string CaseFileService::roleIn(const QString& caseId) {
    if (!isOpen()) {
        return {};
    }
    try {
        return domain::CaseMembership(*m_session->vault())
            .roleOf(utf8(caseId), actor().userId)
            .value_or(std::string());
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "cannot read the role in case %s: %s", qPrintable(caseId), e.what());
        return {};
    }
}

std::optional<assessment::AssessmentView> CaseFileService::view(const QString& assessmentId,
                                                                QString* problem) {
    const auto fail = [problem](const QString& text) {
        if (problem != nullptr) {
            *problem = text;
        }
        return std::nullopt;
    };
    if (!isOpen()) {
        return fail(tr(kLocked));
    }
    if (assessmentId.isEmpty()) {
        return fail(tr("Er is geen taxatie gekozen."));
    }
    try {
        return service().view(actor(), utf8(assessmentId));
    } catch (const domain::AccessDenied&) {
        qCWarning(lcCaseFile, "assessment %s: access denied", qPrintable(assessmentId));
        return fail(tr("Je bent geen lid van de casus van deze taxatie."));
    } catch (const std::out_of_range&) {
        qCWarning(lcCaseFile, "assessment %s: not found", qPrintable(assessmentId));
        return fail(tr("Deze taxatie staat niet (meer) op dit apparaat."));
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "cannot read assessment %s: %s", qPrintable(assessmentId), e.what());
        return fail(
            tr("De taxatie kon niet worden gelezen. Het instrument is mogelijk niet op "
               "dit apparaat geïnstalleerd, of de kluis gaf een fout."));
    }
}

QString CaseFileService::caseOf(const QString& assessmentId) {
    try {
        const auto record =
            assessment::AssessmentRepository(*m_session->vault()).find(utf8(assessmentId));
        return record ? wording::fromUtf8(record->caseId) : QString();
    } catch (const std::exception&) {
        return {};
    }
}

CaseFileService::Outcome CaseFileService::create(const QString& caseId, const QString& formId,
                                                 const QString& subjectId) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    const auto* definition = m_forms.find(utf8(formId));
    if (definition == nullptr) {
        qCWarning(lcCaseFile, "form %s is not installed", qPrintable(formId));
        return {false, {}, tr("Dit instrument is niet op dit apparaat geïnstalleerd.")};
    }
    const bool perPerson = definition->subject() != "case";
    if (perPerson && subjectId.isEmpty()) {
        return {false,
                {},
                definition->subject() == "child"
                    ? tr("Kies eerst het kind voor wie je dit instrument invult.")
                    : tr("Kies eerst de ouder voor wie je dit instrument invult.")};
    }
    try {
        const auto id = service().create(
            actor(), utf8(caseId), definition->id(),
            perPerson ? std::optional<std::string>(utf8(subjectId)) : std::nullopt);
        const auto newId = wording::fromUtf8(id);
        qCInfo(lcCaseFile, "started %s %s in case %s", definition->id().c_str(), qPrintable(newId),
               qPrintable(caseId));
        emit assessmentChanged(caseId, newId);
        return {true, newId, {}};
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcCaseFile, "start %s in case %s refused: %s", definition->id().c_str(),
                  qPrintable(caseId), e.what());
        return {false,
                {},
                tr("Je kunt in deze casus geen instrument starten: je bent geen lid, of "
                   "je rol vult geen instrumenten in.")};
    } catch (const std::invalid_argument& e) {
        qCWarning(lcCaseFile, "start %s in case %s refused: %s", definition->id().c_str(),
                  qPrintable(caseId), e.what());
        return {false,
                {},
                definition->subject() == "child"
                    ? tr("Dit instrument wordt per kind ingevuld: kies een kind van deze casus.")
                    : tr("Dit instrument wordt per ouder ingevuld: kies een ouder van deze "
                         "casus.")};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "start %s in case %s failed: %s", definition->id().c_str(),
                  qPrintable(caseId), e.what());
        return {false, {}, tr(kStorageFailed)};
    }
}

CaseFileService::Outcome CaseFileService::setAnswer(const QString& assessmentId,
                                                    const QString& path, const QString& value) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    try {
        auto work = service();
        const auto record = work.resolve(actor(), utf8(assessmentId));
        // Checked here first, so a refusal is explained in Dutch by the item's type and the
        // answer itself (client data) never reaches a log line.
        const auto* definition = m_forms.find(record.formId, record.formVersion);
        if (definition != nullptr) {
            const auto check = forms::validateAnswer(*definition, utf8(path), utf8(value));
            if (!check) {
                const auto root = utf8(path).substr(0, utf8(path).find('/'));
                const auto* item = definition->item(root);
                auto type = item != nullptr ? item->type : forms::ItemType::Text;
                if (item != nullptr && item->type == forms::ItemType::Group) {
                    const auto field = utf8(path).substr(utf8(path).rfind('/') + 1);
                    const auto* f = item->field(field);
                    type = f != nullptr ? f->type : forms::ItemType::Text;
                }
                qCWarning(lcCaseFile, "assessment %s: answer to %s refused as invalid",
                          qPrintable(assessmentId), qPrintable(path));
                return {false, {}, wording::invalidAnswerText(type)};
            }
        }
        const auto stored = work.setAnswer(actor(), record.id, utf8(path), utf8(value));
        emit assessmentChanged(wording::fromUtf8(record.caseId), assessmentId);
        return {true, wording::fromUtf8(stored), {}};
    } catch (const std::invalid_argument&) {
        // E.g. a group entry that no longer exists; the English text may quote the answer.
        qCWarning(lcCaseFile, "assessment %s: answer to %s refused", qPrintable(assessmentId),
                  qPrintable(path));
        return {false,
                {},
                tr("Dit antwoord kon niet worden bewaard: de vraag of regel bestaat "
                   "niet (meer) in deze taxatie.")};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "assessment %s: answer to %s not stored: %s",
                  qPrintable(assessmentId), qPrintable(path), e.what());
        return {false, {}, editRefusal(e)};
    }
}

CaseFileService::Outcome CaseFileService::addEntry(const QString& assessmentId,
                                                   const QString& group) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    try {
        const auto entry = service().addEntry(actor(), utf8(assessmentId), utf8(group));
        emit assessmentChanged(caseOf(assessmentId), assessmentId);
        return {true, wording::fromUtf8(entry), {}};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "assessment %s: entry in %s not added: %s", qPrintable(assessmentId),
                  qPrintable(group), e.what());
        return {false, {}, editRefusal(e)};
    }
}

CaseFileService::Outcome CaseFileService::setJustification(const QString& assessmentId,
                                                           const QString& ruleId,
                                                           const QString& text) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    try {
        auto work = service();
        const auto record = work.resolve(actor(), utf8(assessmentId));
        work.setJustification(actor(), record.id, utf8(ruleId), utf8(text));
        emit assessmentChanged(wording::fromUtf8(record.caseId), assessmentId);
        return {true, text, {}};
    } catch (const std::invalid_argument& e) {
        // Names the rule and the form only; the text itself stays out of the log.
        qCWarning(lcCaseFile, "assessment %s: justification refused: %s", qPrintable(assessmentId),
                  e.what());
        return {false, {}, tr("Deze regel vraagt (nu) geen toelichting in deze taxatie.")};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "assessment %s: justification for %s not stored: %s",
                  qPrintable(assessmentId), qPrintable(ruleId), e.what());
        return {false, {}, editRefusal(e)};
    }
}

CaseFileService::Outcome CaseFileService::submit(const QString& assessmentId,
                                                 const QString& withoutCosignReason) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    try {
        const auto reason = withoutCosignReason.trimmed();
        service().submit(
            actor(), utf8(assessmentId), {},
            reason.isEmpty() ? std::nullopt : std::optional<std::string>(utf8(reason)));
        qCInfo(lcCaseFile, "assessment %s submitted%s", qPrintable(assessmentId),
               reason.isEmpty() ? "" : " with a reason for the missing co-signature");
        emit assessmentChanged(caseOf(assessmentId), assessmentId);
        return {true, {}, {}};
    } catch (const assessment::SubmissionRefused& e) {
        qCInfo(lcCaseFile, "assessment %s: %s", qPrintable(assessmentId), e.what());
        QString why = tr("Indienen kan nog niet.");
        if (const auto current = view(assessmentId)) {
            const auto lines =
                wording::submissionProblems(*current->definition, e.check(), e.needsCosign(),
                                            wording::conflictedItems(current->conflicts));
            for (const auto& line : lines) {
                why += QStringLiteral("\n• ") + line;
            }
        }
        return {false, {}, why};
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcCaseFile, "assessment %s: submit refused: %s", qPrintable(assessmentId),
                  e.what());
        return {false,
                {},
                tr("Alleen een JGT-medewerker van de casus kan een taxatie indienen. "
                   "De verantwoordelijkheid voor de casus blijft bij het JGT.")};
    } catch (const assessment::LifecycleRefused& e) {
        qCWarning(lcCaseFile, "assessment %s: submit refused: %s", qPrintable(assessmentId),
                  e.what());
        return {false, {}, tr("Deze taxatie is al ingediend of goedgekeurd.")};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "assessment %s: submit failed: %s", qPrintable(assessmentId),
                  e.what());
        return {false, {}, editRefusal(e)};
    }
}

CaseFileService::Outcome CaseFileService::cosign(const QString& assessmentId) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    try {
        auto work = service();
        const auto record = work.resolve(actor(), utf8(assessmentId));
        work.cosign(actor(), record.id);
        qCInfo(lcCaseFile, "assessment %s co-signed", qPrintable(assessmentId));
        emit assessmentChanged(wording::fromUtf8(record.caseId), assessmentId);
        emit syncWanted();
        return {true, {}, {}};
    } catch (const domain::AccessDenied& e) {
        qCWarning(lcCaseFile, "assessment %s: co-signature refused: %s", qPrintable(assessmentId),
                  e.what());
        return {false, {}, tr("Alleen de GI-medewerker van de casus kan medeondertekenen.")};
    } catch (const assessment::LifecycleRefused& e) {
        qCWarning(lcCaseFile, "assessment %s: co-signature refused: %s", qPrintable(assessmentId),
                  e.what());
        return {false,
                {},
                tr("Deze taxatie is al goedgekeurd: medeondertekenen kan niet meer. Leg je "
                   "reactie vast als zienswijze.")};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "assessment %s: co-signature failed: %s", qPrintable(assessmentId),
                  e.what());
        return {false, {}, editRefusal(e)};
    }
}

CaseFileService::Outcome CaseFileService::resolveConflict(const QString& assessmentId,
                                                          const QString& itemId,
                                                          const QString& value) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    try {
        auto work = service();
        const auto record = work.resolve(actor(), utf8(assessmentId));
        // As `veldwerk-cli conflict resolve`: this user's own score first (perspective), then
        // the item itself; a resolution already waiting for the server is not open any more.
        vault::FieldConflicts conflicts(m_session->vault()->db());
        const auto rule = assessment::justifiedKey(utf8(itemId));
        auto conflict =
            rule ? conflicts.find("assessment", record.id, assessment::justificationField(*rule))
                 : conflicts.find("answer", record.id,
                                  assessment::answerField(utf8(itemId), actor().userId));
        if (!rule && (!conflict || conflict->resolving)) {
            conflict = conflicts.find("answer", record.id, utf8(itemId));
        }
        if (!conflict || conflict->resolving) {
            return {false, {}, tr("Over deze vraag is geen open verschil van inzicht (meer).")};
        }
        if (domain::CaseMembership(*m_session->vault()).roleOf(record.caseId, actor().userId) !=
            "jgt") {
            qCInfo(lcCaseFile, "assessment %s: resolving %s refused: not a JGT member",
                   qPrintable(assessmentId), qPrintable(itemId));
            return {false,
                    {},
                    tr("Alleen een JGT-medewerker van de casus kan een verschil van inzicht "
                       "oplossen.")};
        }
        auto stored = utf8(value);
        if (rule) {
            work.setJustification(actor(), record.id, *rule, stored);
        } else {
            stored = work.setAnswer(actor(), record.id, utf8(itemId), stored);
        }
        qCInfo(lcCaseFile, "assessment %s: disagreement on %s resolved here (%zu sides)",
               qPrintable(assessmentId), qPrintable(itemId), conflict->sides.size());
        emit assessmentChanged(wording::fromUtf8(record.caseId), assessmentId);
        return {true, wording::fromUtf8(stored), {}};
    } catch (const std::invalid_argument&) {
        qCWarning(lcCaseFile, "assessment %s: resolution of %s refused as invalid",
                  qPrintable(assessmentId), qPrintable(itemId));
        return {false, {}, tr("Dit antwoord past niet bij deze vraag.")};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "assessment %s: resolution of %s not stored: %s",
                  qPrintable(assessmentId), qPrintable(itemId), e.what());
        return {false, {}, editRefusal(e)};
    }
}

}  // namespace veldwerk::app

namespace veldwerk::app {

CaseFileService::Outcome CaseFileService::approve(const QString& assessmentId) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    try {
        service().approve(actor(), utf8(assessmentId));
        qCInfo(lcCaseFile, "assessment %s approved", qPrintable(assessmentId));
        emit assessmentChanged(caseOf(assessmentId), assessmentId);
        return {true, {}, {}};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "assessment %s: approve refused: %s", qPrintable(assessmentId),
                  e.what());
        return {false, {}, reviewRefusal(e)};
    }
}

CaseFileService::Outcome CaseFileService::returnToWorker(const QString& assessmentId,
                                                         const QString& comment) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    if (comment.trimmed().isEmpty()) {
        return {false, {}, tr("Schrijf bij het terugsturen wat er moet gebeuren.")};
    }
    try {
        service().returnToWorker(actor(), utf8(assessmentId), utf8(comment.trimmed()));
        qCInfo(lcCaseFile, "assessment %s returned", qPrintable(assessmentId));
        emit assessmentChanged(caseOf(assessmentId), assessmentId);
        return {true, {}, {}};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "assessment %s: return refused: %s", qPrintable(assessmentId),
                  e.what());
        return {false, {}, reviewRefusal(e)};
    }
}

CaseFileService::Outcome CaseFileService::addCase(const QString& name) {
    if (!isOpen()) {
        return {false, {}, tr(kLocked)};
    }
    if (name.trimmed().isEmpty()) {
        return {false, {}, tr("Vul de naam van het gezin in, bijvoorbeeld \"Gezin De Vries\".")};
    }
    try {
        const auto id =
            domain::CaseRepository(*m_session->vault()).add(actor(), utf8(name.trimmed()));
        qCInfo(lcCaseFile, "case %s added", id.c_str());
        return {true, QString::fromStdString(id), {}};
    } catch (const std::exception& e) {
        qCWarning(lcCaseFile, "case add refused: %s", e.what());
        return {false, {}, tr(kStorageFailed)};
    }
}

}  // namespace veldwerk::app
