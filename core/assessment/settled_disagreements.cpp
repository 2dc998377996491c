#include "core/assessment/settled_disagreements.h"

#include <algorithm>
#include <limits>

#include "core/assessment/justification_field.h"
#include "core/vault/settled_conflicts.h"

namespace veldwerk::assessment {

namespace {

constexpr auto kLast = std::numeric_limits<std::size_t>::max();

SettledDisagreement from(const vault::SettledConflict& s) {
    SettledDisagreement d;
    d.field = s.field;
    d.agreement = s.kind == "agreement";
    d.sides = s.sides;
    d.chosen = s.closing;
    return d;
}

}  // namespace

std::vector<SettledDisagreement> settledDisagreements(vault::Database& db,
                                                      const forms::Definition& definition,
                                                      const std::string& assessmentId) {
    vault::SettledConflicts store(db);
    std::vector<std::pair<std::size_t, SettledDisagreement>> ranked;
    const auto itemCount = definition.items().size();
    for (const auto& s : store.of("answer", assessmentId)) {
        auto d = from(s);
        // ITEM, ITEM@AUTHOR (a perspective) or GROUP/ENTRY/FIELD: the item is the first part.
        const auto end = d.field.find_first_of("/@");
        const auto itemId = d.field.substr(0, end);
        if (d.field.find('/') != std::string::npos) {
            d.entryField = d.field.substr(d.field.rfind('/') + 1);
        }
        d.item = definition.item(itemId);
        const auto index = definition.itemIndex(itemId);
        ranked.emplace_back(index ? *index : kLast, std::move(d));
    }
    for (const auto& s : store.of("assessment", assessmentId)) {
        const auto key = justifiedKey(s.field);
        if (!key) {
            continue;  // the assessment's own fields (form, status) are not disagreements on it
        }
        auto d = from(s);
        d.rule = ruleWithKey(definition, *key);
        const std::size_t rank =
            d.rule ? itemCount + static_cast<std::size_t>(d.rule - definition.rules().data())
                   : kLast;
        ranked.emplace_back(rank, std::move(d));
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<SettledDisagreement> out;
    for (auto& entry : ranked) {
        out.push_back(std::move(entry.second));
    }
    return out;
}

}  // namespace veldwerk::assessment
