#include "core/forms/item_type.h"

#include <array>
#include <utility>

namespace veldwerk::forms {

namespace {

constexpr std::array<std::pair<ItemType, std::string_view>, 8> kTypeNames{{
    {ItemType::Jnv, "jnv"},
    {ItemType::Choice, "choice"},
    {ItemType::Multi, "multi"},
    {ItemType::Text, "text"},
    {ItemType::Date, "date"},
    {ItemType::Scale0_10, "scale0_10"},
    {ItemType::Scale1_5, "scale1_5"},
    {ItemType::Group, "group"},
}};

constexpr std::array<std::pair<MergePolicy, std::string_view>, 4> kPolicyNames{{
    {MergePolicy::Judgement, "judgement"},
    {MergePolicy::Set, "set"},
    {MergePolicy::Entries, "entries"},
    {MergePolicy::Perspective, "perspective"},
}};

}  // namespace

std::string_view toString(ItemType type) {
    for (const auto& [value, name] : kTypeNames) {
        if (value == type) {
            return name;
        }
    }
    return "?";
}

std::string_view toString(MergePolicy policy) {
    for (const auto& [value, name] : kPolicyNames) {
        if (value == policy) {
            return name;
        }
    }
    return "?";
}

std::optional<ItemType> itemTypeFromString(std::string_view text) {
    for (const auto& [value, name] : kTypeNames) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<MergePolicy> mergePolicyFromString(std::string_view text) {
    for (const auto& [value, name] : kPolicyNames) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

MergePolicy defaultMergePolicy(ItemType type) {
    switch (type) {
        case ItemType::Multi:
            return MergePolicy::Set;
        case ItemType::Group:
            return MergePolicy::Entries;
        default:
            return MergePolicy::Judgement;
    }
}

bool mergePolicyFits(ItemType type, MergePolicy policy) {
    switch (policy) {
        case MergePolicy::Judgement:
            return type != ItemType::Group;
        case MergePolicy::Set:
            return type == ItemType::Multi;
        case MergePolicy::Entries:
            return type == ItemType::Group;
        case MergePolicy::Perspective:
            return isScale(type);
    }
    return false;
}

bool hasOptions(ItemType type) {
    return type == ItemType::Jnv || type == ItemType::Choice || type == ItemType::Multi;
}

bool isScale(ItemType type) {
    return type == ItemType::Scale0_10 || type == ItemType::Scale1_5;
}

int scaleMin(ItemType type) {
    return type == ItemType::Scale1_5 ? 1 : 0;
}

int scaleMax(ItemType type) {
    return type == ItemType::Scale1_5 ? 5 : 10;
}

}  // namespace veldwerk::forms
