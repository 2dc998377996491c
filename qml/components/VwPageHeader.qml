import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The bar on top of a page: a title, a short subtitle and actions on the right.
Rectangle {
    id: root

    property string title
    property string subtitle
    default property alias actions: actionRow.data

    implicitHeight: 88
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.textPrimary
            }
            Label {
                Layout.fillWidth: true
                text: root.subtitle
                visible: text.length > 0
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
        RowLayout {
            id: actionRow

            Layout.fillWidth: false
            spacing: Theme.spacingSmall
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
