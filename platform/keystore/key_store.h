// Platform key storage, behind an interface so the rest of the app does not care which device
// it runs on. On Android this will be the Android Keystore (hardware-backed where available),
// used to wrap a vault key so a short PIN can unlock it; on iOS the Keychain. The vault itself
// never depends on it: without a key store the passphrase alone protects the data.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace veldwerk::platform {

class KeyStore {
public:
    virtual ~KeyStore();

    // False when secrets cannot be kept here; callers then fall back to the passphrase.
    virtual bool canStore() const = 0;
    virtual bool store(const QString& alias, const QByteArray& secret) = 0;
    virtual std::optional<QByteArray> load(const QString& alias) const = 0;
    virtual void remove(const QString& alias) = 0;

    // The key store of the platform this binary was built for.
    static std::unique_ptr<KeyStore> forThisPlatform();
};

}  // namespace veldwerk::platform
