pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import Inkchat
import Inkchat.App

// Where the user writes. Enter sends, Shift+Enter starts a new line; while
// a reply streams the button stops it. The text stays until it was sent.
// Images for a vision model come by the Attach button, by dropping files
// here or by pasting; they wait above the text, each with a remove button.
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

    readonly property AttachmentTray attachments: root.chat.attachments
    readonly property bool hasTray: root.attachments.count > 0 || root.attachments.error.length > 0

    implicitHeight: (root.hasTray ? tray.implicitHeight + 8 : 0) + Math.max(scroll.implicitHeight,
                                                                            action.implicitHeight) + 16
    color: Theme.background
    border.color: Theme.border
    border.width: Theme.borderWidth

    FocusRing {
        shown: input.activeFocus
    }

    Column {
        id: tray

        objectName: "attachmentTray"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        spacing: 4
        visible: root.hasTray

        Flow {
            width: parent.width
            spacing: 8

            Repeater {
                model: root.attachments

                Row {
                    id: pending

                    required property int index
                    required property string fileName
                    required property string size
                    required property string imageKey

                    spacing: 4

                    AttachmentThumbnail {
                        imageKey: pending.imageKey
                        side: Theme.fontPixelSize * 4
                    }
                    InkButton {
                        objectName: "removeAttachmentButton"
                        anchors.verticalCenter: parent.verticalCenter
                        padding: 4
                        text: "×"
                        Accessible.name: qsTr("Remove %1").arg(pending.fileName)
                        Accessible.description: qsTr("%1, %2").arg(pending.fileName).arg(pending.size)
                        onClicked: root.attachments.remove(pending.index)
                    }
                }
            }
        }
        Text {
            objectName: "attachmentError"
            width: parent.width
            visible: root.attachments.error.length > 0
            text: root.attachments.error
            wrapMode: Text.Wrap
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
            color: Theme.foreground
        }
    }

    FileDialog {
        id: attachDialog

        objectName: "attachDialog"
        title: qsTr("Attach images")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)")]
        onAccepted: root.attachments.addFiles(attachDialog.selectedFiles)
    }

    // The band of the text and the buttons, below the attachments.
    Item {
        id: inputBand

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(scroll.implicitHeight, action.implicitHeight) + 16
    }

    ScrollView {
        id: scroll

        anchors.left: parent.left
        anchors.right: replyActions.left
        anchors.verticalCenter: inputBand.verticalCenter
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
                } else if (event.matches(StandardKey.Paste) && root.attachments.paste()) {
                    // An image (or image files) on the clipboard is attached; text pastes as usual.
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
        anchors.verticalCenter: inputBand.verticalCenter
        anchors.rightMargin: 8
        spacing: 8

        InkButton {
            objectName: "attachButton"
            visible: root.chat.editingIndex < 0
            text: qsTr("Attach")
            Accessible.description: qsTr("Attach images for a model that reads them; you can also drop or paste them")
            onClicked: attachDialog.open()
        }
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
        anchors.verticalCenter: inputBand.verticalCenter
        anchors.margins: 8
        text: root.chat.isBusy ? qsTr("Stop") : root.chat.editingIndex >= 0 ? qsTr("Send edit") : qsTr("Send")
        enabled: root.chat.isBusy || input.text.trim().length > 0
                 || (root.attachments.count > 0 && root.chat.editingIndex < 0)
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

    // Files dropped anywhere on the composer are attached. Last, so it is
    // above the text field, which would take them as text.
    DropArea {
        objectName: "attachmentDropArea"
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: (drop) => {
            root.attachments.addFiles(drop.urls)
            drop.accept(Qt.CopyAction)
            input.forceActiveFocus()
        }
    }
}
