#include "core/forms/definition_error.h"

namespace veldwerk::forms {

std::string DefinitionError::toString() const {
    std::string text = file.empty() ? std::string("<definition>") : file;
    text += ": ";
    if (!rule.empty()) {
        text += "rule '" + rule + "': ";
    }
    if (!item.empty()) {
        text += "item '" + item + "': ";
    }
    text += message + " [" + code + "]";
    if (!path.empty()) {
        text += " at " + path;
    }
    return text;
}

}  // namespace veldwerk::forms
