#include "sync/engine/device_enrolment.h"

#include "sync/engine/server_api.h"
#include "sync/engine/sync_state.h"

namespace veldwerk::sync {

namespace {
// Tables whose rows are client data or its traces.
constexpr const char* kClientTables[] = {
    "cases",
    "persons",
    "consents",
    "case_members",
    "assessments",
    "answers",
    "visits",
    "group_entries",
    "outbox",
    "field_versions",
    "quarantine",
    "conflicts",
    "assessment_events",
    "justifications",
    "visit_professionals",
    "statements",
    "settled_conflicts",
};

std::int64_t scalar(vault::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.int64(0) : 0;
}
}  // namespace

std::optional<std::string> DeviceEnrolment::refusal() {
    auto& db = m_vault.db();
    if (SyncState(db).enrolled()) {
        return "this vault is already enrolled with " + SyncState(db).serverUrl();
    }
    for (const char* table : kClientTables) {
        if (scalar(db, std::string("SELECT count(*) FROM ") + table) > 0) {
            return "this vault already holds client data (" + std::string(table) +
                   "); enrol a new, empty vault";
        }
    }
    return std::nullopt;
}

Enrolment DeviceEnrolment::enrol(Transport& transport, const std::string& serverUrl,
                                 const std::string& user, const std::string& password,
                                 const std::string& deviceLabel,
                                 const std::optional<std::string>& extraCaPem) {
    if (const auto why = refusal()) {
        throw EnrolmentRefused(*why);
    }
    ServerApi api(transport, m_vault.clock(), "");
    const auto answer = api.enroll({user, password, deviceLabel});

    auto& db = m_vault.db();
    const auto previous = m_vault.owner();
    {
        vault::Transaction tx(db);
        db.prepare("DELETE FROM users WHERE id = ?1").bind(1, previous.userId).run();
        db.prepare("DELETE FROM devices WHERE id = ?1").bind(1, previous.deviceId).run();
        db.prepare("INSERT OR REPLACE INTO users (id, name, org_id, role) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, answer.userId)
            .bind(2, user)
            .bind(3, answer.org)
            .bind(4, answer.role)
            .run();
        db.prepare(
              "INSERT OR REPLACE INTO devices (id, user_id, label, enrolled_at) VALUES (?1, ?2, "
              "?3, ?4)")
            .bind(1, answer.deviceId)
            .bind(2, answer.userId)
            .bind(3, deviceLabel)
            .bind(4, m_vault.wallClock().nowMs())
            .run();
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('device_id', ?1)")
            .bind(1, answer.deviceId)
            .run();
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('owner_user_id', ?1)")
            .bind(1, answer.userId)
            .run();
        // The entries before enrolment name the local identity the server never knew.
        SyncState(db).enrol(serverUrl, answer.deviceToken, extraCaPem,
                            scalar(db, "SELECT COALESCE(MAX(seq), 0) FROM audit_log"));
        tx.commit();
    }
    m_vault.reloadIdentity();
    {
        vault::Transaction tx(db);
        m_vault.audit().append(m_vault.owner(),
                               {audit::AuditAction::Create, "device", answer.deviceId, {}});
        tx.commit();
    }
    return {serverUrl, answer.deviceId, answer.userId, user, answer.role, answer.org};
}

}  // namespace veldwerk::sync
