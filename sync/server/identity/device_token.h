// Device tokens: 32 random bytes as 64 lowercase hex characters, shown to the device once. The
// server keeps only the BLAKE2b hash (hex) of the token text, so a copy of the database does not
// let anyone act as a device.
#pragma once

#include <string>
#include <string_view>

namespace veldwerk::sync::server {

std::string newDeviceToken();
std::string deviceTokenHash(std::string_view token);
bool looksLikeDeviceToken(std::string_view token);

}  // namespace veldwerk::sync::server
