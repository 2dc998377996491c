// AssessmentService::upgrade: a draft moved to the newest version of its form.
#include "core/assessment/assessment_service.h"
#include "core/assessment/lifecycle_policy.h"
#include "core/domain/case_membership.h"
#include "core/forms/version_mapping.h"

namespace veldwerk::assessment {

int AssessmentService::upgrade(const domain::Actor& actor, const std::string& id) {
    const auto record = resolve(actor, id);
    const auto role = requireRole(actor, record);
    if (const auto why = roleRefusal(LifecycleAction::Answer, role)) {
        throw domain::AccessDenied(*why);
    }
    if (const auto why = stateRefusal(LifecycleAction::Answer, record.status)) {
        throw LifecycleRefused(*why);
    }
    const auto* newest = m_forms.find(record.formId);
    if (newest == nullptr || newest->version() <= record.formVersion) {
        throw std::invalid_argument(record.formId + " v" + std::to_string(record.formVersion) +
                                    " is the newest version on this device");
    }
    const auto before = toAnswerSet(m_repo.answers(record.id), m_repo.entries(record.id));
    auto answers = before;
    const auto* from = &definitionOf(record);
    for (int version = record.formVersion + 1; version <= newest->version(); ++version) {
        const auto* to = m_forms.find(record.formId, version);
        if (to == nullptr) {
            throw std::runtime_error("form " + record.formId + " version " +
                                     std::to_string(version) + " is not installed");
        }
        auto mapped = forms::mapAnswers(*from, *to, answers);
        if (!mapped.dropped.empty()) {
            std::string why = "cannot move to " + to->key() + " without losing answers:";
            for (const auto& d : mapped.dropped) {
                why += " " + d.path + " (" + d.error + ");";
            }
            why.pop_back();
            throw std::invalid_argument(why);
        }
        answers = std::move(mapped.answers);
        from = to;
    }
    // Only what a mapping renamed or recoded is written anew. Perspective answers are their
    // authors' and entries keep their ids: a mapping that moves those is not carried over here.
    if (answers.allPerspectives() != before.allPerspectives() ||
        answers.groups().size() != before.groups().size()) {
        throw std::invalid_argument("the mapping to " + newest->key() +
                                    " moves perspective answers or groups, which cannot be "
                                    "carried over on this device");
    }
    for (const auto& [group, entries] : before.groups()) {
        const auto* moved = answers.entries(group);
        if (moved == nullptr || moved->size() != entries.size()) {
            throw std::invalid_argument("the mapping to " + newest->key() + " moves group " +
                                        group + ", which cannot be carried over on this device");
        }
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if ((*moved)[i].id != entries[i].id || (*moved)[i].fields != entries[i].fields) {
                throw std::invalid_argument("the mapping to " + newest->key() + " changes group " +
                                            group + ", which cannot be carried over here");
            }
        }
    }
    vault::Transaction tx(m_vault.db());
    for (const auto& [item, value] : before.values()) {
        if (answers.value(item) == nullptr) {
            m_repo.writeAnswer(actor, record.id, item, "", std::nullopt);
        }
    }
    for (const auto& [item, value] : answers.values()) {
        const auto* old = before.value(item);
        if (old == nullptr || *old != value) {
            m_repo.writeAnswer(actor, record.id, item, "", value);
        }
    }
    m_repo.setFormVersion(actor, record.id, newest->version());
    recordEdit(actor, record);
    tx.commit();
    return newest->version();
}

}  // namespace veldwerk::assessment
