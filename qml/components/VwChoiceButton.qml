import QtQuick
import QtQuick.Controls
import Veldwerk

// A large toggle-looking button for one answer option: filled when it is the answer.
AbstractButton {
    id: root

    property string value
    property bool selected: false

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    // A long label wraps when the button is narrower than it (see OptionButtons).
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 10
    bottomPadding: 10
    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus
    // What a screen reader says: the option, and whether it is the answer (not only its colour).
    Accessible.name: root.text
    Accessible.role: Accessible.RadioButton
    Accessible.checked: root.selected
    // A hardware keyboard: Enter acts as a tap (Space does already).
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Label {
        text: root.text
        font: root.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        color: root.selected ? Theme.surface
             : root.enabled ? Theme.primary : Theme.textSecondary
    }

    background: Rectangle {
        radius: 10
        color: root.selected ? (root.enabled ? Theme.primary : Theme.textSecondary)
             : root.pressed ? Theme.infoSurface : Theme.surface
        border.width: root.selected ? 0 : 1
        border.color: root.visualFocus ? Theme.primary : Theme.infoBorder
    }
}
