#include "platform/storage/vault_location.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace veldwerk::platform {

VaultLocation::VaultLocation(const QString& overrideDir)
    : m_dir(overrideDir.isEmpty() ? defaultDir()
                                  : QDir::cleanPath(QFileInfo(overrideDir).absoluteFilePath())),
      m_overridden(!overrideDir.isEmpty()) {}

QCommandLineOption VaultLocation::commandLineOption() {
    return QCommandLineOption(QStringLiteral("vault"),
                              QStringLiteral("Directory of the vault (default: %1).")
                                  .arg(QStringLiteral("<app data>/vault")),
                              QStringLiteral("DIR"));
}

QString VaultLocation::defaultDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("vault"));
}

}  // namespace veldwerk::platform
