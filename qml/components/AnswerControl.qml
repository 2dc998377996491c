import QtQuick
import Veldwerk

// The input for one answer, by its type: Ja / Nee / Onbekend as three large buttons, a choice
// or a scale as a row of buttons, a multi as check boxes, text as a text area, a date as a
// YYYY-MM-DD field. The input is loaded for the type only, and reads everything from this
// control (its host); every change goes straight to the controller, which stores it.
Loader {
    id: root

    property AssessmentController controller
    // An item id, or GROUP/ENTRY/FIELD for a field of a group entry.
    property string path
    property string answerType
    // [{value, label, selected}]
    property var options: []
    property string answer
    property bool editable: true
    // Smaller text fields, for the fields of a group entry.
    property bool compact: false
    // The question, for screen readers (what the input is named).
    property string question
    property string loadedFile

    function load() {
        const file = root.answerType === "jnv" ? "JnvAnswer.qml"
                   : root.answerType === "choice" ? "ChoiceAnswer.qml"
                   : root.answerType === "multi" ? "MultiAnswer.qml"
                   : root.answerType === "date" ? "DateAnswer.qml"
                   : root.answerType === "scale0_10" || root.answerType === "scale1_5"
                     ? "ScaleAnswer.qml"
                   : root.answerType === "text" ? "TextAnswer.qml" : "";
        if (file === root.loadedFile) {
            return;
        }
        root.loadedFile = file;
        if (file.length === 0) {
            root.source = "";
            return;
        }
        root.setSource(Qt.resolvedUrl(file), { host: root });
    }

    enabled: root.editable
    onAnswerTypeChanged: root.load()
    Component.onCompleted: root.load()
}
