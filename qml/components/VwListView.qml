import QtQuick
import Veldwerk

// A list whose delegates report a tap as `activated(key)`: a delegate calls
// (ListView.view as VwListView).activated(key), and the page handles it where it declares the
// list. (Qt 6.4's qmllint cannot check a delegate reaching out to the page's ids directly.)
ListView {
    // What a delegate or footer that shows case records needs from the page, for the same reason.
    property CaseFileService caseFile: null
    property string assessmentId

    signal activated(string key)
}
