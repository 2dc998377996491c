#include "platform/share/document_share.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace veldwerk::platform {

DocumentShare& DocumentShare::forThisPlatform() {
    static DesktopDocumentShare desktop;
    return desktop;
}

bool DesktopDocumentShare::share(const QString& path) {
    const QFileInfo file(path);
    if (!file.isFile()) {
        return false;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
}

}  // namespace veldwerk::platform
