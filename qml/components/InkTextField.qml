pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat.App

// A one-line text field drawn from the theme (no grey fill on e-ink).
TextField {
    id: field


    font.pixelSize: Theme.fontPixelSize
    color: Theme.foreground
    placeholderTextColor: Theme.muted
    selectionColor: Theme.foreground
    selectedTextColor: Theme.background
    Accessible.name: field.placeholderText

    background: Rectangle {
        implicitWidth: 200
        implicitHeight: Math.max(Theme.isEink ? 48 : 32, Theme.touchTarget)
        color: Theme.background
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.isEink ? 0 : 3

        FocusRing {
            shown: field.activeFocus
        }
    }
}
