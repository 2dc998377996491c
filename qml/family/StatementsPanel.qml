import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The statements beside an assessment or plan: the client's or a parent's own view (who said it,
// when, their words) and the GI's recorded disagreement, each with who wrote it down; and, where
// the user may, recording a new one. Never an edit of the professional's text.
ColumnLayout {
    id: root

    required property CaseFileService caseFile
    required property string assessmentId
    // The review shows them without the recording part.
    property bool recording: true

    spacing: Theme.spacingSmall

    StatementsController {
        id: controller

        caseFile: root.caseFile
        assessmentId: root.assessmentId
    }

    VwSectionTitle {
        Layout.fillWidth: true
        text: qsTr("Eigen zienswijze en reacties")
    }
    Label {
        Layout.fillWidth: true
        visible: controller.statements.length === 0
        text: qsTr("Er is nog geen eigen zienswijze vastgelegd.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
    Repeater {
        model: controller.statements

        Rectangle {
            id: statement

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: card.implicitHeight + 2 * Theme.spacingSmall
            radius: Theme.radius
            color: statement.modelData.disagreement ? Theme.flagSurface : Theme.infoSurface
            border.color: statement.modelData.disagreement ? Theme.flagBorder : Theme.infoBorder

            ColumnLayout {
                id: card

                anchors.fill: parent
                anchors.margins: Theme.spacingSmall
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: statement.modelData.title
                    font.weight: Font.DemiBold
                    color: statement.modelData.disagreement ? Theme.flagText : Theme.textPrimary
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: "“" + statement.modelData.text + "”"
                    font.italic: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: statement.modelData.recorded
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    VwNotice {
        Layout.fillWidth: true
        text: controller.errorText
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.recording && controller.canRecord
        spacing: Theme.spacingSmall

        ComboBox {
            id: who

            objectName: "statementWho"
            Layout.fillWidth: true
            textRole: "name"
            valueRole: "personId"
            model: controller.persons
            Accessible.name: qsTr("Wie zei het?")
        }
        TextField {
            id: relation

            objectName: "statementRelation"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            visible: who.currentValue === ""
            placeholderText: qsTr("Wie was het? Bijvoorbeeld: oma van moederskant")
            Accessible.name: qsTr("Wie was het?")
        }
        TextField {
            id: saidOn

            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Wanneer gezegd (JJJJ-MM-DD, leeg is vandaag)")
            inputMethodHints: Qt.ImhDate
            Accessible.name: qsTr("Wanneer gezegd")
        }
        TextArea {
            id: words

            objectName: "statementText"
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Wat zei hij of zij? Schrijf het op in zijn of haar eigen woorden.")
            Accessible.name: qsTr("De eigen woorden")
        }
        RowLayout {
            Layout.fillWidth: true

            VwButton {
                objectName: "recordStatementButton"
                text: qsTr("Zienswijze vastleggen")
                onClicked: {
                    if (controller.recordClient(who.currentValue, relation.text, saidOn.text,
                                                words.text)) {
                        words.text = "";
                        relation.text = "";
                        saidOn.text = "";
                    }
                }
            }
            VwButton {
                objectName: "recordDisagreementButton"
                visible: controller.canDisagree
                flat: true
                text: qsTr("Niet eens (GI) vastleggen")
                onClicked: {
                    if (controller.recordDisagreement(words.text)) {
                        words.text = "";
                    }
                }
            }
        }
    }
}
