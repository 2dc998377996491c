// The typed row readers declared in sql_connection.h.
#include <charconv>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

std::int64_t asInt(const SqlValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return *i;
    }
    if (const auto* s = std::get_if<std::string>(&v)) {
        std::int64_t out = 0;
        const auto* end = s->data() + s->size();
        const auto [ptr, ec] = std::from_chars(s->data(), end, out);
        if (ec == std::errc() && ptr == end && !s->empty()) {
            return out;
        }
        throw SqlError("expected an integer column value, got text");
    }
    throw SqlError("expected an integer column value, got NULL");
}

std::string asText(const SqlValue& v) {
    if (const auto* s = std::get_if<std::string>(&v)) {
        return *s;
    }
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return std::to_string(*i);
    }
    throw SqlError("expected a text column value, got NULL");
}

std::optional<std::string> asOptionalText(const SqlValue& v) {
    if (std::holds_alternative<std::monostate>(v)) {
        return std::nullopt;
    }
    return asText(v);
}

}  // namespace veldwerk::sync::server
