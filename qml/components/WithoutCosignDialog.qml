import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Indienen" when everything is ready except the GI co-signature (a JGT member): says that the GI
// colleague has not co-signed yet and offers "Indienen zonder medeondertekening" with a required
// reason, which the supervisor reads at the review (domain.md "Regie": asked for, never a veto).
Dialog {
    id: root

    required property AssessmentController controller
    // Why the button cannot be tapped with the reason as typed ("" when it can).
    readonly property string problem: root.controller.reasonProblem

    signal submitted()

    objectName: "withoutCosignDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.cardWidth + 120,
                    (parent ? parent.width : Theme.cardWidth) - 2 * Theme.spacing)
    modal: true
    title: qsTr("De GI-collega heeft nog niet medeondertekend")
    onOpened: {
        root.controller.clearError();
        reason.clear();
        reason.forceActiveFocus();
    }

    header: Label {
        text: root.title
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontTitle - 4
        font.weight: Font.DemiBold
        color: Theme.textPrimary
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: qsTr("De GI-collega heeft in deze taxatie meegewerkt. Zijn of haar "
                       + "medeondertekening wordt gevraagd, maar is geen voorwaarde: de regie "
                       + "ligt bij jou. Je kunt nu indienen zonder medeondertekening als je "
                       + "opschrijft waarom. De gedragswetenschapper ziet dat en leest je reden; "
                       + "medeondertekent de GI-collega later, dan komt dat er alsnog bij.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
            color: Theme.textPrimary
        }
        TextArea {
            id: reason

            objectName: "withoutCosignReason"
            Layout.fillWidth: true
            Layout.minimumHeight: 120
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Waarom nu indienen? Bijvoorbeeld: de GI-collega is twee weken "
                                  + "afwezig en de veiligheid van het kind gaat voor.")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Reden voor indienen zonder medeondertekening")
            onTextChanged: root.controller.withoutCosignReason = text
        }
        Label {
            objectName: "withoutCosignProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.problem
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        VwNotice {
            Layout.fillWidth: true
            text: root.controller.errorText
        }
    }
    footer: Flow {
        layoutDirection: Qt.RightToLeft
        spacing: Theme.spacingSmall
        padding: Theme.spacing

        VwButton {
            objectName: "submitWithoutCosign"
            enabled: root.problem.length === 0
            highlighted: true
            text: qsTr("Indienen zonder medeondertekening")
            Accessible.name: text
            Accessible.description: root.problem
            onClicked: {
                if (root.controller.submitWithoutCosign(reason.text)) {
                    root.accept();
                    root.submitted();
                }
            }
        }
        VwButton {
            text: qsTr("Annuleren")
            flat: true
            Accessible.name: qsTr("Annuleren, niet indienen")
            onClicked: root.reject()
        }
    }
}
