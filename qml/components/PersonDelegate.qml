import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A child or parent of the case, as a line in "Gezinsleden".
Rectangle {
    id: root

    required property string name
    required property string roleLabel
    required property string detail

    implicitHeight: 64
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.name
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                color: Theme.textPrimary
            }
            Label {
                Layout.fillWidth: true
                text: root.detail
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
        VwChip {
            text: root.roleLabel
        }
    }
}
