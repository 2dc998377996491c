import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One question of an assessment as a card: the Dutch label and help, whether it is required and
// still open, a rule's suggestion for it, the input for its type, and why an input was not
// stored. Everything comes from its row of the AssessmentFormModel.
Rectangle {
    id: root

    required property string itemId
    required property string label
    required property string help
    required property string answerType
    required property var options
    required property string answer
    required property bool isRequired
    required property bool isMissing
    required property string problem
    required property string suggestion
    required property string note
    required property GroupFieldsModel entryFields
    required property bool inConflict
    required property var conflictSides
    required property string conflictText
    required property bool canResolve
    required property string conflictNote
    required property AssessmentController controller
    required property bool editable

    objectName: "item_" + root.itemId
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: root.inConflict ? Theme.flagBorder
                : root.isMissing ? Theme.missingMark : Theme.divider
    border.width: root.isMissing || root.inConflict ? 2 : 1

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: root.label
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                color: Theme.textPrimary
            }
            VwChip {
                objectName: "requiredMark"
                Layout.alignment: Qt.AlignTop
                visible: root.isRequired
                text: root.isMissing ? qsTr("Verplicht · nog open") : qsTr("Verplicht")
                textColor: root.isMissing ? Theme.warnText : Theme.textSecondary
                fill: root.isMissing ? Theme.warnSurface : Theme.background
                edge: root.isMissing ? Theme.warnBorder : Theme.divider
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.help
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        Label {
            objectName: "suggestion"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.suggestion
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Medium
            color: Theme.primary
        }
        ConflictPanel {
            Layout.fillWidth: true
            visible: root.inConflict
            controller: root.controller
            itemId: root.itemId
            sides: root.conflictSides
            summary: root.conflictText
            canResolve: root.canResolve && root.editable
            note: root.conflictNote
        }
        AnswerControl {
            objectName: "answerControl"
            Layout.fillWidth: true
            visible: root.answerType !== "group"
            controller: root.controller
            path: root.itemId
            answerType: root.answerType
            options: root.options
            answer: root.answer
            question: root.label
            // In a disagreement only a JGT member answers (that answer resolves it).
            editable: root.editable && (!root.inConflict || root.canResolve)
        }
        GroupAnswer {
            Layout.fillWidth: true
            visible: root.answerType === "group"
            controller: root.controller
            groupId: root.itemId
            fields: root.entryFields
            editable: root.editable
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.note
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        Label {
            objectName: "problem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.problem
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.errorText
        }
    }
}
