// Bearer-token authentication of every request but enrolment and health: the token's hash finds
// the device and its user. No or unknown token: 401 unauthenticated. A revoked device (or one of
// a deactivated user): 410 device_revoked, which tells the device to wipe its vault.
#pragma once

#include <string_view>

#include "sync/server/caller.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// `authorization` is the Authorization header's value ("Bearer TOKEN"), empty when absent.
Caller authenticate(SqlConnection& db, std::string_view authorization);

}  // namespace veldwerk::sync::server
