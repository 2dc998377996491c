#include "sync/server/merge/field_name.h"

#include <vector>

namespace veldwerk::sync::server::merge {

std::optional<AnswerField> parseAnswerField(std::string_view name) {
    if (name.empty()) {
        return std::nullopt;
    }
    const auto at = name.find('@');
    if (at != std::string_view::npos) {
        AnswerField f{AnswerFieldKind::Perspective, std::string(name.substr(0, at)),
                      std::string(name.substr(at + 1)), "", ""};
        if (f.item.empty() || f.author.empty() ||
            f.author.find_first_of("@/") != std::string::npos ||
            f.item.find('/') != std::string::npos) {
            return std::nullopt;
        }
        return f;
    }
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto slash = name.find('/', start);
        parts.emplace_back(name.substr(start, slash - start));
        if (parts.back().empty()) {
            return std::nullopt;
        }
        if (slash == std::string_view::npos) {
            break;
        }
        start = slash + 1;
    }
    switch (parts.size()) {
        case 1:
            return AnswerField{AnswerFieldKind::Item, parts[0], "", "", ""};
        case 2:
            return AnswerField{AnswerFieldKind::Entry, parts[0], "", parts[1], ""};
        case 3:
            return AnswerField{AnswerFieldKind::EntryField, parts[0], "", parts[1], parts[2]};
        default:
            return std::nullopt;
    }
}

}  // namespace veldwerk::sync::server::merge
