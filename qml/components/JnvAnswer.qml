import QtQuick
import Veldwerk

// Ja / Nee / Onbekend as three large buttons.
OptionButtons {
    id: root

    required property AnswerControl host

    options: root.host.options
    buttonWidth: 156
    onPicked: value => root.host.controller.setAnswer(root.host.path, value)
}
