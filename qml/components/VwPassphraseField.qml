import QtQuick
import QtQuick.Controls
import Veldwerk

// Passphrase input: hidden characters, no prediction or storage by the on-screen keyboard.
TextField {
    id: root

    implicitHeight: Theme.touchTarget + Theme.spacingSmall
    echoMode: TextInput.Password
    passwordCharacter: "\u2022"
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    font.pixelSize: Theme.fontBody
    placeholderText: qsTr("Typ hier je wachtwoord")
    Accessible.name: qsTr("Wachtwoord")
}
