#include "sync/server/push/merge_policies.h"

namespace veldwerk::sync::server {

const forms::Definition* MergePolicies::definition(const std::string& formField) const {
    const auto dot = formField.rfind(".v");
    if (dot == std::string::npos || dot == 0 || dot + 2 >= formField.size() ||
        formField.size() - dot > 8) {
        return nullptr;
    }
    int version = 0;
    for (auto i = dot + 2; i < formField.size(); ++i) {
        const char c = formField[i];
        if (c < '0' || c > '9') {
            return nullptr;
        }
        version = version * 10 + (c - '0');
    }
    return m_forms.find(std::string_view(formField).substr(0, dot), version);
}

merge::Policy MergePolicies::policyOf(const std::optional<std::string>& formField,
                                      const merge::AnswerField& field) const {
    if (field.kind != merge::AnswerFieldKind::Item || !formField) {
        return merge::Policy::Judgement;
    }
    const auto* form = definition(*formField);
    const auto* item = form ? form->item(field.item) : nullptr;
    return item && item->merge == forms::MergePolicy::Set ? merge::Policy::Set
                                                          : merge::Policy::Judgement;
}

}  // namespace veldwerk::sync::server
