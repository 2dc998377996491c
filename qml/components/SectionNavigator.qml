import QtQuick
import QtQuick.Controls
import Veldwerk

// The sections of an instrument, each with how far it is filled in; a tap jumps to it.
Rectangle {
    id: root

    // [{sectionId, title, row, missing, summary, counts}]
    property var sections: []

    signal sectionChosen(int row)

    color: Theme.surface

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.divider
    }

    VwListView {
        anchors.fill: parent
        anchors.rightMargin: 1
        topMargin: Theme.spacingSmall
        clip: true
        model: root.sections
        onActivated: row => root.sectionChosen(Number(row))
        ScrollBar.vertical: ScrollBar {}

        delegate: SectionEntry {
            id: entry

            width: ListView.view.width
            onClicked: (ListView.view as VwListView).activated(String(entry.row))
        }
    }
}
