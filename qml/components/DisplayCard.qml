pragma ComponentBehavior: Bound

import QtQuick
import Inkchat.App

// Language, profile, colours, text size and the e-ink timing. The numbers'
// ranges and defaults are the theme's (IntSetting), so a box offers only
// what the app takes and "Reset" puts back what it starts with.
SettingsCard {
    id: card

    required property LanguageController language

    readonly property list<string> profiles: ["desktop", "eink", "adaptive"]

    title: qsTr("Display")

    // Label beside control; under it where two do not fit.
    Grid {
        columns: card.width < 520 ? 1 : 2
        columnSpacing: 12
        rowSpacing: 8
        verticalItemAlignment: Grid.AlignVCenter

        Text { text: qsTr("Language"); color: Theme.foreground; font.pixelSize: Theme.fontPixelSize }
        InkComboBox {
            objectName: "languageBox"
            model: card.language.languages
            textRole: "name"
            valueRole: "code"
            currentIndex: Math.max(0, indexOfValue(card.language.language))
            Accessible.name: qsTr("Language")
            onActivated: card.language.language = currentValue
        }

        Text { text: qsTr("Profile"); color: Theme.foreground; font.pixelSize: Theme.fontPixelSize }
        InkComboBox {
            objectName: "profileBox"
            model: card.profiles
            // From the list, not indexOfValue(): the box has no items yet
            // when the binding first runs, and -1 showed "desktop" on e-ink.
            currentIndex: Math.max(0, card.profiles.indexOf(Theme.profile))
            Accessible.name: qsTr("Display profile")
            onActivated: Theme.profile = currentText
        }

        // E-ink is black on white whatever the desktop's colours.
        Text {
            visible: !Theme.isEink
            text: qsTr("Colours")
            color: Theme.foreground
            font.pixelSize: Theme.fontPixelSize
        }
        InkComboBox {
            objectName: "colorSchemeBox"
            visible: !Theme.isEink
            model: [
                {value: "system", text: qsTr("As the system")},
                {value: "light", text: qsTr("Light")},
                {value: "dark", text: qsTr("Dark")}
            ]
            textRole: "text"
            valueRole: "value"
            currentIndex: Math.max(0, indexOfValue(Theme.colorScheme))
            Accessible.name: qsTr("Colours")
            onActivated: Theme.colorScheme = currentValue
        }

        Text { text: qsTr("Font size (px)"); color: Theme.foreground; font.pixelSize: Theme.fontPixelSize }
        IntSettingBox {
            boxName: "fontSizeBox"
            resetName: "fontSizeResetButton"
            setting: Theme.fontPixelSizeSetting
            value: Theme.fontPixelSize
            name: qsTr("Font size in pixels")
            onEdited: (value) => Theme.fontPixelSize = value
            onResetRequested: Theme.resetTextSize()
        }

        Text { text: qsTr("E-ink update interval (ms)"); color: Theme.foreground; font.pixelSize: Theme.fontPixelSize }
        IntSettingBox {
            boxName: "einkIntervalBox"
            resetName: "einkIntervalResetButton"
            setting: Theme.einkIntervalSetting
            value: Theme.einkIntervalMs
            name: qsTr("E-ink update interval in milliseconds")
            onEdited: (value) => Theme.einkIntervalMs = value
            onResetRequested: Theme.resetEinkInterval()
        }

        // The flash is scheduled by the area refreshed since the last
        // one (platform::Display), not by counting updates.
        Text {
            objectName: "fullRefreshLabel"
            text: qsTr("Full refresh after N screens of updates")
            // Longer than its neighbours, longer still translated.
            width: Math.min(implicitWidth, card.width - 2 * card.padding)
            wrapMode: Text.Wrap
            color: Theme.foreground
            font.pixelSize: Theme.fontPixelSize
        }
        IntSettingBox {
            boxName: "fullRefreshBox"
            resetName: "fullRefreshResetButton"
            setting: Theme.fullRefreshSetting
            value: Theme.fullRefreshEvery
            name: qsTr("Full e-ink refresh after N screens of partial updates")
            onEdited: (value) => Theme.fullRefreshEvery = value
            onResetRequested: Theme.resetFullRefreshEvery()
        }
    }
}
