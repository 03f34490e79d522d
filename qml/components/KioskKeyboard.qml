pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.VirtualKeyboard

// The on-screen keyboard of the kiosk build, loaded only there so desktop
// installs do not need the module. It slides nowhere: it is either shown
// or not.
InputPanel {
    id: panel

    visible: panel.active
}
