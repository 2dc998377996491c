#include "sync/server/store/postgres_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <memory>

#include "sync/server/store/placeholders.h"

namespace veldwerk::sync::server {

namespace {
// Type OIDs from pg_type.h (stable across versions).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;

struct ResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string_view sqlHead(std::string_view sql) {
    return sql.substr(0, 60);
}

std::string percentDecode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            int v = 0;
            const auto [p, ec] = std::from_chars(s.data() + i + 1, s.data() + i + 3, v, 16);
            if (ec == std::errc() && p == s.data() + i + 3) {
                out += static_cast<char>(v);
                i += 2;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

void replaceAll(std::string& s, const std::string& needle, std::string_view with) {
    if (needle.empty()) {
        return;
    }
    for (auto pos = s.find(needle); pos != std::string::npos;
         pos = s.find(needle, pos + with.size())) {
        s.replace(pos, needle.size(), with);
    }
}

void ignoreNotice(void* /*arg*/, const char* /*message*/) {}

SqlValue fieldValue(const PGresult* r, int row, int col) {
    if (PQgetisnull(r, row, col) != 0) {
        return std::monostate{};
    }
    const char* v = PQgetvalue(r, row, col);
    const auto len = static_cast<std::size_t>(PQgetlength(r, row, col));
    switch (PQftype(r, col)) {
        case kInt8Oid:
        case kInt4Oid:
        case kInt2Oid: {
            std::int64_t out = 0;
            const auto [p, ec] = std::from_chars(v, v + len, out);
            if (ec == std::errc() && p == v + len) {
                return out;
            }
            return std::string(v, len);
        }
        case kBoolOid:
            return static_cast<std::int64_t>(len > 0 && v[0] == 't' ? 1 : 0);
        default:
            return std::string(v, len);
    }
}
}  // namespace

RedactedUrl redactPostgresUrl(const std::string& url) {
    RedactedUrl out{url, {}};
    const auto scheme = url.find("://");
    if (scheme == std::string::npos) {
        return out;
    }
    const auto authorityStart = scheme + 3;
    const auto authorityEnd = url.find_first_of("/?", authorityStart);
    const auto authority =
        url.substr(authorityStart, (authorityEnd == std::string::npos ? url.size() : authorityEnd) -
                                       authorityStart);
    const auto at = authority.rfind('@');
    if (at != std::string::npos) {
        const auto colon = authority.find(':');
        if (colon != std::string::npos && colon < at) {
            out.password = percentDecode(authority.substr(colon + 1, at - colon - 1));
            out.url =
                url.substr(0, authorityStart + colon + 1) + "***" + url.substr(authorityStart + at);
        }
    }
    // A password may also be given as a query parameter.
    const auto query = out.url.find('?');
    if (query != std::string::npos) {
        for (auto pos = out.url.find("password=", query); pos != std::string::npos;
             pos = out.url.find("password=", pos + 1)) {
            if (out.url[pos - 1] != '?' && out.url[pos - 1] != '&') {
                continue;
            }
            const auto valueStart = pos + 9;
            const auto valueEnd = out.url.find('&', valueStart);
            const auto value = out.url.substr(
                valueStart,
                (valueEnd == std::string::npos ? out.url.size() : valueEnd) - valueStart);
            if (out.password.empty()) {
                out.password = percentDecode(value);
            }
            out.url.replace(valueStart, value.size(), "***");
        }
    }
    return out;
}

PostgresConnection::PostgresConnection(const std::string& url) {
    auto redacted = redactPostgresUrl(url);
    m_password = std::move(redacted.password);
    m_redactedUrl = std::move(redacted.url);
    m_conn = PQconnectdb(url.c_str());
    if (m_conn == nullptr) {
        throw SqlError("cannot connect to PostgreSQL at " + m_redactedUrl + ": out of memory");
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::string why = PQerrorMessage(m_conn);
        PQfinish(m_conn);
        m_conn = nullptr;
        replaceAll(why, m_password, "***");
        while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) {
            why.pop_back();
        }
        throw SqlError("cannot connect to PostgreSQL at " + m_redactedUrl + ": " + why);
    }
    // Notices ("relation already exists, skipping") are no errors; keep stderr clean.
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    if (PQsetClientEncoding(m_conn, "UTF8") != 0) {
        failConnection("cannot set client encoding UTF8");
    }
}

PostgresConnection::~PostgresConnection() {
    if (m_conn != nullptr) {
        PQfinish(m_conn);
    }
}

void PostgresConnection::failConnection(const std::string& context) const {
    std::string why = m_conn != nullptr ? PQerrorMessage(m_conn) : "no connection";
    replaceAll(why, m_password, "***");
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) {
        why.pop_back();
    }
    throw SqlError("PostgreSQL at " + m_redactedUrl + ": " + context + ": " + why);
}

void PostgresConnection::reconnectIfBroken() {
    // Never inside a transaction: its remaining statements would silently run in autocommit.
    if (PQstatus(m_conn) == CONNECTION_BAD && !m_inTransaction) {
        PQreset(m_conn);
        if (PQstatus(m_conn) != CONNECTION_OK) {
            failConnection("connection lost and reconnecting failed");
        }
        PQsetClientEncoding(m_conn, "UTF8");
    }
}

namespace {
// Turns a failed result into SqlError. Only the SQLSTATE, the statement's first words and the
// primary message go into it: DETAIL lines (and data exception messages) can quote values.
[[noreturn]] void throwResult(const PGresult* r, std::string_view sql) {
    const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    const char* primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
    const std::string code = state != nullptr ? state : "";
    std::string msg = "PostgreSQL: \"" + std::string(sqlHead(sql)) + "\": ";
    if (code.rfind("22", 0) == 0) {
        msg += "data exception";
    } else {
        msg += primary != nullptr ? primary : PQresStatus(PQresultStatus(r));
    }
    if (!code.empty()) {
        msg += " (SQLSTATE " + code + ")";
    }
    throw SqlError(msg, code == "40001" || code == "40P01", code == "23505");
}
}  // namespace

std::vector<SqlRow> PostgresConnection::query(std::string_view sql,
                                              const std::vector<SqlValue>& params) {
    reconnectIfBroken();
    const auto numbered = numberPlaceholders(sql);
    if (numbered.parameters != static_cast<int>(params.size())) {
        throw SqlError("PostgreSQL: \"" + std::string(sqlHead(sql)) + "\": expected " +
                       std::to_string(numbered.parameters) + " parameters, got " +
                       std::to_string(params.size()));
    }
    std::vector<std::string> ints(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    // Integers are typed int8 so that e.g. "? + 1" or a comparison with a large value never
    // narrows to int4; text and NULL stay untyped and take their type from the context.
    std::vector<Oid> types(params.size(), 0);
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (const auto* v = std::get_if<std::int64_t>(&params[i])) {
            ints[i] = std::to_string(*v);
            values[i] = ints[i].c_str();
            types[i] = kInt8Oid;
        } else if (const auto* s = std::get_if<std::string>(&params[i])) {
            values[i] = s->c_str();
        }
    }
    Result r(PQexecParams(m_conn, numbered.sql.c_str(), static_cast<int>(params.size()),
                          types.data(), values.data(), nullptr, nullptr, 0));
    if (!r) {
        failConnection("query failed");
    }
    const auto status = PQresultStatus(r.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        if (PQresultErrorField(r.get(), PG_DIAG_SQLSTATE) == nullptr &&
            PQstatus(m_conn) == CONNECTION_BAD) {
            failConnection("connection lost");
        }
        throwResult(r.get(), sql);
    }
    const std::string_view cmd = PQcmdStatus(r.get());
    if (cmd.rfind("INSERT", 0) == 0 || cmd.rfind("UPDATE", 0) == 0 || cmd.rfind("DELETE", 0) == 0) {
        const std::string_view n = PQcmdTuples(r.get());
        std::int64_t count = 0;
        std::from_chars(n.data(), n.data() + n.size(), count);
        m_changes = count;
    }
    std::vector<SqlRow> rows;
    const int nrows = PQntuples(r.get());
    const int ncols = PQnfields(r.get());
    rows.reserve(static_cast<std::size_t>(nrows));
    for (int row = 0; row < nrows; ++row) {
        SqlRow out;
        out.reserve(static_cast<std::size_t>(ncols));
        for (int col = 0; col < ncols; ++col) {
            out.push_back(fieldValue(r.get(), row, col));
        }
        rows.push_back(std::move(out));
    }
    return rows;
}

std::string PostgresConnection::command(std::string_view sql) {
    const std::string s(sql);
    Result r(PQexec(m_conn, s.c_str()));
    if (!r) {
        failConnection("command failed");
    }
    const auto status = PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
        if (PQresultErrorField(r.get(), PG_DIAG_SQLSTATE) == nullptr &&
            PQstatus(m_conn) == CONNECTION_BAD) {
            failConnection("connection lost");
        }
        throwResult(r.get(), sql);
    }
    return PQcmdStatus(r.get());
}

void PostgresConnection::script(std::string_view sql) {
    reconnectIfBroken();
    command(sql);
}

void PostgresConnection::beginWrite() {
    reconnectIfBroken();
    command("BEGIN");
    m_inTransaction = true;
    try {
        if (!m_lockTableExists) {
            const auto rows = query("SELECT to_regclass('locks') IS NOT NULL");
            m_lockTableExists = !rows.empty() && rows[0][0] == SqlValue(std::int64_t{1});
        }
        if (m_lockTableExists) {
            query("SELECT 1 FROM locks WHERE name = 'write_lock' FOR UPDATE");
        }
    } catch (...) {
        // The caller's transaction object does not exist yet, so nobody else rolls back.
        try {
            rollback();
        } catch (...) {  // NOLINT(bugprone-empty-catch): the first error is the one to report
        }
        throw;
    }
}

void PostgresConnection::beginRead() {
    reconnectIfBroken();
    command("BEGIN ISOLATION LEVEL REPEATABLE READ");
    m_inTransaction = true;
}

void PostgresConnection::commit() {
    // COMMIT of a transaction that already failed succeeds as "ROLLBACK": report it.
    // Whatever COMMIT answers, the transaction is over afterwards.
    m_inTransaction = false;
    const auto status = command("COMMIT");
    if (status == "ROLLBACK") {
        throw SqlError("PostgreSQL: commit of a failed transaction; it was rolled back");
    }
}

void PostgresConnection::rollback() {
    m_inTransaction = false;
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        return;  // the server has already discarded the transaction
    }
    command("ROLLBACK");
}

}  // namespace veldwerk::sync::server
