import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "+ Risicotaxatie veiligheid kind / per kind": starts an instrument.
ItemDelegate {
    id: root

    // {formId, title, forWhom, subjectRole}
    required property var modelData
    readonly property string formId: root.modelData.formId

    objectName: "start_" + root.formId
    Accessible.name: qsTr("%1 starten").arg(root.modelData.title)
    // A hardware keyboard: Enter acts as a tap (Space does already).
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    implicitHeight: Math.max(60, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall

    contentItem: RowLayout {
        spacing: Theme.spacing

        Label {
            text: "+"
            font.pixelSize: Theme.fontTitle
            color: Theme.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: root.modelData.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                color: Theme.primary
            }
            Label {
                Layout.fillWidth: true
                text: root.modelData.forWhom
                font.pixelSize: Theme.fontSmall - 1
                color: Theme.textSecondary
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.pressed ? Theme.infoSurface : Theme.surface
        border.color: Theme.infoBorder
    }
}
