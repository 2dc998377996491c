// Recovery from a device clock that ran ahead (sync/engine/clock_recovery.h) on a real vault:
// nothing is touched while the wall clock is still wrong; once it is right, the times that ran
// ahead are given new ones in their order, a batch the server never applied is dropped, and
// the clock mark is stored set back.
#include <catch2/catch.hpp>

#include "core/domain/case_repository.h"
#include "sync/engine/clock_recovery.h"
#include "sync/engine/outbox.h"
#include "sync/engine/sync_state.h"
#include "sync/protocol/codec.h"
#include "tests/sync/engine/engine_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;

namespace {
constexpr std::int64_t kThreeDaysMs = 3LL * 24 * 3600 * 1000;

struct ShiftedClock final : clock::PhysicalClock {
    std::int64_t shiftMs = 0;
    std::int64_t nowMs() const override { return clock::SystemClock().nowMs() + shiftMs; }
};

std::uint64_t serverNow() {
    return clock::Hlc{static_cast<std::uint64_t>(clock::SystemClock().nowMs()), 0}.packed();
}

// Outbox rows in local order: (local_seq, hlc).
std::vector<std::pair<std::int64_t, std::int64_t>> outboxTimes(vault::Vault& v) {
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    auto st = v.db().prepare("SELECT local_seq, hlc FROM outbox ORDER BY local_seq");
    while (st.step()) {
        out.emplace_back(st.int64(0), st.int64(1));
    }
    return out;
}

std::int64_t changeTime(vault::Vault& v, std::int64_t seq) {
    auto st = v.db().prepare("SELECT hlc FROM field_changes WHERE seq = ?1");
    st.bind(1, seq);
    REQUIRE(st.step());
    return st.int64(0);
}

// A vault with one case written while the clock was right, then two while it ran 3 days ahead.
struct AheadVault {
    TempDir dir;
    ShiftedClock wall;
    std::unique_ptr<vault::Vault> vault;
    std::string before;
    AheadVault() {
        {
            auto v = vault::Vault::create(dir.path() / "vault", kPassphrase, cheapVaultOptions());
            before = domain::CaseRepository(*v).add(v->owner(), "Gezin Vooraf");
        }
        wall.shiftMs = kThreeDaysMs;
        vault = vault::Vault::open(dir.path() / "vault", kPassphrase, &wall);
        domain::CaseRepository(*vault).add(vault->owner(), "Gezin Een");
        domain::CaseRepository(*vault).add(vault->owner(), "Gezin Twee");
    }
};
}  // namespace

TEST_CASE("clock recovery: nothing changes while the wall clock is still wrong") {
    AheadVault f;
    const auto before = dump(f.vault->db());
    const auto mark = f.vault->clock().last();
    REQUIRE_FALSE(sync::recoverRunAheadClock(*f.vault, serverNow()));
    REQUIRE_FALSE(sync::recoverRunAheadClock(*f.vault, 0));  // no server clock: no judgement
    f.wall.shiftMs = 0;
    REQUIRE_FALSE(sync::recoverRunAheadClock(*f.vault, 0));
    REQUIRE(dump(f.vault->db()) == before);
    REQUIRE(f.vault->clock().last() == mark);
    REQUIRE_FALSE(sync::SyncState(f.vault->db()).clockRecovery());
}

TEST_CASE("clock recovery: a corrected clock re-stamps what ran ahead, in its order") {
    AheadVault f;
    const auto old = outboxTimes(*f.vault);
    REQUIRE(old.size() == 6);  // each case: its name and its first member
    // A batch of them was stored and refused: the server can never have applied it.
    {
        vault::Transaction tx(f.vault->db());
        sync::PushRequest batch{"dev-1", sync::Outbox(*f.vault).take(500)};
        sync::SyncState(f.vault->db()).setPendingBatch({batch.batchId, sync::encode(batch)});
        tx.commit();
    }
    f.wall.shiftMs = 0;
    const auto now = clock::SystemClock().nowMs();
    const auto done = sync::recoverRunAheadClock(*f.vault, serverNow());
    REQUIRE(done);
    REQUIRE(done->restamped == 4);  // the two cases written ahead; the one before keeps its time
    REQUIRE(sync::hoursAhead(done->aheadMs) == 72);
    REQUIRE(done->batchDropped);
    REQUIRE_FALSE(sync::SyncState(f.vault->db()).pendingBatch());

    const auto renewed = outboxTimes(*f.vault);
    REQUIRE(renewed.size() == old.size());  // nothing lost
    for (std::size_t i = 0; i < renewed.size(); ++i) {
        REQUIRE(renewed[i].first == old[i].first);  // the same edits, in the same order
        if (i > 0) {
            REQUIRE(renewed[i].second > renewed[i - 1].second);  // times still in that order
        }
        const auto t = clock::Hlc::fromPacked(static_cast<std::uint64_t>(renewed[i].second));
        REQUIRE(static_cast<std::int64_t>(t.wallMs) <= clock::SystemClock().nowMs());
        REQUIRE(changeTime(*f.vault, renewed[i].first) == renewed[i].second);  // history agrees
    }
    REQUIRE(renewed[0].second == old[0].second);  // written while the clock was right
    REQUIRE(static_cast<std::int64_t>(clock::Hlc::fromPacked(renewed[2].second).wallMs) >= now);
    REQUIRE(f.vault->clock().aheadMs() == 0);
    REQUIRE(vault::loadClockMark(f.vault->db()) == f.vault->clock().last());
    const auto note = sync::SyncState(f.vault->db()).clockRecovery();
    REQUIRE(note);
    REQUIRE(note->changes == 4);
    // The next write follows the re-stamped ones.
    domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Drie");
    REQUIRE(outboxTimes(*f.vault).back().second > renewed.back().second);
    // Nothing left ahead: a second refusal would find nothing to do.
    REQUIRE_FALSE(sync::recoverRunAheadClock(*f.vault, serverNow()));
}

TEST_CASE("clock recovery: a stored batch the server may have applied is kept for its resend") {
    AheadVault f;
    // Only a little ahead: a batch the server accepts (within its 24 hours) stays as it is.
    sync::PushRequest batch{"dev-1", sync::Outbox(*f.vault).take(1)};
    batch.changes[0].hlc =
        clock::Hlc{static_cast<std::uint64_t>(clock::SystemClock().nowMs() + 3600 * 1000), 0}
            .packed();
    {
        vault::Transaction tx(f.vault->db());
        sync::SyncState(f.vault->db()).setPendingBatch({batch.batchId, sync::encode(batch)});
        tx.commit();
    }
    f.wall.shiftMs = 0;
    const auto done = sync::recoverRunAheadClock(*f.vault, serverNow());
    REQUIRE(done);
    REQUIRE_FALSE(done->batchDropped);
    REQUIRE(sync::SyncState(f.vault->db()).pendingBatch()->body == sync::encode(batch));
}
