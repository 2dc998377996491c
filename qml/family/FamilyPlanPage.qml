import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Plan voor het gezin": the family's own copy of the case in plain Dutch, as the PDF shows it
// (FamilyPlanController: the veiligheidsplan and the finished taxaties' conclusions, never a
// professional-only item), with "PDF bewaren" and "Delen" (the PDF handed to the platform).
Page {
    id: root

    required property CaseFileService caseFile
    required property string caseId
    property string caseName

    signal backRequested()

    background: Rectangle {
        color: Theme.background
    }

    FamilyPlanController {
        id: controller

        caseFile: root.caseFile
        caseId: root.caseId
    }

    header: VwPageHeader {
        showBack: true
        backText: qsTr("Casus")
        title: qsTr("Plan voor het gezin")
        subtitle: root.caseName
        onBackClicked: root.backRequested()

        VwButton {
            objectName: "savePdfButton"
            text: qsTr("PDF bewaren")
            flat: true
            Accessible.name: text
            onClicked: controller.savePdf()
        }
        VwButton {
            objectName: "sharePdfButton"
            text: qsTr("Delen")
            Accessible.name: qsTr("Het plan als PDF delen met het gezin")
            onClicked: controller.share()
        }
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: (flick.width - width) / 2
            y: Theme.spacing
            width: Math.min(Theme.contentWidth, flick.width - 2 * Theme.spacing)
            spacing: Theme.spacingSmall

            VwNotice {
                objectName: "familyError"
                Layout.fillWidth: true
                text: controller.errorText
            }
            VwNotice {
                objectName: "familySaved"
                Layout.fillWidth: true
                isError: false
                text: controller.sharedText.length > 0
                      ? controller.sharedText + " " + qsTr("Bewaard als %1").arg(controller.savedPath)
                      : controller.savedPath.length > 0
                        ? qsTr("Bewaard als %1").arg(controller.savedPath) : ""
            }
            Label {
                Layout.fillWidth: true
                text: controller.title
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: controller.subtitle
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Repeater {
                model: controller.intro

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: modelData
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
            Repeater {
                model: controller.sections

                ColumnLayout {
                    id: planSection

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 4

                    VwSectionTitle {
                        Layout.fillWidth: true
                        text: planSection.modelData.heading
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: planSection.modelData.lines

                        Label {
                            required property var modelData

                            Layout.fillWidth: true
                            leftPadding: modelData.bullet || modelData.quote ? Theme.spacing : 0
                            text: (modelData.bullet ? "• " : "") + modelData.text
                            font.pixelSize: Theme.fontBody
                            font.italic: modelData.quote
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: controller.footer
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }
    }
}
