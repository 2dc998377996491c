#include "platform/keystore/key_store.h"

#include "platform/keystore/linux_key_store.h"

namespace veldwerk::platform {

KeyStore::~KeyStore() = default;

std::unique_ptr<KeyStore> KeyStore::forThisPlatform() {
    // Android (Keystore) and iOS (Keychain) implementations come with their packaging.
    return std::make_unique<LinuxKeyStore>();
}

}  // namespace veldwerk::platform
