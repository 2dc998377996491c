#include "core/forms/definition.h"

namespace veldwerk::forms {

namespace {

std::optional<std::int32_t> findOption(const std::vector<Option>& options, std::string_view value) {
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].value == value) {
            return static_cast<std::int32_t>(i);
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::int32_t> Field::optionIndex(std::string_view value) const {
    return findOption(options, value);
}

std::optional<std::int32_t> Item::optionIndex(std::string_view value) const {
    return findOption(options, value);
}

const Field* Item::field(std::string_view fieldId) const {
    for (const auto& candidate : fields) {
        if (candidate.id == fieldId) {
            return &candidate;
        }
    }
    return nullptr;
}

std::string_view toString(EffectKind kind) {
    switch (kind) {
        case EffectKind::Suggest:
            return "suggest";
        case EffectKind::Require:
            return "require";
        case EffectKind::Warn:
            return "warn";
        case EffectKind::Flag:
            return "flag";
        case EffectKind::Hide:
            return "hide";
    }
    return "?";
}

std::optional<std::uint32_t> Definition::itemIndex(std::string_view itemId) const {
    const auto found = m_itemIndex.find(itemId);
    if (found == m_itemIndex.end()) {
        return std::nullopt;
    }
    return found->second;
}

const Item* Definition::item(std::string_view itemId) const {
    const auto index = itemIndex(itemId);
    return index ? &m_items[*index] : nullptr;
}

const Rule* Definition::rule(std::string_view ruleId) const {
    for (const auto& candidate : m_rules) {
        if (candidate.id == ruleId) {
            return &candidate;
        }
    }
    return nullptr;
}

const DerivedValue* Definition::derivedValue(std::string_view derivedId) const {
    for (const auto& candidate : m_derived) {
        if (candidate.id == derivedId) {
            return &candidate;
        }
    }
    return nullptr;
}

}  // namespace veldwerk::forms
