#include "core/forms/version_mapping.h"

namespace veldwerk::forms {

namespace {

class AnswerMapper {
public:
    AnswerMapper(const Definition& to, MappedAnswers& result)
        : m_to(to), m_mapping(*to.mapping()), m_result(result) {}

    // The new item id for an old one, or nullptr when the item is dropped.
    const Item* target(const std::string& oldId) {
        const auto found = m_mapping.items.find(oldId);
        if (found != m_mapping.items.end()) {
            if (!found->second) {
                m_result.dropped.push_back({oldId, "dropped by the mapping of " + m_to.key()});
                return nullptr;
            }
            return m_to.item(*found->second);
        }
        const Item* same = m_to.item(oldId);
        if (!same) {
            m_result.dropped.push_back({oldId, m_to.key() + " has no item '" + oldId + "'"});
        }
        return same;
    }

    // The value translated through the mapping's value table of the new item.
    std::string translate(const Item& item, const std::string& value) const {
        const auto table = m_mapping.values.find(item.id);
        if (table == m_mapping.values.end() || !hasOptions(item.type)) {
            return value;
        }
        const auto one = [&](const std::string& old) {
            const auto found = table->second.find(old);
            return found == table->second.end() ? old : found->second;
        };
        if (item.type != ItemType::Multi) {
            return one(value);
        }
        std::set<std::string> mapped;
        for (const auto& piece : parseMulti(value)) {
            mapped.insert(one(piece));
        }
        return formatMulti(mapped);
    }

    std::optional<std::string> checked(const std::string& path, const std::string& value,
                                       const std::string& reportAs) {
        auto check = validateAnswer(m_to, path, value);
        if (!check) {
            m_result.dropped.push_back({reportAs, check.error});
            return std::nullopt;
        }
        return check.canonical;
    }

private:
    const Definition& m_to;
    const VersionMapping& m_mapping;
    MappedAnswers& m_result;
};

}  // namespace

MappedAnswers mapAnswers(const Definition& from, const Definition& to, const AnswerSet& answers) {
    MappedAnswers result;
    if (from.id() != to.id() || !to.mapping() || to.mapping()->fromVersion != from.version()) {
        result.dropped.push_back(
            {from.key(), to.key() + " declares no mapping from " + from.key()});
        return result;
    }
    AnswerMapper mapper(to, result);
    for (const auto& [oldId, value] : answers.values()) {
        const Item* item = mapper.target(oldId);
        if (!item) {
            continue;
        }
        if (auto canonical = mapper.checked(item->id, mapper.translate(*item, value), oldId)) {
            result.answers.set(item->id, std::move(*canonical));
        }
    }
    for (const auto& [oldId, byAuthor] : answers.allPerspectives()) {
        const Item* item = mapper.target(oldId);
        if (!item || item->merge != MergePolicy::Perspective) {
            continue;
        }
        for (const auto& [author, value] : byAuthor) {
            if (auto canonical = mapper.checked(item->id, value, oldId + "@" + author)) {
                result.answers.setPerspective(item->id, author, std::move(*canonical));
            }
        }
    }
    for (const auto& [oldId, entries] : answers.groups()) {
        const Item* item = mapper.target(oldId);
        if (!item || item->type != ItemType::Group) {
            continue;
        }
        for (const auto& entry : entries) {
            result.answers.addEntry(item->id, entry.id);
            for (const auto& [field, value] : entry.fields) {
                const auto path = item->id + "/" + entry.id + "/" + field;
                if (auto canonical =
                        mapper.checked(path, value, oldId + "/" + entry.id + "/" + field)) {
                    result.answers.setField(item->id, entry.id, field, std::move(*canonical));
                }
            }
        }
    }
    return result;
}

}  // namespace veldwerk::forms
