#include "sync/engine/sync_round.h"
#include "sync/engine/crisis_card_store.h"
#include "sync/engine/overdue_list.h"

#include <algorithm>
#include <map>

#include "core/vault/field_conflicts.h"
#include "sync/engine/audit_upload.h"
#include "sync/engine/case_purge.h"
#include "sync/engine/incoming_change_applier.h"
#include "sync/engine/outbox.h"
#include "sync/engine/quarantine.h"
#include "sync/engine/sync_state.h"
#include "sync/protocol/codec.h"

namespace veldwerk::sync {

namespace {
// The largest page the protocol allows: half the requests, transactions and fsyncs of a long pull.
constexpr std::size_t kPageSize = kMaxPullLimit;
// Pages are applied a few at a time, in one transaction with the newest page's cursor: the
// states of a page lie scattered over the vault's B-trees (their keys are random ids), so each
// transaction rewrites most of their leaves; five pages per transaction rewrite them a fifth as
// often. Held in memory until applied; a failure before then loses nothing the next pull does
// not bring again (the cursor moves with them).
constexpr std::size_t kApplyChanges = 5 * kPageSize;
// A push batch is cut by its size as well as by the protocol's count: 500 long texts (a
// statement, a justification) would be over the server's 4 MiB body limit, which no resend can
// cure. Each change's own encoding is counted; the batch's envelope stays well under the rest.
constexpr std::size_t kPushBatchBytes = 1u << 20;

// N of this device's batch id "DEVICEID-N" (0: not of that form).
std::int64_t batchNumberOf(const std::string& batchId) {
    const auto dash = batchId.rfind('-');
    if (dash == std::string::npos || dash + 1 == batchId.size() || batchId.size() - dash > 19) {
        return 0;
    }
    std::int64_t n = 0;
    for (auto i = dash + 1; i < batchId.size(); ++i) {
        if (batchId[i] < '0' || batchId[i] > '9') {
            return 0;
        }
        n = n * 10 + (batchId[i] - '0');
    }
    return n;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::set<std::string> column(vault::Database& db, const char* sql) {
    auto st = db.prepare(sql);
    std::set<std::string> out;
    while (st.step()) {
        out.insert(st.text(0));
    }
    return out;
}
}  // namespace

SyncReport runSyncRound(vault::Vault& vault, Transport& transport) {
    return SyncRound(vault, transport).run();
}

std::set<std::string> SyncRound::liveCases() {
    return column(m_vault.db(), "SELECT id FROM cases WHERE deleted = 0");
}

SyncReport SyncRound::run() {
    std::optional<ClockRecovery> recovered;
    try {
        return runOnce();
    } catch (const SyncError& e) {
        if (e.kind() != SyncError::Kind::ClockSkew) {
            throw;
        }
        recovered = recoverRunAheadClock(m_vault, e.serverClock());
        if (!recovered) {
            throw;  // the tablet's clock itself is wrong: only the user can set it
        }
    }
    auto report = runOnce();
    report.clockRecovery = recovered;
    return report;
}

SyncReport SyncRound::runOnce() {
    SyncState state(m_vault.db());
    if (!state.enrolled()) {
        throw SyncError(SyncError::Kind::NotEnrolled,
                        "this vault is not enrolled with a server (veldwerk-cli enroll)");
    }
    ServerApi api(m_transport, m_vault.clock(), state.deviceToken());
    SyncReport report;
    try {
        const auto before = liveCases();
        push(api, report);
        const auto scope = pull(api, report);
        fetchNewCases(api, scope, report);
        keepSupervisorAccess(scope);
        purgeOutOfScope(scope, report);
        for (const auto& id : liveCases()) {
            if (!before.count(id)) {
                report.casesAdded.push_back(id);
            }
        }
        report.auditUploaded = AuditLogUpload(m_vault).run(api);
    } catch (const SyncError& e) {
        if (e.kind() == SyncError::Kind::Revoked) {
            // The server says this tablet must forget everything: at once, before anything else.
            vault::Vault::wipe(m_vault.dir());
        }
        throw;
    }
    {
        vault::Transaction tx(m_vault.db());
        SyncState(m_vault.db()).setLastCompletedMs(m_vault.wallClock().nowMs());
        tx.commit();
    }
    report.conflictsOpen = vault::FieldConflicts(m_vault.db()).open().size();
    report.quarantined = Quarantine(m_vault.db()).size();
    report.pendingAfter = Outbox(m_vault).size();
    report.warnings.insert(report.warnings.end(), api.warnings().begin(), api.warnings().end());
    return report;
}

void SyncRound::push(ServerApi& api, SyncReport& report) {
    // Each batch settles at least one change or the loop stops (a server answering nothing must
    // not keep us here).
    for (;;) {
        const auto before = report.pushed + report.refused;
        if (!pushBatch(api, report)) {
            return;
        }
        if (report.pushed + report.refused == before) {
            report.warnings.push_back("the server answered a push batch without results");
            return;
        }
    }
}

bool SyncRound::pushBatch(ServerApi& api, SyncReport& report) {
    auto& db = m_vault.db();
    SyncState state(db);
    auto pending = state.pendingBatch();
    if (!pending) {
        vault::Transaction tx(db);
        const bool took = storeNextBatch(report);
        tx.commit();
        if (!took) {
            return false;
        }
        pending = state.pendingBatch();
        if (!pending) {
            return true;  // none of them could be sent: quarantined
        }
    }
    PushRequest sent;
    try {
        sent = decodePushRequest(pending->body);
    } catch (const ProtocolError& e) {
        // Our own stored batch no longer decodes (an older build's?): its rows are still in the
        // outbox unless settled, so dropping the stored copy loses nothing.
        vault::Transaction tx(db);
        state.clearPendingBatch();
        tx.commit();
        report.warnings.push_back(std::string("a stored push batch was unreadable: ") + e.what());
        return true;
    }
    PushResponse answer;
    try {
        answer = api.push(pending->body);
    } catch (const SyncError& e) {
        if (e.kind() == SyncError::Kind::Refused && (e.status() == 400 || e.status() == 413)) {
            // The server will never take this batch as it is: into quarantine, visibly.
            refuseWholeBatch(sent, e.what(), report);
            return true;
        }
        if (e.kind() == SyncError::Kind::Refused && e.code() == "batch_reused" &&
            ++m_renumbered <= kMaxRenumbered) {
            // Our counter is behind the server's record of this device (a vault restored from a
            // copy?). Nothing was applied and the changes are still in the outbox: drop the
            // stored batch and send them again under the next number.
            vault::Transaction tx(db);
            SyncState(db).clearPendingBatch();
            tx.commit();
            report.warnings.push_back("push batch " + sent.batchId +
                                      " was already used on the server; sent again as a new one");
            return pushBatch(api, report);
        }
        throw;
    }
    settle(sent, answer, report);
    return true;
}

bool SyncRound::storeNextBatch(SyncReport& report) {
    auto& db = m_vault.db();
    SyncState state(db);
    Outbox outbox(m_vault);
    const auto changes = outbox.take(kMaxBatchChanges);
    if (changes.empty()) {
        return false;
    }
    PushRequest batch;
    batch.batchId = m_vault.owner().deviceId + "-" + std::to_string(state.nextBatchNumber());
    std::size_t bytes = 0;
    for (const auto& c : changes) {
        try {
            const auto size = encode(PushRequest{batch.batchId, {c}}).size();
            if (!batch.changes.empty() && bytes + size > kPushBatchBytes) {
                break;  // the rest goes in the next batch
            }
            bytes += size;
            batch.changes.push_back(c);
        } catch (const ProtocolError& e) {
            Quarantine(db).add(c, batch.batchId, std::string("cannot be sent: ") + e.what(),
                               m_vault.wallClock().nowMs());
            outbox.dropRefused(c);
            m_vault.changes().markRefused(c.clientSeq);
            report.refused += 1;
            report.refusals.push_back({c.caseId, c.entity, c.entityId, c.field, "cannot be sent"});
        }
    }
    if (!batch.changes.empty()) {
        // Stored before it is sent: an unanswered batch goes out again exactly like this.
        state.setPendingBatch(PendingBatch{batch.batchId, encode(batch)});
    }
    return true;
}

void SyncRound::settle(const PushRequest& sent, const PushResponse& answer, SyncReport& report) {
    auto& db = m_vault.db();
    std::map<std::int64_t, const OutgoingChange*> bySeq;
    for (const auto& c : sent.changes) {
        bySeq[c.clientSeq] = &c;
    }
    Outbox outbox(m_vault);
    Quarantine quarantine(db);
    IncomingChangeApplier applier(m_vault);
    std::set<std::string> cases;
    std::set<std::string> refetch;
    vault::Transaction tx(db);
    outbox.startSettling();
    for (const auto& r : answer.results) {
        const auto it = bySeq.find(r.clientSeq);
        if (it == bySeq.end() || it->second == nullptr) {
            continue;  // not ours, or answered twice: the outbox row stays for the next batch
        }
        const auto& c = *it->second;
        it->second = nullptr;
        cases.insert(c.caseId);
        switch (r.outcome) {
            case PushOutcome::Applied:
                ++report.applied;
                break;
            case PushOutcome::Unchanged:
                ++report.unchanged;
                break;
            case PushOutcome::Merged:
                ++report.merged;
                break;
            case PushOutcome::Conflict:
                ++report.conflict;
                break;
            case PushOutcome::Refused:
                ++report.refused;
                break;
        }
        if (r.outcome == PushOutcome::Refused) {
            quarantine.add(c, sent.batchId, r.reason, m_vault.wallClock().nowMs());
            m_vault.changes().markRefused(c.clientSeq);
            if (outbox.dropRefused(c)) {
                applier.takeBack(writeOf(c));  // show what the server has, not the refused value
            }
            report.refusals.push_back({c.caseId, c.entity, c.entityId, c.field, r.reason});
        } else {
            ++report.pushed;
            outbox.acknowledge(c, r);
            if (r.outcome == PushOutcome::Unchanged && r.version > c.baseVersion) {
                // Concurrent, and the server kept what it had: a value this device may never
                // have shown (a set merge that added nothing, a side of a conflict, a state the
                // pull skipped while this edit waited). No new sequence number will bring it, so
                // the case is fetched whole again in this round.
                refetch.insert(c.caseId);
            }
        }
    }
    for (const auto& caseId : refetch) {
        db.prepare("DELETE FROM known_cases WHERE case_id = ?1").bind(1, caseId).run();
    }
    for (const auto& caseId : cases) {
        m_vault.audit().append(m_vault.owner(),
                               {audit::AuditAction::Transfer, "sync", "push", caseId});
    }
    SyncState(db).clearPendingBatch();
    if (const auto number = batchNumberOf(sent.batchId)) {
        SyncState(db).addPushedBatch(number);  // the next pull need not bring its states back
    }
    // The next batch is stored in the same transaction: its pages (the stored body's) are written
    // once instead of freed, zeroed and written again, and one commit (one fsync) less per batch.
    // Taken after the settling, so an edit made while this batch was out goes with it.
    storeNextBatch(report);
    vault::saveClockMark(db, m_vault.clock().last());
    tx.commit();
    ++report.batches;
}

void SyncRound::refuseWholeBatch(const PushRequest& sent, const std::string& reason,
                                 SyncReport& report) {
    auto& db = m_vault.db();
    Outbox outbox(m_vault);
    Quarantine quarantine(db);
    IncomingChangeApplier applier(m_vault);
    vault::Transaction tx(db);
    for (const auto& c : sent.changes) {
        quarantine.add(c, sent.batchId, reason, m_vault.wallClock().nowMs());
        m_vault.changes().markRefused(c.clientSeq);
        if (outbox.dropRefused(c)) {
            applier.takeBack(writeOf(c));
        }
        ++report.refused;
        report.refusals.push_back({c.caseId, c.entity, c.entityId, c.field, reason});
    }
    SyncState(db).clearPendingBatch();
    tx.commit();
    ++report.batches;
}

void SyncRound::applyPages(std::span<const PullResponse> pages, SyncReport& report,
                           bool storeCursor, const std::vector<std::string>& nowKnown) {
    if (pages.empty()) {
        return;
    }
    auto& db = m_vault.db();
    IncomingChangeApplier applier(m_vault);
    std::set<std::string> cases;
    vault::Transaction tx(db);
    applier.startPage();
    for (const auto& page : pages) {
        for (const auto& c : page.changes) {
            ++report.pulled;
            cases.insert(c.caseId);
            switch (applier.apply(c)) {
                case ApplyOutcome::Applied:
                    ++report.pulledApplied;
                    break;
                case ApplyOutcome::KeptLocal:
                    ++report.keptLocal;
                    break;
                case ApplyOutcome::Unchanged:
                case ApplyOutcome::Stale:
                    break;
            }
        }
        // Colleagues on this device's cases, to show who wrote what.
        for (const auto& u : page.users) {
            db.prepare(
                  "INSERT OR REPLACE INTO users (id, name, org_id, role, full_name) VALUES (?1, "
                  "?2, ?3, ?4, ?5)")
                .bind(1, u.id)
                .bind(2, u.name)
                .bind(3, u.org)
                .bind(4, u.role)
                .bind(5, u.fullName.empty() ? std::nullopt : std::optional<std::string>(u.fullName))
                .run();
        }
    }
    for (const auto& id : nowKnown) {
        db.prepare("INSERT OR REPLACE INTO known_cases (case_id, fetched_at) VALUES (?1, ?2)")
            .bind(1, id)
            .bind(2, m_vault.wallClock().nowMs())
            .run();
    }
    for (const auto& caseId : cases) {
        m_vault.audit().append(m_vault.owner(),
                               {audit::AuditAction::Transfer, "sync", "pull", caseId});
    }
    // The newest page says where the pull stands.
    const auto& page = pages.back();
    SyncState state(db);
    if (storeCursor && page.cursor > state.cursor()) {
        state.setCursor(page.cursor);
    }
    if (storeCursor && !page.more) {
        // The pull has passed every state of the batches it named: later pulls name none of them
        // (a case purged and fetched again later must bring its states whole).
        state.clearPushedBatches();
    }
    if (storeCursor) {
        storeOverdueVisits(db, page.overdue);  // the team's overdue visits as of this page
        storeCrisisCard(db, page.crisisCard);  // the organisation's numbers, for offline
    }
    vault::saveClockMark(db, m_vault.clock().last());
    tx.commit();
}

std::vector<std::string> SyncRound::pull(ServerApi& api, SyncReport& report) {
    SyncState state(m_vault.db());
    const bool fromStart = state.cursor() == 0;
    m_pushed = state.pushedBatches();
    // From cursor 0, a case in scope on every page has had all its changes sent already.
    std::vector<std::string> alwaysInScope;
    std::vector<std::string> scope;
    // Pages fetched but not yet applied, and where the next one starts.
    std::vector<PullResponse> fetched;
    std::size_t held = 0;
    auto since = state.cursor();
    for (bool first = true;; first = false) {
        PullRequest request;
        request.since = since;
        request.limit = kPageSize;
        request.pushed = m_pushed;
        request.resolved = true;
        auto page = api.pull(request);
        scope = page.scope;
        if (first) {
            alwaysInScope = scope;
        } else {
            std::erase_if(alwaysInScope, [&](const auto& id) { return !contains(scope, id); });
        }
        const bool last = !page.more || page.cursor <= request.since;
        const auto cursor = page.cursor;
        const bool more = page.more;
        held += page.changes.size();
        fetched.push_back(std::move(page));
        if (last || held >= kApplyChanges) {
            applyPages(fetched, report, true,
                       last && fromStart ? alwaysInScope : std::vector<std::string>{});
            fetched.clear();
            held = 0;
        }
        if (!more) {
            break;
        }
        if (cursor <= request.since) {
            report.warnings.push_back("the server's pull cursor did not advance");
            break;
        }
        since = cursor;
    }
    return scope;
}

void SyncRound::fetchNewCases(ServerApi& api, const std::vector<std::string>& scope,
                              SyncReport& report) {
    const auto known = column(m_vault.db(), "SELECT case_id FROM known_cases");
    for (const auto& id : scope) {
        if (known.count(id)) {
            continue;
        }
        std::int64_t since = 0;
        for (;;) {
            PullRequest request;
            request.since = since;
            request.limit = kPageSize;
            request.caseId = id;
            request.pushed = m_pushed;
            request.resolved = true;
            const auto page = api.pull(request);
            const bool last = !page.more || page.cursor <= since;
            applyPages({&page, 1}, report, false,
                       last ? std::vector<std::string>{id} : std::vector<std::string>{});
            if (last) {
                break;
            }
            since = page.cursor;
        }
    }
}

void SyncRound::keepSupervisorAccess(const std::vector<std::string>& scope) {
    // A supervisor sees the cases of their team without being a member of each: the server's
    // scope is the grant, recorded locally (never pushed) so the device's access rule holds.
    const auto& owner = m_vault.owner();
    if (owner.role != "supervisor") {
        return;
    }
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    for (const auto& id : scope) {
        // A consultation in scope is its own unit, not a case the supervisor joins.
        auto unit = db.prepare("SELECT 1 FROM consultations WHERE id = ?1");
        unit.bind(1, id);
        if (unit.step()) {
            continue;
        }
        db.prepare(
              "INSERT OR IGNORE INTO case_members (case_id, user_id, role, added_at) VALUES (?1, "
              "?2, 'supervisor', ?3)")
            .bind(1, id)
            .bind(2, owner.userId)
            .bind(3, m_vault.wallClock().nowMs())
            .run();
        db.prepare(
              "UPDATE case_members SET removed_at = NULL WHERE case_id = ?1 AND user_id = ?2 AND "
              "role = 'supervisor'")
            .bind(1, id)
            .bind(2, owner.userId)
            .run();
    }
    tx.commit();
}

void SyncRound::purgeOutOfScope(const std::vector<std::string>& scope, SyncReport& report) {
    CasePurge purge(m_vault);
    Outbox outbox(m_vault);
    for (const auto& id : purge.heldCases()) {
        // Out of scope, and nothing of it still waiting to be pushed (or quarantined).
        if (!contains(scope, id) && outbox.sizeFor(id) == 0) {
            purge.purge(id);
            report.casesPurged.push_back(id);
        }
    }
}

}  // namespace veldwerk::sync
