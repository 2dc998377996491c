#include "sync/engine/sync_state.h"

#include <algorithm>

#include "sync/protocol/messages.h"

namespace veldwerk::sync {

std::optional<std::string> SyncState::get(const std::string& key) {
    auto st = m_db.prepare("SELECT value FROM sync_state WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? std::optional<std::string>(st.text(0)) : std::nullopt;
}

void SyncState::set(const std::string& key, const std::string& value) {
    m_db.prepare("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void SyncState::erase(const std::string& key) {
    m_db.prepare("DELETE FROM sync_state WHERE key = ?1").bind(1, key).run();
}

std::int64_t SyncState::number(const std::string& key) {
    const auto v = get(key);
    try {
        return v ? std::stoll(*v) : 0;
    } catch (const std::exception&) {
        return 0;
    }
}

bool SyncState::enrolled() {
    return get("device_token").has_value();
}

std::string SyncState::serverUrl() {
    return get("server_url").value_or("");
}

std::string SyncState::deviceToken() {
    return get("device_token").value_or("");
}

std::optional<std::string> SyncState::extraCaPem() {
    return get("extra_ca_pem");
}

void SyncState::enrol(const std::string& serverUrl, const std::string& token,
                      const std::optional<std::string>& extraCaPem, std::int64_t auditUploadedSeq) {
    set("server_url", serverUrl);
    set("device_token", token);
    if (extraCaPem) {
        set("extra_ca_pem", *extraCaPem);
    } else {
        erase("extra_ca_pem");
    }
    set("cursor", "0");
    set("batch_counter", "0");
    clearPendingBatch();
    setAuditUploadedSeq(auditUploadedSeq);
}

std::int64_t SyncState::cursor() {
    return number("cursor");
}

void SyncState::setCursor(std::int64_t cursor) {
    set("cursor", std::to_string(cursor));
}

std::int64_t SyncState::nextBatchNumber() {
    const auto next = number("batch_counter") + 1;
    set("batch_counter", std::to_string(next));
    return next;
}

std::vector<std::int64_t> SyncState::pushedBatches() {
    std::vector<std::int64_t> out;
    const auto list = get("pushed_batches").value_or("");
    std::size_t from = 0;
    while (from < list.size()) {
        const auto comma = std::min(list.find(',', from), list.size());
        try {
            const auto n = std::stoll(list.substr(from, comma - from));
            if (n > 0 && (out.empty() || n > out.back())) {
                out.push_back(n);
            }
        } catch (const std::exception&) {
            return {};  // unreadable: name none (their states only come down again)
        }
        from = comma + 1;
    }
    return out;
}

void SyncState::addPushedBatch(std::int64_t number) {
    auto list = pushedBatches();
    if (!list.empty() && number <= list.back()) {
        return;  // batch numbers only grow; an older one is not named
    }
    list.push_back(number);
    if (list.size() > kMaxPulledOwnBatches) {
        list.erase(list.begin(), list.end() - static_cast<std::ptrdiff_t>(kMaxPulledOwnBatches));
    }
    std::string text;
    for (const auto n : list) {
        text += (text.empty() ? "" : ",") + std::to_string(n);
    }
    set("pushed_batches", text);
}

void SyncState::clearPushedBatches() {
    erase("pushed_batches");
}

std::optional<PendingBatch> SyncState::pendingBatch() {
    const auto id = get("pending_batch_id");
    const auto body = get("pending_batch");
    if (!id || !body) {
        return std::nullopt;
    }
    return PendingBatch{*id, *body};
}

void SyncState::setPendingBatch(const PendingBatch& batch) {
    set("pending_batch_id", batch.id);
    set("pending_batch", batch.body);
}

void SyncState::clearPendingBatch() {
    erase("pending_batch_id");
    erase("pending_batch");
}

std::int64_t SyncState::auditUploadedSeq() {
    return number("audit_uploaded_seq");
}

void SyncState::setAuditUploadedSeq(std::int64_t seq) {
    set("audit_uploaded_seq", std::to_string(seq));
}

std::int64_t SyncState::lastCompletedMs() {
    return number("last_completed_ms");
}

void SyncState::setLastCompletedMs(std::int64_t ms) {
    set("last_completed_ms", std::to_string(ms));
}

std::optional<ClockRecoveryNote> SyncState::clockRecovery() {
    if (!get("clock_recovered_at")) {
        return std::nullopt;
    }
    return ClockRecoveryNote{number("clock_recovered_at"), number("clock_recovered_ahead_ms"),
                             number("clock_recovered_changes")};
}

void SyncState::setClockRecovery(const ClockRecoveryNote& note) {
    set("clock_recovered_at", std::to_string(note.atMs));
    set("clock_recovered_ahead_ms", std::to_string(note.aheadMs));
    set("clock_recovered_changes", std::to_string(note.changes));
}

}  // namespace veldwerk::sync
