#include "qml/controllers/case_controller.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <algorithm>
#include <set>

#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

namespace {
// The person role an instrument is filled in for; "" for the whole case.
std::string subjectRole(const forms::Definition& definition) {
    if (definition.subject() == "child") {
        return "kind";
    }
    if (definition.subject() == "adult") {
        return "ouder";
    }
    return {};
}

int subjectOrder(const forms::Definition& definition) {
    const auto role = subjectRole(definition);
    return role == "kind" ? 0 : role == "ouder" ? 1 : 2;
}
}  // namespace

CaseController::CaseController(QObject* parent) : QObject(parent) {}

void CaseController::setCaseFile(CaseFileService* caseFile) {
    if (m_caseFile == caseFile) {
        return;
    }
    if (m_caseFile) {
        disconnect(m_caseFile, nullptr, this, nullptr);
    }
    m_caseFile = caseFile;
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileService::opened, this, &CaseController::refresh);
        connect(m_caseFile, &CaseFileService::changedBySync, this, &CaseController::refresh);
        connect(m_caseFile, &CaseFileService::closed, this, [this] {
            m_caseName.clear();
            m_found = false;
            emit changed();
        });
    }
    emit inputsChanged();
    refresh();
}

void CaseController::setCaseId(const QString& caseId) {
    if (m_caseId == caseId) {
        return;
    }
    m_caseId = caseId;
    emit inputsChanged();
    refresh();
}

void CaseController::refresh() {
    m_caseName.clear();
    m_found = false;
    m_instruments.clear();
    if (m_caseFile) {
        if (const auto found = m_caseFile->findCase(m_caseId)) {
            m_found = true;
            m_caseName = wording::fromUtf8(found->name);
        }
        // The newest version of each installed instrument.
        std::vector<const forms::Definition*> newest;
        std::set<std::string> seen;
        auto all = m_caseFile->forms().all();
        std::reverse(all.begin(), all.end());
        for (const auto* definition : all) {
            if (seen.insert(definition->id()).second) {
                newest.push_back(definition);
            }
        }
        std::stable_sort(newest.begin(), newest.end(), [](const auto* a, const auto* b) {
            return std::pair(subjectOrder(*a), a->id()) < std::pair(subjectOrder(*b), b->id());
        });
        for (const auto* definition : newest) {
            const auto role = subjectRole(*definition);
            m_instruments.append(
                QVariantMap{{QStringLiteral("formId"), wording::fromUtf8(definition->id())},
                            {QStringLiteral("title"), wording::nl(definition->title())},
                            {QStringLiteral("forWhom"), role == "kind"    ? tr("Per kind")
                                                        : role == "ouder" ? tr("Per ouder")
                                                                          : tr("Voor het gezin")},
                            {QStringLiteral("subjectRole"), wording::fromUtf8(role)}});
        }
    }
    emit changed();
}

QString CaseController::subjectQuestion(const QString& formId) const {
    const auto* definition = m_caseFile ? m_caseFile->forms().find(formId.toStdString()) : nullptr;
    if (definition == nullptr) {
        return {};
    }
    const auto role = subjectRole(*definition);
    return role == "kind"    ? tr("Voor welk kind?")
           : role == "ouder" ? tr("Voor welke ouder?")
                             : QString();
}

QString CaseController::instrumentTitle(const QString& formId) const {
    const auto* definition = m_caseFile ? m_caseFile->forms().find(formId.toStdString()) : nullptr;
    return definition != nullptr ? wording::nl(definition->title()) : QString();
}

QVariantList CaseController::subjectsFor(const QString& formId) const {
    QVariantList out;
    if (!m_caseFile) {
        return out;
    }
    const auto* definition = m_caseFile->forms().find(formId.toStdString());
    if (definition == nullptr || subjectRole(*definition).empty()) {
        return out;
    }
    const auto role = subjectRole(*definition);
    for (const auto& person : m_caseFile->persons(m_caseId)) {
        if (person.role != role) {
            continue;
        }
        out.append(QVariantMap{
            {QStringLiteral("personId"), wording::fromUtf8(person.id)},
            {QStringLiteral("name"), wording::fromUtf8(person.name)},
            {QStringLiteral("detail"),
             person.born ? tr("geboren %1").arg(wording::dateText(*person.born)) : QString()}});
    }
    return out;
}

QString CaseController::start(const QString& formId, const QString& subjectId) {
    if (!m_caseFile) {
        return {};
    }
    const auto outcome = m_caseFile->create(m_caseId, formId, subjectId);
    setErrorText(outcome.ok ? QString() : outcome.message);
    return outcome.ok ? outcome.value : QString();
}

void CaseController::clearError() {
    setErrorText({});
}

void CaseController::setErrorText(const QString& text) {
    if (m_errorText == text) {
        return;
    }
    m_errorText = text;
    emit errorTextChanged();
}

}  // namespace veldwerk::app
