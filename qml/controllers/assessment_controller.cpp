#include "qml/controllers/assessment_controller.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTime>

#include "core/assessment/justification_field.h"
#include "core/assessment/lifecycle_policy.h"
#include "core/forms/answer.h"
#include "core/forms/date.h"
#include "core/forms/submission_check.h"
#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
// How long typing may pause before the text is stored.
constexpr int kTypingPauseMs = 600;

// "group/entry/field" -> its parts; nullopt for an item id.
struct FieldPath {
    std::string group;
    std::string entry;
    std::string field;
};
std::optional<FieldPath> splitPath(const std::string& path) {
    const auto a = path.find('/');
    const auto b = a == std::string::npos ? a : path.find('/', a + 1);
    if (a == std::string::npos || b == std::string::npos) {
        return std::nullopt;
    }
    return FieldPath{path.substr(0, a), path.substr(a + 1, b - a - 1), path.substr(b + 1)};
}
}  // namespace

AssessmentController::AssessmentController(QObject* parent) : QObject(parent) {
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(kTypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &AssessmentController::flush);
}

AssessmentController::~AssessmentController() {
    // The page is going: store what is still being typed, quietly (nothing here is shown any
    // more, and other listeners hear of it through the case file).
    if (m_caseFile) {
        disconnect(m_caseFile, nullptr, this, nullptr);
        for (const auto& [path, text] : m_input.typing) {
            m_caseFile->setAnswer(m_assessmentId, path, text);
        }
        for (const auto& [ruleId, text] : m_input.justifications) {
            m_caseFile->setJustification(m_assessmentId, wording::fromUtf8(ruleId),
                                         wording::fromUtf8(text));
        }
    }
}

void AssessmentController::setCaseFile(CaseFileService* caseFile) {
    if (m_caseFile == caseFile) {
        return;
    }
    flush();
    if (m_caseFile) {
        disconnect(m_caseFile, nullptr, this, nullptr);
    }
    m_caseFile = caseFile;
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileService::opened, this, &AssessmentController::refresh);
        // Store what is being typed while the vault is still open, then show nothing.
        connect(m_caseFile, &CaseFileService::closing, this, &AssessmentController::flush);
        connect(m_caseFile, &CaseFileService::closed, this, [this] {
            m_view.reset();
            m_input = {};
            m_subjectName.clear();
            present();
        });
        connect(m_caseFile, &CaseFileService::assessmentChanged, this,
                [this](const QString&, const QString& assessmentId) {
                    if (assessmentId == m_assessmentId) {
                        refresh();
                    }
                });
        // A sync round brought other professionals' answers (text being typed stays).
        connect(m_caseFile, &CaseFileService::changedBySync, this, &AssessmentController::refresh);
    }
    emit inputsChanged();
    refresh();
}

void AssessmentController::setAssessmentId(const QString& assessmentId) {
    if (m_assessmentId == assessmentId) {
        return;
    }
    flush();
    m_assessmentId = assessmentId;
    m_input = {};
    m_subjectName.clear();
    emit inputsChanged();
    refresh();
}

void AssessmentController::refresh() {
    m_view.reset();
    QString problem;
    if (m_caseFile && m_caseFile->isOpen() && !m_assessmentId.isEmpty()) {
        m_view = m_caseFile->view(m_assessmentId, &problem);
        m_input.userId = m_caseFile->actor().userId;
    }
    if (m_view) {
        const auto& record = m_view->record;
        m_readers.names = m_caseFile->userNames();
        m_readers.orgs = m_caseFile->userOrgs();
        const auto role = m_caseFile->roleIn(wording::fromUtf8(record.caseId));
        m_readers.canResolve = editable() && role == "jgt";
        m_maySubmit = !assessment::roleRefusal(assessment::LifecycleAction::Submit, role);
        // Looked up once per assessment: reading the case's people is an audited access.
        if (m_subjectName.isEmpty() && record.subjectPersonId) {
            for (const auto& person : m_caseFile->persons(wording::fromUtf8(record.caseId))) {
                if (person.id == *record.subjectPersonId) {
                    m_subjectName = wording::fromUtf8(person.name);
                }
            }
        } else if (m_subjectName.isEmpty()) {
            m_subjectName = tr("het gezin");
        }
    } else if (!problem.isEmpty()) {
        setErrorText(problem);
    }
    present();
}

void AssessmentController::present() {
    if (!m_view) {
        m_form.setRows({});
        m_rules.setRows({});
        m_sections.clear();
        m_facts.clear();
        m_blockers.clear();
        m_blockerSummary.clear();
        m_canSubmit = false;
        m_canSubmitWithoutCosign = false;
        emit changed();
        return;
    }
    auto rows = buildFormRows(*m_view, m_input, m_readers);
    for (auto& row : rows) {
        const auto& item = m_view->definition->items()[row.itemIndex];
        if (item.type != forms::ItemType::Group) {
            continue;
        }
        auto& fields = m_groups[row.itemId];
        if (!fields) {
            fields = std::make_unique<GroupFieldsModel>(this);
        }
        fields->setRows(buildFieldRows(*m_view, m_input, item));
        fields->setEditable(editable());
        row.entryFields = fields.get();
    }
    m_sections = buildSections(*m_view, rows);
    m_form.setEditable(editable());
    m_form.setRows(std::move(rows));
    m_rules.setEditable(editable());
    m_rules.setRows(buildRuleRows(*m_view, m_input, m_readers));
    m_facts = buildFacts(*m_view);
    // What is being typed counts already: it is stored within a moment.
    auto justifications = assessment::countedJustifications(*m_view);
    for (const auto& [ruleId, text] : m_input.justifications) {
        justifications.insert_or_assign(ruleId, text);
    }
    const auto check = forms::checkSubmission(m_view->evaluation, justifications);
    // The co-signature blocks only while no reason for its absence is stored (core's rule).
    const bool cosignOpen = assessment::cosignUnexplained(*m_view);
    m_blockers = wording::submissionProblems(*m_view->definition, check, cosignOpen,
                                             wording::conflictedItems(m_view->conflicts));
    if (!m_input.drafts.empty()) {
        m_blockers.prepend(tr("Een ingevulde datum of tekst is nog niet bewaard (zie de vraag)."));
    }
    m_canSubmit = editable() && m_blockers.isEmpty();
    // Only the co-signature is missing: a JGT member may submit with a reason (regie).
    m_canSubmitWithoutCosign = m_readers.canResolve && cosignOpen && m_blockers.size() == 1;
    m_blockerSummary = editable() && m_maySubmit && !m_canSubmitWithoutCosign
                           ? wording::submissionSummary(check, cosignOpen, !m_input.drafts.empty())
                           : QString();
    emit changed();
}

QString AssessmentController::submitHeadline() const {
    if (!m_view) {
        return {};
    }
    if (!editable()) {
        return m_view->record.status == "submitted"
                   ? tr("Ingediend: de gedragswetenschapper beoordeelt deze taxatie.")
                   : tr("%1: deze taxatie kan niet meer worden gewijzigd.").arg(statusLabel());
    }
    if (!m_maySubmit) {
        return tr(
            "Indienen doet de JGT-collega; je tekent mee of legt vast waarin je het niet "
            "eens bent (boven de vragen).");
    }
    if (m_canSubmit) {
        return tr("\u2713 Klaar om in te dienen");
    }
    if (m_canSubmitWithoutCosign) {
        return tr("De GI-collega heeft nog niet medeondertekend: indienen kan met een reden.");
    }
    return m_blockers.size() == 1
               ? tr("Nog 1 punt voordat je kunt indienen:")
               : tr("Nog %1 punten voordat je kunt indienen:").arg(m_blockers.size());
}

QString AssessmentController::title() const {
    return m_view ? wording::nl(m_view->definition->title()) : QString();
}

QString AssessmentController::status() const {
    return m_view ? wording::fromUtf8(m_view->record.status) : QString();
}

QString AssessmentController::statusLabel() const {
    return m_view ? wording::statusLabel(m_view->record.status) : QString();
}

QString AssessmentController::returnNote() const {
    if (!m_view || m_view->record.status != "returned" || !m_caseFile) {
        return {};
    }
    for (auto it = m_view->events.rbegin(); it != m_view->events.rend(); ++it) {
        if (it->kind == "return") {
            return QCoreApplication::translate("Veldwerk", "Teruggestuurd door %1: %2")
                .arg(m_caseFile->userName(it->userId), wording::fromUtf8(it->comment.value_or("")));
        }
    }
    return {};
}

bool AssessmentController::editable() const {
    return m_view && (m_view->record.status == "draft" || m_view->record.status == "returned");
}

std::string AssessmentController::storedAnswer(const QString& path) const {
    if (!m_view) {
        return {};
    }
    const auto key = path.toStdString();
    if (const auto field = splitPath(key)) {
        if (const auto* entries = m_view->answers.entries(field->group)) {
            for (const auto& entry : *entries) {
                if (entry.id == field->entry) {
                    const auto value = entry.fields.find(field->field);
                    return value != entry.fields.end() ? value->second : std::string();
                }
            }
        }
        return {};
    }
    const auto* item = m_view->definition->item(key);
    if (item != nullptr && item->merge == forms::MergePolicy::Perspective) {
        if (const auto* all = m_view->answers.perspectives(key)) {
            const auto mine = all->find(m_input.userId);
            return mine != all->end() ? mine->second : std::string();
        }
        return {};
    }
    const auto* value = m_view->answers.value(key);
    return value != nullptr ? *value : std::string();
}

bool AssessmentController::store(const QString& path, const QString& value) {
    if (!m_caseFile || m_assessmentId.isEmpty()) {
        return false;
    }
    m_input.problems.erase(path);
    m_input.drafts.erase(path);
    // On success the case file announces the change and refresh() shows the stored state.
    const auto outcome = m_caseFile->setAnswer(m_assessmentId, path, value);
    if (outcome.ok) {
        setSaveState(tr("Alles is bewaard (%1)")
                         .arg(QLocale(QLocale::Dutch)
                                  .toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
        return true;
    }
    // Keep what the worker entered in view, with the reason it was not stored.
    m_input.problems[path] = outcome.message;
    m_input.drafts[path] = value;
    setSaveState(tr("Laatste wijziging niet bewaard: zie de melding bij de vraag."));
    present();
    return false;
}

bool AssessmentController::setAnswer(const QString& path, const QString& value) {
    flush();
    m_input.typing.erase(path);
    return store(path, value);
}

bool AssessmentController::toggleOption(const QString& path, const QString& value, bool on) {
    flush();
    auto chosen = forms::parseMulti(storedAnswer(path));
    if (on) {
        chosen.insert(value.toStdString());
    } else {
        chosen.erase(value.toStdString());
    }
    return store(path, wording::fromUtf8(forms::formatMulti(chosen)));
}

void AssessmentController::editText(const QString& path, const QString& text) {
    m_input.typing[path] = text;
    m_input.drafts.erase(path);
    m_typingPause.start();
    setSaveState(tr("Wordt bewaard…"));
}

void AssessmentController::editDate(const QString& path, const QString& text, bool finished) {
    const auto trimmed = text.trimmed();
    if (trimmed.isEmpty() || forms::Date::parse(trimmed.toStdString())) {
        if (trimmed.toStdString() != storedAnswer(path)) {
            setAnswer(path, trimmed);
        } else if (m_input.drafts.erase(path) + m_input.problems.erase(path) > 0) {
            present();
        }
        return;
    }
    m_input.drafts[path] = text;
    if (finished || trimmed.size() >= 10) {
        m_input.problems[path] = wording::invalidAnswerText(forms::ItemType::Date);
    } else {
        m_input.problems.erase(path);
    }
    present();
}

bool AssessmentController::addEntry(const QString& group) {
    flush();
    if (!m_caseFile) {
        return false;
    }
    const auto outcome = m_caseFile->addEntry(m_assessmentId, group);
    setErrorText(outcome.ok ? QString() : outcome.message);
    return outcome.ok;
}

bool AssessmentController::takeSuggestion(const QString& ruleId) {
    if (!m_view || !editable()) {
        return false;
    }
    const auto* outcome = m_view->evaluation.rule(ruleId.toStdString());
    const auto* suggestion =
        outcome != nullptr ? outcome->effect(forms::EffectKind::Suggest) : nullptr;
    if (suggestion == nullptr) {
        return false;
    }
    const auto& item = m_view->definition->items()[suggestion->effect->item];
    const auto itemId = wording::fromUtf8(item.id);
    if (item.type == forms::ItemType::Multi) {
        return toggleOption(itemId, wording::fromUtf8(suggestion->effect->value), true);
    }
    return setAnswer(itemId, wording::fromUtf8(suggestion->effect->value));
}

bool AssessmentController::resolveConflict(const QString& itemId, const QString& value) {
    if (!m_caseFile || !m_view) {
        return false;
    }
    flush();
    m_input.typing.erase(itemId);
    if (const auto key = assessment::justifiedKey(itemId.toStdString())) {
        std::erase_if(m_input.justifications, [&key](const auto& typed) {
            return assessment::justificationKey(typed.first) == *key;
        });
    }
    const auto outcome = m_caseFile->resolveConflict(m_assessmentId, itemId, value);
    if (!outcome.ok) {
        setErrorText(outcome.message);
        return false;
    }
    setSaveState(tr("Verschil opgelost; gaat mee bij de volgende synchronisatie."));
    return true;
}

int AssessmentController::conflictCount() const {
    return m_view
               ? static_cast<int>(m_view->conflicts.size() + m_view->justificationConflicts.size())
               : 0;
}

void AssessmentController::setJustification(const QString& ruleId, const QString& text) {
    // Stored like typed answer text: after a short pause, or earlier (see flush()).
    m_input.justifications[ruleId.toStdString()] = text.toStdString();
    m_typingPause.start();
    setSaveState(tr("Wordt bewaard…"));
    present();
}

bool AssessmentController::storeJustification(const QString& ruleId, const QString& text) {
    if (!m_caseFile || m_assessmentId.isEmpty()) {
        return false;
    }
    const auto outcome = m_caseFile->setJustification(m_assessmentId, ruleId, text);
    if (outcome.ok) {
        setSaveState(tr("Alles is bewaard (%1)")
                         .arg(QLocale(QLocale::Dutch)
                                  .toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
        return true;
    }
    setErrorText(outcome.message);
    setSaveState(tr("Laatste wijziging niet bewaard: zie de melding."));
    return false;
}

bool AssessmentController::submit() {
    flush();
    if (!m_caseFile) {
        return false;
    }
    const auto outcome = m_caseFile->submit(m_assessmentId);
    if (outcome.ok) {
        setErrorText({});
        present();
        return true;
    }
    setErrorText(outcome.message);
    return false;
}

void AssessmentController::setWithoutCosignReason(const QString& reason) {
    if (m_withoutCosignReason != reason) {
        m_withoutCosignReason = reason;
        emit changed();
    }
}

QString AssessmentController::withoutCosignProblem(const QString& reason) const {
    if (!m_canSubmitWithoutCosign) {
        return tr("Indienen zonder medeondertekening kan nu niet (zie wat nog ontbreekt).");
    }
    if (reason.trimmed().isEmpty()) {
        return tr(
            "Schrijf eerst de reden op: de gedragswetenschapper leest die bij de "
            "beoordeling.");
    }
    return {};
}

bool AssessmentController::submitWithoutCosign(const QString& reason) {
    flush();
    if (!m_caseFile) {
        return false;
    }
    if (const auto problem = withoutCosignProblem(reason); !problem.isEmpty()) {
        setErrorText(problem);
        return false;
    }
    const auto outcome = m_caseFile->submit(m_assessmentId, reason);
    setErrorText(outcome.message);
    if (outcome.ok) {
        present();
    }
    return outcome.ok;
}

void AssessmentController::flush() {
    m_typingPause.stop();
    while (!m_input.typing.empty()) {
        auto first = m_input.typing.begin();
        const auto path = first->first;
        const auto text = first->second;
        m_input.typing.erase(first);
        store(path, text);
    }
    // A justification that could not be stored stays on screen as typed, for the next try.
    std::map<std::string, std::string, std::less<>> unstored;
    while (!m_input.justifications.empty()) {
        auto first = m_input.justifications.extract(m_input.justifications.begin());
        if (!storeJustification(wording::fromUtf8(first.key()),
                                wording::fromUtf8(first.mapped()))) {
            unstored.insert(std::move(first));
        }
    }
    if (!unstored.empty()) {
        m_input.justifications = std::move(unstored);
        present();
    }
}

void AssessmentController::clearError() {
    setErrorText({});
}

void AssessmentController::setErrorText(const QString& text) {
    if (m_errorText == text) {
        return;
    }
    m_errorText = text;
    emit errorTextChanged();
}

void AssessmentController::setSaveState(const QString& text) {
    if (m_saveState == text) {
        return;
    }
    m_saveState = text;
    emit saveStateChanged();
}

}  // namespace veldwerk::app
