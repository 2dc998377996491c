import QtQuick
import Veldwerk

// A score (0–10 or 1–5) as a row of number buttons.
OptionButtons {
    id: root

    required property AnswerControl host

    options: root.host.options
    // All numbers on one row where they fit with at least a finger's width each.
    buttonWidth: Math.max(48, Math.min(64, Math.floor(
        (root.width - (root.options.length - 1) * root.spacing) / Math.max(1, root.options.length))))
    spacing: 6
    onPicked: value => root.host.controller.setAnswer(root.host.path, value)
}
