// POST /v1/enroll: a user's name and password make a new device with a fresh token. The attempt
// passes the login throttle first; the Argon2id check runs outside any transaction (it takes a
// moment and must not hold the write lock). Enrolment and every failure are audit-logged.
#pragma once

#include <cstdint>
#include <string>

#include "sync/protocol/messages.h"
#include "sync/server/identity/password_hasher.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class Enrollment {
public:
    Enrollment(SqlConnection& db, const PasswordHasher& hasher) : m_db(db), m_hasher(hasher) {}

    // Throws ApiError 401 (wrong name or password) or 429 (rate limited).
    EnrollResponse enroll(const EnrollRequest& request, const std::string& client,
                          std::int64_t nowMs);

private:
    SqlConnection& m_db;
    const PasswordHasher& m_hasher;
};

}  // namespace veldwerk::sync::server
