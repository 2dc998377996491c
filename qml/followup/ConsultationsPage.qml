import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Meedenken": a JGT worker asks a GI organisation's advice without consent and without names
// (from a case: that case stays on this tablet); a GI professional answers what was asked of
// their organisation; the JGT worker links an answered consultation to the case once the family
// consented (ConsultationsController: core's ConsultationService, as `veldwerk-cli consult`).
Page {
    id: root

    required property CaseFileService caseFile
    // The case it was opened from; "" from the case list.
    property string caseId

    signal backRequested()

    // Opens the answer to the first question still open (route "meedenken/antwoorden", for
    // --screenshots).
    function answerFirst() {
        for (const consultation of controller.consultations) {
            if (consultation.answerable) {
                answerDialog.openFor(consultation.consultationId);
                return;
            }
        }
    }

    background: Rectangle {
        color: Theme.background
    }

    ConsultationsController {
        id: controller

        objectName: "consultationsController"
        caseFile: root.caseFile
        caseId: root.caseId
    }

    header: VwPageHeader {
        showBack: true
        backText: root.caseId.length > 0 ? qsTr("Casus") : qsTr("Mijn casussen")
        title: qsTr("Meedenken")
        subtitle: controller.canAnswer ? qsTr("Vragen aan je organisatie")
                                       : controller.caseName.length > 0
                                         ? qsTr("Vanuit %1").arg(controller.caseName)
                                         : qsTr("Anoniem advies van de GI")
        onBackClicked: root.backRequested()
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: (flick.width - width) / 2
            y: Theme.spacing
            width: Math.min(Theme.contentWidth, flick.width - 2 * Theme.spacing)
            spacing: Theme.spacingSmall

            VwSectionTitle {
                visible: controller.canAsk
                text: qsTr("Een GI-collega om advies vragen")
            }
            Label {
                Layout.fillWidth: true
                visible: controller.canAsk
                text: qsTr("Zonder toestemming van het gezin en zonder iets dat het gezin "
                           + "herkenbaar maakt: geen namen, geboortedata, adressen of nummers. "
                           + "Van welke casus de vraag komt, blijft op deze tablet.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
            TextField {
                id: toOrg

                objectName: "consultOrg"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                visible: controller.canAsk
                text: controller.suggestedOrg
                placeholderText: qsTr("GI-organisatie, bijvoorbeeld GI Midden-Nederland")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Aan welke GI-organisatie")
            }
            ComboBox {
                id: topic

                objectName: "consultTopic"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                visible: controller.canAsk
                textRole: "label"
                valueRole: "value"
                model: controller.topics
                Accessible.name: qsTr("Over welke veiligheidsvraag")
            }
            TextArea {
                id: question

                objectName: "consultQuestion"
                Layout.fillWidth: true
                Layout.minimumHeight: 120
                visible: controller.canAsk
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Je vraag, zonder namen")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Je vraag")
            }
            VwButton {
                objectName: "askConsultation"
                visible: controller.canAsk
                text: qsTr("Vraag versturen")
                Accessible.name: qsTr("Vraag om meedenken versturen")
                onClicked: if (controller.ask(toOrg.text, question.text,
                                              topic.currentValue).length > 0) question.clear()
            }
            VwNotice {
                objectName: "consultError"
                Layout.fillWidth: true
                text: controller.errorText
            }
            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: controller.canAnswer ? qsTr("Gevraagd aan je organisatie")
                                           : qsTr("Gestelde vragen")
            }
            Repeater {
                model: controller.consultations

                delegate: ConsultationCard {
                    Layout.fillWidth: true
                }
                onItemAdded: (index, item) => {
                    const card = item as ConsultationCard;
                    card.answerRequested.connect(answerDialog.openFor);
                    card.linkRequested.connect(controller.link);
                }
            }
            Label {
                Layout.fillWidth: true
                visible: controller.count === 0
                text: qsTr("Nog geen vragen om meedenken.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
        }
    }

    AnswerDialog {
        id: answerDialog

        controller: controller
    }
}
