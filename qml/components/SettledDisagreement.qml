import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A disagreement that was closed, on the supervisor's review card: the question, every side with
// who said it (full name, role, organisation, time), the value that stands and who chose it. All
// in words; the frame only groups it. Read-only: nothing to press.
Rectangle {
    id: root

    // {question, sides: [text], chosenText, howText, text} (settled_disagreement_rows.h)
    required property var entry

    objectName: "settledDisagreement"
    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius - 4
    color: Theme.surface
    border.color: Theme.divider
    Accessible.role: Accessible.StaticText
    Accessible.name: root.entry.text

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: qsTr("Verschil van inzicht opgelost: %1").arg(root.entry.question)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.textPrimary
        }
        Repeater {
            model: root.entry.sides

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
            }
        }
        Label {
            objectName: "settledChosen"
            Layout.fillWidth: true
            text: root.entry.chosenText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Medium
            color: Theme.textPrimary
        }
        Label {
            Layout.fillWidth: true
            text: root.entry.howText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }
}
