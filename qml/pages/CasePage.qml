import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One family: its children and parents on the left with the instruments that can be started,
// its assessments on the right (status and last change), each opened with a tap.
Page {
    id: root

    required property CaseFileService caseFile
    required property string caseId
    // Landscape: the family and the assessments side by side.
    readonly property bool wide: root.width >= 1000

    // The app's visit (AppShell); without it no visit is offered.
    property VisitController visits

    signal assessmentOpened(string assessmentId)
    signal backRequested()
    signal teamRequested(string caseId, string caseName)
    signal familyPlanRequested(string caseId, string caseName)
    signal timelineRequested(string caseId)
    signal consultationsRequested(string caseId)

    // Starts an instrument; per-person instruments first ask for whom.
    function startInstrument(formId) {
        controller.clearError();
        const question = controller.subjectQuestion(formId);
        if (question.length === 0) {
            root.begin(formId, "");
            return;
        }
        picker.formId = formId;
        picker.instrumentTitle = controller.instrumentTitle(formId);
        picker.question = question;
        picker.people = controller.subjectsFor(formId);
        picker.open();
    }

    function begin(formId, personId) {
        const id = controller.start(formId, personId);
        if (id.length > 0) {
            root.assessmentOpened(id);
        }
    }

    background: Rectangle {
        color: Theme.background
    }

    CaseController {
        id: controller

        caseFile: root.caseFile
        caseId: root.caseId
    }
    PersonListModel {
        id: persons

        caseFile: root.caseFile
        caseId: root.caseId
    }
    AssessmentListModel {
        id: assessments

        caseFile: root.caseFile
        caseId: root.caseId
        // Read again when the worker comes back from an assessment, not on every answer.
        active: root.StackView.status === StackView.Active
    }

    header: VwPageHeader {
        showBack: true
        backText: qsTr("Mijn casussen")
        title: controller.caseName
        subtitle: qsTr("%1 gezinsleden · %2 instrumenten").arg(persons.count).arg(assessments.count)
        onBackClicked: root.backRequested()

        VwButton {
            objectName: "teamButton"
            text: root.wide ? qsTr("Gezin, toestemming en team") : qsTr("Gezin en team")
            flat: true
            Accessible.name: qsTr("Gezin, toestemming en team")
            onClicked: root.teamRequested(root.caseId, controller.caseName)
        }
        VwButton {
            objectName: "familyPlanButton"
            text: qsTr("Plan voor het gezin")
            flat: true
            Accessible.name: text
            onClicked: root.familyPlanRequested(root.caseId, controller.caseName)
        }
    }

    // Landscape: side by side; portrait: one above the other, each the full width.
    GridLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        columns: root.wide ? 2 : 1
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacing

        // Left (above): who is in the family, and what can be started.
        Flickable {
            Layout.preferredWidth: root.wide ? 420 : -1
            Layout.fillWidth: !root.wide
            Layout.fillHeight: root.wide
            Layout.preferredHeight: root.wide ? -1
                                              : Math.min(leftColumn.implicitHeight,
                                                         root.height * 0.55)
            contentHeight: leftColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: leftColumn

                width: parent.width
                spacing: Theme.spacingSmall

                VisitStartButton {
                    Layout.fillWidth: true
                    visits: root.visits
                    caseId: root.caseId
                }
                CaseCoursePanel {
                    objectName: "coursePanel"
                    Layout.fillWidth: true
                    caseFile: root.caseFile
                    caseId: root.caseId
                    onTimelineRequested: root.timelineRequested(root.caseId)
                    onConsultationsRequested: root.consultationsRequested(root.caseId)
                }
                VwSectionTitle {
                    text: qsTr("Gezinsleden")
                }
                Repeater {
                    model: persons

                    delegate: PersonDelegate {
                        Layout.fillWidth: true
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: persons.count === 0
                    text: qsTr("Nog geen gezinsleden vastgelegd.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textSecondary
                }
                VwSectionTitle {
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Instrument starten")
                }
                VwListView {
                    objectName: "instrumentList"
                    Layout.fillWidth: true
                    implicitHeight: contentHeight
                    interactive: false
                    spacing: Theme.spacingSmall
                    model: controller.instruments
                    onActivated: formId => root.startInstrument(formId)

                    delegate: InstrumentButton {
                        id: instrumentButton

                        width: ListView.view.width
                        onClicked: (ListView.view as VwListView).activated(instrumentButton.formId)
                    }
                }
            }
        }

        // Right (below): the assessments of this family.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingSmall

            VwSectionTitle {
                text: qsTr("Instrumenten van dit gezin")
            }
            VwNotice {
                objectName: "caseError"
                Layout.fillWidth: true
                text: controller.errorText
            }
            VwListView {
                id: assessmentList

                objectName: "assessmentList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacingSmall
                clip: true
                model: assessments
                onActivated: assessmentId => root.assessmentOpened(assessmentId)
                delegate: AssessmentDelegate {
                    id: assessmentDelegate

                    width: ListView.view.width
                    onClicked: (ListView.view as VwListView).activated(
                                   assessmentDelegate.assessmentId)
                }
                ScrollBar.vertical: ScrollBar {}
            }
            Label {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: assessments.count === 0
                verticalAlignment: Text.AlignTop
                text: qsTr("Voor dit gezin is nog geen instrument ingevuld. Start er hierboven of "
                           + "links een, bijvoorbeeld de risicotaxatie per kind.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
        }
    }

    SubjectPickerDialog {
        id: picker

        objectName: "subjectPicker"
        onPicked: (formId, personId) => root.begin(formId, personId)
    }
}
