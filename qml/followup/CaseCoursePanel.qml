import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// On the case page: what is due (reminders), the phase and who holds regie, the escalations as
// dated events with their outcome, and the ways on: the timeline, meedenken, and for a JGT member
// recording a phase change or an escalation (CaseCourseController; core decides everything).
ColumnLayout {
    id: root

    required property CaseFileService caseFile
    required property string caseId
    readonly property alias controller: course

    signal timelineRequested()
    signal consultationsRequested()

    spacing: Theme.spacingSmall

    CaseCourseController {
        id: course

        objectName: "courseController"
        caseFile: root.caseFile
        caseId: root.caseId
    }

    VwSectionTitle {
        text: qsTr("Opvolging")
    }
    Repeater {
        model: course.reminders

        delegate: Label {
            required property string modelData

            Layout.fillWidth: true
            text: qsTr("Herinnering: %1").arg(modelData)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.warnText
        }
    }
    Repeater {
        model: course.concerns

        delegate: Label {
            required property string modelData

            Layout.fillWidth: true
            text: qsTr("Voor de leidinggevende: %1").arg(modelData)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.flagText
        }
    }
    Label {
        objectName: "phaseText"
        Layout.fillWidth: true
        text: course.phaseText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.textPrimary
    }
    Repeater {
        model: course.escalations
        // "Uitkomst vastleggen" leaves its delegate through its signal (Qt 6.4's qmllint).
        onItemAdded: (index, item) => (item as EscalationEntry).outcomeRequested.connect(
                         outcomeDialog.openFor)

        delegate: EscalationEntry {
            Layout.fillWidth: true
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        VwButton {
            objectName: "timelineButton"
            text: qsTr("Tijdlijn")
            flat: true
            Accessible.name: qsTr("Tijdlijn van de oordelen, scores en afspraken")
            onClicked: root.timelineRequested()
        }
        VwButton {
            objectName: "consultationsButton"
            visible: course.canRecord
            text: qsTr("Meedenken")
            flat: true
            Accessible.name: qsTr("Meedenken: een GI-collega anoniem om advies vragen")
            onClicked: root.consultationsRequested()
        }
        VwButton {
            objectName: "phaseButton"
            visible: course.canRecord
            text: qsTr("Fase wijzigen")
            flat: true
            Accessible.name: text
            onClicked: phaseDialog.open()
        }
        VwButton {
            objectName: "escalateButton"
            visible: course.canRecord
            text: qsTr("Escalatie vastleggen")
            flat: true
            Accessible.name: text
            onClicked: escalationDialog.open()
        }
    }

    PhaseDialog {
        id: phaseDialog

        controller: course
    }
    EscalationDialog {
        id: escalationDialog

        controller: course
    }
    OutcomeDialog {
        id: outcomeDialog

        controller: course
    }
}
