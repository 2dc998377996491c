import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The supervisor's review queue: the team's submitted assessments, highest risk first, then the
// longest waiting (ordered by ReviewController). Each card says its safety judgement in words,
// its flags, justifications, the disagreements that were resolved and how (SettledDisagreement),
// and whether the GI colleague co-signed; "Bekijken" shows the whole
// assessment read-only with who answered what; "Goedkeuren" and "Terugsturen" (with a comment).
Page {
    id: root

    required property CaseFileService caseFile

    signal backRequested()

    function showAnswers(assessmentId) {
        answersDialog.title = qsTr("Hele taxatie");
        answersDialog.rows = controller.answersOf(assessmentId);
        answersDialog.open();
    }

    function askReturn(assessmentId) {
        returnDialog.assessmentId = assessmentId;
        returnComment.clear();
        returnDialog.open();
    }

    background: Rectangle {
        color: Theme.background
    }

    ReviewController {
        id: controller

        caseFile: root.caseFile
    }

    header: VwPageHeader {
        showBack: true
        backText: qsTr("Casussen")
        title: qsTr("Ter beoordeling")
        subtitle: controller.count === 1 ? qsTr("1 taxatie wacht op je")
                                         : qsTr("%1 taxaties wachten op je").arg(controller.count)
        onBackClicked: root.backRequested()
    }

    VwNotice {
        id: error

        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.spacing
        width: list.width
        text: controller.errorText
    }

    VwListView {
        id: list

        caseFile: root.caseFile

        objectName: "reviewList"
        width: Math.min(Theme.contentWidth, parent.width - 2 * Theme.spacing)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: error.visible ? error.bottom : parent.top
        anchors.bottom: parent.bottom
        topMargin: Theme.spacing
        bottomMargin: Theme.spacingLarge
        spacing: Theme.spacing
        clip: true
        model: controller.queue
        ScrollBar.vertical: ScrollBar {}
        // A card's buttons report "view:ID", "return:ID" or "approve:ID".
        onActivated: key => {
            const colon = key.indexOf(":");
            const action = key.substring(0, colon);
            const id = key.substring(colon + 1);
            if (action === "view") {
                root.showAnswers(id);
            } else if (action === "return") {
                root.askReturn(id);
            } else if (action === "approve") {
                controller.approve(id);
            }
        }

        delegate: Pane {
            id: card

            required property var modelData
            required property int index

            width: ListView.view.width
            padding: Theme.spacing
            Accessible.name: card.modelData.caseName + ", " + card.modelData.safetyText

            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: card.modelData.safety === "onveilig" ? Theme.errorBorder
                                                                   : Theme.divider
                border.width: card.modelData.safety === "onveilig" ? 2 : 1
            }

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: (card.index + 1) + ". " + card.modelData.caseName + " · "
                          + card.modelData.title
                          + (card.modelData.subjectName.length > 0
                             ? " · " + card.modelData.subjectName : "")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody + 1
                    font.weight: Font.DemiBold
                    color: Theme.textPrimary
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Veiligheid: %1").arg(card.modelData.safetyText)
                          + (card.modelData.riskText.length > 0
                             ? " · " + card.modelData.riskText : "")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Medium
                    color: card.modelData.safety === "onveilig" ? Theme.errorText
                                                                : Theme.textPrimary
                }
                Repeater {
                    model: card.modelData.flags

                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: qsTr("Signaal ") + modelData
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.flagText
                    }
                }
                Repeater {
                    model: card.modelData.justifications

                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: qsTr("Toelichting ") + modelData
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.warnText
                    }
                }
                Repeater {
                    model: card.modelData.resolved

                    delegate: SettledDisagreement {
                        required property var modelData

                        Layout.fillWidth: true
                        entry: modelData
                    }
                }
                Label {
                    objectName: "cosignText"
                    Layout.fillWidth: true
                    text: card.modelData.cosignText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    font.weight: card.modelData.withoutCosign ? Font.DemiBold : Font.Normal
                    color: card.modelData.withoutCosign ? Theme.flagText : Theme.textSecondary
                }
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.waitingText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
                StatementsPanel {
                    Layout.fillWidth: true
                    caseFile: (card.ListView.view as VwListView).caseFile
                    assessmentId: card.modelData.assessmentId
                    recording: false
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    VwButton {
                        text: qsTr("Bekijken")
                        flat: true
                        Accessible.name: qsTr("Hele taxatie bekijken")
                        onClicked: (card.ListView.view as VwListView).activated(
                                       "view:" + card.modelData.assessmentId)
                    }
                    VwButton {
                        objectName: "returnButton"
                        text: qsTr("Terugsturen…")
                        Accessible.name: qsTr("Terugsturen met een opmerking")
                        onClicked: (card.ListView.view as VwListView).activated(
                                       "return:" + card.modelData.assessmentId)
                    }
                    VwButton {
                        objectName: "approveButton"
                        text: qsTr("Goedkeuren")
                        highlighted: true
                        Accessible.name: text
                        onClicked: (card.ListView.view as VwListView).activated(
                                       "approve:" + card.modelData.assessmentId)
                    }
                }
            }
        }
    }

    Label {
        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth, parent.width - 2 * Theme.spacing)
        visible: controller.count === 0
        text: qsTr("Er wacht niets op je beoordeling. Ingediende taxaties van je team komen "
                   + "hier na synchroniseren.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }

    Dialog {
        id: returnDialog

        property string assessmentId

        objectName: "returnDialog"
        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth, root.width - 2 * Theme.spacing)
        modal: true
        title: qsTr("Terugsturen naar de medewerker")

        TextArea {
            id: returnComment

            objectName: "returnComment"
            width: parent.width
            implicitHeight: 160
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Wat moet er gebeuren? De medewerker leest dit na "
                                  + "synchroniseren.")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Opmerking bij het terugsturen")
        }
        footer: RowLayout {
            spacing: Theme.spacingSmall

            Item {
                Layout.fillWidth: true
            }
            VwButton {
                text: qsTr("Annuleren")
                flat: true
                Accessible.name: text
                onClicked: returnDialog.reject()
            }
            VwButton {
                objectName: "confirmReturn"
                text: qsTr("Terugsturen")
                Accessible.name: text
                onClicked: returnDialog.accept()
            }
            Item {
                Layout.preferredWidth: Theme.spacing
                Layout.preferredHeight: Theme.touchTarget + Theme.spacing
            }
        }
        onAccepted: controller.returnWithComment(returnDialog.assessmentId, returnComment.text)
    }

    Dialog {
        id: answersDialog

        property var rows: []

        objectName: "answersDialog"
        anchors.centerIn: parent
        width: Math.min(Theme.contentWidth, root.width - 2 * Theme.spacing)
        // Within the page's content (its parent), not the whole page: measured on the page, the
        // header pushed its footer off-screen.
        height: (parent ? parent.height : root.height) - 2 * Theme.spacing
        modal: true
        footer: VwCloseFooter {
            dialog: answersDialog
        }

        ListView {
            anchors.fill: parent
            clip: true
            spacing: Theme.spacingSmall
            model: answersDialog.rows
            ScrollBar.vertical: ScrollBar {}

            delegate: ColumnLayout {
                id: answerRow

                required property var modelData

                width: ListView.view.width
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: answerRow.modelData.question
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
                Label {
                    Layout.fillWidth: true
                    text: answerRow.modelData.answer
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Beantwoord door %1").arg(answerRow.modelData.who)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }
        }
    }
}
