// The worker's setting for position use at check-in and check-out: ask (default: the tablet asks
// each time, the worker may decline), always (sought without asking), never (no source is ever
// opened; the visit records "off").
#pragma once

#include <optional>
#include <string_view>

namespace veldwerk::platform {

enum class PositionUse { Ask, Always, Never };

std::optional<PositionUse> parsePositionUse(std::string_view text);  // "ask" | "always" | "never"
std::string_view toString(PositionUse use);

}  // namespace veldwerk::platform
