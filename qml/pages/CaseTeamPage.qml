import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The case file's people and team: the family members (add, with birth date), the members of the
// case with role and organisation, the family's consent for the GI colleague (record, withdraw
// with its consequence said first), adding the GI colleague (only with consent; otherwise the
// reason is shown), and the case's audit trail.
Page {
    id: root

    required property CaseFileService caseFile
    required property string caseId
    property string caseName
    // With it, closing the case syncs at once.
    property SyncService sync

    signal backRequested()
    // The case was closed on this tablet: back to the case list.
    signal caseClosed()

    function editPerson(person) {
        editDialog.personId = person.personId;
        editName.text = person.name;
        editRole.currentIndex = person.role === "ouder" ? 1 : 0;
        editBorn.text = person.born;
        editDialog.open();
    }

    // Scrolls down and asks to confirm closing the case (used by --screenshots).
    function askClose() {
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
        closeDialog.open();
    }

    // Scrolls to the consent (used by --screenshots).
    function showConsent() {
        flick.contentY = Math.max(0, Math.min(consentTitle.y, flick.contentHeight - flick.height));
    }

    background: Rectangle {
        color: Theme.background
    }

    CaseTeamController {
        id: controller

        caseFile: root.caseFile
        caseId: root.caseId
    }

    CaseClosureController {
        id: closure

        caseFile: root.caseFile
        caseId: root.caseId
        sync: root.sync
        onCaseClosed: root.caseClosed()
    }

    header: VwPageHeader {
        showBack: true
        backText: qsTr("Casus")
        title: qsTr("Gezin en team")
        subtitle: root.caseName
        onBackClicked: root.backRequested()
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: (flick.width - width) / 2
            y: Theme.spacing
            width: Math.min(Theme.contentWidth, flick.width - 2 * Theme.spacing)
            spacing: Theme.spacingSmall

            VwNotice {
                objectName: "teamError"
                Layout.fillWidth: true
                text: controller.errorText
            }
            VwNotice {
                objectName: "emergencyAccess"
                Layout.fillWidth: true
                isError: false
                text: controller.emergencyText
            }

            VwSectionTitle {
                text: qsTr("Gezinsleden")
            }
            Repeater {
                model: controller.persons

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
                        // The page's controller and functions, from inside the delegate.
                        visible: controller.canEdit // qmllint disable unqualified
                        flat: true
                        text: qsTr("Wijzigen")
                        Accessible.name: qsTr("%1 wijzigen").arg(personRow.modelData.name)
                        onClicked: root.editPerson(personRow.modelData) // qmllint disable unqualified
                    }
                }
            }
            GridLayout {
                Layout.fillWidth: true
                visible: controller.canEdit
                columns: root.width >= 1000 ? 4 : 2
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
                        if (controller.addPerson(personRole.currentValue, personName.text,
                                                 personBorn.text)) {
                            personName.clear();
                            personBorn.clear();
                        }
                    }
                }
            }

            VwSectionTitle {
                id: consentTitle

                Layout.topMargin: Theme.spacing
                text: qsTr("Toestemming van het gezin voor de GI")
            }
            Repeater {
                model: controller.consents

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
                visible: !controller.consentInForce
                text: qsTr("Er is nu geen toestemming vastgelegd.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
            RowLayout {
                Layout.fillWidth: true
                visible: controller.canEdit && !controller.consentInForce
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
                        if (controller.recordConsent(consentBy.text)) {
                            consentBy.clear();
                        }
                    }
                }
            }
            VwButton {
                objectName: "withdrawConsent"
                visible: controller.canEdit && controller.consentInForce
                text: qsTr("Toestemming intrekken…")
                Accessible.name: qsTr("Toestemming intrekken")
                onClicked: withdrawDialog.open()
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Leden van de casus")
            }
            Repeater {
                model: controller.members

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
                    visible: controller.canAddGi
                    textRole: "name"
                    valueRole: "userId"
                    model: controller.giCandidates
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("GI-medewerker kiezen")
                }
                VwButton {
                    objectName: "addGi"
                    text: qsTr("GI-medewerker toevoegen")
                    enabled: controller.canAddGi
                    Accessible.name: text
                    Accessible.description: controller.addGiReason
                    onClicked: controller.addGiMember(giChoice.currentValue)
                }
            }
            Label {
                objectName: "addGiReason"
                Layout.fillWidth: true
                visible: !controller.canAddGi
                text: controller.addGiReason
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Logboek van de casus (op dit apparaat)")
            }
            Repeater {
                model: controller.auditTrail

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: modelData.when + " · " + modelData.who + " · " + modelData.what
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Casus sluiten")
            }
            Label {
                objectName: "caseNumber"
                Layout.fillWidth: true
                text: qsTr("Casusnummer: %1").arg(root.caseId)
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            VwNotice {
                objectName: "closeError"
                Layout.fillWidth: true
                text: closure.errorText
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    objectName: "closeWhyNot"
                    Layout.fillWidth: true
                    text: closure.canClose
                          ? qsTr("Als de hulp klaar is: de casus gaat van alle tablets af en de "
                                 + "server bewaart hem.")
                          : closure.whyNot
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
                VwButton {
                    objectName: "closeCase"
                    text: qsTr("Casus sluiten…")
                    enabled: closure.canClose
                    Accessible.name: qsTr("Casus sluiten")
                    Accessible.description: closure.whyNot
                    onClicked: closeDialog.open()
                }
            }
        }
    }

    Dialog {
        id: closeDialog

        objectName: "closeCaseDialog"
        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth, root.width - 2 * Theme.spacing)
        modal: true
        title: qsTr("Casus sluiten?")
        onAboutToShow: closure.refresh()

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: closure.consequence
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                lineHeight: 1.15
            }
            VwNotice {
                objectName: "closeUnsynced"
                Layout.fillWidth: true
                isError: false
                text: closure.unsyncedText
            }
        }
        footer: RowLayout {
            spacing: Theme.spacingSmall

            Item {
                Layout.fillWidth: true
            }
            VwButton {
                text: qsTr("Annuleren")
                flat: true
                Accessible.name: qsTr("Niet sluiten")
                onClicked: closeDialog.reject()
            }
            VwButton {
                objectName: "confirmClose"
                text: qsTr("Casus sluiten")
                Accessible.name: qsTr("Ja, de casus sluiten")
                onClicked: closeDialog.accept()
            }
            Item {
                Layout.preferredWidth: Theme.spacing
                Layout.preferredHeight: Theme.touchTarget + Theme.spacing
            }
        }
        onAccepted: closure.closeCase()
    }

    Dialog {
        id: withdrawDialog

        objectName: "withdrawDialog"
        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth, root.width - 2 * Theme.spacing)
        modal: true
        title: qsTr("Toestemming intrekken?")

        Label {
            width: parent.width
            text: controller.withdrawConsequence
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
        }
        footer: RowLayout {
            spacing: Theme.spacingSmall

            Item {
                Layout.fillWidth: true
            }
            VwButton {
                text: qsTr("Annuleren")
                flat: true
                Accessible.name: text
                onClicked: withdrawDialog.reject()
            }
            VwButton {
                objectName: "confirmWithdraw"
                text: qsTr("Intrekken")
                Accessible.name: qsTr("Toestemming intrekken")
                onClicked: withdrawDialog.accept()
            }
            Item {
                Layout.preferredWidth: Theme.spacing
                Layout.preferredHeight: Theme.touchTarget + Theme.spacing
            }
        }
        onAccepted: controller.withdrawConsent()
    }

    Dialog {
        id: editDialog

        property string personId

        objectName: "editPersonDialog"
        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth, root.width - 2 * Theme.spacing)
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
                onAccepted: editDialog.accept()
            }
        }
        footer: RowLayout {
            spacing: Theme.spacingSmall

            Item {
                Layout.fillWidth: true
            }
            VwButton {
                text: qsTr("Annuleren")
                flat: true
                Accessible.name: text
                onClicked: editDialog.reject()
            }
            VwButton {
                objectName: "confirmEditPerson"
                text: qsTr("Opslaan")
                Accessible.name: qsTr("Wijziging van het gezinslid opslaan")
                onClicked: editDialog.accept()
            }
            Item {
                Layout.preferredWidth: Theme.spacing
                Layout.preferredHeight: Theme.touchTarget + Theme.spacing
            }
        }
        onAccepted: controller.editPerson(editDialog.personId, editRole.currentValue,
                                          editName.text, editBorn.text)
    }
}
