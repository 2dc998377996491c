import QtQuick
import QtQuick.Controls
import Veldwerk

// A button big enough for a finger on a tablet.
Button {
    id: root

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    font.pixelSize: Theme.fontBody
    font.capitalization: Font.MixedCase
}
