pragma Singleton

import QtQuick

// The "Crisis" button in every page header asks; the app shell's one crisis card sheet shows
// (CrisisCardSheet). A header cannot reach the shell, and one sheet keeps one model of the card.
QtObject {
    // While the vault is open: the card is read from it.
    property bool available: false

    signal requested()
}
