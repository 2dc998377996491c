import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The footer of a dialog that asks to confirm: "Annuleren" and one named confirm button, big
// enough to touch, right-aligned. The dialog decides what confirming does (onConfirmed).
RowLayout {
    id: root

    required property Dialog dialog
    required property string confirmText
    // What a screen reader says for the confirm button (its text when empty).
    property string confirmName
    property string confirmObjectName
    property string cancelName: qsTr("Annuleren")

    signal confirmed()

    spacing: Theme.spacingSmall

    Item {
        Layout.fillWidth: true
    }
    VwButton {
        text: qsTr("Annuleren")
        flat: true
        Accessible.name: root.cancelName
        onClicked: root.dialog.reject()
    }
    VwButton {
        objectName: root.confirmObjectName
        text: root.confirmText
        Accessible.name: root.confirmName.length > 0 ? root.confirmName : root.confirmText
        onClicked: root.confirmed()
    }
    Item {
        Layout.preferredWidth: Theme.spacing
        Layout.preferredHeight: Theme.touchTarget + Theme.spacing
    }
}
