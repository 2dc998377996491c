import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Filling in an instrument at the kitchen table: the sections on the left, the questions in the
// middle (every change is stored at once), the rules in force on the right, and what blocks
// submission with "Indienen" at the bottom.
Page {
    id: root

    required property CaseFileService caseFile
    required property string assessmentId
    // Landscape: sections, questions and rules side by side.
    readonly property bool wide: root.width >= 1000
    // For tests and screenshots.
    readonly property AssessmentController formController: controller

    signal backRequested()

    // Scrolls to the statements below the questions (used by --screenshots).
    function showStatements() {
        questions.positionViewAtEnd();
    }

    // Scrolls to a question (used by --open for screenshots).
    function showItem(itemId) {
        const row = controller.form.rowOf(itemId);
        if (row >= 0) {
            questions.positionViewAtIndex(row, ListView.Beginning);
        }
    }

    // "Indienen": submits, or shows why not; when only the GI co-signature is missing, offers
    // submitting without it with a reason.
    function submit() {
        if (controller.canSubmitWithoutCosign) {
            withoutCosign.open();
        } else if (!controller.submit()) {
            refusal.open();
        }
    }

    background: Rectangle {
        color: Theme.background
    }

    AssessmentController {
        id: controller

        caseFile: root.caseFile
        assessmentId: root.assessmentId
    }

    header: VwPageHeader {
        showBack: true
        backText: qsTr("Casus")
        title: controller.subjectName.length > 0
               ? qsTr("%1 — %2").arg(controller.title).arg(controller.subjectName)
               : controller.title
        subtitle: controller.saveState.length > 0
                  ? qsTr("%1 · %2").arg(controller.statusLabel).arg(controller.saveState)
                  : qsTr("%1 · Elke wijziging wordt meteen bewaard").arg(controller.statusLabel)
        onBackClicked: {
            controller.flush();
            root.backRequested();
        }

        ConflictChip {
            count: controller.conflictCount
        }
        StatusChip {
            status: controller.status
            text: controller.statusLabel
            visible: controller.loaded
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Portrait: the questions get the width; the sections are reached by scrolling.
        SectionNavigator {
            visible: root.wide
            Layout.preferredWidth: Theme.sectionNavWidth
            Layout.fillHeight: true
            sections: controller.sections
            onSectionChosen: row => questions.positionViewAtIndex(row, ListView.Beginning)
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            VwNotice {
                objectName: "loadError"
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: !controller.loaded && text.length > 0
                text: controller.errorText
            }
            // Returned by the supervisor: what they asked, above the questions.
            VwNotice {
                objectName: "returnNote"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: Theme.spacing
                isError: false
                text: controller.returnNote
            }
            // The GI co-signature: co-signing or disagreeing (GI), who co-signed, or why not.
            CosignPanel {
                objectName: "cosignPanel"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.topMargin: Theme.spacing
                caseFile: root.caseFile
                assessmentId: root.assessmentId
            }
            VwListView {
                id: questions

                objectName: "questionList"
                caseFile: root.caseFile
                assessmentId: root.assessmentId
                Layout.fillWidth: true
                Layout.fillHeight: true
                leftMargin: Theme.spacing
                rightMargin: Theme.spacing
                topMargin: Theme.spacing
                bottomMargin: Theme.spacingLarge
                spacing: Theme.spacingSmall
                clip: true
                // Keeps the cards of a whole instrument alive, so a text being typed survives
                // scrolling.
                cacheBuffer: 4000
                model: controller.form
                ScrollBar.vertical: ScrollBar {}

                section.property: "sectionTitle"
                section.delegate: Label {
                    required property string section

                    width: ListView.view.width - ListView.view.leftMargin
                           - ListView.view.rightMargin
                    topPadding: Theme.spacing
                    bottomPadding: 4
                    text: section
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody + 3
                    font.weight: Font.DemiBold
                    color: Theme.primary
                }
                delegate: AnswerDelegate {
                    width: ListView.view.width - ListView.view.leftMargin
                           - ListView.view.rightMargin
                }
                // The client's own view and the GI's disagreement, beside the assessment.
                footer: StatementsPanel {
                    width: ListView.view.width - ListView.view.leftMargin
                           - ListView.view.rightMargin
                    caseFile: (ListView.view as VwListView).caseFile
                    assessmentId: (ListView.view as VwListView).assessmentId
                }
            }
        }
        RulesPanel {
            Layout.preferredWidth: root.wide ? Theme.rulesPanelWidth : 300
            Layout.fillHeight: true
            controller: controller
        }
    }

    footer: SubmitBar {
        controller: controller
        onSubmitClicked: root.submit()
    }

    WithoutCosignDialog {
        id: withoutCosign

        controller: controller
    }

    Dialog {
        id: refusal

        objectName: "refusalDialog"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(720, root.width - 2 * Theme.spacingLarge)
        padding: Theme.spacingLarge
        title: qsTr("Indienen is niet gelukt")

        header: Label {
            text: refusal.title
            leftPadding: Theme.spacingLarge
            rightPadding: Theme.spacingLarge
            topPadding: Theme.spacingLarge
            font.pixelSize: Theme.fontTitle - 4
            font.weight: Font.DemiBold
            color: Theme.textPrimary
        }

        Flickable {
            anchors.fill: parent
            implicitHeight: Math.min(reason.implicitHeight, root.height * 0.5)
            contentHeight: reason.implicitHeight
            clip: true

            Label {
                id: reason

                objectName: "refusalText"
                width: parent.width
                text: controller.errorText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
                color: Theme.textPrimary
            }
        }

        footer: Item {
            implicitHeight: closeButton.implicitHeight + Theme.spacing

            VwButton {
                id: closeButton

                objectName: "closeRefusal"
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                text: qsTr("Sluiten")
                flat: true
                onClicked: refusal.close()
            }
        }
    }
}
