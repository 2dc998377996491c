#pragma once

#include <string>

namespace veldwerk::forms {

// One problem in a definition file, named precisely enough for an author to fix it:
// the file, the item or rule concerned, a stable code and an English explanation.
struct DefinitionError {
    std::string file;
    std::string item;     // item id (or section/derived id) concerned; empty when not about one
    std::string rule;     // rule id concerned; empty when not about a rule
    std::string code;     // stable, e.g. "duplicate-item", "unknown-option" (README.md lists all)
    std::string message;  // English, for the author
    std::string path;     // JSON pointer into the file, e.g. "/sections/2/items/0/type"

    // "risicotaxatie.v1.json: item 'sig_letsel': unknown item type 'yesno' [unknown-type] at /..."
    std::string toString() const;
};

}  // namespace veldwerk::forms
