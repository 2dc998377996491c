import QtQuick
import QtQuick.Controls
import Veldwerk

// One option of a multiple choice, as a check box big enough for a finger.
CheckBox {
    id: root

    property string value

    Accessible.name: root.text

    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontBody
}
