pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat.App

// A push button drawn from the theme: flat, bordered, no hover fades or
// press animations, pure black and white on e-ink.
Button {
    id: control

    /// The main action of its row: filled on desktop, thick border on e-ink.
    property bool primary: false

    focusPolicy: Qt.StrongFocus
    padding: Theme.isEink ? 12 : 8
    font.pixelSize: Theme.fontPixelSize
    Accessible.name: control.text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary && !Theme.isEink ? Theme.background : Theme.foreground
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        // Greys do not exist on e-ink: a disabled button loses its border instead.
        opacity: control.enabled || Theme.isEink ? 1 : 0.5
    }

    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Math.max(Theme.isEink ? 48 : 32, Theme.touchTarget)
        color: control.primary && !Theme.isEink ? Theme.accent
             : control.down && !Theme.isEink ? Theme.surface
             : Theme.background
        border.color: Theme.border
        border.width: !control.enabled && Theme.isEink ? 0
                    : control.primary && Theme.isEink ? Theme.borderWidth * 2
                    : Theme.borderWidth
        radius: Theme.isEink ? 0 : 4

        FocusRing {
            shown: control.visualFocus
        }
    }
}
