#include "core/visit/visit_close_check.h"

#include <algorithm>

namespace veldwerk::visit {

namespace {
void collect(const forms::Definition& d, forms::ConditionRef ref, std::vector<std::uint32_t>& out,
             int depth) {
    if (depth > 64 || ref >= d.conditions().size()) {
        return;
    }
    const auto& node = d.conditions()[ref];
    out.insert(out.end(), node.items.begin(), node.items.end());
    for (auto child : node.children) {
        collect(d, child, out, depth + 1);
    }
    if (node.op == forms::ConditionOp::Derived && node.derived < d.derived().size()) {
        collect(d, d.derived()[node.derived].measure, out, depth + 1);
    }
}
}  // namespace

std::vector<std::string> itemsRead(const forms::Definition& definition, forms::ConditionRef ref) {
    std::vector<std::uint32_t> indices;
    collect(definition, ref, indices, 0);
    std::vector<std::string> out;
    for (auto i : indices) {
        const auto& id = definition.items().at(i).id;
        if (std::find(out.begin(), out.end(), id) == out.end()) {
            out.push_back(id);
        }
    }
    return out;
}

std::string describeBlockers(const std::vector<CloseBlocker>& blockers) {
    std::string out;
    for (const auto& b : blockers) {
        if (!out.empty()) {
            out += "; ";
        }
        out += b.ruleId + " (" + b.formId + ", assessment " + b.assessmentId.substr(0, 8) +
               "): " + b.message.en;
        if (!b.items.empty()) {
            out += " [record: ";
            for (std::size_t i = 0; i < b.items.size(); ++i) {
                out += (i ? ", " : "") + b.items[i];
            }
            out += "]";
        }
    }
    return out;
}

}  // namespace veldwerk::visit
