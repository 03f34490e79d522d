pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat.App

// A drop-down drawn from the theme: on e-ink, black on white with a border,
// no grey fill, no fade when it opens.
ComboBox {
    id: box


    font.pixelSize: Theme.fontPixelSize

    contentItem: Text {
        leftPadding: 8
        rightPadding: box.indicator.width + 8
        text: box.displayText
        font: box.font
        color: Theme.foreground
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    indicator: Text {
        x: box.width - width - 8
        anchors.verticalCenter: box.verticalCenter
        text: "▾"
        font: box.font
        color: Theme.foreground
    }
    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Math.max(Theme.isEink ? 48 : 32, Theme.touchTarget)
        color: Theme.background
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.isEink ? 0 : 3

        FocusRing {
            shown: box.visualFocus
        }
    }
    delegate: ItemDelegate {
        id: option

        required property int index
        /// A string, or an object whose textRole names its label.
        required property var modelData

        width: box.width
        highlighted: box.highlightedIndex === option.index
        contentItem: Text {
            text: box.textRole.length > 0 ? option.modelData[box.textRole] : option.modelData
            font: box.font
            color: option.highlighted ? Theme.background : Theme.foreground
        }
        background: Rectangle {
            color: option.highlighted ? Theme.foreground : Theme.background
        }
    }
    popup: Popup {
        y: box.height
        width: box.width
        padding: 1
        enter: null
        exit: null
        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            // The linter cannot see QQmlInstanceModel, delegateModel's type.
            model: box.popup.visible ? box.delegateModel : null // qmllint disable type
            currentIndex: box.highlightedIndex
        }
        background: Rectangle {
            color: Theme.background
            border.color: Theme.border
            border.width: Theme.borderWidth
        }
    }
}
