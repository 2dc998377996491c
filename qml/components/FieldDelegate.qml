import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One field of one entry of a repeating group. The fields of an entry hang together on a
// coloured line; the first carries the entry's number.
Item {
    id: root

    required property string entryId
    required property int entryNumber
    required property bool firstOfEntry
    required property string path
    required property string fieldId
    required property string label
    required property string answerType
    required property var options
    required property string answer
    required property string problem
    required property AssessmentController controller
    required property bool editable

    objectName: "field_" + root.path
    implicitHeight: column.implicitHeight + column.anchors.topMargin + Theme.spacingSmall

    Rectangle {
        x: 0
        y: column.anchors.topMargin
        width: 4
        height: parent.height - y
        radius: 2
        color: Theme.infoBorder
    }
    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.spacing
        // Room between one entry and the next.
        anchors.topMargin: root.firstOfEntry && root.entryNumber > 1 ? Theme.spacing : 0
        spacing: 4

        Label {
            visible: root.firstOfEntry
            text: qsTr("Nummer %1").arg(root.entryNumber)
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.primary
        }
        Label {
            Layout.fillWidth: true
            text: root.label
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.textPrimary
        }
        AnswerControl {
            Layout.fillWidth: true
            controller: root.controller
            path: root.path
            answerType: root.answerType
            options: root.options
            answer: root.answer
            editable: root.editable
            question: root.label
            compact: true
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.problem
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.errorText
        }
    }
}
