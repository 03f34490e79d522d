pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard of the kiosk build, loaded only there so desktop
// installs do not need the module. Black and white (qml/keyboard/style.qml).
// It slides nowhere: it is either shown or not, and it takes room only
// while shown. It goes away while a reply streams, so the reply has the
// screen, and when the composer loses focus (Qt hides it then).
InputPanel {
    id: panel

    /// A reply is streaming: the keyboard makes way for it.
    property bool suppressed: false
    readonly property bool shown: panel.active && !panel.suppressed

    visible: panel.shown
    height: panel.shown ? panel.implicitHeight : 0

    Component.onCompleted: VirtualKeyboardSettings.styleName = "inkchat"
}
