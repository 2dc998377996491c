#include "core/consultation/identifying_text.h"

#include <cctype>

#include "core/consultation/consultation_fields.h"

namespace veldwerk::consultation {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

bool isWordChar(char c) {
    // Bytes of UTF-8 sequences count as letters, so "Özil" is one word.
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// `word` occurs in `text` (both lower case) with no word character on either side.
bool containsWord(const std::string& text, const std::string& word) {
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool startOk = at == 0 || !isWordChar(text[at - 1]);
        const auto end = at + word.size();
        const bool endOk = end >= text.size() || !isWordChar(text[end]);
        if (startOk && endOk) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::optional<std::string> identifyingText(std::string_view text,
                                           const std::vector<std::string>& knownNames) {
    if (holdsRecordId(text)) {
        return std::string("it holds a record id (32 hexadecimal characters)");
    }
    const auto haystack = lower(text);
    for (const auto& name : knownNames) {
        const auto full = lower(name);
        std::size_t from = 0;
        while (from < full.size()) {
            auto to = from;
            while (to < full.size() && isWordChar(full[to])) {
                ++to;
            }
            // Short particles ("de", "van") are no names on their own.
            if (to - from >= 3 && containsWord(haystack, full.substr(from, to - from))) {
                return std::string("it holds a name of the case's family");
            }
            from = to + 1;
        }
    }
    return std::nullopt;
}

}  // namespace veldwerk::consultation
