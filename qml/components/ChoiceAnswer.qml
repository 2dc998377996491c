import QtQuick
import Veldwerk

// One of the listed options, as buttons as wide as their labels.
OptionButtons {
    id: root

    required property AnswerControl host

    options: root.host.options
    onPicked: value => root.host.controller.setAnswer(root.host.path, value)
}
