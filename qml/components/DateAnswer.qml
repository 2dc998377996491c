import QtQuick
import QtQuick.Controls
import Veldwerk

// A date typed as YYYY-MM-DD; the controller stores it once it is a real date and explains
// when it is not.
Item {
    id: root

    required property AnswerControl host

    implicitHeight: field.implicitHeight

    TextField {
        id: field

        objectName: "dateField"
        width: 220
        text: root.host.answer
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
        placeholderText: qsTr("JJJJ-MM-DD")
        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
        maximumLength: 10
        Accessible.name: qsTr("%1, datum als jaar-maand-dag").arg(root.host.question)
        onTextEdited: root.host.controller.editDate(root.host.path, field.text, false)
        onEditingFinished: root.host.controller.editDate(root.host.path, field.text, true)

        background: Rectangle {
            radius: 8
            color: field.enabled ? Theme.surface : Theme.background
            border.width: field.activeFocus ? 2 : 1
            border.color: field.activeFocus ? Theme.primary : Theme.infoBorder
        }
    }
}
