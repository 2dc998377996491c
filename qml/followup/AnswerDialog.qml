import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A GI professional answers a consultation: the advice and the minutes it took.
Dialog {
    id: root

    required property ConsultationsController controller
    property string consultationId

    function openFor(consultationId) {
        root.consultationId = consultationId;
        root.open();
    }

    objectName: "answerDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.cardWidth, (parent ? parent.width : Theme.cardWidth) - 2 * Theme.spacing)
    modal: true
    title: qsTr("Advies geven")
    onOpened: {
        root.controller.clearError();
        advice.clear();
        minutes.clear();
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingSmall

        TextArea {
            id: advice

            objectName: "adviceText"
            Layout.fillWidth: true
            Layout.minimumHeight: 140
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Je advies. Noem geen namen, geboortedata of adressen.")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Advies")
        }
        TextField {
            id: minutes

            objectName: "adviceMinutes"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Bestede tijd in minuten")
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Bestede tijd in minuten")
        }
        VwNotice {
            Layout.fillWidth: true
            text: root.controller.errorText
        }
    }
    footer: VwConfirmFooter {
        dialog: root
        confirmObjectName: "sendAdvice"
        confirmText: qsTr("Advies versturen")
        onConfirmed: if (root.controller.answer(root.consultationId, advice.text, minutes.text))
                     root.accept()
    }
}
