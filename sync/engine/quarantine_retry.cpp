#include "sync/engine/quarantine_retry.h"

#include <string>

#include "core/domain/case_membership.h"
#include "core/vault/change_record.h"
#include "sync/engine/case_materializer.h"
#include "sync/engine/quarantine.h"

namespace veldwerk::sync {

RetriedChange retryQuarantined(vault::Vault& vault, std::int64_t id) {
    vault::Transaction tx(vault.db());
    Quarantine quarantine(vault.db());
    const auto entry = quarantine.find(id);
    if (!entry) {
        throw QuarantineRetryRefused("no change " + std::to_string(id) + " in quarantine");
    }
    const auto& c = entry->change;
    if (c.entity == "event" || (c.entity == "assessment" && c.field == "status")) {
        throw QuarantineRetryRefused(
            "a lifecycle step is not sent again: take it again (submit, cosign, review)");
    }
    if (c.author != vault.owner().userId) {
        throw QuarantineRetryRefused("only the user who made a change sends it again");
    }
    // The device's access rule: only a case this user is a member of lives here. A purged case
    // comes back with the sync after the consent or membership is restored.
    if (!domain::CaseMembership(vault).roleOf(c.caseId, c.author)) {
        throw QuarantineRetryRefused(
            "the case is not on this device: sync first, once you are "
            "a member of it again");
    }
    const vault::FieldWrite write{c.caseId, c.entity, c.entityId, c.field, c.value};
    const domain::Actor author{c.author, vault.owner().deviceId, c.role};
    vault::ChangeRecord record(vault.db(), vault.clock());
    const auto version = record.record(write, author);
    const auto written = record.latest(c.entity, c.entityId, c.field);
    CaseMaterializer(vault.db())
        .apply(write, written ? written->hlc : clock::Hlc{}, c.author, c.role);
    quarantine.remove(id);
    vault.audit().append(author, {audit::AuditAction::Change, c.entity, c.entityId, c.caseId});
    tx.commit();
    return {c.caseId, c.entity, c.entityId, c.field, version};
}

}  // namespace veldwerk::sync
