import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The family's consent for the GI colleague: the consents given (in force or not), recording one,
// and withdrawing it with its consequence said first.
ColumnLayout {
    id: root

    required property CaseTeamController controller

    spacing: Theme.spacingSmall

    VwSectionTitle {
        text: qsTr("Toestemming van het gezin voor de GI")
    }
    Repeater {
        model: root.controller.consents

        delegate: Label {
            required property var modelData

            Layout.fillWidth: true
            text: (modelData.inForce ? qsTr("Geldig: ") : qsTr("Niet meer geldig: "))
                  + modelData.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: modelData.inForce ? Theme.textPrimary : Theme.textSecondary
            padding: Theme.spacingSmall
        }
    }
    Label {
        Layout.fillWidth: true
        visible: !root.controller.consentInForce
        text: qsTr("Er is nu geen toestemming vastgelegd.")
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.controller.canEdit && !root.controller.consentInForce
        spacing: Theme.spacingSmall

        TextField {
            id: consentBy

            objectName: "consentBy"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Gegeven door, bijvoorbeeld Marieke (moeder)")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Wie gaf de toestemming")
            onAccepted: recordConsentButton.clicked()
        }
        VwButton {
            id: recordConsentButton

            objectName: "recordConsent"
            text: qsTr("Toestemming vastleggen")
            Accessible.name: text
            onClicked: {
                if (root.controller.recordConsent(consentBy.text)) {
                    consentBy.clear();
                }
            }
        }
    }
    VwButton {
        objectName: "withdrawConsent"
        visible: root.controller.canEdit && root.controller.consentInForce
        text: qsTr("Toestemming intrekken…")
        Accessible.name: qsTr("Toestemming intrekken")
        onClicked: withdrawDialog.open()
    }

    ConsentWithdrawDialog {
        id: withdrawDialog

        controller: root.controller
    }
}
