import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Asks before the case is closed: what closing does, and what this tablet has not synced yet.
Dialog {
    id: root

    required property CaseClosureController closure

    objectName: "closeCaseDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.cardWidth, (parent ? parent.width : Theme.cardWidth) - 2 * Theme.spacing)
    modal: true
    title: qsTr("Casus sluiten?")
    onAboutToShow: root.closure.refresh()

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.closure.consequence
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
        }
        VwNotice {
            objectName: "closeUnsynced"
            Layout.fillWidth: true
            isError: false
            text: root.closure.unsyncedText
        }
    }
    footer: VwConfirmFooter {
        dialog: root
        cancelName: qsTr("Niet sluiten")
        confirmObjectName: "confirmClose"
        confirmText: qsTr("Casus sluiten")
        confirmName: qsTr("Ja, de casus sluiten")
        onConfirmed: root.accept()
    }
    onAccepted: root.closure.closeCase()
}
