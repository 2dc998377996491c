// What a device can see of identifying data in a consultation's free text before it leaves: a
// record id, or a name it holds for the case the question came from (the case's own name, a
// person's name or any word of it). Names of people the device does not know cannot be found;
// the CLI help and the READMEs tell the worker so.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace veldwerk::consultation {

// The reason (English, naming no value) the text is refused, or nullopt.
std::optional<std::string> identifyingText(std::string_view text,
                                           const std::vector<std::string>& knownNames);

}  // namespace veldwerk::consultation
