import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Changes a family member's name, role or birth date.
Dialog {
    id: root

    required property CaseTeamController controller
    property string personId

    function edit(person) {
        root.personId = person.personId;
        editName.text = person.name;
        editRole.currentIndex = person.role === "ouder" ? 1 : 0;
        editBorn.text = person.born;
        root.open();
    }

    objectName: "editPersonDialog"
    // Over the whole page, wherever the section that opens it is scrolled.
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.cardWidth, (parent ? parent.width : Theme.cardWidth) - 2 * Theme.spacing)
    modal: true
    title: qsTr("Gezinslid wijzigen")

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingSmall

        TextField {
            id: editName

            objectName: "editPersonName"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Naam")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Naam van het gezinslid")
        }
        ComboBox {
            id: editRole

            objectName: "editPersonRole"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            textRole: "text"
            valueRole: "value"
            model: [{ value: "kind", text: qsTr("Kind") },
                    { value: "ouder", text: qsTr("Ouder") }]
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Kind of ouder")
        }
        TextField {
            id: editBorn

            objectName: "editPersonBorn"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Geboren (jjjj-mm-dd)")
            inputMethodHints: Qt.ImhDate
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Geboortedatum, jaar-maand-dag")
            onAccepted: root.accept()
        }
    }
    footer: VwConfirmFooter {
        dialog: root
        confirmObjectName: "confirmEditPerson"
        confirmText: qsTr("Opslaan")
        confirmName: qsTr("Wijziging van het gezinslid opslaan")
        onConfirmed: root.accept()
    }
    onAccepted: root.controller.editPerson(root.personId, editRole.currentValue, editName.text,
                                           editBorn.text)
}
