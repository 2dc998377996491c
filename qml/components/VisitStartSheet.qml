import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Starting a visit from the case page (who is present, the expected end, the position), or
// joining the colleague's visit (the position only).
Dialog {
    id: root

    required property VisitController controller
    readonly property bool joining: root.controller.sheet === "join"

    objectName: "visitStartSheet"
    visible: root.controller.sheet === "start" || root.joining
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(680, (parent ? parent.width : 680) - 2 * Theme.spacing)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - 2 * Theme.spacing)
    padding: Theme.spacingLarge

    header: Label {
        text: root.joining ? qsTr("Aansluiten bij het bezoek aan %1").arg(root.controller.sheetCaseName)
                           : qsTr("Bezoek starten bij %1").arg(root.controller.sheetCaseName)
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
            spacing: Theme.spacingSmall

            VwSectionTitle {
                visible: !root.joining
                text: qsTr("Wie zijn er bij?")
            }
            Flow {
                Layout.fillWidth: true
                visible: !root.joining
                spacing: Theme.spacingSmall

                Repeater {
                    model: root.controller.presence

                    delegate: VwCheckOption {
                        required property var modelData

                        objectName: "present_" + modelData.personId
                        value: modelData.personId
                        text: qsTr("%1 (%2)").arg(modelData.name).arg(modelData.detail)
                        checked: modelData.selected
                        Accessible.name: qsTr("%1 is aanwezig").arg(modelData.name)
                    }
                    onItemAdded: (index, item) => {
                        const box = item as VwCheckOption;
                        box.toggled.connect(() => root.controller.setPresent(box.value,
                                                                             box.checked));
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: root.controller.professionalsText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            TextField {
                objectName: "othersField"
                Layout.fillWidth: true
                visible: !root.joining
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Anderen aanwezig, bijvoorbeeld een tolk of de buurvrouw")
                text: root.controller.others
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Anderen aanwezig")
                onTextEdited: root.controller.others = text
            }
            VwSectionTitle {
                visible: !root.joining
                text: qsTr("Hoe lang duurt het bezoek?")
            }
            RowLayout {
                Layout.fillWidth: true
                visible: !root.joining
                spacing: Theme.spacingSmall

                VwButton {
                    objectName: "shorterButton"
                    text: qsTr("− 15 min")
                    flat: true
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    Accessible.name: qsTr("Een kwartier korter")
                    onClicked: root.controller.addExpectMinutes(-15)
                }
                Label {
                    objectName: "expectText"
                    Layout.fillWidth: true
                    text: root.controller.expectText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }
                VwButton {
                    objectName: "longerButton"
                    text: qsTr("+ 15 min")
                    flat: true
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    Accessible.name: qsTr("Een kwartier langer")
                    onClicked: root.controller.addExpectMinutes(15)
                }
            }
            PositionStatus {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                controller: root.controller
            }
            VwNotice {
                objectName: "visitError"
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
            objectName: "cancelVisitButton"
            text: qsTr("Annuleren")
            flat: true
            Accessible.name: text
            onClicked: root.controller.closeSheet()
        }
        VwButton {
            objectName: "confirmVisitButton"
            text: root.joining ? qsTr("Aansluiten") : qsTr("Bezoek starten")
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
