// SPDX-FileCopyrightText: 2026 The Inkchat authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles

// The on-screen keyboard in black and white, for e-ink and kiosk screens:
// white keys with black borders and black labels, a pressed key inverted,
// no key previews, pop-ups or transitions (each would be a panel refresh).
// Qt's own styles are dark grey with a green Shift: a smear on e-ink.
// Labels are characters DejaVu Sans has, not icons in colour.
KeyboardStyle {
    id: style

    readonly property color ink: "#000000"
    readonly property color paper: "#ffffff"
    readonly property real labelPixelSize: Math.round(60 * style.scaleHint)

    // A key: white with a black border; black while pressed or active
    // (Shift held, Caps Lock on), so what is on is seen without colour.
    // (An inline component sees none of the style's ids: sizes come from
    // the key itself.)
    component InkKey: KeyPanel {
        id: key

        property string label: key.control ? key.control.displayText : ""
        property bool active: false
        readonly property bool inverted: key.active || (key.control !== null && key.control.pressed)

        Rectangle {
            anchors.fill: parent
            anchors.margins: Math.max(2, Math.round(key.height * 0.04))
            color: key.inverted ? "#000000" : "#ffffff"
            border.color: "#000000"
            border.width: Math.max(2, Math.round(key.height * 0.03))
            opacity: key.control && key.control.enabled ? 1 : 0.4

            Text {
                anchors.fill: parent
                anchors.margins: parent.border.width * 2
                text: key.label
                color: key.inverted ? "#ffffff" : "#000000"
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                fontSizeMode: Text.Fit
                minimumPixelSize: 8
                font.pixelSize: Math.round(key.height * 0.42)
                font.capitalization: key.control && key.control.uppercased ? Font.AllUppercase : Font.MixedCase
                renderType: Text.NativeRendering
            }
        }
    }

    keyboardDesignWidth: 2560
    keyboardDesignHeight: 800
    keyboardRelativeLeftMargin: 6 / style.keyboardDesignWidth
    keyboardRelativeRightMargin: 6 / style.keyboardDesignWidth
    keyboardRelativeTopMargin: 6 / style.keyboardDesignHeight
    keyboardRelativeBottomMargin: 6 / style.keyboardDesignHeight

    keyboardBackground: Rectangle {
        color: style.paper
        Rectangle {
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            height: 2
            color: style.ink
        }
    }

    keyPanel: InkKey {}
    backspaceKeyPanel: InkKey { label: "⌫" }
    languageKeyPanel: InkKey { label: InputContext.locale.substring(0, 2).toUpperCase() }
    enterKeyPanel: InkKey { label: "⏎" }
    hideKeyPanel: InkKey { label: "⌨↓" }
    shiftKeyPanel: InkKey {
        label: "⇧"
        active: InputContext.capsLockActive || InputContext.shiftActive
    }
    spaceKeyPanel: InkKey { label: "" }
    symbolKeyPanel: InkKey {}
    modeKeyPanel: InkKey {}
    handwritingKeyPanel: InkKey {}

    // No preview bubble over the pressed key: one more refresh per letter.
    characterPreviewMargin: 0
    characterPreviewDelegate: null

    // Long press for ä, é, ё: the alternatives in a black-bordered strip.
    alternateKeysListItemWidth: 120 * style.scaleHint
    alternateKeysListItemHeight: 170 * style.scaleHint
    alternateKeysListDelegate: Item {
        id: alternative

        width: style.alternateKeysListItemWidth
        height: style.alternateKeysListItemHeight

        Text {
            anchors.centerIn: parent
            text: model.text
            color: alternative.ListView.isCurrentItem ? style.paper : style.ink
            font.pixelSize: style.labelPixelSize
            renderType: Text.NativeRendering
        }
    }
    alternateKeysListHighlight: Rectangle {
        color: style.ink
    }
    alternateKeysListBackground: Rectangle {
        color: style.paper
        border.color: style.ink
        border.width: 3
    }

    selectionListHeight: 85 * style.scaleHint
    selectionListDelegate: SelectionListItem {
        id: candidate

        width: Math.round(candidateText.implicitWidth + 40 * style.scaleHint)
        Text {
            id: candidateText

            anchors.centerIn: parent
            text: display
            color: style.ink
            font.pixelSize: 44 * style.scaleHint
            renderType: Text.NativeRendering
        }
    }
    selectionListBackground: Rectangle {
        color: style.paper
        border.color: style.ink
        border.width: 2
    }
    selectionListAdd: null
    selectionListRemove: null
    navigationHighlight: Rectangle {
        color: "transparent"
        border.color: style.ink
        border.width: 5
    }
    popupListAdd: null
    popupListRemove: null
    languageListAdd: null
    languageListRemove: null
}
