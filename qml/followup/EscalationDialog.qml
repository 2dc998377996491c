import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Escalatie vastleggen": what happened (advice or report to Veilig Thuis, ..., back to the JGT),
// on which date, a measure's expected end, and the outcome when it is known (a JGT member).
Dialog {
    id: root

    required property CaseCourseController controller

    objectName: "escalationDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.cardWidth, (parent ? parent.width : Theme.cardWidth) - 2 * Theme.spacing)
    modal: true
    title: qsTr("Escalatie vastleggen")
    onOpened: {
        root.controller.clearError();
        kind.currentIndex = 0;
        date.clear();
        expectedEnd.clear();
        outcome.clear();
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingSmall

        ComboBox {
            id: kind

            objectName: "escalationKind"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            textRole: "label"
            valueRole: "value"
            model: root.controller.escalationOptions
            Accessible.name: qsTr("Wat gebeurde er")
        }
        TextField {
            id: date

            objectName: "escalationDate"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Datum (JJJJ-MM-DD)")
            inputMethodHints: Qt.ImhDate
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Datum")
        }
        TextField {
            id: expectedEnd

            objectName: "escalationExpectedEnd"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            visible: kind.currentValue === "maatregel_start"
            placeholderText: qsTr("Verwacht einde van de maatregel (JJJJ-MM-DD)")
            inputMethodHints: Qt.ImhDate
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Verwacht einde van de maatregel")
        }
        TextField {
            id: outcome

            objectName: "escalationOutcome"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Uitkomst (mag later)")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Uitkomst")
        }
        VwNotice {
            Layout.fillWidth: true
            text: root.controller.errorText
        }
    }
    footer: VwConfirmFooter {
        dialog: root
        confirmObjectName: "saveEscalation"
        confirmText: qsTr("Vastleggen")
        confirmName: qsTr("Escalatie vastleggen")
        onConfirmed: if (root.controller.escalate(kind.currentValue, date.text,
                                               expectedEnd.visible ? expectedEnd.text : "",
                                               outcome.text)) root.accept()
    }
}
