#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/forms/definition.h"
#include "core/forms/definition_error.h"

namespace veldwerk::forms {

// The definitions shipped with this build (core/forms/definitions in the source tree; the CMake
// variable VELDWERK_FORMS_DIR names the same directory, VELDWERK_FORMS_INSTALL_DIR the installed
// one). The app and CLI may load another directory instead.
std::filesystem::path builtinDefinitionsDir();

// Every loaded definition, all versions side by side: an assessment keeps the version it started
// with, so old versions stay loadable next to the newest one.
class FormRegistry {
public:
    struct LoadReport {
        std::size_t loaded = 0;
        std::vector<DefinitionError> errors;
        bool ok() const { return errors.empty(); }
    };

    // Loads every *.json file of `directory` (not recursive), in file-name order. A file must be
    // named ID.vVERSION.json. Broken files are reported and skipped; the others stay usable.
    // Ends with crossCheck(), whose problems are reported too.
    LoadReport loadDirectory(const std::filesystem::path& directory);
    // Adds one definition; an id+version that is already loaded is an error (ids+versions are
    // immutable once shipped).
    std::vector<DefinitionError> add(std::shared_ptr<const Definition> definition);
    // What a single file cannot check: a mapping against the version it maps from, and conditions
    // on other assessments against the form they name.
    std::vector<DefinitionError> crossCheck() const;

    const Definition* find(std::string_view id) const;  // the newest version
    const Definition* find(std::string_view id, int version) const;
    std::shared_ptr<const Definition> share(std::string_view id, int version) const;
    std::vector<int> versions(std::string_view id) const;  // ascending
    std::vector<const Definition*> all() const;            // by id, then version
    bool empty() const { return m_forms.empty(); }

private:
    std::map<std::string, std::map<int, std::shared_ptr<const Definition>>, std::less<>> m_forms;
};

}  // namespace veldwerk::forms
