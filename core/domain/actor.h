// Who is acting, on which device: attached to every write and every audit entry.
#pragma once

#include <string>

namespace veldwerk::domain {

struct Actor {
    std::string userId;
    std::string deviceId;
    std::string role;  // jgt | gi | supervisor | admin
};

}  // namespace veldwerk::domain
