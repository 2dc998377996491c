#include "core/forms/condition_compiler.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/forms/date.h"

namespace veldwerk::forms {

namespace {

// Deep enough for any real rule, shallow enough that evaluation recursion stays trivial.
constexpr int kMaxDepth = 32;

constexpr std::array<std::pair<std::string_view, Comparison::Cmp>, 5> kComparisons{{
    {"lt", Comparison::Cmp::Lt},
    {"lte", Comparison::Cmp::Lte},
    {"gt", Comparison::Cmp::Gt},
    {"gte", Comparison::Cmp::Gte},
    {"eq", Comparison::Cmp::Eq},
}};

constexpr std::array<std::pair<std::string_view, ConditionOp>, 18> kOperators{{
    {"all", ConditionOp::All},
    {"any", ConditionOp::Any},
    {"not", ConditionOp::Not},
    {"eq", ConditionOp::Eq},
    {"in", ConditionOp::In},
    {"contains", ConditionOp::Contains},
    {"containsAny", ConditionOp::ContainsAny},
    {"answered", ConditionOp::Answered},
    {"anyOf", ConditionOp::Count},
    {"count", ConditionOp::Count},
    {"share", ConditionOp::Share},
    {"derived", ConditionOp::Derived},
    {"entryCount", ConditionOp::EntryCount},
    {"everyEntry", ConditionOp::EveryEntry},
    {"daysFromToday", ConditionOp::DaysFromToday},
    {"dateOrder", ConditionOp::DateOrder},
    {"childAgeYears", ConditionOp::ChildAgeYears},
    {"otherAssessment", ConditionOp::OtherAssessment},
}};

bool isComparisonKey(std::string_view key) {
    return std::any_of(kComparisons.begin(), kComparisons.end(),
                       [&](const auto& entry) { return entry.first == key; });
}

}  // namespace

ConditionRef ConditionCompiler::add(ConditionNode node) {
    m_nodes.push_back(std::move(node));
    return static_cast<ConditionRef>(m_nodes.size() - 1);
}

ConditionRef ConditionCompiler::constant(bool value) {
    ConditionNode node;
    node.op = value ? ConditionOp::True : ConditionOp::False;
    return add(std::move(node));
}

ConditionRef ConditionCompiler::invalid(std::string code, std::string message,
                                        const std::string& path) {
    m_context.fail(std::move(code), std::move(message), path);
    return constant(false);
}

ConditionRef ConditionCompiler::compileAt(const Json& json, const std::string& path, int depth) {
    if (depth > kMaxDepth) {
        return invalid("condition-too-deep", "condition nested deeper than 32 levels", path);
    }
    if (json.is_boolean()) {
        return constant(json.get<bool>());
    }
    if (!json.is_object() || json.size() != 1) {
        return invalid("bad-condition",
                       "a condition is true, false or an object with exactly one operator", path);
    }
    // Not a structured binding: clang 14 cannot capture those in the lambda below.
    const auto only = json.begin();
    const std::string name = only.key();
    const Json& operand = only.value();
    const auto here = childPath(path, name);
    if (name == "inConflict") {
        return compileSelection(ConditionOp::InConflict, operand, here);
    }
    const auto found = std::find_if(kOperators.begin(), kOperators.end(),
                                    [&](const auto& entry) { return entry.first == name; });
    if (found == kOperators.end()) {
        return invalid("unknown-operator", "unknown condition operator '" + name + "'", here);
    }
    switch (found->second) {
        case ConditionOp::All:
        case ConditionOp::Any:
        case ConditionOp::Not:
            return compileList(found->second, operand, here, depth);
        case ConditionOp::Eq:
        case ConditionOp::In:
        case ConditionOp::Contains:
        case ConditionOp::ContainsAny:
        case ConditionOp::Answered:
            return compileItemValue(found->second, operand, here);
        case ConditionOp::Count:
        case ConditionOp::Share: {
            if (name == "anyOf") {
                // Sugar: {"anyOf": {...}} is {"count": {..., "gte": 1}}.
                if (operand.is_object() &&
                    std::any_of(operand.items().begin(), operand.items().end(),
                                [](const auto& kv) { return isComparisonKey(kv.key()); })) {
                    return invalid("bad-condition", "'anyOf' takes no comparison; use 'count'",
                                   here);
                }
                Json expanded = operand;
                if (expanded.is_object()) {
                    expanded["gte"] = 1;
                }
                return compileSelection(ConditionOp::Count, expanded, here);
            }
            return compileSelection(found->second, operand, here);
        }
        case ConditionOp::Derived:
            return compileDerived(operand, here);
        case ConditionOp::EntryCount:
        case ConditionOp::EveryEntry:
            return compileGroup(found->second, operand, here);
        case ConditionOp::DaysFromToday:
        case ConditionOp::DateOrder:
            return compileDates(found->second, operand, here);
        case ConditionOp::ChildAgeYears:
            return compileChildAge(operand, here);
        case ConditionOp::OtherAssessment:
            return compileOtherAssessment(operand, here);
        default:
            break;
    }
    return invalid("unknown-operator", "unknown condition operator '" + name + "'", here);
}

ConditionRef ConditionCompiler::compileList(ConditionOp op, const Json& operand,
                                            const std::string& path, int depth) {
    ConditionNode node;
    node.op = op;
    if (op == ConditionOp::Not) {
        node.children.push_back(compileAt(operand, path, depth + 1));
        return add(std::move(node));
    }
    if (!operand.is_array() || operand.empty()) {
        return invalid("bad-condition", "'all' and 'any' take a non-empty array of conditions",
                       path);
    }
    for (std::size_t i = 0; i < operand.size(); ++i) {
        node.children.push_back(compileAt(operand[i], childPath(path, i), depth + 1));
    }
    return add(std::move(node));
}

std::optional<std::uint32_t> ConditionCompiler::resolveItem(const Json& json,
                                                            const std::string& path) {
    if (!json.is_string()) {
        m_context.fail("bad-condition", "expected an item id (a string)", path);
        return std::nullopt;
    }
    const auto id = json.get<std::string>();
    const auto index = m_definition.itemIndex(id);
    if (!index) {
        m_context.failAbout(id, "unknown-item", "condition refers to unknown item '" + id + "'",
                            path);
    }
    return index;
}

std::optional<std::int32_t> ConditionCompiler::resolveValue(const Item& item, const Json& json,
                                                            const std::string& path) {
    if (hasOptions(item.type)) {
        if (!json.is_string()) {
            m_context.fail("bad-value", "a value of '" + item.id + "' must be a string", path);
            return std::nullopt;
        }
        const auto value = json.get<std::string>();
        const auto index = item.optionIndex(value);
        if (!index) {
            m_context.failAbout(item.id, "unknown-option",
                                "'" + value + "' is not an option of item '" + item.id + "'", path);
        }
        return index;
    }
    if (isScale(item.type)) {
        if (!json.is_number_integer() || json.get<std::int64_t>() < scaleMin(item.type) ||
            json.get<std::int64_t>() > scaleMax(item.type)) {
            m_context.fail("bad-value",
                           "'" + item.id + "' takes whole numbers " +
                               std::to_string(scaleMin(item.type)) + ".." +
                               std::to_string(scaleMax(item.type)),
                           path);
            return std::nullopt;
        }
        return static_cast<std::int32_t>(json.get<std::int64_t>());
    }
    if (item.type == ItemType::Date) {
        const auto date = json.is_string() ? Date::parse(json.get<std::string>()) : std::nullopt;
        if (!date) {
            m_context.fail("bad-value", "a date value must be \"YYYY-MM-DD\"", path);
            return std::nullopt;
        }
        return date->daysSinceEpoch();
    }
    m_context.failAbout(item.id, "operator-not-applicable",
                        "values of " + std::string(toString(item.type)) + " item '" + item.id +
                            "' cannot be compared",
                        path);
    return std::nullopt;
}

ConditionRef ConditionCompiler::compileItemValue(ConditionOp op, const Json& operand,
                                                 const std::string& path) {
    ConditionNode node;
    node.op = op;
    if (op == ConditionOp::Answered) {
        const auto index = resolveItem(operand, path);
        if (!index) {
            return constant(false);
        }
        node.items.push_back(*index);
        return add(std::move(node));
    }
    if (!operand.is_array() || operand.size() != 2) {
        return invalid("bad-condition", "expected [item, value]", path);
    }
    const auto index = resolveItem(operand[0], childPath(path, 0));
    if (!index) {
        return constant(false);
    }
    const Item& item = m_definition.items()[*index];
    node.items.push_back(*index);
    const bool multi = item.type == ItemType::Multi;
    const bool wantsMulti = op == ConditionOp::Contains || op == ConditionOp::ContainsAny;
    if (multi != wantsMulti || item.merge == MergePolicy::Perspective ||
        (op == ConditionOp::In && item.type == ItemType::Date)) {
        m_context.failAbout(item.id, "operator-not-applicable",
                            "this operator does not apply to " + std::string(toString(item.type)) +
                                " item '" + item.id + "'" + (multi ? " (use contains)" : ""),
                            path);
        return constant(false);
    }
    const auto valuePath = childPath(path, 1);
    if (op == ConditionOp::Eq || op == ConditionOp::Contains) {
        const auto value = resolveValue(item, operand[1], valuePath);
        if (!value) {
            return constant(false);
        }
        node.values.push_back(*value);
        return add(std::move(node));
    }
    if (!operand[1].is_array() || operand[1].empty()) {
        return invalid("bad-condition", "expected [item, [values...]]", valuePath);
    }
    for (std::size_t i = 0; i < operand[1].size(); ++i) {
        const auto value = resolveValue(item, operand[1][i], childPath(valuePath, i));
        if (!value) {
            return constant(false);
        }
        node.valueSet |= std::uint64_t{1} << *value;  // option index < 64, scale value <= 10
    }
    return add(std::move(node));
}

bool ConditionCompiler::readComparisons(const Json& object, const std::string& path,
                                        ConditionNode& node, bool required) {
    for (const auto& [key, cmp] : kComparisons) {
        const auto found = object.find(key);
        if (found == object.end()) {
            continue;
        }
        if (!found->is_number()) {
            m_context.fail("bad-condition", "comparison '" + std::string(key) + "' needs a number",
                           childPath(path, key));
            return false;
        }
        node.comparisons.push_back({cmp, found->get<double>()});
    }
    if (required && node.comparisons.empty()) {
        m_context.fail("bad-condition", "needs a comparison: lt, lte, gt, gte or eq", path);
        return false;
    }
    return true;
}

std::optional<std::vector<std::uint32_t>> ConditionCompiler::select(const Json& object,
                                                                    const std::string& path) {
    const auto prefix = m_context.text(object, "prefix", path, false);
    const auto type = m_context.text(object, "type", path, false);
    const auto merge = m_context.text(object, "merge", path, false);
    std::optional<ItemType> wantedType;
    std::optional<MergePolicy> wantedMerge;
    if (type && !(wantedType = itemTypeFromString(*type))) {
        m_context.fail("unknown-type", "unknown item type '" + *type + "'",
                       childPath(path, "type"));
        return std::nullopt;
    }
    if (merge && !(wantedMerge = mergePolicyFromString(*merge))) {
        m_context.fail("bad-merge-policy", "unknown merge policy '" + *merge + "'",
                       childPath(path, "merge"));
        return std::nullopt;
    }
    std::vector<bool> chosen(m_definition.items().size(), true);
    const auto restrictTo = [&](std::string_view key, bool sections) -> bool {
        const Json* list = m_context.array(object, key, path, false);
        if (!list) {
            return !object.contains(key);
        }
        std::vector<bool> named(chosen.size(), false);
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& entry = (*list)[i];
            const auto id = entry.is_string() ? entry.get<std::string>() : std::string();
            bool known = false;
            for (std::size_t k = 0; k < chosen.size(); ++k) {
                const Item& item = m_definition.items()[k];
                const bool match =
                    sections ? m_definition.sections()[item.section].id == id : item.id == id;
                known = known || match;
                named[k] = named[k] || match;
            }
            if (!known) {
                m_context.failAbout(
                    id, sections ? "unknown-section" : "unknown-item",
                    std::string(sections ? "unknown section '" : "unknown item '") + id + "'",
                    childPath(childPath(path, key), i));
                return false;
            }
        }
        for (std::size_t k = 0; k < chosen.size(); ++k) {
            chosen[k] = chosen[k] && named[k];
        }
        return true;
    };
    if (!restrictTo("sections", true) || !restrictTo("ids", false)) {
        return std::nullopt;
    }
    std::vector<std::uint32_t> result;
    for (std::size_t k = 0; k < chosen.size(); ++k) {
        const Item& item = m_definition.items()[k];
        // Fields of a group entry merge as judgement, so a judgement selection includes groups.
        const bool mergeMatches =
            !wantedMerge || item.merge == *wantedMerge ||
            (*wantedMerge == MergePolicy::Judgement && item.type == ItemType::Group);
        if (chosen[k] && (!prefix || item.id.starts_with(*prefix)) &&
            (!wantedType || item.type == *wantedType) && mergeMatches) {
            result.push_back(static_cast<std::uint32_t>(k));
        }
    }
    if (result.empty()) {
        m_context.fail("empty-selection", "the item selection matches no items", path);
        return std::nullopt;
    }
    return result;
}

ConditionRef ConditionCompiler::compileSelection(ConditionOp op, const Json& operand,
                                                 const std::string& path) {
    if (!m_context.checkObject(operand, path, "an item selection")) {
        return constant(false);
    }
    ConditionNode node;
    node.op = op;
    if (op == ConditionOp::InConflict) {
        m_context.checkKeys(operand, {"prefix", "sections", "ids", "type", "merge"}, path);
    } else {
        m_context.checkKeys(
            operand,
            {"prefix", "sections", "ids", "type", "merge", "value", "lt", "lte", "gt", "gte", "eq"},
            path);
        if (!readComparisons(operand, path, node, true)) {
            return constant(false);
        }
    }
    auto selected = select(operand, path);
    if (!selected) {
        return constant(false);
    }
    node.items = std::move(*selected);
    if (op == ConditionOp::InConflict) {
        return add(std::move(node));
    }
    const auto value = m_context.text(operand, "value", path);
    if (!value) {
        return constant(false);
    }
    for (auto index : node.items) {
        const Item& item = m_definition.items()[index];
        const auto option = hasOptions(item.type) ? item.optionIndex(*value) : std::nullopt;
        if (!option) {
            m_context.failAbout(item.id, "unknown-option",
                                "selected item '" + item.id + "' has no option '" + *value + "'",
                                childPath(path, "value"));
            return constant(false);
        }
        node.values.push_back(*option);
    }
    return add(std::move(node));
}

ConditionRef ConditionCompiler::compileMeasure(const Json& json, const std::string& path) {
    if (!json.is_object() || json.size() != 1 ||
        (!json.contains("count") && !json.contains("share"))) {
        return invalid("bad-derived", "a derived value is {\"count\": {...}} or {\"share\": {...}}",
                       path);
    }
    const bool share = json.contains("share");
    const auto& operand = json.begin().value();
    const auto here = childPath(path, share ? "share" : "count");
    if (!m_context.checkObject(operand, here, "an item selection")) {
        return constant(false);
    }
    for (const auto& [key, value] : operand.items()) {
        if (isComparisonKey(key)) {
            return invalid("bad-derived", "a derived value takes no comparison",
                           childPath(here, key));
        }
    }
    // Compiled like a condition with a comparison that is then dropped: same selection rules.
    Json withComparison = operand;
    withComparison["gte"] = 0;
    const auto ref =
        compileSelection(share ? ConditionOp::Share : ConditionOp::Count, withComparison, here);
    m_nodes[ref].comparisons.clear();
    return ref;
}

ConditionRef ConditionCompiler::compileDerived(const Json& operand, const std::string& path) {
    if (!m_context.checkObject(operand, path, "'derived'")) {
        return constant(false);
    }
    m_context.checkKeys(operand, {"id", "lt", "lte", "gt", "gte", "eq"}, path);
    ConditionNode node;
    node.op = ConditionOp::Derived;
    const auto id = m_context.text(operand, "id", path);
    if (!id || !readComparisons(operand, path, node, true)) {
        return constant(false);
    }
    const auto& derived = m_definition.derived();
    const auto found = std::find_if(derived.begin(), derived.end(),
                                    [&](const DerivedValue& value) { return value.id == *id; });
    if (found == derived.end()) {
        return invalid("unknown-derived", "unknown derived value '" + *id + "'",
                       childPath(path, "id"));
    }
    node.derived = static_cast<std::uint32_t>(found - derived.begin());
    return add(std::move(node));
}

void ConditionCompiler::collectItems(ConditionRef ref, std::vector<std::uint32_t>& out) const {
    const ConditionNode& node = m_nodes[ref];
    out.insert(out.end(), node.items.begin(), node.items.end());
    for (auto child : node.children) {
        collectItems(child, out);
    }
    if (node.op == ConditionOp::Derived) {
        collectItems(m_definition.derived()[node.derived].measure, out);
    }
}

}  // namespace veldwerk::forms
