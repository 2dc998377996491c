#include "sync/engine/clock_recovery.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sync/engine/sync_state.h"
#include "sync/protocol/codec.h"

namespace veldwerk::sync {

namespace {
// A row holding one of this device's times: its table, its key, and the time.
struct Stamped {
    const char* table;
    std::vector<std::string> key;  // the values of the table's key columns, in order
    std::uint64_t hlc;
};

// The tables where this device keeps the times it handed out, and which rows are its own.
// outbox and field_versions are keyed by the field (WITHOUT ROWID since vault v18).
struct StampTable {
    const char* table;
    const char* key;    // the key columns; "rowid" for a table with rowids
    const char* where;  // the key condition, on ?2, ?3, ... in the order of `key`
    const char* own;    // SQL condition; ?2 is the device id, ?3 the user id
};
constexpr const char* kFieldKey = "entity, entity_id, field";
constexpr const char* kFieldWhere = "entity = ?2 AND entity_id = ?3 AND field = ?4";
constexpr StampTable kStampTables[] = {
    {"outbox", kFieldKey, kFieldWhere, "1"},
    {"field_changes", "rowid", "rowid = ?2", "origin = 'local' AND device = ?2"},
    {"field_versions", kFieldKey, kFieldWhere, "device = ?2"},
    {"assessment_events", "rowid", "rowid = ?2", "user_id = ?3"},
};

const StampTable& stampTable(std::string_view name) {
    return *std::find_if(std::begin(kStampTables), std::end(kStampTables),
                         [&](const auto& t) { return name == t.table; });
}

std::vector<Stamped> stampsAhead(vault::Vault& vault, std::uint64_t afterPacked) {
    std::vector<Stamped> out;
    for (const auto& t : kStampTables) {
        const int keys = std::string_view(t.key) == "rowid" ? 1 : 3;
        auto st = vault.db().prepare(std::string("SELECT hlc, ") + t.key + " FROM " + t.table +
                                     " WHERE hlc > ?1 AND " + t.own);
        st.bind(1, static_cast<std::int64_t>(afterPacked));
        if (std::string(t.own).find("?2") != std::string::npos) {
            st.bind(2, vault.owner().deviceId);
        }
        if (std::string(t.own).find("?3") != std::string::npos) {
            st.bind(3, vault.owner().userId);
        }
        while (st.step()) {
            Stamped s{t.table, {}, static_cast<std::uint64_t>(st.int64(0))};
            for (int k = 0; k < keys; ++k) {
                s.key.push_back(st.text(1 + k));
            }
            out.push_back(std::move(s));
        }
    }
    return out;
}

// The latest time the vault holds that is not ahead: new times must follow it.
clock::Hlc latestNotAhead(vault::Database& db, std::uint64_t upToPacked) {
    std::uint64_t latest = 0;
    for (const char* table : {"field_changes", "assessment_events"}) {
        auto st = db.prepare(std::string("SELECT max(hlc) FROM ") + table + " WHERE hlc <= ?1");
        st.bind(1, static_cast<std::int64_t>(upToPacked));
        if (st.step() && !st.isNull(0)) {
            latest = std::max(latest, static_cast<std::uint64_t>(st.int64(0)));
        }
    }
    return clock::Hlc::fromPacked(latest);
}

// A stored batch holding a change further ahead of the server's clock than it accepts can never
// have been applied (the server refuses such a batch whole, and its clock only moves on).
bool neverApplied(const PendingBatch& batch, std::int64_t serverMs) {
    try {
        const auto sent = decodePushRequest(batch.body);
        return std::any_of(sent.changes.begin(), sent.changes.end(), [&](const auto& c) {
            const auto ms = static_cast<std::int64_t>(clock::Hlc::fromPacked(c.hlc).wallMs);
            return ms - serverMs > kMaxClockSkewMs;
        });
    } catch (const ProtocolError&) {
        return false;  // the round handles an unreadable stored batch itself
    }
}

// Gives every time of this device that lies ahead of `wallPacked` a new one from the clock set
// back, in the order of the old times.
void restamp(vault::Vault& vault, std::uint64_t wallPacked, ClockRecovery& done) {
    auto& db = vault.db();
    auto& clock = vault.clock();
    const auto stamped = stampsAhead(vault, wallPacked);
    // New times in the order of the old ones: the same time in several tables (a write's
    // history row, its field's version and its outbox row) gets the same new time.
    std::map<std::uint64_t, std::uint64_t> renewed;
    for (const auto& s : stamped) {
        renewed.emplace(s.hlc, 0);
    }
    clock.rewind(latestNotAhead(db, wallPacked));
    for (auto& [old, fresh] : renewed) {
        fresh = clock.now().packed();
    }
    for (const auto& s : stamped) {
        const auto& t = stampTable(s.table);
        auto update =
            db.prepare(std::string("UPDATE ") + s.table + " SET hlc = ?1 WHERE " + t.where);
        update.bind(1, static_cast<std::int64_t>(renewed.at(s.hlc)));
        if (std::string_view(t.key) == "rowid") {
            update.bind(2, static_cast<std::int64_t>(std::stoll(s.key[0])));
        } else {
            for (std::size_t k = 0; k < s.key.size(); ++k) {
                update.bind(static_cast<int>(k + 2), s.key[k]);
            }
        }
        update.run();
        if (std::string_view(s.table) == "outbox") {
            ++done.restamped;
        }
    }
}
}  // namespace

std::string clockRecoveryText(std::int64_t aheadMs, std::int64_t restamped) {
    return "This device's clock had run " + std::to_string(hoursAhead(aheadMs)) +
           " hours ahead, so the server refused its changes. The clock is right again: " +
           std::to_string(restamped) + (restamped == 1 ? " change" : " changes") +
           " made meanwhile got the correct time, in the same order, and went to the server "
           "again. Nothing was lost.";
}

std::optional<ClockRecovery> recoverRunAheadClock(vault::Vault& vault, std::uint64_t serverClock) {
    if (serverClock == 0) {
        return std::nullopt;
    }
    const auto serverMs = static_cast<std::int64_t>(clock::Hlc::fromPacked(serverClock).wallMs);
    const auto wallMs = vault.wallClock().nowMs();
    if (wallMs < 0 || std::abs(wallMs - serverMs) > kWallClockToleranceMs) {
        return std::nullopt;  // the tablet's clock is still wrong: re-stamping now would be too
    }
    auto& clock = vault.clock();
    ClockRecovery done;
    done.aheadMs = clock.aheadMs();
    if (done.aheadMs <= kWallClockToleranceMs) {
        return std::nullopt;
    }
    const auto wallPacked =
        clock::Hlc{static_cast<std::uint64_t>(wallMs), UINT16_MAX}.packed();  // the end of now
    auto& db = vault.db();
    const auto mark = clock.last();
    try {
        vault::Transaction tx(db);
        restamp(vault, wallPacked, done);
        SyncState state(db);
        if (const auto pending = state.pendingBatch();
            pending && neverApplied(*pending, serverMs)) {
            state.clearPendingBatch();
            done.batchDropped = true;
        }
        state.setClockRecovery({wallMs, done.aheadMs, static_cast<std::int64_t>(done.restamped)});
        vault::saveClockMark(db, clock.last());
        tx.commit();
    } catch (...) {
        clock.rewind(mark);  // nothing was stored: the clock stays as the vault has it
        throw;
    }
    return done;
}

}  // namespace veldwerk::sync
