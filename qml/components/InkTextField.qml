pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat.App

// A one-line text field drawn from the theme (no grey fill on e-ink).
TextField {
    id: field

    required property ThemeController theme

    font.pixelSize: field.theme.fontPixelSize
    color: field.theme.foreground
    placeholderTextColor: field.theme.muted
    selectionColor: field.theme.foreground
    selectedTextColor: field.theme.background
    Accessible.name: field.placeholderText

    background: Rectangle {
        implicitWidth: 200
        implicitHeight: Math.max(field.theme.isEink ? 48 : 32, field.theme.touchTarget)
        color: field.theme.background
        border.color: field.theme.border
        border.width: field.theme.borderWidth
        radius: field.theme.isEink ? 0 : 3

        FocusRing {
            theme: field.theme
            shown: field.activeFocus
        }
    }
}
