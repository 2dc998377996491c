#include "sync/protocol/shapes.h"

#include <algorithm>
#include <array>

#include "sync/protocol/codec.h"

namespace veldwerk::sync::wire {

namespace {

constexpr std::array<std::string_view, 11> kEntities = {
    "case",  "person", "consent",      "member",     "assessment", "answer",
    "event", "visit",  "consultation", "escalation", "statement"};
constexpr std::array<std::string_view, 4> kRoles = {"jgt", "gi", "supervisor", "admin"};

bool isLowerHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}
bool isLower(char c) {
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isHex(std::string_view s, std::size_t length) {
    return s.size() == length && std::all_of(s.begin(), s.end(), isLowerHex);
}

bool isFieldChar(char c) {
    return isLower(c) || isDigit(c) || c == '_' || c == '/' || c == '@' || c == ':' || c == '.' ||
           c == '-';
}

bool isBatchChar(char c) {
    return isLower(c) || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '.' || c == ':' ||
           c == '-';
}

bool within(std::string_view s, std::size_t min, std::size_t max) {
    return s.size() >= min && s.size() <= max;
}

template <std::size_t N>
bool oneOf(std::string_view s, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), s) != names.end();
}

bool hasNul(std::string_view s) {
    return s.find('\0') != std::string_view::npos;
}

// Names are shown in lists: no line breaks, tabs or other C0/DEL control characters.
bool hasControl(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
    });
}

bool isName(std::string_view s, std::size_t min) {
    return within(s, min, kMaxNameBytes) && !hasControl(s) && isValidUtf8(s);
}

bool holds(std::string_view value, Shape shape) {
    switch (shape) {
        case Shape::HexId:
            return isHex(value, 32);
        case Shape::MemberId: {
            const auto colon = value.find(':');
            return colon != std::string_view::npos && isHex(value.substr(0, colon), 32) &&
                   isHex(value.substr(colon + 1), 32);
        }
        case Shape::Token:
            return isHex(value, 64);
        case Shape::Entity:
            return oneOf(value, kEntities);
        case Shape::Field:
            return within(value, 1, kMaxNameBytes) &&
                   std::all_of(value.begin(), value.end(), isFieldChar);
        case Shape::Key:
            return within(value, 0, kMaxNameBytes) &&
                   std::all_of(value.begin(), value.end(), isFieldChar);
        case Shape::Word:
            return within(value, 1, 64) && std::all_of(value.begin(), value.end(), [](char c) {
                       return isLower(c) || c == '_';
                   });
        case Shape::Role:
            return oneOf(value, kRoles);
        case Shape::BatchId:
            return within(value, 1, 128) && std::all_of(value.begin(), value.end(), isBatchChar);
        case Shape::Name:
            return isName(value, 1);
        case Shape::Label:
            return isName(value, 0);
        case Shape::Password:
            return within(value, 1, 1024) && !hasNul(value);
        case Shape::Text:
            return value.size() <= kMaxValueBytes && !hasNul(value) && isValidUtf8(value);
    }
    return false;
}

const char* expectation(Shape shape) {
    switch (shape) {
        case Shape::HexId:
            return "must be 32 lowercase hexadecimal characters";
        case Shape::MemberId:
            return "must be CASEID:USERID, two ids of 32 lowercase hexadecimal characters";
        case Shape::Token:
            return "must be 64 lowercase hexadecimal characters";
        case Shape::Entity:
            return "must be one of case, person, consent, member, assessment, answer, event, "
                   "visit, consultation, escalation, statement";
        case Shape::Field:
            return "must be 1 to 256 characters of a-z 0-9 _ / @ : . -";
        case Shape::Key:
            return "must be at most 256 characters of a-z 0-9 _ / @ : . -";
        case Shape::Word:
            return "must be 1 to 64 characters of a-z _";
        case Shape::Role:
            return "must be one of jgt, gi, supervisor, admin";
        case Shape::BatchId:
            return "must be 1 to 128 characters of A-Z a-z 0-9 _ . : -";
        case Shape::Name:
            return "must be 1 to 256 bytes of UTF-8 text without control characters";
        case Shape::Label:
            return "must be at most 256 bytes of UTF-8 text without control characters";
        case Shape::Password:
            return "must be 1 to 1024 bytes without NUL characters";
        case Shape::Text:
            return "must be at most 65536 bytes of UTF-8 text without NUL characters";
    }
    return "has an unknown shape";
}

}  // namespace

namespace {

std::string located(const std::string& path, std::string_view problem) {
    std::string message = path.empty() ? std::string("body") : path;
    message += ": ";
    message += problem;
    return message;
}

}  // namespace

void fail(const std::string& path, std::string_view problem) {
    throw ProtocolError(located(path, problem));
}

void failTooLarge(const std::string& path, std::string_view problem) {
    throw ProtocolTooLarge(located(path, problem));
}

Shape entityIdShape(std::string_view entity) {
    return entity == "member" ? Shape::MemberId : Shape::HexId;
}

void check(std::string_view value, Shape shape, const std::string& path) {
    if (!holds(value, shape)) {
        fail(path, expectation(shape));
    }
}

void checkBelongsToCase(std::string_view caseId, std::string_view entity, std::string_view entityId,
                        const std::string& path) {
    if (entity == "case" && entityId != caseId) {
        fail(path, "a case's own entityId must equal its caseId");
    }
    if (entity == "member" && entityId.substr(0, caseId.size() + 1) != std::string(caseId) + ":") {
        fail(path, "a member's entityId must start with its caseId");
    }
}

void checkSettlementKind(std::string_view kind, const std::string& path) {
    if (kind != "resolution" && kind != "agreement") {
        fail(path, "must be resolution or agreement");
    }
}

std::optional<std::uint64_t> parseDecimal(std::string_view text) {
    if (text.empty() || text.size() > 20 || (text.size() > 1 && text[0] == '0')) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        if (!isDigit(c)) {
            return std::nullopt;
        }
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (UINT64_MAX - digit) / 10) {
            return std::nullopt;
        }
        value = value * 10 + digit;
    }
    return value;
}

std::string printable(std::string_view name) {
    std::string out;
    for (const char c : name.substr(0, 64)) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f && c != '"' && c != '\\') ? c : '?';
    }
    return name.size() > 64 ? out + "..." : out;
}

bool isValidUtf8(std::string_view text) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t min = 0;
        std::uint32_t code = 0;
        if ((c & 0xe0) == 0xc0) {
            length = 2;
            min = 0x80;
            code = c & 0x1fu;
        } else if ((c & 0xf0) == 0xe0) {
            length = 3;
            min = 0x800;
            code = c & 0x0fu;
        } else if ((c & 0xf8) == 0xf0) {
            length = 4;
            min = 0x10000;
            code = c & 0x07u;
        } else {
            return false;
        }
        if (n - i < length) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80) {
                return false;
            }
            code = (code << 6) | (next & 0x3fu);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            return false;
        }
        i += length;
    }
    return true;
}

}  // namespace veldwerk::sync::wire
