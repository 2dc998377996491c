// A whole message body as JSON text: parsed with hard limits before any field is looked at, and
// printed back with the same size limit.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "sync/protocol/messages.h"

namespace veldwerk::sync::wire {

// Structural limits far above any valid message, checked while parsing so that hostile input
// (deep nesting, huge arrays or objects) is refused before it costs memory.
constexpr std::size_t kMaxDepth = 8;
constexpr std::size_t kMaxObjectFields = 32;
constexpr std::size_t kMaxArrayItems = kMaxScopeItems;
// Valid messages hold at most one value per ~15 bytes (~280000 in 4 MiB); this bounds the memory
// of a parsed body to some tens of MB whatever its shape.
constexpr std::size_t kMaxValues = 500000;

// Throws ProtocolError for: input over kMaxBodyBytes, invalid JSON or UTF-8, duplicate fields,
// nesting deeper than kMaxDepth, objects, arrays or bodies over the limits above.
nlohmann::json parseBody(std::string_view text);

// Compact JSON; throws ProtocolError if the result would exceed kMaxBodyBytes.
std::string printBody(const nlohmann::ordered_json& body);

}  // namespace veldwerk::sync::wire
