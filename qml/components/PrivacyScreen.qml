import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The neutral screen over everything: nothing of a case, not even which app this is for. The
// vault is locked behind it (PrivacyShield); a tap shows the unlock page, which asks the
// passphrase.
Rectangle {
    id: root

    // Screenshots only: the same picture without locking the vault.
    property bool preview: false

    objectName: "privacyScreen"
    visible: PrivacyShield.engaged || root.preview
    color: Theme.background

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Scherm verborgen")

    MouseArea {
        anchors.fill: parent
        onClicked: PrivacyShield.reveal()
    }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth, root.width - 2 * Theme.spacing)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Scherm verborgen")
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontTitle
            color: Theme.textSecondary
        }
        VwButton {
            objectName: "revealButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Verder met wachtwoord")
            flat: true
            Accessible.name: qsTr("Terug naar de app: vul je wachtwoord in")
            onClicked: PrivacyShield.reveal()
        }
    }
}
