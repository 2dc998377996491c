// The order of a supervisor's review queue: highest risk first — the safety judgement
// (onveilig, then voorwaardelijk_veilig, then veilig, then none), then the risk judgement
// (hoog, verhoogd, laag, none), then the number of flags raised — and among equals the one
// waiting longest first. Pure, so the order is tested without a vault.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace veldwerk::app {

struct ReviewPriority {
    std::string safety;  // oordeel_veiligheid: onveilig | voorwaardelijk_veilig | veilig | ""
    std::string risk;    // oordeel_risico: hoog | verhoogd | laag | ""
    int flags = 0;       // flag rules in force (RT2, RT6, VP4, KC3, ...)
    std::int64_t submittedAtMs = 0;
};

int safetyRank(const std::string& safety);  // onveilig 3 … none 0
int riskRank(const std::string& risk);      // hoog 3 … none 0
// True when `a` is reviewed before `b`.
bool reviewedBefore(const ReviewPriority& a, const ReviewPriority& b);
// The positions of `items` in review order (stable for equal ones).
std::vector<std::size_t> reviewOrder(const std::vector<ReviewPriority>& items);

}  // namespace veldwerk::app
