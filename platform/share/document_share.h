// Handing a document the app made (the family's PDF) to the platform, so the professional can
// give it to the family: on a desktop the folder that holds it opens in the file manager
// (QDesktopServices); on Android a share intent (ACTION_SEND with a content URI) comes behind the
// same interface with packaging.
#pragma once

#include <QString>

namespace veldwerk::platform {

class DocumentShare {
public:
    virtual ~DocumentShare() = default;
    // Hands `path` (an existing file) over; false when the platform took nothing.
    virtual bool share(const QString& path) = 0;

    static DocumentShare& forThisPlatform();
};

// Desktop: opens the file's folder (QDesktopServices::openUrl, so the file can be attached to
// a message or copied); the folder rather than the file, since a viewer is not a way to pass it on.
class DesktopDocumentShare : public DocumentShare {
public:
    bool share(const QString& path) override;
};

}  // namespace veldwerk::platform
