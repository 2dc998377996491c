#include "sync/server/fields/sql_chunks.h"

#include <algorithm>

namespace veldwerk::sync::server {

namespace {

// SQLite 3.15's SQLITE_MAX_VARIABLE_NUMBER; PostgreSQL allows 65535, but past 256 rows a
// statement gains nothing measurable (a batch of 500 is two round trips).
constexpr std::size_t kSqliteMaxParams = 999;
constexpr std::size_t kMaxRows = 256;

std::size_t floorPowerOfTwo(std::size_t n) {
    std::size_t p = 1;
    while (p * 2 <= n) {
        p *= 2;
    }
    return p;
}

}  // namespace

std::size_t maxRowsPerStatement(SqlDialect dialect, std::size_t paramsPerRow,
                                std::size_t fixedParams) {
    std::size_t rows = kMaxRows;
    if (dialect == SqlDialect::Sqlite) {
        rows = std::min(rows,
                        (kSqliteMaxParams - fixedParams) / std::max<std::size_t>(1, paramsPerRow));
    }
    return floorPowerOfTwo(std::max<std::size_t>(1, rows));
}

std::vector<std::size_t> powerOfTwoPieces(std::size_t rows, std::size_t maxRows) {
    std::vector<std::size_t> pieces;
    while (rows > 0) {
        const auto piece = std::min(floorPowerOfTwo(rows), maxRows);
        pieces.push_back(piece);
        rows -= piece;
    }
    return pieces;
}

std::size_t paddedSize(std::size_t n) {
    std::size_t p = 1;
    while (p < n) {
        p *= 2;
    }
    return p;
}

std::string placeholderList(std::size_t n) {
    std::string out;
    out.reserve(n * 3);
    for (std::size_t i = 0; i < n; ++i) {
        out += i == 0 ? "?" : ", ?";
    }
    return out;
}

std::string placeholderRows(std::size_t rows, std::size_t perRow) {
    const auto row = "(" + placeholderList(perRow) + ")";
    std::string out;
    out.reserve(rows * (row.size() + 2));
    for (std::size_t i = 0; i < rows; ++i) {
        if (i > 0) {
            out += ", ";
        }
        out += row;
    }
    return out;
}

}  // namespace veldwerk::sync::server
