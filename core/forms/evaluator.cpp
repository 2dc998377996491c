#include "core/forms/evaluator.h"

#include <algorithm>

#include "core/forms/value_codec.h"

namespace veldwerk::forms {

namespace {

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Entries whose `fields` are all filled (every entry when none are named): an entry added and
// left empty is no bodemeis or afspraak.
std::size_t filledEntries(const std::vector<GroupEntry>& entries,
                          const std::vector<std::string>& fields) {
    return static_cast<std::size_t>(
        std::count_if(entries.begin(), entries.end(), [&](const GroupEntry& entry) {
            return std::all_of(fields.begin(), fields.end(), [&](const std::string& field) {
                const auto found = entry.fields.find(field);
                return found != entry.fields.end() && !blank(found->second);
            });
        }));
}

// The answers of one evaluation decoded per item index, plus the state derived from them.
class EvaluationRun {
public:
    EvaluationRun(const Definition& definition, const AnswerSet& answers,
                  const EvaluationContext& context, Evaluation& result)
        : m_definition(definition),
          m_answers(answers),
          m_context(context),
          m_result(result),
          m_nodes(definition.conditions()),
          m_values(definition.items().size()),
          m_entries(definition.items().size(), nullptr) {}

    void run();

private:
    void bind();
    void bindGroup(std::uint32_t index);
    void reportUnknownAnswers();
    void computeVisibility();
    bool hideActive(const HideSource& source);
    void computeRequired();
    void computeCounts();
    void computeRules();

    // A visible item's decoded answer; hidden items read as unanswered.
    const DecodedValue& value(std::uint32_t index) const {
        static const DecodedValue kNone{};
        return m_result.items[index].visible ? m_values[index] : kNone;
    }
    std::size_t entryCount(const ConditionNode& node) const {
        const auto index = node.items[0];
        const auto* entries = m_entries[index];
        if (!m_result.items[index].visible || !entries) {
            return 0;
        }
        return filledEntries(*entries, node.fields);
    }
    bool holdsOption(std::uint32_t index, std::int32_t option) const {
        const auto& decoded = value(index);
        if (!decoded.present) {
            return false;
        }
        if (m_definition.items()[index].type == ItemType::Multi) {
            return (decoded.bits >> option) & 1U;
        }
        return decoded.scalar == option;
    }
    double measure(const ConditionNode& node) const;
    bool eval(ConditionRef ref, std::vector<std::string>* concerns);
    bool evalOther(const ConditionNode& node) const;
    bool evalConflict(const ConditionNode& node, std::vector<std::string>* concerns) const;
    bool evalEveryEntry(const ConditionNode& node, std::vector<std::string>* concerns) const;

    const Definition& m_definition;
    const AnswerSet& m_answers;
    const EvaluationContext& m_context;
    Evaluation& m_result;
    const std::vector<ConditionNode>& m_nodes;
    std::vector<DecodedValue> m_values;
    std::vector<const std::vector<GroupEntry>*> m_entries;
    std::vector<std::uint32_t> m_effectOffset;  // per rule, into m_hideCache
    std::vector<std::int8_t> m_hideCache;       // -1 unknown, 0 inactive, 1 active
};

void EvaluationRun::run() {
    const auto& items = m_definition.items();
    m_result.definition = &m_definition;
    m_result.items.assign(items.size(), ItemState{});
    bind();
    computeVisibility();
    computeRequired();
    computeCounts();
    computeRules();
}

void EvaluationRun::bind() {
    const auto& items = m_definition.items();
    std::string error;
    for (std::uint32_t i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        if (item.type == ItemType::Group) {
            bindGroup(i);
            continue;
        }
        if (item.merge == MergePolicy::Perspective) {
            // Any author's valid answer makes the item answered; each keeps their own score.
            if (const auto* byAuthor = m_answers.perspectives(item.id)) {
                for (const auto& [author, text] : *byAuthor) {
                    error.clear();
                    const auto decoded = decodeValue(item.type, item.options, text, error);
                    if (!decoded) {
                        m_result.invalidAnswers.push_back({item.id + "@" + author, error});
                    } else if (decoded->present) {
                        m_values[i].present = true;
                    }
                }
            }
            continue;
        }
        const std::string* text = m_answers.value(item.id);
        if (!text) {
            continue;
        }
        error.clear();
        const auto decoded = decodeValue(item.type, item.options, *text, error);
        if (decoded) {
            m_values[i] = *decoded;
        } else {
            m_result.invalidAnswers.push_back({item.id, error});
        }
    }
    for (std::uint32_t i = 0; i < items.size(); ++i) {
        m_result.items[i].answered = m_values[i].present;
    }
    reportUnknownAnswers();
}

void EvaluationRun::bindGroup(std::uint32_t index) {
    const Item& item = m_definition.items()[index];
    const auto* entries = m_answers.entries(item.id);
    m_entries[index] = entries;
    m_values[index].present = entries && !entries->empty();
    if (!entries) {
        return;
    }
    std::string error;
    for (const auto& entry : *entries) {
        for (const auto& [fieldId, text] : entry.fields) {
            const Field* field = item.field(fieldId);
            const auto path = item.id + "/" + entry.id + "/" + fieldId;
            if (!field) {
                m_result.invalidAnswers.push_back({path, "unknown field"});
                continue;
            }
            error.clear();
            if (!decodeValue(field->type, field->options, text, error)) {
                m_result.invalidAnswers.push_back({path, error});
            }
        }
    }
}

void EvaluationRun::reportUnknownAnswers() {
    const auto check = [&](const std::string& id, bool wantGroup, bool wantPerspective) {
        const Item* item = m_definition.item(id);
        if (!item) {
            m_result.invalidAnswers.push_back({id, "unknown item in " + m_definition.key()});
        } else if ((item->type == ItemType::Group) != wantGroup ||
                   (item->merge == MergePolicy::Perspective) != wantPerspective) {
            m_result.invalidAnswers.push_back({id, "answer stored in the wrong shape"});
        }
    };
    for (const auto& [id, text] : m_answers.values()) {
        check(id, false, false);
    }
    for (const auto& [id, authors] : m_answers.allPerspectives()) {
        check(id, false, true);
    }
    for (const auto& [id, entries] : m_answers.groups()) {
        check(id, true, false);
    }
}

bool EvaluationRun::hideActive(const HideSource& source) {
    auto& cached = m_hideCache[m_effectOffset[source.rule] + source.effect];
    if (cached < 0) {
        const Rule& rule = m_definition.rules()[source.rule];
        cached = eval(rule.when, nullptr) && eval(rule.effects[source.effect].condition, nullptr)
                     ? 1
                     : 0;
    }
    return cached == 1;
}

void EvaluationRun::computeVisibility() {
    const auto& rules = m_definition.rules();
    m_effectOffset.resize(rules.size());
    std::uint32_t total = 0;
    for (std::size_t r = 0; r < rules.size(); ++r) {
        m_effectOffset[r] = total;
        total += static_cast<std::uint32_t>(rules[r].effects.size());
    }
    m_hideCache.assign(total, -1);
    // In item order: conditions only read earlier items, whose visibility is already final.
    const auto& items = m_definition.items();
    for (std::uint32_t i = 0; i < items.size(); ++i) {
        bool visible = !items[i].visibleWhen || eval(*items[i].visibleWhen, nullptr);
        for (const auto& source : items[i].hiddenBy) {
            visible = visible && !hideActive(source);
        }
        m_result.items[i].visible = visible;
    }
}

void EvaluationRun::computeRequired() {
    const auto& items = m_definition.items();
    for (std::uint32_t i = 0; i < items.size(); ++i) {
        auto& state = m_result.items[i];
        state.required = state.visible && items[i].required &&
                         (!items[i].requiredWhen || eval(*items[i].requiredWhen, nullptr));
    }
}

void EvaluationRun::computeCounts() {
    const auto& items = m_definition.items();
    const auto& sections = m_definition.sections();
    for (std::uint32_t s = 0; s < sections.size(); ++s) {
        SectionCounts counts;
        counts.section = s;
        bool hasJnv = false;
        for (auto index : sections[s].items) {
            if (items[index].type != ItemType::Jnv || !m_result.items[index].visible) {
                continue;
            }
            hasJnv = true;
            const auto& decoded = m_values[index];
            if (!decoded.present) {
                ++counts.open;
            } else if (decoded.scalar == 0) {
                ++counts.ja;
            } else if (decoded.scalar == 1) {
                ++counts.nee;
            } else {
                ++counts.onbekend;
            }
        }
        if (hasJnv) {
            m_result.sections.push_back(counts);
        }
    }
    for (const auto& derived : m_definition.derived()) {
        m_result.derived.push_back(measure(m_nodes[derived.measure]));
    }
}

void EvaluationRun::computeRules() {
    const auto& rules = m_definition.rules();
    m_result.rules.resize(rules.size());
    for (std::uint32_t r = 0; r < rules.size(); ++r) {
        const Rule& rule = rules[r];
        RuleOutcome& outcome = m_result.rules[r];
        outcome.rule = &rule;
        outcome.applies = eval(rule.when, nullptr);
        for (std::uint32_t e = 0; e < rule.effects.size(); ++e) {
            const Effect& effect = rule.effects[e];
            EffectOutcome effectOutcome;
            effectOutcome.effect = &effect;
            bool inForce = false;
            if (effect.kind == EffectKind::Hide) {
                inForce = hideActive({r, e});
            } else if (outcome.applies) {
                const bool holds = eval(effect.condition, &effectOutcome.concerns);
                // A require effect is in force (blocks) when what it requires does not hold.
                inForce = effect.kind == EffectKind::Require ? !holds : holds;
            }
            if (!inForce) {
                continue;
            }
            if (effect.kind == EffectKind::Suggest) {
                effectOutcome.suggestionMatches = holdsOption(effect.item, effect.valueIndex);
            }
            outcome.effects.push_back(std::move(effectOutcome));
        }
    }
}

double EvaluationRun::measure(const ConditionNode& node) const {
    int matching = 0;
    int visible = 0;
    for (std::size_t k = 0; k < node.items.size(); ++k) {
        const auto index = node.items[k];
        visible += m_result.items[index].visible ? 1 : 0;
        matching += holdsOption(index, node.values[k]) ? 1 : 0;
    }
    if (node.op == ConditionOp::Share) {
        return visible == 0 ? 0.0 : static_cast<double>(matching) / visible;
    }
    return matching;
}

bool EvaluationRun::eval(ConditionRef ref, std::vector<std::string>* concerns) {
    const ConditionNode& node = m_nodes[ref];
    switch (node.op) {
        case ConditionOp::True:
            return true;
        case ConditionOp::False:
            return false;
        case ConditionOp::All: {
            bool all = true;
            for (auto child : node.children) {
                all = eval(child, concerns) && all;  // no short cut: collect every concern
            }
            return all;
        }
        case ConditionOp::Any:
            for (auto child : node.children) {
                if (eval(child, concerns)) {
                    return true;
                }
            }
            return false;
        case ConditionOp::Not:
            return !eval(node.children[0], concerns);
        case ConditionOp::Eq: {
            const auto& decoded = value(node.items[0]);
            return decoded.present && decoded.scalar == node.values[0];
        }
        case ConditionOp::In: {
            const auto& decoded = value(node.items[0]);
            return decoded.present && decoded.scalar >= 0 && decoded.scalar < 64 &&
                   ((node.valueSet >> decoded.scalar) & 1U);
        }
        case ConditionOp::Contains:
            return holdsOption(node.items[0], node.values[0]);
        case ConditionOp::ContainsAny:
            return (value(node.items[0]).bits & node.valueSet) != 0;
        case ConditionOp::Answered:
            return value(node.items[0]).present;
        case ConditionOp::Count:
        case ConditionOp::Share:
            return node.comparisonsHold(measure(node));
        case ConditionOp::Derived:
            return node.comparisonsHold(
                measure(m_nodes[m_definition.derived()[node.derived].measure]));
        case ConditionOp::EntryCount:
            return node.comparisonsHold(static_cast<double>(entryCount(node)));
        case ConditionOp::EveryEntry:
            return evalEveryEntry(node, concerns);
        case ConditionOp::DaysFromToday: {
            const auto& decoded = value(node.items[0]);
            return decoded.present &&
                   node.comparisonsHold(decoded.scalar - m_context.today.daysSinceEpoch());
        }
        case ConditionOp::DateOrder: {
            std::optional<std::int32_t> previous;
            bool ordered = true;
            for (auto index : node.items) {
                const auto& decoded = value(index);
                if (!decoded.present) {
                    continue;  // steps not taken yet do not break the order
                }
                ordered = ordered && (!previous || *previous <= decoded.scalar);
                previous = decoded.scalar;
            }
            return ordered;
        }
        case ConditionOp::ChildAgeYears:
            return m_context.childBirthDate &&
                   node.comparisonsHold(m_context.childBirthDate->fullYearsUntil(m_context.today));
        case ConditionOp::OtherAssessment:
            return evalOther(node);
        case ConditionOp::InConflict:
            return evalConflict(node, concerns);
    }
    return false;
}

bool EvaluationRun::evalEveryEntry(const ConditionNode& node,
                                   std::vector<std::string>* concerns) const {
    if (!m_result.items[node.items[0]].visible || !m_entries[node.items[0]]) {
        return true;
    }
    bool every = true;
    for (const auto& entry : *m_entries[node.items[0]]) {
        for (const auto& field : node.fields) {
            const auto found = entry.fields.find(field);
            if (found == entry.fields.end() || blank(found->second)) {
                every = false;
                if (concerns) {
                    concerns->push_back(entry.id);
                }
                break;
            }
        }
    }
    return every;
}

bool EvaluationRun::evalOther(const ConditionNode& node) const {
    for (const auto& other : m_context.otherAssessments) {
        if (other.formId != node.form) {
            continue;
        }
        if (!node.statuses.empty() && std::find(node.statuses.begin(), node.statuses.end(),
                                                other.status) == node.statuses.end()) {
            continue;
        }
        if (!node.group.empty()) {
            const auto found = other.groupEntries.find(node.group);
            if (found == other.groupEntries.end() ||
                filledEntries(found->second, node.fields) == 0) {
                continue;
            }
        }
        if (!node.answerItem.empty()) {
            const auto found = other.answers.find(node.answerItem);
            if (found == other.answers.end() || found->second != node.answerValue) {
                continue;
            }
        }
        return true;
    }
    return false;
}

bool EvaluationRun::evalConflict(const ConditionNode& node,
                                 std::vector<std::string>* concerns) const {
    // A conflict blocks whether or not the item is visible: both versions are kept either way.
    bool any = false;
    for (const auto& key : m_context.conflicts) {
        const auto head = std::string_view(key).substr(0, key.find('/'));
        const auto index = m_definition.itemIndex(head);
        if (index && std::binary_search(node.items.begin(), node.items.end(), *index)) {
            any = true;
            if (concerns) {
                concerns->push_back(key);
            }
        }
    }
    return any;
}

}  // namespace

Evaluation evaluate(const Definition& definition, const AnswerSet& answers,
                    const EvaluationContext& context) {
    Evaluation result;
    EvaluationRun(definition, answers, context, result).run();
    return result;
}

const EffectOutcome* RuleOutcome::effect(EffectKind kind) const {
    for (const auto& candidate : effects) {
        if (candidate.effect->kind == kind) {
            return &candidate;
        }
    }
    return nullptr;
}

const ItemState* Evaluation::item(std::string_view itemId) const {
    const auto index = definition ? definition->itemIndex(itemId) : std::nullopt;
    return index ? &items[*index] : nullptr;
}

const RuleOutcome* Evaluation::rule(std::string_view ruleId) const {
    for (const auto& outcome : rules) {
        if (outcome.rule->id == ruleId) {
            return &outcome;
        }
    }
    return nullptr;
}

std::optional<double> Evaluation::derivedValue(std::string_view derivedId) const {
    for (std::size_t i = 0; definition && i < definition->derived().size(); ++i) {
        if (definition->derived()[i].id == derivedId) {
            return derived[i];
        }
    }
    return std::nullopt;
}

std::vector<const RuleOutcome*> Evaluation::blocking(std::string_view action) const {
    std::vector<const RuleOutcome*> result;
    for (const auto& outcome : rules) {
        for (const auto& effect : outcome.effects) {
            const auto& blocks = effect.effect->blocks;
            if (effect.effect->kind == EffectKind::Require &&
                std::find(blocks.begin(), blocks.end(), action) != blocks.end()) {
                result.push_back(&outcome);
                break;
            }
        }
    }
    return result;
}

}  // namespace veldwerk::forms
