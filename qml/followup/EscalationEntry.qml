import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One escalation on the case page: date and what happened, its outcome or that none is recorded,
// who recorded it; "Uitkomst vastleggen" while it has none and this user records it.
ColumnLayout {
    id: root

    // {escalationId, title, detail, needsOutcome} (CaseCourseController.escalations)
    required property var modelData

    signal outcomeRequested(string escalationId, string title)

    spacing: 0

    Label {
        Layout.fillWidth: true
        text: root.modelData.title
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        font.weight: Font.Medium
        color: Theme.textPrimary
    }
    Label {
        Layout.fillWidth: true
        text: root.modelData.detail
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
    VwButton {
        objectName: "outcomeButton"
        visible: root.modelData.needsOutcome
        flat: true
        text: qsTr("Uitkomst vastleggen")
        Accessible.name: qsTr("Uitkomst vastleggen van %1").arg(root.modelData.title)
        onClicked: root.outcomeRequested(root.modelData.escalationId, root.modelData.title)
    }
}
