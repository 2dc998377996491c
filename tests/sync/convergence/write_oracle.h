// The test's own record of what every writer had on screen when they wrote, to judge the end
// state without trusting the engine or the server:
//   JudgementOracle  `judgement` fields written with unique values. A write's past is what its
//                    device showed for the field (value and conflict sides) and, transitively,
//                    their pasts. At the end, every accepted write must still be visible (the
//                    value, or a side of the open conflict) or lie in the past of one that is
//                    (overwritten by someone who saw it, e.g. a JGT resolution naming it): no
//                    silent overwrite. Two sides of a conflict must not lie in each other's past:
//                    no conflict without a true concurrent edit: a side another side's writer
//                    had seen and could replace (their own, or anyone's for a JGT member) must
//                    have left the conflict.
//   SetOracle        `set` fields (add wins): an option someone added and nobody removed is in
//                    the end value; an option nobody ever added is not.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace veldwerk::testing {

class JudgementOracle {
public:
    // `value` must be unique over the schedule; `shown` is what the writer's device showed;
    // `mayResolve`: the writer is a JGT member (who may replace anyone's side, not only their own).
    void wrote(const std::string& field, const std::string& value,
               const std::set<std::string>& shown, const std::string& writer, bool mayResolve);
    struct Verdict {
        std::vector<std::string> problems;
    };
    // The end state of one field (`refused`: values the server refused, which wait visibly in a
    // quarantine).
    Verdict check(const std::string& field, const std::optional<std::string>& value,
                  const std::set<std::string>& sides, const std::set<std::string>& refused) const;
    std::vector<std::string> fields() const;
    bool tracks(const std::string& field) const { return m_past.count(field) > 0; }

private:
    struct Write {
        std::set<std::string> past;  // the values its writer had seen (transitively)
        std::string writer;
        bool mayResolve = false;
    };
    // field -> written value -> its write
    std::map<std::string, std::map<std::string, Write>> m_past;
};

class SetOracle {
public:
    void wrote(const std::string& field, const std::set<std::string>& before,
               const std::set<std::string>& after);
    std::vector<std::string> check(const std::string& field,
                                   const std::set<std::string>& value) const;
    std::vector<std::string> fields() const;

private:
    std::map<std::string, std::set<std::string>> m_added;
    std::map<std::string, std::set<std::string>> m_removed;
};

}  // namespace veldwerk::testing
