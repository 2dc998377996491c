import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The changes the server refused, each with what it was about and why, in Dutch. They stay on
// the device (never dropped) until they are entered again where they belong.
Dialog {
    id: root

    required property SyncService sync

    objectName: "quarantineDialog"
    modal: true
    anchors.centerIn: parent
    width: Math.min(720, (parent ? parent.width : 720) - 2 * Theme.spacing)
    height: Math.min(560, (parent ? parent.height : 560) - 2 * Theme.spacing)
    title: qsTr("Geweigerde wijzigingen")
    footer: VwCloseFooter {
        dialog: root
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("De server heeft deze wijzigingen niet overgenomen. Ze blijven op dit "
                       + "apparaat bewaard; voer ze zo nodig opnieuw in waar dat wel mag, of "
                       + "overleg met je functioneel beheerder.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        ListView {
            objectName: "quarantineList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: root.sync.quarantine
            delegate: Rectangle {
                id: entry

                required property var modelData

                width: ListView.view.width
                implicitHeight: entryColumn.implicitHeight + 2 * Theme.spacingSmall
                radius: Theme.radius
                color: Theme.errorSurface
                border.color: Theme.errorBorder

                ColumnLayout {
                    id: entryColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.what
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody - 1
                        font.weight: Font.Medium
                        color: Theme.textPrimary
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.reason
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.errorText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Geweigerd %1").arg(entry.modelData.when)
                        font.pixelSize: Theme.fontSmall - 2
                        color: Theme.textSecondary
                    }
                }
            }
            ScrollBar.vertical: ScrollBar {}
        }
    }
}
