import QtQuick
import QtQuick.Controls
import Veldwerk

// A small rounded label: a status, a rule id, a kind of rule.
Rectangle {
    id: root

    property string text
    property color textColor: Theme.primary
    property color fill: Theme.infoSurface
    property color edge: Theme.infoBorder

    implicitWidth: label.implicitWidth + 2 * Theme.spacingSmall + 4
    implicitHeight: label.implicitHeight + 8
    radius: height / 2
    color: root.fill
    border.color: root.edge

    Label {
        id: label

        anchors.centerIn: parent
        text: root.text
        font.pixelSize: Theme.fontSmall - 1
        font.weight: Font.DemiBold
        color: root.textColor
    }
}
