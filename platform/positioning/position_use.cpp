#include "platform/positioning/position_use.h"

namespace veldwerk::platform {

std::optional<PositionUse> parsePositionUse(std::string_view text) {
    if (text == "ask") {
        return PositionUse::Ask;
    }
    if (text == "always") {
        return PositionUse::Always;
    }
    if (text == "never") {
        return PositionUse::Never;
    }
    return std::nullopt;
}

std::string_view toString(PositionUse use) {
    switch (use) {
        case PositionUse::Ask:
            return "ask";
        case PositionUse::Always:
            return "always";
        case PositionUse::Never:
            return "never";
    }
    return "ask";
}

}  // namespace veldwerk::platform
