import QtQuick
import QtQuick.Controls
import Veldwerk

// A button big enough for a finger on a tablet.
Button {
    id: root

    implicitHeight: Theme.touchTarget
    // What a screen reader says; a button whose text needs its context says more where it is used.
    Accessible.name: root.text
    // A hardware keyboard: Enter acts as a tap (Space does already).
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    font.pixelSize: Theme.fontBody
    font.capitalization: Font.MixedCase
}
