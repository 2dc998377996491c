// Shared pieces of the engine tests: a vault whose owner is a JGT worker with a case of their own,
// field states as a server would send them, and a dump of every table to compare vault states.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/domain/case_repository.h"
#include "core/vault/secret.h"
#include "sync/protocol/messages.h"
#include "tests/core/vault_fixture.h"

namespace veldwerk::testing {

// A pulled field state, as the server would send it.
inline sync::IncomingChange incoming(const std::string& caseId, const std::string& entity,
                                     const std::string& entityId, const std::string& field,
                                     std::optional<std::string> value, std::int64_t version,
                                     const std::string& author = std::string(32, 'a')) {
    sync::IncomingChange c;
    c.seq = version;
    c.caseId = caseId;
    c.entity = entity;
    c.entityId = entityId;
    c.field = field;
    c.value = std::move(value);
    c.version = version;
    c.hlc = clock::Hlc{1700000000000, 0}.packed();
    c.author = author;
    c.role = "jgt";
    c.device = std::string(32, 'd');
    return c;
}

// Every row of every table but the audit log (which grows with every access by design).
inline std::map<std::string, std::vector<std::string>> dump(vault::Database& db) {
    std::map<std::string, std::vector<std::string>> out;
    std::vector<std::string> tables;
    {
        auto st = db.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', "
            "'sqlite_sequence') ORDER BY name");
        while (st.step()) {
            tables.push_back(st.text(0));
        }
    }
    for (const auto& t : tables) {
        std::string columns;
        {
            auto info = db.prepare("PRAGMA table_info(" + t + ")");
            while (info.step()) {
                columns += (columns.empty() ? "quote(" : " || '|' || quote(") + info.text(1) + ")";
            }
        }
        auto st = db.prepare("SELECT " + columns + " FROM " + t);
        auto& rows = out[t];
        while (st.step()) {
            rows.push_back(st.text(0));
        }
        std::sort(rows.begin(), rows.end());
    }
    return out;
}

}  // namespace veldwerk::testing
