import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One assessment of the case: instrument, for whom, status and last change. Tapping opens it.
ItemDelegate {
    id: root

    required property string assessmentId
    required property string title
    required property string subjectName
    required property string status
    required property string statusLabel
    required property string lastChangeText
    required property int conflictCount
    required property string returnComment

    implicitHeight: Math.max(92, contentItem.implicitHeight + topPadding + bottomPadding)
    Accessible.name: root.title + ", " + root.subjectName + ", " + root.statusLabel
    leftPadding: Theme.spacing + Theme.spacingSmall
    rightPadding: Theme.spacing

    contentItem: RowLayout {
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.title
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody + 1
                font.weight: Font.Medium
                color: Theme.textPrimary
            }
            // The supervisor's comment on a returned assessment, in full.
            Label {
                objectName: "returnComment"
                Layout.fillWidth: true
                visible: root.returnComment.length > 0
                text: root.returnComment
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Medium
                color: Theme.warnText
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Voor %1 · %2").arg(root.subjectName).arg(root.lastChangeText)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            ConflictChip {
                Layout.topMargin: 4
                count: root.conflictCount
            }
        }
        StatusChip {
            status: root.status
            text: root.statusLabel
        }
        Label {
            text: "\u203A"
            font.pixelSize: Theme.fontTitle
            color: Theme.textSecondary
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.pressed ? Theme.infoSurface : Theme.surface
        border.color: Theme.divider
    }
}
