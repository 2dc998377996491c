import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Settings: language, auto-lock, position use, this device's server and account, changing the
// passphrase, and signing out with a wipe of this tablet (after listing what is not synced yet).
Page {
    id: root

    required property VaultSession session

    signal backRequested()

    background: Rectangle {
        color: Theme.background
    }

    SettingsController {
        id: controller

        session: root.session
    }

    header: VwPageHeader {
        showBack: true
        backText: qsTr("Casussen")
        title: qsTr("Instellingen")
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

            VwSectionTitle {
                text: qsTr("Taal")
            }
            RowLayout {
                spacing: Theme.spacingSmall

                VwChoiceButton {
                    text: "Nederlands"
                    selected: controller.language === "nl"
                    Accessible.name: text
                    onClicked: controller.language = "nl"
                }
                VwChoiceButton {
                    text: "English"
                    selected: controller.language === "en"
                    Accessible.name: text
                    onClicked: controller.language = "en"
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("De taal gaat in bij de volgende start van de app.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Automatisch vergrendelen")
            }
            RowLayout {
                spacing: Theme.spacingSmall

                VwChoiceButton {
                    text: qsTr("na %1 min").arg(2)
                    selected: controller.autoLockMinutes === 2
                    Accessible.name: qsTr("Vergrendelen na %1 minuten").arg(2)
                    onClicked: controller.autoLockMinutes = 2
                }
                VwChoiceButton {
                    text: qsTr("na %1 min").arg(5)
                    selected: controller.autoLockMinutes === 5
                    Accessible.name: qsTr("Vergrendelen na %1 minuten").arg(5)
                    onClicked: controller.autoLockMinutes = 5
                }
                VwChoiceButton {
                    text: qsTr("na %1 min").arg(10)
                    selected: controller.autoLockMinutes === 10
                    Accessible.name: qsTr("Vergrendelen na %1 minuten").arg(10)
                    onClicked: controller.autoLockMinutes = 10
                }
                VwChoiceButton {
                    text: qsTr("na %1 min").arg(15)
                    selected: controller.autoLockMinutes === 15
                    Accessible.name: qsTr("Vergrendelen na %1 minuten").arg(15)
                    onClicked: controller.autoLockMinutes = 15
                }
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Locatie gebruiken bij huisbezoek")
            }
            RowLayout {
                spacing: Theme.spacingSmall

                VwChoiceButton {
                    text: qsTr("Elke keer vragen")
                    selected: controller.positionUse === "ask"
                    Accessible.name: qsTr("Locatie: %1").arg(text)
                    onClicked: controller.positionUse = "ask"
                }
                VwChoiceButton {
                    text: qsTr("Altijd")
                    selected: controller.positionUse === "always"
                    Accessible.name: qsTr("Locatie: %1").arg(text)
                    onClicked: controller.positionUse = "always"
                }
                VwChoiceButton {
                    text: qsTr("Nooit")
                    selected: controller.positionUse === "never"
                    Accessible.name: qsTr("Locatie: %1").arg(text)
                    onClicked: controller.positionUse = "never"
                }
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Server en apparaat")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Server: %1").arg(controller.serverText) + "\n"
                      + qsTr("Ingelogd als: %1").arg(controller.userText) + "\n"
                      + controller.deviceText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Wachtwoord wijzigen")
            }
            VwPassphraseField {
                id: newPassphrase

                objectName: "settingsNewPassphrase"
                Layout.fillWidth: true
                placeholderText: qsTr("Nieuw wachtwoord (minstens 10 tekens)")
                Accessible.name: qsTr("Nieuw wachtwoord")
            }
            Label {
                Layout.fillWidth: true
                visible: newPassphrase.text.length > 0
                text: controller.strengthText(newPassphrase.text)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            VwPassphraseField {
                id: confirmPassphrase

                Layout.fillWidth: true
                placeholderText: qsTr("Herhaal het nieuwe wachtwoord")
                Accessible.name: qsTr("Herhaal het nieuwe wachtwoord")
            }
            VwButton {
                text: qsTr("Wachtwoord wijzigen")
                Accessible.name: text
                onClicked: {
                    if (controller.changePassphrase(newPassphrase.text, confirmPassphrase.text)) {
                        newPassphrase.clear();
                        confirmPassphrase.clear();
                    }
                }
            }
            VwNotice {
                Layout.fillWidth: true
                isError: false
                text: controller.message
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Afmelden en apparaat wissen")
            }
            Label {
                Layout.fillWidth: true
                text: controller.wipeWarning
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
            }
            Repeater {
                model: controller.unsynced

                delegate: Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.errorText
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                TextField {
                    id: wipeConfirm

                    objectName: "wipeConfirm"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    placeholderText: qsTr("Typ WISSEN om te bevestigen")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Typ WISSEN om te bevestigen")
                }
                VwButton {
                    objectName: "wipeButton"
                    text: qsTr("Afmelden en wissen")
                    Accessible.name: text
                    onClicked: controller.signOutAndWipe(wipeConfirm.text)
                }
            }
        }
    }
}
