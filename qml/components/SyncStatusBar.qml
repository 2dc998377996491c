import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Veldwerk

// How this device stands with the server, in one calm strip: syncing or not, the last sync (or
// what went wrong), changes still waiting, disagreements and refused changes, and the
// "Synchroniseren" button. Not enrolled: one quiet line, no button, no errors.
Rectangle {
    id: root

    required property SyncService sync

    // The worker wants to see the refused changes.
    signal quarantineRequested()

    readonly property bool problem: root.sync.phase === SyncService.Failed
                                    || root.sync.phase === SyncService.Offline

    implicitHeight: Math.max(row.implicitHeight + 2 * Theme.spacingSmall, Theme.touchTarget + 16)
    radius: Theme.radius
    color: root.problem ? Theme.warnSurface : Theme.surface
    border.color: root.problem ? Theme.warnBorder : Theme.divider

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacingSmall
        spacing: Theme.spacing

        Item {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28

            BusyIndicator {
                objectName: "syncBusy"
                anchors.fill: parent
                running: root.sync.syncing
                visible: running
            }
            // Green: in contact with the server; amber: not now; grey: no server.
            Rectangle {
                anchors.centerIn: parent
                width: 14
                height: 14
                radius: 7
                visible: !root.sync.syncing
                color: root.problem ? Theme.missingMark
                     : root.sync.enrolled ? Theme.accent : Theme.divider
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "syncStatus"
                Layout.fillWidth: true
                text: root.sync.statusText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody - 2
                font.weight: Font.Medium
                color: root.problem ? Theme.warnText : Theme.textPrimary
            }
            Label {
                objectName: "syncDetails"
                Layout.fillWidth: true
                visible: root.sync.enrolled
                text: {
                    const parts = [];
                    if (root.problem && root.sync.lastSyncText.length > 0) {
                        parts.push(root.sync.lastSyncText);
                    }
                    parts.push(root.sync.pendingCount === 0
                               ? qsTr("Alles is verstuurd")
                               : root.sync.pendingCount === 1
                                 ? qsTr("1 wijziging wacht op verzending")
                                 : qsTr("%1 wijzigingen wachten op verzending")
                                   .arg(root.sync.pendingCount));
                    if (!root.sync.online) {
                        parts.push(qsTr("geen netwerk"));
                    }
                    return parts.join("  ·  ");
                }
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall - 1
                color: Theme.textSecondary
            }
        }
        ConflictChip {
            count: root.sync.conflictCount
        }
        VwButton {
            objectName: "quarantineButton"
            visible: root.sync.quarantineCount > 0
            flat: true
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            text: root.sync.quarantineCount === 1 ? qsTr("1 geweigerde wijziging")
                                                  : qsTr("%1 geweigerde wijzigingen")
                                                    .arg(root.sync.quarantineCount)
            Material.foreground: Theme.errorText
            onClicked: root.quarantineRequested()
        }
        VwButton {
            objectName: "syncButton"
            visible: root.sync.enrolled
            enabled: !root.sync.syncing
            highlighted: true
            text: qsTr("Synchroniseren")
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            onClicked: root.sync.syncNow()
        }
    }
}
