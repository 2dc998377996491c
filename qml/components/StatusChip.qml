import QtQuick
import Veldwerk

// An assessment's status in Dutch, coloured by what it asks of the worker: a concept is still
// theirs, returned needs them again, submitted waits, approved is done.
VwChip {
    id: root

    // draft | submitted | approved | returned
    property string status

    textColor: root.status === "returned" ? Theme.warnText
             : root.status === "approved" ? Theme.doneText
             : Theme.primary
    fill: root.status === "returned" ? Theme.warnSurface
        : root.status === "approved" ? Theme.doneSurface
        : root.status === "submitted" ? Theme.surface
        : Theme.infoSurface
    edge: root.status === "returned" ? Theme.warnBorder
        : root.status === "approved" ? Theme.doneText
        : Theme.infoBorder
}
