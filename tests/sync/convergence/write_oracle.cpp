#include "tests/sync/convergence/write_oracle.h"

namespace veldwerk::testing {

void JudgementOracle::wrote(const std::string& field, const std::string& value,
                            const std::set<std::string>& shown, const std::string& writer,
                            bool mayResolve) {
    auto& values = m_past[field];
    std::set<std::string> past = shown;
    for (const auto& s : shown) {
        if (const auto it = values.find(s); it != values.end()) {
            past.insert(it->second.past.begin(), it->second.past.end());
        }
    }
    values[value] = {std::move(past), writer, mayResolve};
}

JudgementOracle::Verdict JudgementOracle::check(const std::string& field,
                                                const std::optional<std::string>& value,
                                                const std::set<std::string>& sides,
                                                const std::set<std::string>& refused) const {
    Verdict verdict;
    auto& problems = verdict.problems;
    const auto it = m_past.find(field);
    if (it == m_past.end()) {
        return verdict;
    }
    const auto& past = it->second;
    std::set<std::string> visible = sides;
    if (sides.empty() && value) {
        visible.insert(*value);
    }
    for (const auto& v : visible) {
        if (!past.count(v)) {
            problems.push_back(field + ": shows '" + v + "', which nobody wrote");
        } else if (refused.count(v)) {
            problems.push_back(field + ": shows '" + v + "', which the server refused");
        }
    }
    // Still accounted for: on show, waiting in a quarantine, or seen by one of those.
    std::set<std::string> kept = visible;
    kept.insert(refused.begin(), refused.end());
    for (const auto& [written, unused] : past) {
        if (kept.count(written)) {
            continue;
        }
        bool seen = false;
        for (const auto& v : kept) {
            const auto p = past.find(v);
            seen = seen || (p != past.end() && p->second.past.count(written));
        }
        if (!seen) {
            problems.push_back(field + ": '" + written +
                               "' was overwritten by nobody who saw it (silent overwrite)");
        }
    }
    // A conflict needs at least two sides that are truly concurrent; a side another side's
    // writer had seen and could replace should have left the conflict when that one arrived.
    std::set<std::string> concurrent;
    for (const auto& a : sides) {
        bool superseded = false;
        const auto pa = past.find(a);
        for (const auto& b : sides) {
            const auto p = past.find(b);
            if (a == b || p == past.end() || !p->second.past.count(a)) {
                continue;
            }
            if (p->second.mayResolve ||
                (pa != past.end() && pa->second.writer == p->second.writer)) {
                problems.push_back(field + ": '" + a + "' replaced by '" + b +
                                   "' but kept as a side");
                superseded = true;
            }
        }
        if (!superseded) {
            concurrent.insert(a);
        }
    }
    if (!sides.empty() && concurrent.size() < 2) {
        problems.push_back(field + ": in conflict without two concurrent writes");
    }
    return verdict;
}

std::vector<std::string> JudgementOracle::fields() const {
    std::vector<std::string> out;
    for (const auto& [field, unused] : m_past) {
        out.push_back(field);
    }
    return out;
}

void SetOracle::wrote(const std::string& field, const std::set<std::string>& before,
                      const std::set<std::string>& after) {
    auto& added = m_added[field];
    auto& removed = m_removed[field];
    for (const auto& o : after) {
        if (!before.count(o)) {
            added.insert(o);
        }
    }
    for (const auto& o : before) {
        if (!after.count(o)) {
            removed.insert(o);
        }
    }
}

std::vector<std::string> SetOracle::check(const std::string& field,
                                          const std::set<std::string>& value) const {
    std::vector<std::string> problems;
    const auto added = m_added.find(field);
    if (added == m_added.end()) {
        return problems;
    }
    const auto removed = m_removed.find(field);
    for (const auto& o : added->second) {
        const bool everRemoved = removed != m_removed.end() && removed->second.count(o) > 0;
        if (!everRemoved && !value.count(o)) {
            problems.push_back(field + ": option '" + o +
                               "' was added, never removed, and is lost");
        }
    }
    for (const auto& o : value) {
        if (!added->second.count(o)) {
            problems.push_back(field + ": option '" + o + "' was never added");
        }
    }
    return problems;
}

std::vector<std::string> SetOracle::fields() const {
    std::vector<std::string> out;
    for (const auto& [field, unused] : m_added) {
        out.push_back(field);
    }
    return out;
}

}  // namespace veldwerk::testing
