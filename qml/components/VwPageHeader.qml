import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Veldwerk

// The bar on top of a page: an optional back button, a title, a short subtitle, the page's actions,
// and on every page the crisis numbers and the privacy screen. When one line cannot hold them all
// with the whole title (portrait, a long family name), the page's actions move to a second line
// and the privacy button shows its icon alone, so the title keeps its room.
Rectangle {
    id: root

    property string title
    property string subtitle
    property bool showBack: false
    property string backText: qsTr("Terug")
    default property alias actions: actionRow.data
    // What one line needs (implicit widths do not depend on the layout, so no binding loop).
    readonly property real oneLineWidth: grid.anchors.leftMargin + grid.anchors.rightMargin
                                         + (backButton.visible ? backButton.implicitWidth : 0)
                                         + Math.max(titleLabel.implicitWidth,
                                                    subtitleLabel.implicitWidth)
                                         + actionRow.implicitWidth + crisisButton.implicitWidth
                                         + Theme.touchTarget + privacyText.advanceWidth
                                         + 5 * Theme.spacing
    readonly property bool narrow: width < oneLineWidth

    signal backClicked()

    implicitHeight: Math.max(88, grid.implicitHeight + 2 * Theme.spacingSmall)
    color: Theme.surface

    // The privacy button's label, measured here: an id inside its deferred contentItem would not be.
    TextMetrics {
        id: privacyText

        font: privacyButton.font
        text: privacyButton.text
    }

    GridLayout {
        id: grid

        anchors.fill: parent
        anchors.leftMargin: root.showBack ? Theme.spacingSmall : Theme.spacingLarge
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacingSmall
        anchors.bottomMargin: Theme.spacingSmall
        columnSpacing: Theme.spacing
        rowSpacing: 0

        VwButton {
            id: backButton

            objectName: "backButton"
            Layout.row: 0
            Layout.column: 0
            visible: root.showBack
            flat: true
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            text: "\u2039  " + root.backText
            font.pixelSize: Theme.fontBody
            onClicked: root.backClicked()
        }
        ColumnLayout {
            Layout.row: 0
            Layout.column: 1
            Layout.fillWidth: true
            spacing: 2

            Label {
                id: titleLabel

                objectName: "pageTitle"
                Layout.fillWidth: true
                text: root.title
                // On a narrow screen a long title ("Risicotaxatie veiligheid kind — Sem") takes a
                // second line rather than losing its end.
                wrapMode: root.narrow ? Text.WordWrap : Text.NoWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.textPrimary
            }
            Label {
                id: subtitleLabel

                Layout.fillWidth: true
                text: root.subtitle
                visible: text.length > 0
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
        RowLayout {
            id: actionRow

            objectName: "pageActions"
            Layout.row: root.narrow ? 1 : 0
            Layout.column: root.narrow ? 0 : 2
            Layout.columnSpan: root.narrow ? 4 : 1
            Layout.fillWidth: false
            spacing: Theme.spacingSmall
        }
        // The crisis numbers (CrisisShortcut: the app shell's sheet, read from the vault).
        VwButton {
            id: crisisButton

            objectName: "crisisButton"
            Layout.row: 0
            Layout.column: root.narrow ? 2 : 3
            visible: CrisisShortcut.available
            text: qsTr("Crisis")
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            Material.background: Theme.errorText
            Material.foreground: Theme.surface
            Accessible.name: qsTr("Crisisnummers tonen")
            onClicked: CrisisShortcut.requested()
        }
        // The privacy screen, one tap from every page (PrivacyShield); on a narrow screen the
        // icon alone, so the page's title keeps its room.
        VwButton {
            id: privacyButton

            objectName: "privacyButton"
            Layout.row: 0
            Layout.column: root.narrow ? 3 : 4
            visible: PrivacyShield.available
            text: qsTr("Verbergen")
            flat: true
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            Accessible.name: qsTr("Scherm verbergen")
            onClicked: PrivacyShield.engage()

            contentItem: Row {
                spacing: Theme.spacingSmall

                VwHideIcon {
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
                    visible: !root.narrow
                    text: privacyButton.text
                    font: privacyButton.font
                    color: Theme.primary
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
