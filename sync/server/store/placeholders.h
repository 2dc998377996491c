// '?' placeholders → PostgreSQL's $1..$n. A '?' inside a single-quoted literal, a double-quoted
// identifier or a comment is left alone.
#pragma once

#include <string>
#include <string_view>

namespace veldwerk::sync::server {

struct NumberedSql {
    std::string sql;
    int parameters = 0;
};

NumberedSql numberPlaceholders(std::string_view sql);

}  // namespace veldwerk::sync::server
