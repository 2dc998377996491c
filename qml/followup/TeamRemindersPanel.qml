import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Above a supervisor's case list: the team's overdue evaluations and the cases whose latest
// judgement did not get better after an evaluation date (TeamRemindersController).
ColumnLayout {
    id: root

    required property TeamRemindersController controller

    visible: root.controller.count > 0
    spacing: Theme.spacingSmall

    VwSectionTitle {
        objectName: "teamRemindersTitle"
        text: root.controller.count === 1 ? qsTr("1 punt voor opvolging in het team")
                                          : qsTr("%1 punten voor opvolging in het team")
                                            .arg(root.controller.count)
    }
    Repeater {
        model: root.controller.items

        delegate: Rectangle {
            id: card

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacingSmall
            radius: Theme.radius
            color: modelData.concern ? Theme.flagSurface : Theme.warnSurface
            border.color: modelData.concern ? Theme.flagBorder : Theme.warnBorder

            ColumnLayout {
                id: cardColumn

                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                anchors.topMargin: Theme.spacingSmall
                anchors.bottomMargin: Theme.spacingSmall
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: card.modelData.caseName
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.textPrimary
                }
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.text
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: card.modelData.concern ? Theme.flagText : Theme.warnText
                }
            }
        }
    }
}
