import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One person to fill an instrument in for, in the "for whom?" dialog.
ItemDelegate {
    id: root

    // {personId, name, detail}
    required property var modelData
    readonly property string personId: root.modelData.personId

    objectName: "subject_" + root.personId
    Accessible.name: root.modelData.name
    // A hardware keyboard: Enter acts as a tap (Space does already).
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    implicitHeight: 68

    contentItem: ColumnLayout {
        spacing: 0

        Label {
            Layout.fillWidth: true
            text: root.modelData.name
            font.pixelSize: Theme.fontBody + 1
            font.weight: Font.Medium
            color: Theme.textPrimary
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.modelData.detail
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.pressed ? Theme.infoSurface : Theme.surface
        border.color: Theme.divider
    }
}
