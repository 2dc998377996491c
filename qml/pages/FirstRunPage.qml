import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// First run on a tablet without a vault: the server's address, the login (which enrols this
// device), the vault passphrase (strength, confirmation, what 10 wrong attempts do) and the first
// sync with its progress. The controller decides and does everything; this page only shows it.
Page {
    id: root

    required property VaultSession session

    // The strength bars' colours for a level 0..4 (PassphraseStrength::Level).
    function strengthBars(level) {
        const bars = [];
        for (let i = 0; i < 4; ++i) {
            bars.push(level > i ? (level >= 3 ? Theme.accent : Theme.missingMark) : Theme.divider);
        }
        return bars;
    }

    background: Rectangle {
        color: Theme.background
    }

    FirstRunController {
        id: controller

        session: root.session
    }

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(height, card.implicitHeight + 2 * Theme.spacingLarge)
        boundsBehavior: Flickable.StopAtBounds

        Pane {
            id: card

            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(Theme.spacingLarge, (parent.height - implicitHeight) / 2)
            width: Math.min(Theme.cardWidth + 80, root.width - 2 * Theme.spacing)
            padding: Theme.spacingLarge

            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.divider
            }

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Dit apparaat koppelen")
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                    color: Theme.textPrimary
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Stap %1 van 4").arg(Math.min(controller.step + 1, 4))
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
                VwNotice {
                    Layout.fillWidth: true
                    isError: false
                    text: controller.notice
                }

                // Step 1: the server.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: controller.step === FirstRunController.Server
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Adres van de server")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Medium
                        color: Theme.textSecondary
                    }
                    TextField {
                        id: serverField

                        objectName: "serverField"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget + Theme.spacingSmall
                        text: controller.serverUrl
                        placeholderText: "https://veldwerk.voorbeeld.nl"
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Adres van de server")
                        onTextEdited: controller.serverUrl = text
                        onAccepted: controller.confirmServer()
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Dit adres krijg je van je functioneel beheerder.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }
                    VwButton {
                        objectName: "serverNext"
                        Layout.alignment: Qt.AlignRight
                        text: qsTr("Volgende")
                        highlighted: true
                        Accessible.name: text
                        onClicked: controller.confirmServer()
                    }
                }

                // Step 2: the login.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: controller.step === FirstRunController.Login
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Inloggen bij %1").arg(controller.serverUrl)
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                    }
                    Label {
                        text: qsTr("Gebruikersnaam")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Medium
                        color: Theme.textSecondary
                    }
                    TextField {
                        id: userField

                        objectName: "userField"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget + Theme.spacingSmall
                        text: controller.userName
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Gebruikersnaam")
                        onTextEdited: controller.userName = text
                        onAccepted: passwordField.forceActiveFocus()
                    }
                    Label {
                        text: qsTr("Wachtwoord van je account")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Medium
                        color: Theme.textSecondary
                    }
                    VwPassphraseField {
                        id: passwordField

                        objectName: "passwordField"
                        Layout.fillWidth: true
                        enabled: !controller.busy
                        placeholderText: qsTr("Typ hier het wachtwoord van je account")
                        Accessible.name: qsTr("Wachtwoord van je account")
                        onAccepted: loginButton.clicked()
                    }
                    RowLayout {
                        Layout.fillWidth: true

                        VwButton {
                            text: qsTr("Terug")
                            flat: true
                            enabled: !controller.busy
                            Accessible.name: qsTr("Terug naar het serveradres")
                            onClicked: controller.back()
                        }
                        Item {
                            Layout.fillWidth: true
                        }
                        VwButton {
                            id: loginButton

                            objectName: "loginButton"
                            text: qsTr("Koppelen")
                            highlighted: true
                            enabled: !controller.busy
                            Accessible.name: qsTr("Inloggen en dit apparaat koppelen")
                            onClicked: {
                                controller.login(passwordField.text);
                                passwordField.clear();
                            }
                        }
                    }
                }

                // Step 3: the passphrase of this tablet's vault.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: controller.step === FirstRunController.Passphrase
                    spacing: Theme.spacingSmall

                    VwNotice {
                        Layout.fillWidth: true
                        isError: false
                        text: qsTr("Gekoppeld als %1.").arg(controller.enrolledAs)
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Kies een wachtwoord voor dit apparaat. Daarmee ontgrendel je "
                                   + "de app; het versleutelt alle gegevens op dit apparaat.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                    }
                    VwPassphraseField {
                        id: newPassphrase

                        objectName: "newPassphrase"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Nieuw wachtwoord (minstens 10 tekens)")
                        Accessible.name: qsTr("Nieuw wachtwoord voor dit apparaat")
                        onAccepted: confirmPassphrase.forceActiveFocus()
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall

                        // Four bars plus the words: the level is never told by colour alone.
                        Repeater {
                            model: root.strengthBars(controller.strengthLevel(newPassphrase.text))

                            delegate: Rectangle {
                                required property color modelData

                                Layout.preferredWidth: 40
                                Layout.preferredHeight: 8
                                radius: 4
                                color: modelData
                            }
                        }
                        Label {
                            objectName: "strengthText"
                            Layout.fillWidth: true
                            text: controller.strengthText(newPassphrase.text)
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textSecondary
                        }
                    }
                    VwPassphraseField {
                        id: confirmPassphrase

                        objectName: "confirmPassphrase"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Herhaal het wachtwoord")
                        Accessible.name: qsTr("Herhaal het wachtwoord")
                        onAccepted: chooseButton.clicked()
                    }
                    VwNotice {
                        Layout.fillWidth: true
                        text: controller.wipeWarning
                        isError: false
                    }
                    VwButton {
                        id: chooseButton

                        objectName: "chooseButton"
                        Layout.alignment: Qt.AlignRight
                        text: qsTr("Wachtwoord instellen en synchroniseren")
                        highlighted: true
                        Accessible.name: text
                        onClicked: {
                            if (controller.choosePassphrase(newPassphrase.text,
                                                            confirmPassphrase.text)) {
                                newPassphrase.clear();
                                confirmPassphrase.clear();
                            }
                        }
                    }
                }

                // Working: enrolment or first sync.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: controller.busy || controller.step === FirstRunController.Syncing
                    spacing: Theme.spacingSmall

                    ProgressBar {
                        Layout.fillWidth: true
                        value: controller.progress
                        Accessible.name: qsTr("Voortgang")
                    }
                    Label {
                        objectName: "progressText"
                        Layout.fillWidth: true
                        text: controller.progressText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                    }
                }

                VwNotice {
                    objectName: "firstRunError"
                    Layout.fillWidth: true
                    text: controller.errorText
                }
            }
        }
    }
}
