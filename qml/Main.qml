import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Veldwerk

// The window around the app's navigation (AppShell).
ApplicationWindow {
    id: root

    // Session, CaseFile and Sync are the app's services, published by main.cpp through
    // qmlRegisterSingletonInstance. Linting cannot see runtime registrations, hence these
    // suppressions; everything else goes through the typed properties and is checked.
    readonly property VaultSession session: Session // qmllint disable unqualified
    readonly property CaseFileService caseFile: CaseFile // qmllint disable unqualified
    readonly property SyncService sync: Sync // qmllint disable unqualified

    // Opens a case or an assessment (used by main.cpp's --open for screenshots).
    function openRoute(route) {
        shell.openRoute(route);
    }

    // Shows one screen from the home screen (used by main.cpp's --screenshots).
    function showScreen(route) {
        shell.showScreen(route);
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("Veldwerk")
    color: Theme.background
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    AppShell {
        id: shell

        anchors.fill: parent
        session: root.session
        caseFile: root.caseFile
        sync: root.sync
    }
}
