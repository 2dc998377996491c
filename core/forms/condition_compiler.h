#pragma once

// Internal to the definition parser: compiles the JSON condition language into ConditionNodes.

#include <cstdint>
#include <string>
#include <vector>

#include "core/forms/condition.h"
#include "core/forms/definition.h"
#include "core/forms/parse_context.h"

namespace veldwerk::forms {

class ConditionCompiler {
public:
    ConditionCompiler(const Definition& definition, std::vector<ConditionNode>& nodes,
                      ParseContext& context)
        : m_definition(definition), m_nodes(nodes), m_context(context) {}

    // A condition (README.md, "Condition language"). On a problem it reports it and returns a
    // constant-false node, so parsing can go on and report further problems.
    ConditionRef compile(const Json& json, const std::string& path) {
        return compileAt(json, path, 0);
    }
    // {"count": {...}} or {"share": {...}} without comparisons: the value of a derived value.
    ConditionRef compileMeasure(const Json& json, const std::string& path);
    ConditionRef constant(bool value);

    // Every item a condition reads, following derived values (for the forward-reference check).
    void collectItems(ConditionRef ref, std::vector<std::uint32_t>& out) const;

private:
    ConditionRef add(ConditionNode node);
    ConditionRef invalid(std::string code, std::string message, const std::string& path);
    ConditionRef compileAt(const Json& json, const std::string& path, int depth);
    ConditionRef compileList(ConditionOp op, const Json& operand, const std::string& path,
                             int depth);
    ConditionRef compileItemValue(ConditionOp op, const Json& operand, const std::string& path);
    ConditionRef compileSelection(ConditionOp op, const Json& operand, const std::string& path);
    ConditionRef compileDerived(const Json& operand, const std::string& path);
    ConditionRef compileGroup(ConditionOp op, const Json& operand, const std::string& path);
    ConditionRef compileDates(ConditionOp op, const Json& operand, const std::string& path);
    ConditionRef compileChildAge(const Json& operand, const std::string& path);
    ConditionRef compileOtherAssessment(const Json& operand, const std::string& path);

    std::optional<std::uint32_t> resolveItem(const Json& json, const std::string& path);
    std::optional<std::int32_t> resolveValue(const Item& item, const Json& json,
                                             const std::string& path);
    bool readComparisons(const Json& object, const std::string& path, ConditionNode& node,
                         bool required);
    std::optional<std::vector<std::uint32_t>> select(const Json& object, const std::string& path);

    const Definition& m_definition;
    std::vector<ConditionNode>& m_nodes;
    ParseContext& m_context;
};

}  // namespace veldwerk::forms
