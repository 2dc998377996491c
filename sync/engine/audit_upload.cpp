#include "sync/engine/audit_upload.h"

#include "sync/engine/sync_state.h"
#include "sync/protocol/codec.h"

namespace veldwerk::sync {

namespace {
constexpr int kPerRequest = 500;
}  // namespace

std::size_t AuditLogUpload::run(ServerApi& api) {
    auto& db = m_vault.db();
    SyncState state(db);
    std::size_t uploaded = 0;
    for (;;) {
        const auto after = state.auditUploadedSeq();
        auto st = db.prepare(
            "SELECT seq, at_ms, user_id, action, entity, entity_id, case_id FROM audit_log WHERE "
            "seq > ?1 ORDER BY seq LIMIT ?2");
        st.bind(1, after).bind(2, kPerRequest);
        AuditUploadRequest request;
        std::int64_t last = after;
        while (st.step()) {
            AuditUpload e{st.int64(0), st.int64(1), st.text(2),        st.text(3),
                          st.text(4),  st.text(5),  st.optionalText(6)};
            last = e.seq;
            try {
                encode(AuditUploadRequest{{e}});
                request.entries.push_back(std::move(e));
            } catch (const ProtocolError&) {
                // An entry the protocol cannot carry (not expected) must not block the rest.
            }
        }
        if (last == after) {
            return uploaded;
        }
        if (!request.entries.empty()) {
            api.uploadAudit(request);
        }
        vault::Transaction tx(db);
        state.setAuditUploadedSeq(last);
        tx.commit();
        uploaded += request.entries.size();
    }
}

}  // namespace veldwerk::sync
