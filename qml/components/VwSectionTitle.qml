import QtQuick
import QtQuick.Controls
import Veldwerk

// The heading of a part of a page.
Label {
    font.pixelSize: Theme.fontBody + 1
    font.weight: Font.DemiBold
    color: Theme.textPrimary
    topPadding: Theme.spacingSmall
    bottomPadding: 4
}
