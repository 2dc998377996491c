#pragma once

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "core/forms/definition.h"
#include "core/forms/definition_error.h"

namespace veldwerk::forms {

struct ParseResult {
    std::shared_ptr<const Definition> definition;  // null when there are errors
    std::vector<DefinitionError> errors;           // every problem found, in file order

    bool ok() const { return definition != nullptr; }
};

// Parses and validates one definition. Never throws: wrong JSON, a wrong shape and every
// inconsistency (unknown item in a rule, an option that does not exist, ...) come back as errors
// naming the file, the item or rule, and the problem. `fileName` is only used in those errors.
ParseResult parseDefinition(std::string_view jsonText, std::string_view fileName);

// Reads and parses a definition file; an unreadable file is an error like any other.
ParseResult loadDefinitionFile(const std::filesystem::path& path);

}  // namespace veldwerk::forms
