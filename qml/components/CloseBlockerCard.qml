import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A rule that blocks ending the visit (RT3): which rule in which instrument, what must be
// recorded, and a button to the question that would meet it.
Rectangle {
    id: root

    required property var modelData

    signal chosen()

    objectName: "blocker_" + root.modelData.ruleId
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.errorSurface
    border.color: Theme.errorBorder

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2 · blokkeert het afsluiten").arg(root.modelData.ruleId)
                                                             .arg(root.modelData.formTitle)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.errorText
        }
        Label {
            objectName: "blockerText"
            Layout.fillWidth: true
            text: root.modelData.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }
        VwButton {
            objectName: "blockerItemButton"
            Layout.fillWidth: true
            text: qsTr("Naar de vraag: %1").arg(root.modelData.itemLabel)
            Accessible.name: text
            onClicked: root.chosen()
        }
    }
}
