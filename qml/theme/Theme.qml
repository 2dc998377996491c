pragma Singleton
import QtQuick

// Colours, spacing and type sizes: calm, high-contrast, tablet-sized touch targets (48 px+).
QtObject {
    readonly property color background: "#F3F5F7"
    readonly property color surface: "#FFFFFF"
    readonly property color primary: "#1F4E79"
    readonly property color accent: "#2E7D6B"
    readonly property color textPrimary: "#1C2430"
    readonly property color textSecondary: "#55606E"
    readonly property color divider: "#DDE2E8"
    readonly property color errorText: "#8A1C1C"
    readonly property color errorSurface: "#FCEDEC"
    readonly property color errorBorder: "#E8B4B0"
    readonly property color infoSurface: "#EAF1F8"
    readonly property color infoBorder: "#B9CFE4"
    // Rule kinds: require blocks (red), warn needs a justification (amber), suggest (blue: the
    // info colours), flag puts it before the supervisor (violet).
    readonly property color warnText: "#6B4A00"
    readonly property color warnSurface: "#FFF5DF"
    readonly property color warnBorder: "#E6C372"
    readonly property color flagText: "#4B2E83"
    readonly property color flagSurface: "#F2EEFA"
    readonly property color flagBorder: "#C8B8E6"
    readonly property color doneText: "#1E5E50"
    readonly property color doneSurface: "#E7F4EF"
    readonly property color missingMark: "#C77700"

    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 32
    readonly property int radius: 12

    readonly property int touchTarget: 56
    readonly property int fontSmall: 16
    readonly property int fontBody: 19
    readonly property int fontTitle: 28
    readonly property int fontHeadline: 32

    readonly property int cardWidth: 600
    readonly property int contentWidth: 880
    readonly property int sectionNavWidth: 230
    readonly property int rulesPanelWidth: 370
}
