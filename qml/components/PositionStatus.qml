import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The position at check-in or check-out while it is sought: the question (setting "ask"),
// "wordt bepaald…" with the way out, the fix with its accuracy and age, or why there is none.
// Never a reason to wait: the visit goes on without a position.
ColumnLayout {
    id: root

    required property VisitController controller
    readonly property int state: root.controller.positionState

    spacing: Theme.spacingSmall
    visible: root.state !== VisitController.NotAsked

    VwSectionTitle {
        text: qsTr("Positie")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        BusyIndicator {
            visible: root.state === VisitController.Seeking
            running: visible
            implicitWidth: 40
            implicitHeight: 40
        }
        Label {
            objectName: "positionText"
            Layout.fillWidth: true
            text: root.controller.positionText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        visible: root.state === VisitController.Asking || root.state === VisitController.Seeking

        VwButton {
            objectName: "allowPositionButton"
            visible: root.state === VisitController.Asking
            text: qsTr("Ja, positie bepalen")
            Accessible.name: text
            onClicked: root.controller.allowPosition()
        }
        VwButton {
            objectName: "declinePositionButton"
            text: root.state === VisitController.Asking ? qsTr("Nee, zonder positie")
                                                        : qsTr("Nu verder zonder positie")
            flat: true
            Accessible.name: text
            onClicked: root.controller.declinePosition()
        }
    }
}
