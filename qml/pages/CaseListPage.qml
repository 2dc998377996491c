import QtQuick
import QtQuick.Controls
import Veldwerk

// "Mijn casussen": the families this worker has on this device, under the sync status.
Page {
    id: root

    required property VaultSession session
    required property SyncService sync

    // The worker tapped a family: the app opens its case page.
    signal caseOpened(string caseId)

    background: Rectangle {
        color: Theme.background
    }

    CaseListModel {
        id: cases

        session: root.session
    }

    header: VwPageHeader {
        title: qsTr("Mijn casussen")
        subtitle: cases.count === 1 ? qsTr("1 casus op dit apparaat")
                                    : qsTr("%1 casussen op dit apparaat").arg(cases.count)

        VwButton {
            id: lockButton

            objectName: "lockButton"
            text: qsTr("Vergrendelen")
            flat: true
            onClicked: root.session.lock()

            contentItem: Row {
                spacing: Theme.spacingSmall

                VwLockIcon {
                    width: 18
                    height: 21
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
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

    VwListView {
        id: list

        objectName: "caseList"
        // A readable column on a wide tablet rather than lines across the whole screen.
        width: Math.min(Theme.contentWidth, parent.width - 2 * Theme.spacing)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: syncBar.bottom
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
                   + "met uw apparaat zijn gesynchroniseerd.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }
}
