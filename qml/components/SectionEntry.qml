import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One section in the section list: its title and how far it is filled in.
ItemDelegate {
    id: root

    // {sectionId, title, row, missing, summary, counts}
    required property var modelData
    readonly property int row: root.modelData.row

    objectName: "section_" + root.modelData.sectionId
    Accessible.name: root.modelData.title
    // A hardware keyboard: Enter acts as a tap (Space does already).
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding
                                                    + bottomPadding)
    enabled: root.row >= 0

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: root.modelData.title
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall + 1
            font.weight: Font.Medium
            color: root.enabled ? Theme.textPrimary : Theme.textSecondary
        }
        Label {
            Layout.fillWidth: true
            text: root.modelData.missing > 0
                  ? qsTr("%1 · %2 verplicht open").arg(root.modelData.summary)
                                                   .arg(root.modelData.missing)
                  : root.modelData.summary
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall - 2
            color: root.modelData.missing > 0 ? Theme.warnText : Theme.textSecondary
        }
    }
}
