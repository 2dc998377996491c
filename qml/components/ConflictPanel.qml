import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Verschil van inzicht": two (or more) professionals answered one question differently and
// neither answer was overwritten. Shows every side with who said it; a JGT member of the case
// picks the answer that stays (or enters a new one in the question itself), others read why
// they cannot.
Rectangle {
    id: root

    property AssessmentController controller
    property string itemId
    // [{value, label, author, role, text}]
    property var sides: []
    property string summary
    property bool canResolve: false
    property string note

    function choose(index) {
        root.controller.resolveConflict(root.itemId, root.sides[index].value);
    }

    objectName: "conflictPanel"
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius - 4
    color: Theme.flagSurface
    border.color: Theme.flagBorder

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        VwChip {
            text: qsTr("Verschil van inzicht")
            textColor: Theme.flagText
            fill: Theme.surface
            edge: Theme.flagBorder
        }
        Label {
            objectName: "conflictText"
            Layout.fillWidth: true
            text: root.summary
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.Medium
            color: Theme.flagText
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.canResolve
            spacing: Theme.spacingSmall

            Repeater {
                model: root.sides
                delegate: VwButton {
                    id: choice

                    required property var modelData

                    objectName: "choose_" + choice.modelData.value
                    Layout.fillWidth: true
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    text: qsTr("Kies: %1 (%2)").arg(choice.modelData.label)
                                               .arg(choice.modelData.author)
                    // Long option labels wrap instead of running out of the card.
                    contentItem: Label {
                        text: choice.text
                        font: choice.font
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        verticalAlignment: Text.AlignVCenter
                        color: Theme.primary
                    }
                    implicitHeight: Math.max(Theme.touchTarget,
                                             choice.contentItem.implicitHeight + 24)
                    flat: true
                    background: Rectangle {
                        radius: Theme.radius - 4
                        color: choice.pressed ? Theme.infoSurface : Theme.surface
                        border.color: Theme.infoBorder
                    }
                }
                onItemAdded: (index, item) => (item as VwButton).clicked.connect(
                                 () => root.choose(index))
            }
        }
        Label {
            objectName: "conflictNote"
            Layout.fillWidth: true
            text: root.note
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }
}
