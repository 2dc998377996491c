import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Mijn casussen": the families this worker has on this device, under the sync status.
Page {
    id: root

    required property VaultSession session
    required property SyncService sync
    property CaseFileService caseFile

    // The worker tapped a family: the app opens its case page.
    signal caseOpened(string caseId)
    signal reviewRequested()
    signal settingsRequested()
    signal consultationsRequested()
    signal emergencyRequested()

    // Reads the cases again (after a case was closed on this tablet).
    function refresh() {
        cases.refresh();
    }

    background: Rectangle {
        color: Theme.background
    }

    CaseListModel {
        id: cases

        session: root.session
    }

    // Whether this user may ask for emergency access (JGT or supervisor).
    EmergencyAccessController {
        id: emergency

        caseFile: root.caseFile
        sync: root.sync
    }

    NewCaseController {
        id: newCase

        caseFile: root.caseFile
    }

    header: VwPageHeader {
        title: cases.supervisor && cases.scope === "team" ? qsTr("Casussen van het team")
                                                          : qsTr("Mijn casussen")
        subtitle: cases.count === 1 ? qsTr("1 casus op dit apparaat")
                                    : qsTr("%1 casussen op dit apparaat").arg(cases.count)

        VwButton {
            objectName: "reviewButton"
            visible: cases.supervisor
            text: qsTr("Beoordelen")
            flat: true
            Accessible.name: qsTr("Taxaties beoordelen")
            onClicked: root.reviewRequested()
        }
        VwButton {
            objectName: "newCaseButton"
            visible: !cases.supervisor && root.caseFile !== null
            text: qsTr("Nieuwe casus")
            flat: true
            Accessible.name: text
            onClicked: newCaseDialog.open()
        }
        VwButton {
            objectName: "emergencyButton"
            visible: emergency.allowed
            text: qsTr("Noodtoegang")
            flat: true
            Accessible.name: qsTr("Noodtoegang tot een casus vragen")
            onClicked: root.emergencyRequested()
        }
        VwButton {
            objectName: "settingsButton"
            text: qsTr("Instellingen")
            flat: true
            Accessible.name: text
            onClicked: root.settingsRequested()
        }
        VwButton {
            id: lockButton

            objectName: "lockButton"
            text: qsTr("Vergrendelen")
            Accessible.name: text
            flat: true
            onClicked: root.session.lock()

            contentItem: Row {
                spacing: Theme.spacingSmall

                VwLockIcon {
                    width: 18
                    height: 21
                    anchors.verticalCenter: parent.verticalCenter
                }
                // Portrait: the lock alone, so the page's title keeps its room.
                Label {
                    visible: root.width >= 1000
                    text: lockButton.text
                    font: lockButton.font
                    color: Theme.primary
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }

    SyncStatusBar {
        id: syncBar

        objectName: "syncBar"
        width: list.width
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: Theme.spacing
        sync: root.sync
        onQuarantineRequested: quarantine.open()
    }

    QuarantineDialog {
        id: quarantine

        sync: root.sync
    }

    RowLayout {
        id: searchRow

        width: list.width
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: syncBar.bottom
        anchors.topMargin: Theme.spacingSmall
        spacing: Theme.spacingSmall

        TextField {
            objectName: "caseSearch"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Zoek op naam")
            font.pixelSize: Theme.fontBody
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Zoek een casus op naam")
            onTextChanged: cases.filter = text
        }
        // Here rather than in the header: in portrait the header has no room left for its title.
        VwButton {
            objectName: "consultationsListButton"
            visible: !cases.supervisor && root.caseFile !== null
            text: qsTr("Meedenken")
            flat: true
            Accessible.name: qsTr("Meedenken: anoniem advies van de GI")
            onClicked: root.consultationsRequested()
        }
        VwChoiceButton {
            visible: cases.supervisor
            text: qsTr("Mijn casussen")
            selected: cases.scope === "mine"
            Accessible.name: text
            onClicked: cases.scope = "mine"
        }
        VwChoiceButton {
            visible: cases.supervisor
            text: qsTr("Team")
            selected: cases.scope === "team"
            Accessible.name: qsTr("Alle casussen van het team")
            onClicked: cases.scope = "team"
        }
    }

    OverdueVisitsController {
        id: overdue

        caseFile: root.caseFile
    }
    OverdueVisitsPanel {
        id: overduePanel

        objectName: "overduePanel"
        width: list.width
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: searchRow.bottom
        anchors.topMargin: visible ? Theme.spacing : 0
        height: visible ? implicitHeight : 0
        controller: overdue
    }

    TeamRemindersController {
        id: teamReminders

        caseFile: root.caseFile
    }
    TeamRemindersPanel {
        id: teamRemindersPanel

        objectName: "teamRemindersPanel"
        width: list.width
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: overduePanel.bottom
        anchors.topMargin: visible ? Theme.spacing : 0
        height: visible ? implicitHeight : 0
        controller: teamReminders
    }

    VwListView {
        id: list

        objectName: "caseList"
        // A readable column on a wide tablet rather than lines across the whole screen.
        width: Math.min(Theme.contentWidth, parent.width - 2 * Theme.spacing)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: teamRemindersPanel.bottom
        anchors.bottom: parent.bottom
        topMargin: Theme.spacing
        bottomMargin: Theme.spacingLarge
        spacing: Theme.spacingSmall + 4
        clip: true
        model: cases
        delegate: CaseDelegate {
            id: caseDelegate

            width: ListView.view.width
            onClicked: (ListView.view as VwListView).activated(caseDelegate.caseId)
        }
        onActivated: caseId => root.caseOpened(caseId)
        ScrollBar.vertical: ScrollBar {}
    }

    Label {
        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth, parent.width - 2 * Theme.spacing)
        visible: cases.count === 0
        text: qsTr("Er staan nog geen casussen op dit apparaat. Casussen komen hier zodra ze "
                   + "met je apparaat zijn gesynchroniseerd.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }

    Dialog {
        id: newCaseDialog

        objectName: "newCaseDialog"
        anchors.centerIn: parent
        width: Math.min(Theme.cardWidth, root.width - 2 * Theme.spacing)
        modal: true
        title: qsTr("Nieuwe casus")
        onOpened: newCaseName.forceActiveFocus()

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingSmall

            TextField {
                id: newCaseName

                objectName: "newCaseName"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Naam van het gezin, bijvoorbeeld Gezin De Vries")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Naam van het gezin")
                onAccepted: newCaseDialog.accept()
            }
            VwNotice {
                Layout.fillWidth: true
                text: newCase.errorText
            }
        }
        footer: VwConfirmFooter {
            dialog: newCaseDialog
            confirmText: qsTr("Aanmaken")
            confirmName: qsTr("Casus aanmaken")
            onConfirmed: newCaseDialog.accept()
        }
        onAccepted: {
            const id = newCase.create(newCaseName.text);
            newCaseName.clear();
            if (id.length > 0) {
                cases.refresh();
                root.caseOpened(id);
            } else {
                newCaseDialog.open();
            }
        }
    }
}
