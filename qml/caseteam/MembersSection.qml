import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The members of the case, each with role and organisation, and adding the GI colleague: only with
// the family's consent in force, otherwise the reason is shown.
ColumnLayout {
    id: root

    required property CaseTeamController controller

    spacing: Theme.spacingSmall

    VwSectionTitle {
        text: qsTr("Leden van de casus")
    }
    Repeater {
        model: root.controller.members

        delegate: Label {
            required property var modelData

            Layout.fillWidth: true
            text: modelData.name + " · " + modelData.roleText
                  + (modelData.org.length > 0 ? " · " + modelData.org : "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
            padding: Theme.spacingSmall
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        ComboBox {
            id: giChoice

            objectName: "giChoice"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            visible: root.controller.canAddGi
            textRole: "name"
            valueRole: "userId"
            model: root.controller.giCandidates
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("GI-medewerker kiezen")
        }
        VwButton {
            objectName: "addGi"
            text: qsTr("GI-medewerker toevoegen")
            enabled: root.controller.canAddGi
            Accessible.name: text
            Accessible.description: root.controller.addGiReason
            onClicked: root.controller.addGiMember(giChoice.currentValue)
        }
    }
    Label {
        objectName: "addGiReason"
        Layout.fillWidth: true
        visible: !root.controller.canAddGi
        text: root.controller.addGiReason
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
}
