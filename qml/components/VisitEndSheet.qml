import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Ending the visit: what still blocks closing (RT3: the rule's text and the question that would
// meet it, with a button to that question), or the check-out position and "Bezoek beëindigen".
Dialog {
    id: root

    required property VisitController controller
    readonly property bool blocked: root.controller.blockers.length > 0

    // The worker goes to the question that would meet a blocking rule.
    signal itemRequested(string assessmentId, string itemId)

    objectName: "visitEndSheet"
    visible: root.controller.sheet === "end"
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, (parent ? parent.width : 720) - 2 * Theme.spacing)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - 2 * Theme.spacing)
    padding: Theme.spacingLarge

    header: Label {
        text: root.blocked ? qsTr("Het bezoek kan nog niet worden beëindigd")
                           : qsTr("Bezoek aan %1 beëindigen").arg(root.controller.sheetCaseName)
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontTitle - 4
        font.weight: Font.DemiBold
        color: Theme.textPrimary
    }

    Flickable {
        anchors.fill: parent
        implicitHeight: body.implicitHeight
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: body

            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                visible: root.blocked
                text: qsTr("Eerst moet in een instrument van dit bezoek nog iets worden "
                           + "vastgelegd:")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
            }
            Repeater {
                model: root.controller.blockers

                delegate: CloseBlockerCard {
                    Layout.fillWidth: true
                }
                onItemAdded: (index, item) => {
                    const card = item as CloseBlockerCard;
                    card.chosen.connect(() => root.itemRequested(card.modelData.assessmentId,
                                                                 card.modelData.itemId));
                }
            }
            PositionStatus {
                Layout.fillWidth: true
                visible: !root.blocked && root.controller.positionState !== VisitController.NotAsked
                controller: root.controller
            }
            VwNotice {
                Layout.fillWidth: true
                text: root.controller.errorText
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingSmall

        Item {
            Layout.fillWidth: true
        }
        VwButton {
            objectName: "cancelEndButton"
            text: root.blocked ? qsTr("Sluiten") : qsTr("Annuleren")
            flat: true
            Accessible.name: root.blocked ? qsTr("Sluiten, het bezoek loopt door") : text
            onClicked: root.controller.closeSheet()
        }
        VwButton {
            objectName: "confirmEndButton"
            visible: !root.blocked
            text: qsTr("Bezoek beëindigen")
            highlighted: true
            enabled: !root.controller.waitingForFix
            Accessible.name: text
            onClicked: root.controller.confirm()
        }
        Item {
            Layout.preferredWidth: Theme.spacing
            Layout.preferredHeight: Theme.touchTarget + Theme.spacing
        }
    }
}
