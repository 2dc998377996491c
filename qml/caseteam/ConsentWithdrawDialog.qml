import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Asks before the family's consent is withdrawn, saying its consequence first (the GI colleague
// leaves the case).
Dialog {
    id: root

    required property CaseTeamController controller

    objectName: "withdrawDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.cardWidth, (parent ? parent.width : Theme.cardWidth) - 2 * Theme.spacing)
    modal: true
    title: qsTr("Toestemming intrekken?")

    ColumnLayout {
        width: parent.width

        Label {
            Layout.fillWidth: true
            text: root.controller.withdrawConsequence
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
        }
    }
    footer: VwConfirmFooter {
        dialog: root
        confirmObjectName: "confirmWithdraw"
        confirmText: qsTr("Intrekken")
        confirmName: qsTr("Toestemming intrekken")
        onConfirmed: root.accept()
    }
    onAccepted: root.controller.withdrawConsent()
}
