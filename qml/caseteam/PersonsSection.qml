import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The family's members: each with role and birth date, changed through a dialog, and a row to add
// one (only for whoever may edit the case).
ColumnLayout {
    id: root

    required property CaseTeamController controller
    // Wide enough to put the add row on one line.
    property bool wide

    spacing: Theme.spacingSmall

    VwSectionTitle {
        text: qsTr("Gezinsleden")
    }
    Repeater {
        model: root.controller.persons

        delegate: RowLayout {
            id: personRow

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: personRow.modelData.name + " · " + personRow.modelData.roleText
                      + (personRow.modelData.bornText.length > 0
                         ? " · " + personRow.modelData.bornText : "")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
                padding: Theme.spacingSmall
            }
            VwButton {
                objectName: "editPerson"
                // The section's controller and dialog, from inside the delegate.
                visible: root.controller.canEdit // qmllint disable unqualified
                flat: true
                text: qsTr("Wijzigen")
                Accessible.name: qsTr("%1 wijzigen").arg(personRow.modelData.name)
                onClicked: editDialog.edit(personRow.modelData) // qmllint disable unqualified
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        visible: root.controller.canEdit
        columns: root.wide ? 4 : 2
        columnSpacing: Theme.spacingSmall
        rowSpacing: Theme.spacingSmall

        TextField {
            id: personName

            objectName: "personName"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Naam")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Naam van het gezinslid")
        }
        ComboBox {
            id: personRole

            objectName: "personRole"
            implicitHeight: Theme.touchTarget
            textRole: "text"
            valueRole: "value"
            model: [{ value: "kind", text: qsTr("Kind") },
                    { value: "ouder", text: qsTr("Ouder") }]
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Kind of ouder")
        }
        TextField {
            id: personBorn

            objectName: "personBorn"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Geboren (jjjj-mm-dd)")
            inputMethodHints: Qt.ImhDate
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Geboortedatum, jaar-maand-dag")
            onAccepted: addPersonButton.clicked()
        }
        VwButton {
            id: addPersonButton

            objectName: "addPerson"
            text: qsTr("Toevoegen")
            Accessible.name: qsTr("Gezinslid toevoegen")
            onClicked: {
                if (root.controller.addPerson(personRole.currentValue, personName.text,
                                              personBorn.text)) {
                    personName.clear();
                    personBorn.clear();
                }
            }
        }
    }

    PersonEditDialog {
        id: editDialog

        controller: root.controller
    }
}
