import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The case file's people and team, one section each (qml/caseteam): the family members, the
// family's consent for the GI colleague, the members of the case with adding the GI colleague,
// the case's audit trail on this tablet, and closing the case.
Page {
    id: root

    required property CaseFileService caseFile
    required property string caseId
    property string caseName
    // With it, closing the case syncs at once.
    property SyncService sync

    signal backRequested()
    // The case was closed on this tablet: back to the case list.
    signal caseClosed()

    // Scrolls down and asks to confirm closing the case (used by --screenshots).
    function askClose() {
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
        closing.ask();
    }

    // Scrolls to the consent (used by --screenshots).
    function showConsent() {
        flick.contentY = Math.max(0, Math.min(consent.y, flick.contentHeight - flick.height));
    }

    background: Rectangle {
        color: Theme.background
    }

    CaseTeamController {
        id: teamController

        caseFile: root.caseFile
        caseId: root.caseId
    }

    header: VwPageHeader {
        showBack: true
        backText: qsTr("Casus")
        title: qsTr("Gezin en team")
        subtitle: root.caseName
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

            VwNotice {
                objectName: "teamError"
                Layout.fillWidth: true
                text: teamController.errorText
            }
            VwNotice {
                objectName: "emergencyAccess"
                Layout.fillWidth: true
                isError: false
                text: teamController.emergencyText
            }
            PersonsSection {
                Layout.fillWidth: true
                controller: teamController
                wide: root.width >= 1000
            }
            ConsentSection {
                id: consent

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                controller: teamController
            }
            MembersSection {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                controller: teamController
            }

            VwSectionTitle {
                Layout.topMargin: Theme.spacing
                text: qsTr("Logboek van de casus (op dit apparaat)")
            }
            Repeater {
                model: teamController.auditTrail

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: modelData.when + " · " + modelData.who + " · " + modelData.what
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }

            CaseClosureSection {
                id: closing

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                caseFile: root.caseFile
                caseId: root.caseId
                sync: root.sync
                onCaseClosed: root.caseClosed()
            }
        }
    }
}
