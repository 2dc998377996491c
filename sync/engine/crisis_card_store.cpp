#include "sync/engine/crisis_card_store.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

namespace veldwerk::sync {

namespace {
constexpr const char* kKey = "crisis_card";
constexpr std::array<std::string_view, 4> kOrder = {"veilig_thuis", "crisis_service", "after_hours",
                                                    "emergency"};

std::size_t rank(const std::string& kind) {
    return static_cast<std::size_t>(std::find(kOrder.begin(), kOrder.end(), kind) - kOrder.begin());
}
}  // namespace

void storeCrisisCard(vault::Database& db, const std::vector<CrisisNumber>& numbers) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& n : numbers) {
        list.push_back({{"kind", n.kind}, {"number", n.number}, {"updatedAt", n.updatedAt}});
    }
    db.prepare("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)")
        .bind(1, kKey)
        .bind(2, list.dump())
        .run();
}

std::vector<CrisisNumber> crisisCard(vault::Database& db) {
    std::vector<CrisisNumber> out;
    auto st = db.prepare("SELECT value FROM sync_state WHERE key = ?1");
    st.bind(1, kKey);
    if (st.step()) {
        const auto list = nlohmann::json::parse(st.text(0), nullptr, false);
        if (list.is_array()) {
            for (const auto& j : list) {
                if (j.is_object()) {
                    out.push_back({j.value("kind", ""), j.value("number", ""),
                                   j.value("updatedAt", std::int64_t{0})});
                }
            }
        }
    }
    // 112 is the same everywhere: the card never lacks it, synced or not.
    if (std::none_of(out.begin(), out.end(), [](const auto& n) { return n.kind == "emergency"; })) {
        out.push_back({"emergency", "112", 0});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return rank(a.kind) < rank(b.kind); });
    return out;
}

}  // namespace veldwerk::sync
