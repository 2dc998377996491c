import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One case (family) in "Mijn casussen", as a card.
ItemDelegate {
    id: root

    required property string caseId
    required property string name
    required property date createdAt
    required property int conflictCount
    required property string safety
    required property string safetyText
    required property bool attention
    required property string attentionText

    Accessible.name: root.name + ", " + root.safetyText
                     + (root.attentionText.length > 0 ? ", " + root.attentionText : "")
    // A hardware keyboard: Enter acts as a tap (Space does already).
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    implicitHeight: Math.max(88, contentItem.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing + Theme.spacingSmall
    rightPadding: Theme.spacing + Theme.spacingSmall

    contentItem: RowLayout {
        spacing: Theme.spacing

        // The family's initial: a quick visual anchor when scanning the list.
        Rectangle {
            Layout.preferredWidth: 48
            Layout.preferredHeight: 48
            radius: 24
            color: Theme.infoSurface

            Label {
                anchors.centerIn: parent
                text: root.name.replace(/^Gezin\s+/i, "").charAt(0).toUpperCase()
                font.pixelSize: Theme.fontBody + 2
                font.weight: Font.DemiBold
                color: Theme.primary
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.name
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody + 2
                font.weight: Font.Medium
                color: Theme.textPrimary
            }
            // The latest safety judgement in words (never by colour alone).
            Label {
                objectName: "safetyText"
                Layout.fillWidth: true
                text: qsTr("Veiligheid: %1").arg(root.safetyText)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                font.weight: root.safety === "onveilig" ? Font.DemiBold : Font.Normal
                color: root.safety === "onveilig" ? Theme.errorText : Theme.textSecondary
            }
            Label {
                objectName: "attentionText"
                Layout.fillWidth: true
                visible: root.attentionText.length > 0
                text: (root.attention ? qsTr("Aandacht: ") : "") + root.attentionText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: root.attention ? Theme.warnText : Theme.textSecondary
            }
        }
        ConflictChip {
            count: root.conflictCount
        }
        // Tapping opens the case.
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
