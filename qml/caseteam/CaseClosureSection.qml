import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Closing the case when the help is done: the case number, why it cannot be closed yet, and the
// confirmation that says what closing does.
ColumnLayout {
    id: root

    required property CaseFileService caseFile
    required property string caseId
    // With it, closing the case syncs at once.
    property SyncService sync

    // The case was closed on this tablet.
    signal caseClosed()

    function ask() {
        closeDialog.open();
    }

    spacing: Theme.spacingSmall

    CaseClosureController {
        id: closureController

        caseFile: root.caseFile
        caseId: root.caseId
        sync: root.sync
        onCaseClosed: root.caseClosed()
    }

    VwSectionTitle {
        text: qsTr("Casus sluiten")
    }
    Label {
        objectName: "caseNumber"
        Layout.fillWidth: true
        text: qsTr("Casusnummer: %1").arg(root.caseId)
        wrapMode: Text.WrapAnywhere
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
    VwNotice {
        objectName: "closeError"
        Layout.fillWidth: true
        text: closureController.errorText
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            objectName: "closeWhyNot"
            Layout.fillWidth: true
            text: closureController.canClose
                  ? qsTr("Als de hulp klaar is: de casus gaat van alle tablets af en de "
                         + "server bewaart hem.")
                  : closureController.whyNot
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        VwButton {
            objectName: "closeCase"
            text: qsTr("Casus sluiten…")
            enabled: closureController.canClose
            Accessible.name: qsTr("Casus sluiten")
            Accessible.description: closureController.whyNot
            onClicked: closeDialog.open()
        }
    }

    CaseCloseDialog {
        id: closeDialog

        closure: closureController
    }
}
