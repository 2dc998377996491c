import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The rules in force, live while filling, under the derived facts (counts, share unknown).
Rectangle {
    id: root

    required property AssessmentController controller

    color: Theme.surface

    Rectangle {
        width: 1
        height: parent.height
        color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacingSmall

        VwSectionTitle {
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            text: qsTr("Regels")
        }
        Repeater {
            model: root.controller.facts

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                text: modelData
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall - 1
                color: Theme.textSecondary
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            visible: list.count === 0
            text: qsTr("Er is nu geen regel van toepassing.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        ListView {
            id: list

            objectName: "rulesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            leftMargin: Theme.spacing
            rightMargin: Theme.spacing
            topMargin: Theme.spacingSmall
            bottomMargin: Theme.spacing
            spacing: Theme.spacingSmall
            clip: true
            cacheBuffer: 2000
            model: root.controller.rules
            ScrollBar.vertical: ScrollBar {}

            delegate: RuleCard {
                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
            }
        }
    }
}
