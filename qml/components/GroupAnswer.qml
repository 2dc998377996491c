import QtQuick
import QtQuick.Layouts
import Veldwerk

// A repeating group (children of a kindcheck, agreements of a safety plan): the fields of its
// entries, entry after entry, and "Toevoegen" for a new entry.
ColumnLayout {
    id: root

    property AssessmentController controller
    property string groupId
    property GroupFieldsModel fields
    property bool editable: true

    spacing: Theme.spacingSmall

    ListView {
        Layout.fillWidth: true
        implicitHeight: contentHeight
        visible: count > 0
        interactive: false
        model: root.fields
        delegate: FieldDelegate {
            width: ListView.view.width
        }
    }
    VwButton {
        objectName: "addEntry_" + root.groupId
        visible: root.editable
        flat: true
        leftPadding: Theme.spacing
        text: qsTr("+  Toevoegen")
        Accessible.name: qsTr("Nog een toevoegen")
        onClicked: root.controller.addEntry(root.groupId)
    }
}
