import QtQuick
import QtQuick.Controls
import Veldwerk

// A calm message box: an explanation the worker can read in full, not a flashing alert.
Rectangle {
    id: root

    property string text
    property bool isError: true

    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: root.isError ? Theme.errorSurface : Theme.infoSurface
    border.color: root.isError ? Theme.errorBorder : Theme.infoBorder
    visible: root.text.length > 0

    Label {
        id: label

        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: root.text
        wrapMode: Text.Wrap
        color: root.isError ? Theme.errorText : Theme.textPrimary
        font.pixelSize: Theme.fontBody
        lineHeight: 1.15
    }
}
