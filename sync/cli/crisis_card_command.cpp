// crisis-card: the region's crisis numbers as the last sync brought them (sync/engine
// crisis_card_store.h); read from the vault, so it works offline.
#include <sstream>

#include "sync/cli/commands.h"
#include "sync/engine/crisis_card_store.h"

namespace veldwerk::cli {

namespace {
const char* labelOf(const std::string& kind) {
    if (kind == "veilig_thuis") {
        return "Veilig Thuis";
    }
    if (kind == "crisis_service") {
        return "crisis service";
    }
    if (kind == "after_hours") {
        return "after hours (team)";
    }
    if (kind == "emergency") {
        return "emergency";
    }
    return "other";
}
}  // namespace

int runCrisisCard(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json"});
    nlohmann::json list = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& n : sync::crisisCard(ctx.vault().db())) {
        list.push_back(
            {{"kind", n.kind},
             {"number", n.number},
             {"updatedAt", n.updatedAt ? nlohmann::json(isoTime(n.updatedAt)) : nlohmann::json()}});
        text << labelOf(n.kind) << ": " << n.number << "\n";
    }
    ctx.print({{"numbers", list}}, text.str());
    return kOk;
}

}  // namespace veldwerk::cli
