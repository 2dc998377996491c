#include "sync/server/identity/enrollment.h"

#include <optional>

#include "sync/server/api_error.h"
#include "sync/server/audit/audit_trail.h"
#include "sync/server/identity/device_registry.h"
#include "sync/server/identity/device_token.h"
#include "sync/server/identity/login_throttle.h"
#include "sync/server/transaction.h"

namespace veldwerk::sync::server {

namespace {

struct LoginUser {
    std::string id;
    std::string passwordHash;
    std::string role;
    std::string orgName;
};

}  // namespace

EnrollResponse Enrollment::enroll(const EnrollRequest& request, const std::string& client,
                                  std::int64_t nowMs) {
    std::optional<LoginUser> user;
    inTransaction(m_db, SqlTransaction::Kind::Read, [&](SqlTransaction& tx) {
        LoginThrottle(m_db).admit(request.user, client, nowMs);
        const auto rows = m_db.query(
            "SELECT u.id, u.password_hash, u.role, o.name FROM users u JOIN orgs o ON o.id = "
            "u.org_id WHERE u.name = ? AND u.active = 1",
            {request.user});
        user.reset();
        if (!rows.empty()) {
            user = LoginUser{asText(rows[0][0]), asText(rows[0][1]), asText(rows[0][2]),
                             asText(rows[0][3])};
        }
        tx.commit();
    });

    bool ok = false;
    if (user) {
        ok = m_hasher.verify(user->passwordHash, request.password);
    } else {
        m_hasher.verifyNothing(request.password);
    }
    // Checked again now the password is: guesses in flight beside this one may have used up the
    // attempts meanwhile, and then this answer must not tell whether its password was right.
    std::int64_t wait = 0;
    if (!ok) {
        inTransaction(m_db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
            LoginThrottle throttle(m_db);
            wait = throttle.waitSeconds(request.user, client, nowMs);
            throttle.failed(request.user, client, nowMs);
            AuditTrail(m_db).append(
                {"login_failed", "refused",
                 user ? std::optional<std::string>(user->id) : std::nullopt, std::nullopt,
                 std::nullopt, "device", "", "enrolment refused: wrong user name or password"},
                nowMs);
            tx.commit();
        });
        if (wait > 0) {
            refuseLogin(wait);
        }
        throw ApiError(401, "unauthenticated", "wrong user name or password");
    }

    EnrollResponse response;
    inTransaction(m_db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        LoginThrottle throttle(m_db);
        wait = throttle.waitSeconds(request.user, client, nowMs);
        if (wait > 0) {
            return;  // rolled back: nothing enrolled
        }
        throttle.succeeded(request.user);
        const auto token = newDeviceToken();
        const auto deviceId =
            DeviceRegistry(m_db).add(user->id, deviceTokenHash(token), request.deviceLabel, nowMs);
        AuditTrail(m_db).append({"enroll", "ok", user->id, deviceId, std::nullopt, "device",
                                 deviceId, "device enrolled"},
                                nowMs);
        response = {deviceId, token, user->id, user->role, user->orgName};
        tx.commit();
    });
    if (wait > 0) {
        refuseLogin(wait);
    }
    return response;
}

}  // namespace veldwerk::sync::server
