import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One consultation: to which GI organisation and about which safety question, the question, who
// asked when, the answer (or that it is awaited), whether it belongs to a case, and the step this
// user can take: answer it (GI) or link it to the case (JGT, once the family consented; otherwise
// the reason is shown under the button).
Rectangle {
    id: root

    required property var modelData

    signal answerRequested(string consultationId)
    signal linkRequested(string consultationId)

    implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: cardColumn

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: root.modelData.heading
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.textPrimary
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Vraag: %1").arg(root.modelData.question)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }
        Label {
            Layout.fillWidth: true
            text: root.modelData.asked
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        Label {
            Layout.fillWidth: true
            visible: root.modelData.advice.length > 0
            text: qsTr("Advies: %1").arg(root.modelData.advice)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.doneText
        }
        Label {
            Layout.fillWidth: true
            text: root.modelData.answered
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: root.modelData.advice.length > 0 ? Theme.textSecondary : Theme.warnText
        }
        Label {
            Layout.fillWidth: true
            visible: root.modelData.linked.length > 0
            text: root.modelData.linked
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            visible: root.modelData.answerable || root.modelData.linkable
                     || root.modelData.linkReason.length > 0

            VwButton {
                objectName: "answerConsultation"
                visible: root.modelData.answerable
                text: qsTr("Beantwoorden")
                Accessible.name: qsTr("Deze vraag beantwoorden")
                onClicked: root.answerRequested(root.modelData.consultationId)
            }
            VwButton {
                objectName: "linkConsultation"
                visible: root.modelData.linkable || root.modelData.linkReason.length > 0
                enabled: root.modelData.linkable
                text: qsTr("Koppelen aan de casus")
                Accessible.name: text
                onClicked: root.linkRequested(root.modelData.consultationId)
            }
        }
        Label {
            objectName: "linkReason"
            Layout.fillWidth: true
            visible: root.modelData.linkReason.length > 0
            text: root.modelData.linkReason
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }
}
