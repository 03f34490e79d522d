pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat.App

// A whole-number setting: a spin box offering exactly the setting's range
// (an IntSetting defined once in C++), and a button that puts its default
// back. The button wraps under the box where both do not fit.
Flow {
    id: control

    required property intSetting setting
    required property int value
    /// What the setting is, for screen readers: "Font size in pixels".
    required property string name
    /// The spin box's and the button's object names, for tests.
    property string boxName: ""
    property string resetName: ""

    /// The user changed the value (typed, arrows, wheel).
    signal edited(int value)
    signal resetRequested()

    spacing: 8

    SpinBox {
        objectName: control.boxName
        from: control.setting.minimum
        to: control.setting.maximum
        stepSize: control.setting.step
        value: control.value
        editable: true
        font.pixelSize: Theme.fontPixelSize
        Accessible.name: control.name
        onValueModified: control.edited(value)
    }
    InkButton {
        objectName: control.resetName
        text: qsTr("Reset")
        enabled: control.value !== control.setting.defaultValue
        Accessible.name: qsTr("Reset to the default, %1").arg(control.setting.defaultValue)
        Accessible.description: control.name
        onClicked: control.resetRequested()
    }
}
