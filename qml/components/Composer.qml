pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat
import Inkchat.App

// Where the user writes. Enter sends, Shift+Enter starts a new line; while
// a reply streams the button stops it. The text stays until it was sent.
Rectangle {
    id: root

    required property ChatController chat
    required property ThemeController theme

    function send() {
        if (root.chat.send(input.text))
            input.clear()
    }

    function focusInput() {
        input.forceActiveFocus()
    }

    implicitHeight: Math.max(scroll.implicitHeight, action.implicitHeight) + 16
    color: root.theme.background
    border.color: root.theme.border
    border.width: root.theme.borderWidth

    ScrollView {
        id: scroll

        anchors.left: parent.left
        anchors.right: action.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 8
        implicitHeight: Math.min(input.implicitHeight, root.theme.fontPixelSize * 8)
        height: scroll.implicitHeight

        TextArea {
            id: input

            objectName: "messageInput"
            wrapMode: TextArea.Wrap
            font.pixelSize: root.theme.fontPixelSize
            color: root.theme.foreground
            placeholderText: qsTr("Write a message. Enter sends, Shift+Enter starts a new line.")
            placeholderTextColor: root.theme.muted
            selectionColor: root.theme.foreground
            selectedTextColor: root.theme.background
            background: null
            focus: true
            Accessible.name: qsTr("Message")
            Accessible.description: placeholderText

            Keys.onPressed: (event) => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        && !(event.modifiers & Qt.ShiftModifier)) {
                    root.send()
                    event.accepted = true
                }
            }
        }
    }

    InkButton {
        id: action

        objectName: "sendButton"
        theme: root.theme
        primary: true
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 8
        text: root.chat.isBusy ? qsTr("Stop") : qsTr("Send")
        enabled: root.chat.isBusy || input.text.trim().length > 0
        Accessible.description: root.chat.isBusy ? qsTr("Stop the reply; what arrived is kept")
                                                 : qsTr("Send the message")
        onClicked: root.chat.isBusy ? root.chat.stop() : root.send()
    }
}
