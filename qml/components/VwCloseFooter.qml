import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The footer of a dialog that only shows something: one "Sluiten" button, big enough and named,
// instead of Qt's standard button (which says "Close" in the Dutch app).
RowLayout {
    id: root

    required property Dialog dialog

    spacing: Theme.spacingSmall

    Item {
        Layout.fillWidth: true
    }
    VwButton {
        objectName: "closeDialog"
        text: qsTr("Sluiten")
        Accessible.name: text
        onClicked: root.dialog.close()
    }
    Item {
        Layout.preferredWidth: Theme.spacing
        Layout.preferredHeight: Theme.touchTarget + Theme.spacing
    }
}
