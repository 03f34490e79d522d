pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat.App

// A push button drawn from the theme: flat, bordered, no hover fades or
// press animations, pure black and white on e-ink.
Button {
    id: control

    required property ThemeController theme
    /// The main action of its row: filled on desktop, thick border on e-ink.
    property bool primary: false

    focusPolicy: Qt.StrongFocus
    padding: control.theme.isEink ? 12 : 8
    font.pixelSize: control.theme.fontPixelSize
    Accessible.name: control.text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary && !control.theme.isEink ? control.theme.background : control.theme.foreground
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        // Greys do not exist on e-ink: a disabled button loses its border instead.
        opacity: control.enabled || control.theme.isEink ? 1 : 0.5
    }

    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Math.max(control.theme.isEink ? 48 : 32, control.theme.touchTarget)
        color: control.primary && !control.theme.isEink ? control.theme.accent
             : control.down && !control.theme.isEink ? control.theme.surface
             : control.theme.background
        border.color: control.theme.border
        border.width: !control.enabled && control.theme.isEink ? 0
                    : control.primary && control.theme.isEink ? control.theme.borderWidth * 2
                    : control.theme.borderWidth
        radius: control.theme.isEink ? 0 : 4

        FocusRing {
            theme: control.theme
            shown: control.visualFocus
        }
    }
}
