// Who is asking: the device a bearer token belongs to and that device's user, as the server
// knows them (never as the device claims).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace veldwerk::sync::server {

struct Caller {
    std::string userId;
    std::string userName;
    std::string role;  // the user's role: jgt | gi | supervisor | admin
    std::optional<std::string> teamId;
    std::string orgId;
    std::string deviceId;
    std::optional<std::int64_t> deviceLastSeenAt;  // as of authentication
};

}  // namespace veldwerk::sync::server
