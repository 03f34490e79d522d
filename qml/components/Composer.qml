pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat
import Inkchat.App

// Where the user writes. Enter sends, Shift+Enter starts a new line; while
// a reply streams the button stops it. The text stays until it was sent.
// When the last reply ended early, Continue and Retry stand beside Send,
// where the keyboard and the eye already are.
Rectangle {
    id: root

    required property ChatController chat

    function send() {
        if (root.chat.send(input.text))
            input.clear()
    }

    function focusInput() {
        input.forceActiveFocus()
    }

    // "Edit" on a message of the transcript: its text comes here, and Send
    // sends it as a new version of that message.
    Connections {
        target: root.chat
        function onEditStarted(text: string) {
            input.text = text
            input.cursorPosition = input.length
            input.forceActiveFocus()
        }
    }

    implicitHeight: Math.max(scroll.implicitHeight, action.implicitHeight) + 16
    color: Theme.background
    border.color: Theme.border
    border.width: Theme.borderWidth

    FocusRing {
        shown: input.activeFocus
    }

    ScrollView {
        id: scroll

        anchors.left: parent.left
        anchors.right: replyActions.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 8
        implicitHeight: Math.min(input.implicitHeight, Theme.fontPixelSize * 8)
        height: scroll.implicitHeight

        TextArea {
            id: input

            objectName: "messageInput"
            wrapMode: TextArea.Wrap
            font.pixelSize: Theme.fontPixelSize
            color: Theme.foreground
            placeholderText: qsTr("Write a message. Enter sends, Shift+Enter starts a new line.")
            placeholderTextColor: Theme.muted
            selectionColor: Theme.foreground
            selectedTextColor: Theme.background
            background: null
            focus: true
            Accessible.name: qsTr("Message")
            Accessible.description: placeholderText

            Keys.onPressed: (event) => {
                // Tab moves on, as everywhere else in the window; a message
                // has no use for tab characters.
                if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
                    input.nextItemInFocusChain(event.key === Qt.Key_Tab).forceActiveFocus(
                        event.key === Qt.Key_Tab ? Qt.TabFocusReason : Qt.BacktabFocusReason)
                    event.accepted = true
                } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        && !(event.modifiers & Qt.ShiftModifier)) {
                    root.send()
                    event.accepted = true
                }
            }
        }
    }

    Row {
        id: replyActions

        anchors.right: action.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: replyActions.visible ? 8 : 0
        spacing: 8
        visible: root.chat.canContinue || root.chat.canRetry || root.chat.editingIndex >= 0
        width: replyActions.visible ? replyActions.implicitWidth : 0

        InkButton {
            objectName: "continueButton"
            visible: root.chat.canContinue
            text: qsTr("Continue")
            Accessible.description: qsTr("Ask for the rest of the last reply")
            // The button goes away with the reply it acted on; the
            // keyboard goes back to the message.
            onClicked: {
                root.chat.continueReply()
                input.forceActiveFocus()
            }
        }
        InkButton {
            objectName: "cancelEditButton"
            visible: root.chat.editingIndex >= 0
            text: qsTr("Cancel edit")
            Accessible.description: qsTr("Keep the message as it was")
            onClicked: {
                root.chat.cancelEdit()
                input.clear()
                input.forceActiveFocus()
            }
        }
        InkButton {
            objectName: "retryButton"
            visible: root.chat.canRetry
            text: qsTr("Retry")
            Accessible.description: qsTr("Ask for the last reply again from the start")
            onClicked: {
                root.chat.retry()
                input.forceActiveFocus()
            }
        }
    }

    InkButton {
        id: action

        objectName: "sendButton"
        primary: true
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 8
        text: root.chat.isBusy ? qsTr("Stop") : root.chat.editingIndex >= 0 ? qsTr("Send edit") : qsTr("Send")
        enabled: root.chat.isBusy || input.text.trim().length > 0
        Accessible.description: root.chat.isBusy ? qsTr("Stop the reply; what arrived is kept")
                                                 : qsTr("Send the message")
        onClicked: {
            if (root.chat.isBusy)
                root.chat.stop()
            else
                root.send()
            input.forceActiveFocus()
        }
    }
}
