import QtQuick
import QtQuick.Controls
import Veldwerk

// On the case page: "Bezoek starten", or "Aansluiten bij het bezoek" while the colleague's visit
// to this family runs; hidden while this professional is on a visit.
VwButton {
    id: root

    property VisitController visits
    required property string caseId
    readonly property string joinable: root.visits && root.visits.revision >= 0
                                       ? root.visits.joinableVisit(root.caseId) : ""

    objectName: "visitStartButton"
    visible: root.visits !== null && !root.visits.running && root.visits.revision >= 0
             && root.visits.canVisit(root.caseId)
    highlighted: true
    text: root.joinable.length > 0 ? qsTr("Aansluiten bij het bezoek") : qsTr("Bezoek starten")
    Accessible.name: root.joinable.length > 0 ? qsTr("Aansluiten bij het bezoek van je collega")
                                              : qsTr("Bezoek aan dit gezin starten")
    onClicked: root.joinable.length > 0 ? root.visits.prepareJoin(root.caseId)
                                        : root.visits.prepareStart(root.caseId)
}
