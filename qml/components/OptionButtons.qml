import QtQuick
import Veldwerk

// One answer out of a list, as a row of large buttons that wraps when needed.
Flow {
    id: root

    // [{value, label, selected}]
    property var options: []
    // 0: as wide as the label needs.
    property int buttonWidth: 0

    signal picked(string value)

    spacing: Theme.spacingSmall

    Repeater {
        model: root.options

        delegate: VwChoiceButton {
            required property var modelData

            objectName: "option_" + modelData.value
            value: modelData.value
            text: modelData.label
            selected: modelData.selected
        }
        // Wired here, where the row's settings are in scope.
        onItemAdded: (index, item) => {
            const button = item as VwChoiceButton;
            // A fixed width (Ja / Nee / Onbekend, numbers), or the label's, never wider than the
            // row: a long option wraps instead of running off the card.
            button.width = Qt.binding(() => root.buttonWidth > 0
                                      ? root.buttonWidth
                                      : Math.min(button.implicitWidth, root.width));
            // Tapping the chosen answer again changes nothing: clearing by accident would
            // lose a judgement ("onbekend" is an answer of its own).
            button.clicked.connect(() => {
                if (!button.selected) {
                    root.picked(button.value);
                }
            });
        }
    }
}
