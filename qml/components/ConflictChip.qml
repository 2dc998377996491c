import QtQuick
import Veldwerk

// How many disagreements ("verschil van inzicht") wait for a JGT member; hidden when none.
VwChip {
    id: root

    property int count

    objectName: "conflictCount"
    visible: root.count > 0
    text: root.count === 1 ? qsTr("1 verschil van inzicht")
                           : qsTr("%1 verschillen van inzicht").arg(root.count)
    textColor: Theme.flagText
    fill: Theme.flagSurface
    edge: Theme.flagBorder
}
