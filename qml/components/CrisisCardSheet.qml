import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Veldwerk

// The region's crisis numbers (the card the server's admin set, as the last sync brought it; read
// from the vault, so also offline), opened from the "Crisis" button of every page header
// (CrisisShortcut). A number is tapped to call it.
Item {
    id: root

    required property VaultSession session
    readonly property bool opened: sheet.opened
    // Until its closing transition has ended, its modal overlay takes the taps.
    readonly property bool shown: sheet.visible

    function open() {
        sheet.open();
    }

    CrisisCardModel {
        id: card

        session: root.session
    }

    Drawer {
        id: sheet

        objectName: "crisisCardSheet"
        edge: Qt.BottomEdge
        parent: Overlay.overlay
        width: parent ? parent.width : 0
        height: Math.min(column.implicitHeight + 2 * Theme.spacingLarge,
                         (parent ? parent.height : 600) * 0.8)
        Material.foreground: Theme.textPrimary

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("Crisisnummers")
                font.pixelSize: Theme.fontTitle
                color: Theme.textPrimary
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Acuut gevaar: eerst veiligheid en de-escalatie. Tik op een nummer om "
                           + "te bellen.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            Repeater {
                model: card

                delegate: VwButton {
                    required property string label
                    required property string number
                    required property string dialUrl

                    Layout.fillWidth: true
                    flat: true
                    text: label + ": " + number
                    Material.foreground: Theme.primary
                    onClicked: Qt.openUrlExternally(dialUrl)
                }
            }
        }
    }
}
