import QtQuick
import Veldwerk

// Several answers out of a list: one check box per option.
Flow {
    id: root

    required property AnswerControl host

    spacing: Theme.spacingSmall

    Repeater {
        model: root.host.options

        delegate: VwCheckOption {
            required property var modelData

            objectName: "option_" + modelData.value
            value: modelData.value
            text: modelData.label
            checked: modelData.selected
        }
        onItemAdded: (index, item) => {
            const box = item as VwCheckOption;
            box.toggled.connect(() => root.host.controller.toggleOption(root.host.path, box.value,
                                                                       box.checked));
        }
    }
}
