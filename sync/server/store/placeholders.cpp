#include "sync/server/store/placeholders.h"

namespace veldwerk::sync::server {

NumberedSql numberPlaceholders(std::string_view sql) {
    NumberedSql out;
    out.sql.reserve(sql.size() + 16);
    std::size_t i = 0;
    // Copies from `i` through the first `close` (inclusive), or to the end of the text.
    const auto copyThrough = [&](std::string_view close) {
        const auto end = sql.find(close, i);
        const auto stop = end == std::string_view::npos ? sql.size() : end + close.size();
        out.sql.append(sql.substr(i, stop - i));
        i = stop;
    };
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == '\'') {
            // A doubled '' inside a literal just ends and restarts it: same result.
            out.sql += c;
            ++i;
            copyThrough("'");
        } else if (c == '"') {
            out.sql += c;
            ++i;
            copyThrough("\"");
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            copyThrough("\n");
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            out.sql += "/*";
            i += 2;
            copyThrough("*/");
        } else if (c == '?') {
            out.sql += '$';
            out.sql += std::to_string(++out.parameters);
            ++i;
        } else {
            out.sql += c;
            ++i;
        }
    }
    return out;
}

}  // namespace veldwerk::sync::server
