import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Veldwerk

// "Alles in orde?": the expected end of the visit has passed. Extend it, or ask for help (an
// alert, sent at once when there is any network).
Dialog {
    id: root

    required property VisitController controller
    readonly property bool helpAsked: root.controller.alertText.length > 0

    objectName: "overduePrompt"
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(600, (parent ? parent.width : 600) - 2 * Theme.spacing)
    padding: Theme.spacingLarge

    header: Label {
        text: root.helpAsked ? qsTr("Hulp gevraagd") : qsTr("Alles in orde?")
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.textPrimary
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "overdueText"
            Layout.fillWidth: true
            text: root.helpAsked
                  ? qsTr("%1. Je team ziet je melding zodra die is verstuurd.")
                        .arg(root.controller.alertText)
                  : qsTr("De verwachte eindtijd van je bezoek aan %1 is voorbij (%2). "
                         + "Loopt het bezoek uit, of heb je hulp nodig?")
                        .arg(root.controller.caseName)
                        .arg(root.controller.expectedEndText.toLowerCase())
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
            color: Theme.textPrimary
        }
        VwButton {
            objectName: "extendButton"
            Layout.fillWidth: true
            visible: !root.helpAsked
            text: qsTr("Verlengen met 30 minuten")
            highlighted: true
            Accessible.name: text
            onClicked: {
                if (root.controller.extend(30)) {
                    root.close();
                }
            }
        }
        VwButton {
            objectName: "needHelpButton"
            Layout.fillWidth: true
            visible: !root.helpAsked
            text: qsTr("Ik heb hulp nodig")
            Accessible.name: qsTr("Ik heb hulp nodig: waarschuw mijn team")
            Material.background: Theme.errorText
            Material.foreground: Theme.surface
            onClicked: root.controller.alert()
        }
        VwButton {
            objectName: "closePromptButton"
            Layout.fillWidth: true
            visible: root.helpAsked
            text: qsTr("Sluiten")
            Accessible.name: text
            onClicked: root.close()
        }
    }
}
