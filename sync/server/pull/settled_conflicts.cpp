#include "sync/server/pull/settled_conflicts.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "sync/server/fields/sql_chunks.h"

namespace veldwerk::sync::server {

namespace {

using Key = std::tuple<std::string, std::string, std::string>;

constexpr std::size_t kCasesPerQuery = 256;

std::vector<SqlValue> versionsOf(const std::optional<std::string>& resolves) {
    std::vector<SqlValue> out;
    if (!resolves) {
        return out;
    }
    std::size_t from = 0;
    while (from <= resolves->size()) {
        const auto comma = resolves->find(',', from);
        const auto part =
            resolves->substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        if (!part.empty()) {
            out.emplace_back(static_cast<std::int64_t>(std::stoll(part)));
        }
        if (comma == std::string::npos) {
            break;
        }
        from = comma + 1;
    }
    return out;
}

std::vector<Sibling> sidesOf(SqlConnection& db, const Key& key,
                             const std::optional<std::string>& resolves) {
    const auto versions = versionsOf(resolves);
    std::vector<Sibling> out;
    if (versions.empty()) {
        return out;
    }
    std::vector<SqlValue> params{std::get<0>(key), std::get<1>(key), std::get<2>(key)};
    params.insert(params.end(), versions.begin(), versions.end());
    for (const auto& r : db.query(
             "SELECT version, value, author, role, device, hlc FROM field_history WHERE entity = "
             "? AND entity_id = ? AND field = ? AND version IN (" +
                 placeholderList(versions.size()) + ") ORDER BY version",
             params)) {
        out.push_back({asInt(r[0]), asOptionalText(r[1]), asText(r[2]), asText(r[3]), asText(r[4]),
                       static_cast<std::uint64_t>(asInt(r[5]))});
    }
    return out;
}

}  // namespace

void attachSettledConflicts(SqlConnection& db, std::vector<IncomingChange>& page) {
    std::map<Key, IncomingChange*> byKey;
    std::set<std::string> cases;
    for (auto& c : page) {
        byKey[{c.entity, c.entityId, c.field}] = &c;
        cases.insert(c.caseId);
    }
    if (cases.empty()) {
        return;
    }
    // The condition on kind is the partial index's own, so both SQLite and PostgreSQL use it.
    // Cases go in pieces of at most 256, padded to a power of two (few statement texts).
    std::vector<SqlRow> rows;
    const std::vector<std::string> all(cases.begin(), cases.end());
    for (std::size_t at = 0; at < all.size(); at += kCasesPerQuery) {
        const auto n = std::min(kCasesPerQuery, all.size() - at);
        std::vector<SqlValue> params(all.begin() + static_cast<std::ptrdiff_t>(at),
                                     all.begin() + static_cast<std::ptrdiff_t>(at + n));
        const auto last = params.back();
        params.resize(paddedSize(n), last);
        for (auto& r : db.query(
                 "SELECT entity, entity_id, field, version, kind, value, author, role, device, "
                 "hlc, resolves FROM field_history WHERE kind IN ('resolution', 'agreement') AND "
                 "case_id IN (" +
                     placeholderList(params.size()) +
                     ") ORDER BY entity, entity_id, field, version",
                 params)) {
            rows.push_back(std::move(r));
        }
    }
    for (const auto& r : rows) {
        const Key key{asText(r[0]), asText(r[1]), asText(r[2])};
        const auto found = byKey.find(key);
        if (found == byKey.end()) {
            continue;
        }
        SettledConflict s;
        s.version = asInt(r[3]);
        s.kind = asText(r[4]);
        s.value = asOptionalText(r[5]);
        s.author = asText(r[6]);
        s.role = asText(r[7]);
        s.device = asText(r[8]);
        s.hlc = static_cast<std::uint64_t>(asInt(r[9]));
        s.sides = sidesOf(db, key, asOptionalText(r[10]));
        found->second->resolved.push_back(std::move(s));
    }
}

}  // namespace veldwerk::sync::server
