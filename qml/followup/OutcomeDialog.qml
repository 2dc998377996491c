import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Uitkomst vastleggen": the outcome of an escalation recorded earlier without one (a JGT
// member; the same core call as `veldwerk-cli case outcome`).
Dialog {
    id: root

    required property CaseCourseController controller
    property string escalationId
    property string escalationTitle

    function openFor(escalationId, escalationTitle) {
        root.escalationId = escalationId;
        root.escalationTitle = escalationTitle;
        root.open();
    }

    objectName: "outcomeDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.cardWidth, (parent ? parent.width : Theme.cardWidth) - 2 * Theme.spacing)
    modal: true
    title: qsTr("Uitkomst vastleggen")
    onOpened: {
        root.controller.clearError();
        outcome.clear();
        outcome.forceActiveFocus();
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: root.escalationTitle
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.Medium
            color: Theme.textPrimary
        }
        TextField {
            id: outcome

            objectName: "outcomeText"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Wat kwam eruit? Bijvoorbeeld: melding aangenomen")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Uitkomst")
            onAccepted: saveFooter.confirmed()
        }
        VwNotice {
            Layout.fillWidth: true
            text: root.controller.errorText
        }
    }
    footer: VwConfirmFooter {
        id: saveFooter

        dialog: root
        confirmObjectName: "saveOutcome"
        confirmText: qsTr("Vastleggen")
        confirmName: qsTr("Uitkomst vastleggen")
        onConfirmed: if (root.controller.setOutcome(root.escalationId, outcome.text)) root.accept()
    }
}
