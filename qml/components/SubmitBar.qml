import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The bar under an assessment: what still blocks submission, and "Indienen".
Rectangle {
    id: root

    required property AssessmentController controller

    signal submitClicked()

    implicitHeight: Math.max(88, row.implicitHeight + 2 * Theme.spacing)
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "submitState"
                Layout.fillWidth: true
                text: root.controller.submitHeadline
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: root.controller.canSubmit ? Theme.doneText : Theme.textPrimary
            }
            Label {
                objectName: "blockerSummary"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.controller.blockerSummary
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
        VwButton {
            objectName: "submitButton"
            Layout.preferredWidth: 200
            // A GI co-filler never submits (the JGT keeps regie): no button that cannot work.
            visible: root.controller.maySubmit
            enabled: root.controller.editable
            // Always inviting while it can be tried: a refusal says what is missing.
            highlighted: root.controller.editable
            text: qsTr("Indienen")
            onClicked: root.submitClicked()
        }
    }
}
