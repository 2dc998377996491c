// Conditions on group entries, dates and the case around the assessment (the subject child's
// age, other assessments of the case): part of ConditionCompiler, see condition_compiler.h.
#include <algorithm>
#include <array>

#include "core/forms/condition_compiler.h"
#include "core/forms/date.h"

namespace veldwerk::forms {

namespace {

constexpr std::array<std::string_view, 4> kStatuses{"draft", "submitted", "approved", "returned"};

}  // namespace

ConditionRef ConditionCompiler::compileGroup(ConditionOp op, const Json& operand,
                                             const std::string& path) {
    if (!m_context.checkObject(operand, path, "a group condition")) {
        return constant(false);
    }
    ConditionNode node;
    node.op = op;
    if (op == ConditionOp::EntryCount) {
        m_context.checkKeys(operand, {"group", "filled", "lt", "lte", "gt", "gte", "eq"}, path);
        if (!readComparisons(operand, path, node, true)) {
            return constant(false);
        }
    } else {
        m_context.checkKeys(operand, {"group", "filled"}, path);
    }
    if (!operand.contains("group")) {
        return invalid("missing-field", "missing 'group'", childPath(path, "group"));
    }
    const auto index = resolveItem(operand["group"], childPath(path, "group"));
    if (!index) {
        return constant(false);
    }
    const Item& group = m_definition.items()[*index];
    if (group.type != ItemType::Group) {
        m_context.failAbout(group.id, "operator-not-applicable",
                            "'" + group.id + "' is not a group", childPath(path, "group"));
        return constant(false);
    }
    node.items.push_back(*index);
    // everyEntry needs `filled`; entryCount may name it (count only entries with those fields).
    if (op == ConditionOp::EveryEntry || operand.contains("filled")) {
        const Json* filled = m_context.array(operand, "filled", path);
        if (!filled || filled->empty()) {
            return filled ? invalid("bad-condition", "'filled' lists at least one field",
                                    childPath(path, "filled"))
                          : constant(false);
        }
        for (std::size_t i = 0; i < filled->size(); ++i) {
            const auto& entry = (*filled)[i];
            const auto field = entry.is_string() ? entry.get<std::string>() : std::string();
            if (!group.field(field)) {
                m_context.failAbout(group.id, "unknown-field",
                                    "group '" + group.id + "' has no field '" + field + "'",
                                    childPath(childPath(path, "filled"), i));
                return constant(false);
            }
            node.fields.push_back(field);
        }
    }
    return add(std::move(node));
}

ConditionRef ConditionCompiler::compileDates(ConditionOp op, const Json& operand,
                                             const std::string& path) {
    ConditionNode node;
    node.op = op;
    const auto requireDate = [&](std::uint32_t index, const std::string& at) {
        const Item& item = m_definition.items()[index];
        if (item.type != ItemType::Date) {
            m_context.failAbout(item.id, "operator-not-applicable",
                                "'" + item.id + "' is not a date item", at);
            return false;
        }
        return true;
    };
    if (op == ConditionOp::DateOrder) {
        if (!operand.is_array() || operand.size() < 2) {
            return invalid("bad-condition", "'dateOrder' takes at least two date items", path);
        }
        for (std::size_t i = 0; i < operand.size(); ++i) {
            const auto index = resolveItem(operand[i], childPath(path, i));
            if (!index || !requireDate(*index, childPath(path, i))) {
                return constant(false);
            }
            node.items.push_back(*index);
        }
        return add(std::move(node));
    }
    if (!m_context.checkObject(operand, path, "'daysFromToday'")) {
        return constant(false);
    }
    m_context.checkKeys(operand, {"item", "lt", "lte", "gt", "gte", "eq"}, path);
    if (!operand.contains("item")) {
        return invalid("missing-field", "missing 'item'", childPath(path, "item"));
    }
    const auto index = resolveItem(operand["item"], childPath(path, "item"));
    if (!index || !requireDate(*index, childPath(path, "item")) ||
        !readComparisons(operand, path, node, true)) {
        return constant(false);
    }
    node.items.push_back(*index);
    return add(std::move(node));
}

ConditionRef ConditionCompiler::compileChildAge(const Json& operand, const std::string& path) {
    if (!m_context.checkObject(operand, path, "'childAgeYears'")) {
        return constant(false);
    }
    m_context.checkKeys(operand, {"lt", "lte", "gt", "gte", "eq"}, path);
    ConditionNode node;
    node.op = ConditionOp::ChildAgeYears;
    if (!readComparisons(operand, path, node, true)) {
        return constant(false);
    }
    return add(std::move(node));
}

ConditionRef ConditionCompiler::compileOtherAssessment(const Json& operand,
                                                       const std::string& path) {
    if (!m_context.checkObject(operand, path, "'otherAssessment'")) {
        return constant(false);
    }
    m_context.checkKeys(operand, {"form", "status", "groupNotEmpty", "filled", "eq"}, path);
    ConditionNode node;
    node.op = ConditionOp::OtherAssessment;
    // The other form's items are checked by FormRegistry once every definition is loaded.
    const auto form = m_context.text(operand, "form", path);
    if (!form) {
        return constant(false);
    }
    if (!isIdentifier(*form)) {
        return invalid("bad-condition", "'" + *form + "' is not a form id",
                       childPath(path, "form"));
    }
    node.form = *form;
    if (const Json* statuses = m_context.array(operand, "status", path, false)) {
        for (std::size_t i = 0; i < statuses->size(); ++i) {
            const auto& entry = (*statuses)[i];
            const auto status = entry.is_string() ? entry.get<std::string>() : std::string();
            if (std::find(kStatuses.begin(), kStatuses.end(), status) == kStatuses.end()) {
                return invalid("bad-condition",
                               "unknown assessment status '" + status +
                                   "' (draft, submitted, approved, returned)",
                               childPath(childPath(path, "status"), i));
            }
            node.statuses.push_back(status);
        }
    }
    if (const auto group = m_context.text(operand, "groupNotEmpty", path, false)) {
        node.group = *group;
    }
    // Which fields make an entry of that group count (checked by FormRegistry against the form).
    if (const Json* filled = m_context.array(operand, "filled", path, false)) {
        if (node.group.empty() || filled->empty()) {
            return invalid("bad-condition", "'filled' lists the fields of 'groupNotEmpty'",
                           childPath(path, "filled"));
        }
        for (std::size_t i = 0; i < filled->size(); ++i) {
            const auto& entry = (*filled)[i];
            if (!entry.is_string() || !isIdentifier(entry.get<std::string>())) {
                return invalid("bad-condition", "a field id",
                               childPath(childPath(path, "filled"), i));
            }
            node.fields.push_back(entry.get<std::string>());
        }
    }
    if (operand.contains("eq")) {
        const auto& eq = operand["eq"];
        if (!eq.is_array() || eq.size() != 2 || !eq[0].is_string() || !eq[1].is_string()) {
            return invalid("bad-condition", "'eq' takes [item, value] of the other form",
                           childPath(path, "eq"));
        }
        node.answerItem = eq[0].get<std::string>();
        node.answerValue = eq[1].get<std::string>();
    }
    return add(std::move(node));
}

}  // namespace veldwerk::forms
