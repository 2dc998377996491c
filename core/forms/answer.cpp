#include "core/forms/answer.h"

#include <algorithm>

#include "core/forms/value_codec.h"

namespace veldwerk::forms {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

AnswerCheck failure(std::string error) {
    return {false, {}, std::move(error)};
}

AnswerCheck check(const std::string& name, ItemType type, const std::vector<Option>& options,
                  std::string_view value) {
    std::string error;
    const auto decoded = decodeValue(type, options, value, error);
    if (!decoded) {
        return failure(name + " (" + std::string(toString(type)) + "): " + error);
    }
    return {true, encodeValue(type, options, *decoded, value), {}};
}

}  // namespace

std::set<std::string> parseMulti(std::string_view text) {
    std::set<std::string> values;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const auto piece = trim(text.substr(0, comma));
        if (!piece.empty()) {
            values.emplace(piece);
        }
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return values;
}

std::string formatMulti(const std::set<std::string>& values) {
    std::string joined;
    for (const auto& value : values) {
        joined += (joined.empty() ? "" : ",") + value;
    }
    return joined;
}

AnswerCheck validateAnswer(const Definition& definition, std::string_view path,
                           std::string_view value) {
    const auto slash = path.find('/');
    const auto itemId = path.substr(0, slash);
    const Item* item = definition.item(itemId);
    if (!item) {
        return failure("unknown item '" + std::string(itemId) + "' in " + definition.key());
    }
    if (slash == std::string_view::npos) {
        if (item->type == ItemType::Group) {
            return failure(item->id + " is a group: add an entry and set GROUP/ENTRY/FIELD");
        }
        return check(item->id, item->type, item->options, value);
    }
    const auto rest = path.substr(slash + 1);
    if (item->type != ItemType::Group) {
        return failure(item->id + " is not a group; set it without '/'");
    }
    const auto lastSlash = rest.rfind('/');
    const auto fieldId = lastSlash == std::string_view::npos ? rest : rest.substr(lastSlash + 1);
    if (lastSlash != std::string_view::npos &&
        rest.substr(0, lastSlash).find('/') != std::string_view::npos) {
        return failure("'" + std::string(path) + "' has too many parts; use GROUP/ENTRY/FIELD");
    }
    const Field* field = item->field(fieldId);
    if (!field) {
        std::string fields;
        for (const auto& candidate : item->fields) {
            fields += (fields.empty() ? "" : ", ") + candidate.id;
        }
        return failure("group " + item->id + " has no field '" + std::string(fieldId) +
                       "'; fields are: " + fields);
    }
    return check(item->id + "/" + field->id, field->type, field->options, value);
}

void AnswerSet::set(std::string_view item, std::string value) {
    if (trim(value).empty()) {
        clear(item);
        return;
    }
    const auto found = m_values.find(item);
    if (found != m_values.end()) {
        found->second = std::move(value);
    } else {
        m_values.emplace(std::string(item), std::move(value));
    }
}

void AnswerSet::setPerspective(std::string_view item, std::string_view author, std::string value) {
    auto found = m_perspectives.find(item);
    if (found == m_perspectives.end()) {
        found = m_perspectives.emplace(std::string(item), decltype(found->second){}).first;
    }
    if (trim(value).empty()) {
        found->second.erase(std::string(author));
    } else {
        found->second[std::string(author)] = std::move(value);
    }
}

GroupEntry& AnswerSet::addEntry(std::string_view group, std::string_view entryId) {
    auto found = m_groups.find(group);
    if (found == m_groups.end()) {
        found = m_groups.emplace(std::string(group), std::vector<GroupEntry>{}).first;
    }
    auto& entries = found->second;
    const auto existing =
        std::find_if(entries.begin(), entries.end(),
                     [&](const GroupEntry& entry) { return entry.id == entryId; });
    if (existing != entries.end()) {
        return *existing;
    }
    entries.push_back({std::string(entryId), {}});
    return entries.back();
}

bool AnswerSet::removeEntry(std::string_view group, std::string_view entryId) {
    const auto found = m_groups.find(group);
    if (found == m_groups.end()) {
        return false;
    }
    auto& entries = found->second;
    const auto before = entries.size();
    std::erase_if(entries, [&](const GroupEntry& entry) { return entry.id == entryId; });
    return entries.size() != before;
}

void AnswerSet::setField(std::string_view group, std::string_view entryId, std::string_view field,
                         std::string value) {
    auto& entry = addEntry(group, entryId);
    if (trim(value).empty()) {
        entry.fields.erase(std::string(field));
    } else {
        entry.fields[std::string(field)] = std::move(value);
    }
}

void AnswerSet::clear(std::string_view item) {
    if (const auto found = m_values.find(item); found != m_values.end()) {
        m_values.erase(found);
    }
    if (const auto found = m_perspectives.find(item); found != m_perspectives.end()) {
        m_perspectives.erase(found);
    }
    if (const auto found = m_groups.find(item); found != m_groups.end()) {
        m_groups.erase(found);
    }
}

const std::string* AnswerSet::value(std::string_view item) const {
    const auto found = m_values.find(item);
    return found == m_values.end() ? nullptr : &found->second;
}

const std::map<std::string, std::string, std::less<>>* AnswerSet::perspectives(
    std::string_view item) const {
    const auto found = m_perspectives.find(item);
    return found == m_perspectives.end() ? nullptr : &found->second;
}

const std::vector<GroupEntry>* AnswerSet::entries(std::string_view group) const {
    const auto found = m_groups.find(group);
    return found == m_groups.end() ? nullptr : &found->second;
}

}  // namespace veldwerk::forms
