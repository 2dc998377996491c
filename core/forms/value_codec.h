#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/forms/definition.h"

namespace veldwerk::forms {

// An answer decoded for evaluation: no strings, so conditions compare integers.
struct DecodedValue {
    bool present = false;     // false: no answer (empty or blank text)
    std::int32_t scalar = 0;  // jnv/choice: option index; scale: the number; date: days since epoch
    std::uint64_t bits = 0;   // multi: bit i set = option i chosen
};

// Decodes a value of `type` from text in the canonical encoding (answer.h). Lenient where a person
// typing is likely to differ from the canonical form (spaces, order and repeats in a multi list).
// On failure returns nullopt and sets `error` to an English reason naming what is accepted.
std::optional<DecodedValue> decodeValue(ItemType type, const std::vector<Option>& options,
                                        std::string_view text, std::string& error);

// The canonical text of a decoded value (the inverse of decodeValue).
std::string encodeValue(ItemType type, const std::vector<Option>& options,
                        const DecodedValue& value, std::string_view originalText);

}  // namespace veldwerk::forms
