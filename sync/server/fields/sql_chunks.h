// Statements over many rows (multi-row VALUES, IN lists) for a push batch. A backend takes only
// so many parameters per statement (SQLite 3.15: 999), and a connection keeps every statement
// text it has prepared, so rows are cut into pieces whose sizes are powers of two: a batch of any
// size runs in a few statements drawn from a small, fixed set of texts.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// The most rows one statement carries with `paramsPerRow` parameters each (and `fixedParams`
// more), a power of two.
std::size_t maxRowsPerStatement(SqlDialect dialect, std::size_t paramsPerRow,
                                std::size_t fixedParams = 0);

// `rows` cut into pieces of at most `maxRows`, each a power of two, largest first.
std::vector<std::size_t> powerOfTwoPieces(std::size_t rows, std::size_t maxRows);

// The smallest power of two >= n (an IN list is padded to it by repeating its last value).
std::size_t paddedSize(std::size_t n);

// "(?, ?), (?, ?)" for rows = 2, perRow = 2.
std::string placeholderRows(std::size_t rows, std::size_t perRow);
// "?, ?, ?" for n = 3.
std::string placeholderList(std::size_t n);

}  // namespace veldwerk::sync::server
