import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Noodtoegang": a JGT professional or supervisor opens a case they are not a member of, with
// the case number and a required reason (EmergencyAccessController: the request, the sync that
// brings the case, the server's refusals in words). Without a reason the button stays disabled
// and the reason is said under it.
Page {
    id: root

    required property CaseFileService caseFile
    required property SyncService sync
    property string caseNumber

    signal backRequested()
    signal caseOpened(string caseId)

    background: Rectangle {
        color: Theme.background
    }

    EmergencyAccessController {
        id: controller

        caseFile: root.caseFile
        sync: root.sync
        caseNumber: root.caseNumber
    }

    header: VwPageHeader {
        showBack: true
        backText: qsTr("Casussen")
        title: qsTr("Noodtoegang")
        subtitle: qsTr("Een casus openen waarvan je geen lid bent")
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
            width: Math.min(Theme.cardWidth, flick.width - 2 * Theme.spacing)
            spacing: Theme.spacingSmall

            VwNotice {
                objectName: "emergencyGranted"
                Layout.fillWidth: true
                isError: false
                text: controller.grantedText
            }
            VwButton {
                objectName: "openGrantedCase"
                Layout.alignment: Qt.AlignRight
                visible: controller.grantedCaseId.length > 0
                text: qsTr("Casus openen")
                Accessible.name: qsTr("De casus met noodtoegang openen")
                onClicked: root.caseOpened(controller.grantedCaseId)
            }
            VwNotice {
                objectName: "emergencyError"
                Layout.fillWidth: true
                text: controller.errorText
            }
            Label {
                Layout.fillWidth: true
                text: controller.explanation
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
                lineHeight: 1.15
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Casusnummer")
            }
            TextField {
                id: caseField

                objectName: "emergencyCaseNumber"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: controller.caseNumber
                placeholderText: qsTr("32 tekens, bijvoorbeeld 3f2a…")
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                font.pixelSize: Theme.fontBody
                font.family: "monospace"
                Accessible.name: qsTr("Casusnummer van de casus die je wilt openen")
                onTextEdited: controller.caseNumber = caseField.text
                onAccepted: reasonField.forceActiveFocus()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Het casusnummer staat bij ‘Gezin en team’ van de casus; vraag het aan "
                           + "wie je om hulp vraagt.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Reden (verplicht)")
            }
            TextArea {
                id: reasonField

                objectName: "emergencyReason"
                Layout.fillWidth: true
                Layout.minimumHeight: 120
                text: controller.reason
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Waarom moet je deze casus nu openen? Bijvoorbeeld: de "
                                      + "crisisdienst belt buiten kantoortijd over dit gezin.")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Reden voor de noodtoegang")
                onTextChanged: controller.reason = reasonField.text
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacing

                BusyIndicator {
                    visible: controller.busy
                    running: controller.busy
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("De aanvraag wordt verstuurd")
                }
                Label {
                    objectName: "emergencyWhyNot"
                    Layout.fillWidth: true
                    text: controller.whyNot
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
                VwButton {
                    objectName: "requestEmergency"
                    text: qsTr("Noodtoegang vragen")
                    enabled: controller.canRequest
                    Accessible.name: text
                    Accessible.description: controller.whyNot
                    onClicked: controller.request()
                }
            }
        }
    }
}
