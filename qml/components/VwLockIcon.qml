import QtQuick
import Veldwerk

// A padlock drawn from shapes, so it needs no icon font or image and scales cleanly.
Item {
    id: root

    property color color: Theme.primary

    implicitWidth: 64
    implicitHeight: 72

    Rectangle {
        id: shackle

        width: root.width * 0.62
        height: root.height * 0.62
        anchors.horizontalCenter: parent.horizontalCenter
        y: 0
        radius: width / 2
        color: "transparent"
        border.color: root.color
        border.width: Math.max(3, root.width * 0.11)
    }
    Rectangle {
        width: root.width
        height: root.height * 0.58
        anchors.bottom: parent.bottom
        radius: root.width * 0.14
        color: root.color

        Rectangle {
            width: Math.max(4, root.width * 0.12)
            height: parent.height * 0.36
            radius: width / 2
            anchors.centerIn: parent
            color: Theme.surface
        }
    }
}
