#include "qml/models/review_order.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace veldwerk::app {

int safetyRank(const std::string& safety) {
    if (safety == "onveilig") {
        return 3;
    }
    if (safety == "voorwaardelijk_veilig") {
        return 2;
    }
    return safety == "veilig" ? 1 : 0;
}

int riskRank(const std::string& risk) {
    if (risk == "hoog") {
        return 3;
    }
    if (risk == "verhoogd") {
        return 2;
    }
    return risk == "laag" ? 1 : 0;
}

bool reviewedBefore(const ReviewPriority& a, const ReviewPriority& b) {
    // Higher ranks first; then the earlier submission (waiting longer) first.
    return std::make_tuple(-safetyRank(a.safety), -riskRank(a.risk), -a.flags, a.submittedAtMs) <
           std::make_tuple(-safetyRank(b.safety), -riskRank(b.risk), -b.flags, b.submittedAtMs);
}

std::vector<std::size_t> reviewOrder(const std::vector<ReviewPriority>& items) {
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return reviewedBefore(items[a], items[b]);
    });
    return order;
}

}  // namespace veldwerk::app
