#include "sync/server/store/placeholders.h"

#include <catch2/catch.hpp>

using veldwerk::sync::server::numberPlaceholders;

TEST_CASE("'?' placeholders become $1..$n outside literals", "[store]") {
    CHECK(numberPlaceholders("SELECT ?, ?").sql == "SELECT $1, $2");
    CHECK(numberPlaceholders("SELECT ?, ?").parameters == 2);
    CHECK(numberPlaceholders("SELECT 'a?''?', ? FROM t").sql == "SELECT 'a?''?', $1 FROM t");
    CHECK(numberPlaceholders("SELECT \"we?rd\" FROM t WHERE x = ?").sql ==
          "SELECT \"we?rd\" FROM t WHERE x = $1");
    CHECK(numberPlaceholders("SELECT 1 -- why?\n, ?").sql == "SELECT 1 -- why?\n, $1");
    CHECK(numberPlaceholders("SELECT /* ? */ ?").sql == "SELECT /* ? */ $1");
    CHECK(numberPlaceholders("SELECT 'unterminated ?").parameters == 0);
    CHECK(numberPlaceholders("").sql.empty());
    const auto many = numberPlaceholders("?,?,?,?,?,?,?,?,?,?,?");
    CHECK(many.parameters == 11);
    CHECK(many.sql.substr(many.sql.size() - 3) == "$11");
}
