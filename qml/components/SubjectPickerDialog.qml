import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "For which child?": asked before a per-child (or per-parent) instrument starts.
Dialog {
    id: root

    // [{personId, name, detail}]
    property var people: []
    property string formId
    property string instrumentTitle
    property string question: qsTr("Voor wie vul je dit in?")

    signal picked(string formId, string personId)

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Theme.cardWidth
    padding: Theme.spacingLarge
    title: root.question

    header: Label {
        text: root.title
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge
        topPadding: Theme.spacingLarge
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontTitle - 4
        font.weight: Font.DemiBold
        color: Theme.textPrimary
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: root.instrumentTitle
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }
        Label {
            Layout.fillWidth: true
            visible: root.people.length === 0
            text: qsTr("Er zijn in deze casus nog geen personen vastgelegd voor wie dit instrument "
                       + "bedoeld is.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.errorText
        }
        VwListView {
            objectName: "subjectList"
            Layout.fillWidth: true
            implicitHeight: contentHeight
            interactive: false
            spacing: Theme.spacingSmall
            model: root.people
            onActivated: personId => {
                root.close();
                root.picked(root.formId, personId);
            }

            delegate: SubjectChoice {
                id: choice

                width: ListView.view.width
                onClicked: (ListView.view as VwListView).activated(choice.personId)
            }
        }
        VwButton {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Annuleren")
            flat: true
            onClicked: root.close()
        }
    }
}
