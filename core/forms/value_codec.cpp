#include "core/forms/value_codec.h"

#include <algorithm>

#include "core/forms/date.h"

namespace veldwerk::forms {

namespace {

std::string_view trim(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && blank(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && blank(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

std::optional<std::int32_t> findOption(const std::vector<Option>& options, std::string_view value) {
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].value == value) {
            return static_cast<std::int32_t>(i);
        }
    }
    return std::nullopt;
}

std::string optionList(const std::vector<Option>& options) {
    std::string list;
    for (const auto& option : options) {
        list += (list.empty() ? "" : ", ") + option.value;
    }
    return list;
}

}  // namespace

std::optional<DecodedValue> decodeValue(ItemType type, const std::vector<Option>& options,
                                        std::string_view text, std::string& error) {
    DecodedValue decoded;
    const auto value = trim(text);
    if (value.empty()) {
        return decoded;  // the empty string means "no answer" for every type
    }
    decoded.present = true;
    switch (type) {
        case ItemType::Jnv:
        case ItemType::Choice: {
            const auto index = findOption(options, value);
            if (!index) {
                error = "'" + std::string(value) +
                        "' is not an answer; use one of: " + optionList(options);
                return std::nullopt;
            }
            decoded.scalar = *index;
            return decoded;
        }
        case ItemType::Multi: {
            std::string_view rest = value;
            while (!rest.empty()) {
                const auto comma = rest.find(',');
                const auto piece = trim(rest.substr(0, comma));
                rest =
                    comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
                if (piece.empty()) {
                    continue;
                }
                const auto index = findOption(options, piece);
                if (!index || *index >= 64) {
                    error = "'" + std::string(piece) +
                            "' is not an option; use a comma list of: " + optionList(options);
                    return std::nullopt;
                }
                decoded.bits |= std::uint64_t{1} << *index;
            }
            decoded.present = decoded.bits != 0;
            return decoded;
        }
        case ItemType::Text:
            return decoded;
        case ItemType::Date: {
            const auto date = Date::parse(value);
            if (!date) {
                error = "'" + std::string(value) + "' is not a valid date; use YYYY-MM-DD";
                return std::nullopt;
            }
            decoded.scalar = date->daysSinceEpoch();
            return decoded;
        }
        case ItemType::Scale0_10:
        case ItemType::Scale1_5: {
            const bool digits =
                value.size() <= 2 && std::all_of(value.begin(), value.end(),
                                                 [](char c) { return c >= '0' && c <= '9'; });
            int number = 0;
            for (char c : value) {
                number = number * 10 + (c - '0');
            }
            if (!digits || number < scaleMin(type) || number > scaleMax(type)) {
                error = "'" + std::string(value) + "' is out of range; use a whole number " +
                        std::to_string(scaleMin(type)) + ".." + std::to_string(scaleMax(type));
                return std::nullopt;
            }
            decoded.scalar = number;
            return decoded;
        }
        case ItemType::Group:
            error = "a group has no value of its own; set a field as GROUP/ENTRY/FIELD";
            return std::nullopt;
    }
    error = "unsupported item type";
    return std::nullopt;
}

std::string encodeValue(ItemType type, const std::vector<Option>& options,
                        const DecodedValue& value, std::string_view originalText) {
    if (!value.present) {
        return {};
    }
    switch (type) {
        case ItemType::Jnv:
        case ItemType::Choice:
            return options[static_cast<std::size_t>(value.scalar)].value;
        case ItemType::Multi: {
            std::vector<std::string_view> chosen;
            for (std::size_t i = 0; i < options.size() && i < 64; ++i) {
                if (value.bits & (std::uint64_t{1} << i)) {
                    chosen.push_back(options[i].value);
                }
            }
            std::sort(chosen.begin(), chosen.end());
            std::string joined;
            for (auto piece : chosen) {
                joined += (joined.empty() ? "" : ",") + std::string(piece);
            }
            return joined;
        }
        case ItemType::Text:
            return std::string(originalText);
        case ItemType::Date:
            return Date::fromDays(value.scalar).toString();
        case ItemType::Scale0_10:
        case ItemType::Scale1_5:
            return std::to_string(value.scalar);
        case ItemType::Group:
            return {};
    }
    return {};
}

}  // namespace veldwerk::forms
