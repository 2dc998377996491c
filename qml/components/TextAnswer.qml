import QtQuick
import QtQuick.Controls
import Veldwerk

// Free text; the controller stores it when typing pauses.
TextArea {
    id: root

    required property AnswerControl host

    implicitHeight: Math.max(root.host.compact ? Theme.touchTarget : 96,
                             contentHeight + topPadding + bottomPadding)
    text: root.host.answer
    wrapMode: TextEdit.Wrap
    font.pixelSize: Theme.fontBody
    placeholderText: qsTr("Typ hier…")
    Accessible.name: root.host.question
    // Only what the worker types is an edit; the stored answer coming back is not.
    onTextChanged: {
        if (root.text !== root.host.answer) {
            root.host.controller.editText(root.host.path, root.text);
        }
    }

    background: Rectangle {
        radius: 8
        color: root.enabled ? Theme.surface : Theme.background
        border.width: root.activeFocus ? 2 : 1
        border.color: root.activeFocus ? Theme.primary : Theme.infoBorder
    }
}
