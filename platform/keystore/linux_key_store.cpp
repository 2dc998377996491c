#include "platform/keystore/linux_key_store.h"

namespace veldwerk::platform {

bool LinuxKeyStore::store(const QString& /*alias*/, const QByteArray& /*secret*/) {
    return false;
}

std::optional<QByteArray> LinuxKeyStore::load(const QString& /*alias*/) const {
    return std::nullopt;
}

void LinuxKeyStore::remove(const QString& /*alias*/) {}

}  // namespace veldwerk::platform
