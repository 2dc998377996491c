#include "core/forms/registry.h"

#include <algorithm>
#include <functional>

#include "core/forms/definition_parser.h"

namespace veldwerk::forms {

namespace {

DefinitionError problem(const Definition& definition, std::string item, std::string rule,
                        std::string code, std::string message) {
    return {definition.fileName(), std::move(item),    std::move(rule),
            std::move(code),       std::move(message), {}};
}

}  // namespace

std::filesystem::path builtinDefinitionsDir() {
    return VELDWERK_FORMS_BUILTIN_DIR;
}

FormRegistry::LoadReport FormRegistry::loadDirectory(const std::filesystem::path& directory) {
    LoadReport report;
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
        if (it->path().extension() == ".json") {
            files.push_back(it->path());
        }
    }
    if (error) {
        report.errors.push_back({directory.string(),
                                 {},
                                 {},
                                 "unreadable-directory",
                                 "cannot list definitions: " + error.message(),
                                 {}});
        return report;
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        auto parsed = loadDefinitionFile(file);
        if (!parsed.ok()) {
            report.errors.insert(report.errors.end(), parsed.errors.begin(), parsed.errors.end());
            continue;
        }
        const auto expected = parsed.definition->key() + ".json";
        if (file.filename().string() != expected) {
            report.errors.push_back(problem(
                *parsed.definition, {}, {}, "file-name-mismatch",
                "a file holding " + parsed.definition->key() + " must be named " + expected));
            continue;
        }
        auto errors = add(std::move(parsed.definition));
        if (errors.empty()) {
            ++report.loaded;
        }
        report.errors.insert(report.errors.end(), errors.begin(), errors.end());
    }
    auto crossErrors = crossCheck();
    report.errors.insert(report.errors.end(), crossErrors.begin(), crossErrors.end());
    return report;
}

std::vector<DefinitionError> FormRegistry::add(std::shared_ptr<const Definition> definition) {
    if (!definition) {
        return {{{}, {}, {}, "internal-error", "no definition", {}}};
    }
    auto& versions = m_forms[definition->id()];
    if (versions.contains(definition->version())) {
        return {problem(*definition, {}, {}, "duplicate-version",
                        definition->key() + " is loaded twice")};
    }
    versions.emplace(definition->version(), std::move(definition));
    return {};
}

std::vector<DefinitionError> FormRegistry::crossCheck() const {
    std::vector<DefinitionError> errors;
    for (const auto* definition : all()) {
        // Conditions on other assessments must name a loaded form and its real groups and items.
        const auto& nodes = definition->conditions();
        std::function<void(ConditionRef, const std::string&)> visit =
            [&](ConditionRef ref, const std::string& ruleId) {
                const ConditionNode& node = nodes[ref];
                for (auto child : node.children) {
                    visit(child, ruleId);
                }
                if (node.op != ConditionOp::OtherAssessment) {
                    return;
                }
                const Definition* other = find(node.form);
                if (!other) {
                    errors.push_back(
                        problem(*definition, {}, ruleId, "unknown-form",
                                "refers to form '" + node.form + "', which is not loaded"));
                    return;
                }
                const Item* group = node.group.empty() ? nullptr : other->item(node.group);
                if (!node.group.empty() && (!group || group->type != ItemType::Group)) {
                    errors.push_back(problem(*definition, node.group, ruleId, "unknown-item",
                                             other->id() + " has no group '" + node.group + "'"));
                }
                for (const auto& field : node.fields) {
                    if (group && group->type == ItemType::Group && !group->field(field)) {
                        errors.push_back(problem(*definition, node.group, ruleId, "unknown-field",
                                                 other->id() + " group '" + node.group +
                                                     "' has no field '" + field + "'"));
                    }
                }
                if (!node.answerItem.empty() && !other->item(node.answerItem)) {
                    errors.push_back(
                        problem(*definition, node.answerItem, ruleId, "unknown-item",
                                other->id() + " has no item '" + node.answerItem + "'"));
                }
            };
        for (const auto& rule : definition->rules()) {
            visit(rule.when, rule.id);
            for (const auto& effect : rule.effects) {
                visit(effect.condition, rule.id);
            }
        }
        for (const auto& item : definition->items()) {
            for (auto ref : {item.visibleWhen, item.requiredWhen}) {
                if (ref) {
                    visit(*ref, {});
                }
            }
        }
        // A mapping must start from a loaded older version and name its real items and values.
        if (!definition->mapping()) {
            continue;
        }
        const auto& mapping = *definition->mapping();
        const Definition* old = find(definition->id(), mapping.fromVersion);
        if (!old) {
            errors.push_back(problem(*definition, {}, {}, "missing-version",
                                     "maps from version " + std::to_string(mapping.fromVersion) +
                                         ", which is not loaded"));
            continue;
        }
        for (const auto& [oldId, target] : mapping.items) {
            if (!old->item(oldId)) {
                errors.push_back(problem(*definition, oldId, {}, "unknown-item",
                                         old->key() + " has no item '" + oldId + "'"));
            }
        }
        for (const auto& [newId, table] : mapping.values) {
            // The old item is the one mapped onto newId, or the item of the same id.
            std::string oldId = newId;
            for (const auto& [from, target] : mapping.items) {
                if (target && *target == newId) {
                    oldId = from;
                }
            }
            const Item* oldItem = old->item(oldId);
            for (const auto& [oldValue, newValue] : table) {
                if (!oldItem || !oldItem->optionIndex(oldValue)) {
                    errors.push_back(problem(
                        *definition, newId, {}, "unknown-option",
                        old->key() + " item '" + oldId + "' has no option '" + oldValue + "'"));
                }
            }
        }
    }
    return errors;
}

const Definition* FormRegistry::find(std::string_view id) const {
    const auto found = m_forms.find(id);
    if (found == m_forms.end() || found->second.empty()) {
        return nullptr;
    }
    return found->second.rbegin()->second.get();
}

const Definition* FormRegistry::find(std::string_view id, int version) const {
    return share(id, version).get();
}

std::shared_ptr<const Definition> FormRegistry::share(std::string_view id, int version) const {
    const auto found = m_forms.find(id);
    if (found == m_forms.end()) {
        return nullptr;
    }
    const auto match = found->second.find(version);
    return match == found->second.end() ? nullptr : match->second;
}

std::vector<int> FormRegistry::versions(std::string_view id) const {
    std::vector<int> result;
    if (const auto found = m_forms.find(id); found != m_forms.end()) {
        for (const auto& [version, definition] : found->second) {
            result.push_back(version);
        }
    }
    return result;
}

std::vector<const Definition*> FormRegistry::all() const {
    std::vector<const Definition*> result;
    for (const auto& [id, versions] : m_forms) {
        for (const auto& [version, definition] : versions) {
            result.push_back(definition.get());
        }
    }
    return result;
}

}  // namespace veldwerk::forms
