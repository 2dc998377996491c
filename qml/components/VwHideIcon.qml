import QtQuick
import Veldwerk

// A crossed-out eye drawn from shapes ("Verbergen": the privacy screen), like VwLockIcon.
Item {
    id: root

    property color color: Theme.primary

    implicitWidth: 26
    implicitHeight: 18

    Rectangle {
        anchors.fill: parent
        radius: height / 2
        color: "transparent"
        border.color: root.color
        border.width: 2
    }
    Rectangle {
        width: root.height * 0.45
        height: width
        radius: width / 2
        anchors.centerIn: parent
        color: root.color
    }
    Rectangle {
        width: Math.sqrt(root.width * root.width + root.height * root.height) + 4
        height: 2.5
        anchors.centerIn: parent
        rotation: Math.atan2(root.height, root.width) * 180 / Math.PI
        color: root.color
        border.color: Theme.surface
        border.width: 0
    }
}
