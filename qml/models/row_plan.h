// Turns one ordered list of rows into another with the fewest model signals: rows are keyed by a
// number that only grows down the list (an item's or a rule's index in its definition), so a
// single walk finds which rows go, which come and which stay. Views keep their delegates (and a
// field being typed in keeps its focus) for rows that stay.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace veldwerk::app {

struct RowStep {
    enum class Kind { Remove, Insert, Keep };
    Kind kind = Kind::Keep;
    int row = 0;           // position in the list as it is when the step is applied
    std::size_t next = 0;  // Insert/Keep: index into the new rows
};

// Both key lists ascending. Apply the steps in order.
inline std::vector<RowStep> planRows(const std::vector<std::uint32_t>& current,
                                     const std::vector<std::uint32_t>& next) {
    std::vector<RowStep> steps;
    std::size_t i = 0;
    std::size_t j = 0;
    int row = 0;
    while (i < current.size() || j < next.size()) {
        if (i < current.size() && (j >= next.size() || current[i] < next[j])) {
            steps.push_back({RowStep::Kind::Remove, row, 0});
            ++i;
        } else if (j < next.size() && (i >= current.size() || next[j] < current[i])) {
            steps.push_back({RowStep::Kind::Insert, row, j});
            ++j;
            ++row;
        } else {
            steps.push_back({RowStep::Kind::Keep, row, j});
            ++i;
            ++j;
            ++row;
        }
    }
    return steps;
}

}  // namespace veldwerk::app
