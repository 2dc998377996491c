// The Linux key store stores nothing, on purpose. A desktop or kiosk Linux has no key storage
// we can trust to be tied to this device (a file beside the vault, or a desktop keyring unlocked
// by the same login, adds no protection), so on Linux the passphrase is the only key: every
// store() is refused, every load() finds nothing.
#pragma once

#include "platform/keystore/key_store.h"

namespace veldwerk::platform {

class LinuxKeyStore final : public KeyStore {
public:
    bool canStore() const override { return false; }
    bool store(const QString& alias, const QByteArray& secret) override;
    std::optional<QByteArray> load(const QString& alias) const override;
    void remove(const QString& alias) override;
};

}  // namespace veldwerk::platform
