import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Above an assessment's questions: the GI co-signature. The GI member of the case co-signs
// ("Medeondertekenen", while core allows it) or records disagreement as a statement beside the
// assessment ("Niet eens: zienswijze vastleggen"); everyone reads who co-signed and when, or that
// it was submitted without the co-signature and why (CosignController decides all of it).
Rectangle {
    id: root

    required property CaseFileService caseFile
    required property string assessmentId
    readonly property alias controller: cosign

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: cosign.submittedWithout ? Theme.flagSurface : Theme.infoSurface
    border.color: cosign.submittedWithout ? Theme.flagBorder : Theme.infoBorder
    visible: cosign.text.length > 0

    CosignController {
        id: cosign

        objectName: "cosignController"
        caseFile: root.caseFile
        assessmentId: root.assessmentId
    }
    StatementsController {
        id: statements

        caseFile: root.caseFile
        assessmentId: root.assessmentId
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Label {
            objectName: "cosignText"
            Layout.fillWidth: true
            text: cosign.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: cosign.submittedWithout ? Font.DemiBold : Font.Normal
            color: cosign.submittedWithout ? Theme.flagText : Theme.textPrimary
        }
        VwNotice {
            Layout.fillWidth: true
            text: cosign.errorText
        }
        Flow {
            Layout.fillWidth: true
            visible: cosign.giMember
            spacing: Theme.spacingSmall

            VwButton {
                objectName: "cosignButton"
                visible: cosign.canCosign
                highlighted: true
                text: qsTr("Medeondertekenen")
                Accessible.name: qsTr("Deze taxatie medeondertekenen")
                onClicked: cosign.cosign()
            }
            VwButton {
                objectName: "disagreeButton"
                visible: statements.canDisagree
                flat: !cosign.canCosign
                text: qsTr("Niet eens: zienswijze vastleggen")
                Accessible.name: text
                onClicked: disagreement.open()
            }
        }
    }

    Dialog {
        id: disagreement

        objectName: "disagreementDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth,
                        (parent ? parent.width : Theme.cardWidth) - 2 * Theme.spacing)
        modal: true
        title: qsTr("Niet eens: zienswijze vastleggen")
        onOpened: {
            words.clear();
            words.forceActiveFocus();
        }

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("Je zienswijze staat naast de taxatie, met je naam en de datum. De "
                           + "taxatie zelf verandert niet; de JGT-medewerker houdt de regie.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
            TextArea {
                id: words

                objectName: "disagreementText"
                Layout.fillWidth: true
                Layout.minimumHeight: 140
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Waarmee ben je het niet eens, en waarom?")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Je zienswijze")
            }
            VwNotice {
                Layout.fillWidth: true
                text: statements.errorText
            }
        }
        footer: VwConfirmFooter {
            dialog: disagreement
            confirmObjectName: "saveDisagreement"
            confirmText: qsTr("Vastleggen")
            confirmName: qsTr("Zienswijze vastleggen")
            onConfirmed: if (statements.recordDisagreement(words.text)) disagreement.accept()
        }
    }
}
