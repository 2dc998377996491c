import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One rule in force: its id and Dutch message, coloured by what it does. A suggestion is taken
// over only with "Overnemen"; a warning asks for a written justification (stored as it is typed;
// two professionals' different texts show as a disagreement); a block and a flag say so.
Rectangle {
    id: root

    required property string ruleId
    required property string publicId
    required property string message
    required property string severity
    required property bool blocking
    required property bool warning
    required property bool flagged
    required property bool suggests
    required property bool suggestionTaken
    required property string suggestionText
    required property string justification
    required property string concerns
    required property bool inConflict
    required property var conflictSides
    required property string conflictText
    required property bool canResolve
    required property string conflictNote
    required property AssessmentController controller
    required property bool editable

    readonly property color ink: root.severity === "require" ? Theme.errorText
                               : root.severity === "warn" ? Theme.warnText
                               : root.severity === "flag" ? Theme.flagText
                               : Theme.primary

    objectName: "rule_" + root.ruleId
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: root.severity === "require" ? Theme.errorSurface
         : root.severity === "warn" ? Theme.warnSurface
         : root.severity === "flag" ? Theme.flagSurface
         : Theme.infoSurface
    border.color: root.severity === "require" ? Theme.errorBorder
                : root.severity === "warn" ? Theme.warnBorder
                : root.severity === "flag" ? Theme.flagBorder
                : Theme.infoBorder

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Flow {
            Layout.fillWidth: true
            spacing: 6

            // The public id (RT6), never an internal rule name.
            VwChip {
                visible: root.publicId.length > 0
                text: root.publicId
                textColor: Theme.surface
                fill: root.ink
                edge: root.ink
            }
            VwChip {
                visible: root.blocking
                text: qsTr("Blokkeert indienen")
                textColor: Theme.errorText
                fill: Theme.surface
                edge: Theme.errorBorder
            }
            VwChip {
                visible: root.warning
                text: qsTr("Toelichting nodig")
                textColor: Theme.warnText
                fill: Theme.surface
                edge: Theme.warnBorder
            }
            VwChip {
                visible: root.suggests
                text: qsTr("Voorstel")
                fill: Theme.surface
            }
            VwChip {
                visible: root.severity === "hide"
                text: qsTr("Vragen vervallen")
                fill: Theme.surface
            }
            VwChip {
                visible: root.flagged
                text: qsTr("Gedragswetenschapper kijkt mee")
                textColor: Theme.flagText
                fill: Theme.surface
                edge: Theme.flagBorder
            }
        }
        Label {
            objectName: "message"
            Layout.fillWidth: true
            text: root.message
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.textPrimary
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.concerns
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        // The suggestion, and taking it over.
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.suggests
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: qsTr("Voorstel: %1").arg(root.suggestionText)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Medium
                color: Theme.primary
            }
            VwButton {
                objectName: "takeSuggestion"
                visible: !root.suggestionTaken
                enabled: root.editable
                highlighted: true
                text: qsTr("Overnemen")
                onClicked: root.controller.takeSuggestion(root.ruleId)
            }
            Label {
                objectName: "suggestionTaken"
                visible: root.suggestionTaken
                text: qsTr("\u2713 Overgenomen")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.doneText
            }
        }
        ConflictPanel {
            Layout.fillWidth: true
            visible: root.warning && root.inConflict
            controller: root.controller
            itemId: "justification/" + root.ruleId
            sides: root.conflictSides
            summary: root.conflictText
            canResolve: root.canResolve && root.editable
            note: root.conflictNote
        }
        // A warning may be submitted past with a written justification.
        TextArea {
            id: justificationField

            objectName: "justification"
            Layout.fillWidth: true
            visible: root.warning
            // In a disagreement only a JGT member writes (that text resolves it).
            enabled: root.editable && (!root.inConflict || root.canResolve)
            implicitHeight: Math.max(Theme.touchTarget + 24, contentHeight + topPadding + bottomPadding)
            text: root.justification
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontSmall + 1
            placeholderText: qsTr("Toelichting (nodig om in te dienen)")
            Accessible.name: qsTr("Toelichting bij %1").arg(root.ruleId)
            onTextChanged: {
                if (justificationField.text !== root.justification) {
                    root.controller.setJustification(root.ruleId, justificationField.text);
                }
            }

            background: Rectangle {
                radius: 8
                color: Theme.surface
                border.width: justificationField.activeFocus ? 2 : 1
                border.color: justificationField.activeFocus ? Theme.primary : Theme.warnBorder
            }
        }
    }
}
