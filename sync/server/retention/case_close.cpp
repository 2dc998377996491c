#include "sync/server/retention/case_close.h"

#include "core/clock/hlc.h"
#include "sync/server/accountability/server_write.h"
#include "sync/server/audit/audit_trail.h"
#include "sync/server/retention/case_closures.h"
#include "sync/server/retention/case_destruction.h"

namespace veldwerk::sync::server {

void closeCaseAsAdmin(SqlConnection& db, const std::string& caseId, const std::string& adminId,
                      std::int64_t nowMs) {
    if (db.query("SELECT 1 FROM cases WHERE id = ?", {caseId}).empty()) {
        throw RetentionError("there is no case with that id");
    }
    CaseClosures closures(db);
    if (closures.find(caseId)) {
        throw RetentionError("the case is closed already");
    }
    FieldWrite w;
    w.key = {"case", caseId, "closed_at"};
    w.caseId = caseId;
    w.value = std::to_string(nowMs);
    w.by = {clock::Hlc{static_cast<std::uint64_t>(nowMs), 0}.packed(), adminId, "admin", "server"};
    writeAsServer(db, w);
    closures.record(caseId, nowMs, adminId);
    AuditTrail(db).append(
        {"change", "ok", adminId, std::nullopt, caseId, "case", caseId, "case closed by an admin"},
        nowMs);
}

}  // namespace veldwerk::sync::server
