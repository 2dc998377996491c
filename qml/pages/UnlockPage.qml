import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "This device is locked": the first screen, and the screen after every auto-lock.
Page {
    id: root

    required property VaultSession session

    background: Rectangle {
        color: Theme.background
    }

    UnlockController {
        id: controller

        session: root.session
    }

    function submit() {
        controller.unlock(passphrase.text);
        passphrase.clear();
        passphrase.forceActiveFocus();
    }

    // The worker can start typing at once, also after an auto-lock.
    StackView.onActivated: passphrase.forceActiveFocus()

    Pane {
        id: card

        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth, root.width - 2 * Theme.spacing)
        padding: Theme.spacingLarge + Theme.spacingSmall

        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.divider
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            VwLockIcon {
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Theme.spacingSmall
            }
            Label {
                Layout.fillWidth: true
                objectName: "headline"
                text: controller.headline
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.textPrimary
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Voer je wachtwoord in om je casussen te openen.")
                visible: controller.canUnlock || controller.busy
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: passphrase.visible
                text: qsTr("Wachtwoord")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Medium
                color: Theme.textSecondary
            }
            VwPassphraseField {
                id: passphrase

                objectName: "passphraseField"
                Layout.fillWidth: true
                visible: controller.canUnlock || controller.busy
                enabled: controller.canUnlock
                focus: true
                onAccepted: root.submit()
            }
            VwNotice {
                objectName: "errorNotice"
                Layout.fillWidth: true
                text: controller.errorText
            }
            VwButton {
                objectName: "unlockButton"
                Layout.fillWidth: true
                visible: controller.canUnlock
                text: qsTr("Ontgrendelen")
                highlighted: true
                onClicked: root.submit()
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                visible: controller.busy
                spacing: Theme.spacing

                BusyIndicator {
                    objectName: "busyIndicator"
                    running: controller.busy
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                }
                Label {
                    text: qsTr("Bezig met ontgrendelen…")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textSecondary
                }
            }
            VwButton {
                Layout.fillWidth: true
                visible: !controller.canUnlock && !controller.busy
                text: qsTr("Opnieuw controleren")
                flat: true
                onClicked: controller.recheck()
            }
        }
    }

    Label {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spacingLarge
        text: qsTr("Alle gegevens staan versleuteld op dit apparaat.")
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
}
