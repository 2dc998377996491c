import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Veldwerk

// Above every screen while a visit runs: where, how long, when it should end, and the two things
// a worker may need at any moment: ending it and asking for help.
Rectangle {
    id: root

    required property VisitController controller
    readonly property bool late: root.controller.overdue
    readonly property bool helpAsked: root.controller.alertText.length > 0

    signal endRequested()

    implicitHeight: visible ? content.implicitHeight + 2 * Theme.spacingSmall : 0
    color: root.late || root.helpAsked ? Theme.warnSurface : Theme.doneSurface

    Accessible.role: Accessible.StatusBar
    Accessible.name: qsTr("Bezoek loopt")

    RowLayout {
        id: content

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacingSmall
        anchors.bottomMargin: Theme.spacingSmall
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "bannerTitle"
                Layout.fillWidth: true
                text: qsTr("Bezoek bij %1").arg(root.controller.caseName)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.textPrimary
            }
            Label {
                objectName: "bannerTimes"
                Layout.fillWidth: true
                text: root.late
                      ? qsTr("%1 bezig · de verwachte eindtijd is voorbij (%2)")
                            .arg(root.controller.elapsedText)
                            .arg(root.controller.expectedEndText.toLowerCase())
                      : qsTr("%1 bezig · %2").arg(root.controller.elapsedText)
                                            .arg(root.controller.expectedEndText)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: root.late ? Theme.warnText : Theme.textSecondary
            }
            Label {
                objectName: "bannerAlert"
                Layout.fillWidth: true
                visible: root.helpAsked
                text: root.controller.alertText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.warnText
            }
        }
        VwButton {
            objectName: "bannerHelpButton"
            text: qsTr("Hulp nodig")
            Material.background: Theme.errorText
            Material.foreground: Theme.surface
            Accessible.name: qsTr("Ik heb hulp nodig: waarschuw mijn team")
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            onClicked: root.controller.alert()
        }
        VwButton {
            objectName: "bannerEndButton"
            text: qsTr("Bezoek beëindigen")
            highlighted: true
            Accessible.name: text
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            onClicked: root.endRequested()
        }
    }
}
