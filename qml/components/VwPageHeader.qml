import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The bar on top of a page: an optional back button, a title, a short subtitle and actions on
// the right.
Rectangle {
    id: root

    property string title
    property string subtitle
    property bool showBack: false
    property string backText: qsTr("Terug")
    default property alias actions: actionRow.data

    signal backClicked()

    implicitHeight: 88
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: root.showBack ? Theme.spacingSmall : Theme.spacingLarge
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        VwButton {
            objectName: "backButton"
            visible: root.showBack
            flat: true
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            text: "\u2039  " + root.backText
            font.pixelSize: Theme.fontBody
            onClicked: root.backClicked()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.title
                elide: Text.ElideRight
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.textPrimary
            }
            Label {
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

            Layout.fillWidth: false
            spacing: Theme.spacingSmall
        }
        // The privacy screen, one tap from every page (PrivacyShield); on a narrow screen the
        // icon alone, so the page's title keeps its room.
        VwButton {
            id: privacyButton

            objectName: "privacyButton"
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
                    visible: root.width >= 1000
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
