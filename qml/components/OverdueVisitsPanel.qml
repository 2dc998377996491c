import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Above a supervisor's case list: the team's visits that run late or asked for help, as the last
// sync brought them (worker, family, since when, last check-in position).
ColumnLayout {
    id: root

    required property OverdueVisitsController controller

    visible: root.controller.count > 0
    spacing: Theme.spacingSmall

    VwSectionTitle {
        objectName: "overdueTitle"
        text: root.controller.count === 1 ? qsTr("1 bezoek loopt uit")
                                          : qsTr("%1 bezoeken lopen uit").arg(root.controller.count)
    }
    Repeater {
        model: root.controller.visits

        delegate: Rectangle {
            id: card

            required property var modelData

            objectName: "overdue_" + modelData.visitId
            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: modelData.alert ? Theme.errorSurface : Theme.warnSurface
            border.color: modelData.alert ? Theme.errorBorder : Theme.warnBorder

            ColumnLayout {
                id: cardColumn

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 bij %2").arg(card.modelData.worker).arg(card.modelData.caseName)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.textPrimary
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.modelData.alert
                    text: card.modelData.alertText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.errorText
                }
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.sinceText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.warnText
                }
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.positionText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }
        }
    }
}
