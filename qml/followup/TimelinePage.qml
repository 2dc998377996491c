import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// "Tijdlijn": one case over time, per child (TimelineController): every risicotaxatie's safety and
// risk judgement with its date and who judged, the veiligheidsplan's scale scores per perspective,
// the current plan's agreements with their dates, and the phase and escalations. Said in words;
// colour only repeats what the text says.
Page {
    id: root

    required property CaseFileService caseFile
    required property string caseId

    signal backRequested()

    background: Rectangle {
        color: Theme.background
    }

    TimelineController {
        id: controller

        objectName: "timelineController"
        caseFile: root.caseFile
        caseId: root.caseId
    }

    header: VwPageHeader {
        showBack: true
        backText: qsTr("Casus")
        title: qsTr("Tijdlijn")
        subtitle: controller.caseName
        onBackClicked: root.backRequested()
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

            Repeater {
                model: controller.reminders

                delegate: Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: qsTr("Herinnering: %1").arg(modelData)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.warnText
                }
            }
            Repeater {
                model: controller.sections

                delegate: ColumnLayout {
                    id: timelineSection

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    VwSectionTitle {
                        Layout.fillWidth: true
                        text: timelineSection.modelData.heading
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: timelineSection.modelData.lines

                        delegate: Rectangle {
                            id: entry

                            required property var modelData

                            Layout.fillWidth: true
                            implicitHeight: entryColumn.implicitHeight + 2 * Theme.spacingSmall
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: entry.modelData.attention ? Theme.warnBorder
                                                                    : Theme.divider

                            ColumnLayout {
                                id: entryColumn

                                anchors.fill: parent
                                anchors.leftMargin: Theme.spacing
                                anchors.rightMargin: Theme.spacing
                                anchors.topMargin: Theme.spacingSmall
                                anchors.bottomMargin: Theme.spacingSmall
                                spacing: 2

                                Label {
                                    Layout.fillWidth: true
                                    text: entry.modelData.text
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.Medium
                                    color: entry.modelData.attention ? Theme.errorText
                                                                     : Theme.textPrimary
                                }
                                Label {
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: entry.modelData.detail
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textSecondary
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
