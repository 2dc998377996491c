import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Veldwerk

// The window: the unlock page while the vault is closed, the case list while it is open.
ApplicationWindow {
    id: root

    // Session is the app's one VaultSession, published by main.cpp through
    // qmlRegisterSingletonInstance. Linting cannot see runtime registrations, hence this one
    // suppression; everything else goes through the typed property and is checked.
    readonly property VaultSession session: Session // qmllint disable unqualified
    readonly property bool unlocked: root.session.state === VaultSession.Unlocked

    function showCurrentPage(transition) {
        stack.replace(null, root.unlocked ? caseListPage : unlockPage,
                      { session: root.session }, transition);
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("Veldwerk")
    color: Theme.background
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    // Locking replaces the case list at once, without an animation that would keep it visible.
    onUnlockedChanged: root.showCurrentPage(root.unlocked ? StackView.ReplaceTransition
                                                          : StackView.Immediate)
    Component.onCompleted: root.showCurrentPage(StackView.Immediate)

    StackView {
        id: stack

        anchors.fill: parent
    }

    Component {
        id: unlockPage

        UnlockPage {}
    }
    Component {
        id: caseListPage

        CaseListPage {}
    }
}
