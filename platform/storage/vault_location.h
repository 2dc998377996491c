// Where this device's vault lives: <AppDataLocation>/vault by default (private app storage on
// Android, ~/.local/share/... on Linux), or the directory given with --vault DIR (demo data,
// support, tests). One place decides this so the app and its tests never disagree.
#pragma once

#include <QCommandLineOption>
#include <QString>

namespace veldwerk::platform {

class VaultLocation {
public:
    // An empty override means the default location.
    explicit VaultLocation(const QString& overrideDir = {});

    static QCommandLineOption commandLineOption();
    static QString defaultDir();

    QString dir() const { return m_dir; }
    bool isOverridden() const { return m_overridden; }

private:
    QString m_dir;
    bool m_overridden;
};

}  // namespace veldwerk::platform
