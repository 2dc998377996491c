import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Fase wijzigen": the case's phase and the organisation that holds regie (a JGT member).
Dialog {
    id: root

    required property CaseCourseController controller

    objectName: "phaseDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.cardWidth, (parent ? parent.width : Theme.cardWidth) - 2 * Theme.spacing)
    modal: true
    title: qsTr("Fase wijzigen")
    onOpened: {
        root.controller.clearError();
        regie.text = root.controller.regie;
        const index = phase.indexOfValue(root.controller.phase);
        phase.currentIndex = index >= 0 ? index : 0;
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingSmall

        Label {
            text: qsTr("Fase")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        ComboBox {
            id: phase

            objectName: "phaseChoice"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            textRole: "label"
            valueRole: "value"
            model: root.controller.phaseOptions
            Accessible.name: qsTr("Fase")
        }
        TextField {
            id: regie

            objectName: "regieField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Wie heeft de regie? Bijvoorbeeld: Jeugd- en gezinsteam Utrecht")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Wie heeft de regie")
        }
        VwNotice {
            Layout.fillWidth: true
            text: root.controller.errorText
        }
    }
    footer: VwConfirmFooter {
        dialog: root
        confirmObjectName: "savePhase"
        confirmText: qsTr("Vastleggen")
        confirmName: qsTr("Fase vastleggen")
        onConfirmed: if (root.controller.setPhase(phase.currentValue, regie.text)) root.accept()
    }
}
