pragma ComponentBehavior: Bound

import QtQuick
import Inkchat
import Inkchat.App

// One row of the transcript: a block of a message. Finished blocks never
// change, so their layout is done once; only the growing last block of a
// streaming reply is laid out again on each update.
Item {
    id: row

    required property ChatController chat
    required property int index
    required property int kind // TranscriptModel.BlockKind
    required property string text
    required property string language
    required property int role // Message.User or Message.Assistant
    required property int status // Message.Complete, Message.Streaming, ...
    required property string errorText
    /// A finished reply's model and token counts: "gpt-4o · 1,234 in · 567 out".
    required property string facts
    required property int messageIndex
    required property bool isFirstInMessage
    required property bool isLastInMessage
    required property bool isContinuation
    /// Which version of its turn the message is (from 1), of how many.
    required property int version
    required property int versionCount
    /// The first row of a message with images: their keys for
    /// image://attachment/ (AttachmentImages).
    required property var imageKeys

    /// Set on the rows of a search hit being shown: the words searched.
    property string highlightTerms: ""

    readonly property bool isUser: row.role === Message.User
    readonly property bool isCode: row.kind === TranscriptModel.Code
    /// A code block's first row starts with its language and a Copy button.
    readonly property bool hasCodeHeader: row.isCode && !row.isContinuation
    // Read by the buttons and by the row that holds them: a child's
    // `visible` is false while its parent is hidden, so it cannot decide
    // whether the parent shows.
    readonly property bool canEdit: row.isUser && !row.chat.isBusy && row.status !== Message.Pending
    readonly property bool canRegenerate: !row.isUser && row.chat.canRegenerate
                                          && row.messageIndex === row.chat.transcript.messageCount() - 1

    implicitHeight: column.implicitHeight

    FocusRing {
        inset: true
        shown: row.ListView.isCurrentItem && row.ListView.view.activeFocus
    }

    // A search hit is marked by a bar in the margin beside its message.
    Rectangle {
        objectName: "hitMarker"
        x: -Math.round(Theme.margin * 2 / 3)
        width: 4
        height: row.height
        visible: row.highlightTerms.length > 0
        color: Theme.focusColor
    }

    /// Selects the first of the searched words in the text, so the eye
    /// lands on it. (The search also finds "Belém" for "belem"; such a
    /// match is framed but not selected.)
    function selectMatch() {
        body.deselect()
        const text = body.getText(0, body.length).toLowerCase()
        for (const term of row.highlightTerms.toLowerCase().split(/\s+/)) {
            const at = term.length > 0 ? text.indexOf(term) : -1
            if (at >= 0) {
                body.select(at, at + term.length)
                return
            }
        }
    }
    onHighlightTermsChanged: row.selectMatch()

    /// The Copy button whose text was copied a moment ago: it says "Copied"
    /// for two seconds (once more on e-ink: two partial refreshes, no fade).
    property InkButton copiedFrom: null

    Timer {
        id: copiedShown

        interval: 2000
        onTriggered: row.copiedFrom = null
    }

    /// Copies the whole message, or else this row's code block if it is one
    /// (Ctrl+C on the row the keyboard is on), and says so on its button.
    function copy(wholeMessage: bool) {
        const code = wholeMessage ? "" : row.chat.transcript.codeText(row.index)
        row.chat.copyToClipboard(code.length > 0 ? code : row.chat.transcript.messageText(row.index))
        row.copiedFrom = code.length > 0 ? copyCode : copyMessage
        copiedShown.restart()
    }

    /// Whether a tap at `point` (in the row) lands on a link or a button.
    function isActionAt(point: point): bool {
        for (const button of [copyCode, copyMessage, previousVersion, nextVersion, editMessage, regenerate]) {
            if (button.visible && button.contains(row.mapToItem(button, point)))
                return true
        }
        const inBody = row.mapToItem(body, point)
        return body.contains(inBody) && body.linkAt(inBody.x, inBody.y).length > 0
    }
    Component.onCompleted: {
        if (row.highlightTerms.length > 0)
            row.selectMatch()
    }

    Column {
        id: column

        width: parent.width
        spacing: 4
        topPadding: row.isFirstInMessage ? Theme.margin / 2 : 0

        Text {
            visible: row.isFirstInMessage
            // A message written offline is kept and goes when the network is back.
            text: row.isUser ? (row.status === Message.Pending ? qsTr("You · not sent yet, waiting for the network")
                                                         : qsTr("You"))
                             : qsTr("Assistant")
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
            font.bold: true
            color: Theme.muted
        }

        // The message's images as thumbnails of a fixed size, so the page
        // is laid out once, before they are decoded (off the GUI thread);
        // on e-ink in dithered black and white.
        Flow {
            objectName: "messageImages"
            width: parent.width
            spacing: 8
            visible: row.imageKeys.length > 0

            Repeater {
                model: row.imageKeys

                AttachmentThumbnail {
                    required property string modelData

                    imageKey: modelData
                }
            }
        }

        Rectangle {
            id: frame

            width: parent.width
            height: body.y + body.implicitHeight + frame.inset
            readonly property int inset: row.isUser || row.isCode ? 8 : 0
            color: row.isUser || row.isCode ? Theme.surface : "transparent"
            border.color: Theme.border
            border.width: (row.isUser || row.isCode) && Theme.isEink ? 1 : 0
            visible: row.text.length > 0 || row.status !== Message.Streaming

            // A code block's first row: its language on the left, Copy on the right.
            Text {
                objectName: "codeLanguage"
                visible: row.hasCodeHeader
                anchors.left: parent.left
                anchors.leftMargin: frame.inset
                anchors.verticalCenter: copyCode.verticalCenter
                text: row.language
                font.family: Theme.monospaceFamily
                font.pixelSize: Math.round(Theme.fontPixelSize * 0.8)
                color: Theme.muted
                Accessible.ignored: true // the Copy button names it
            }
            TextEdit {
                id: body

                objectName: "blockText"

                x: frame.inset
                y: row.hasCodeHeader ? copyCode.height + 8 : frame.inset
                width: frame.width - 2 * frame.inset
                text: row.text
                textFormat: row.kind === TranscriptModel.Markdown ? TextEdit.MarkdownText : TextEdit.PlainText
                // Code breaks between tokens where it can, never inside one that fits.
                wrapMode: TextEdit.Wrap
                readOnly: true
                selectByMouse: true
                persistentSelection: false
                color: Theme.foreground
                selectionColor: Theme.foreground
                selectedTextColor: Theme.background
                font: row.isCode ? Theme.codeFont : Theme.textFont
                textMargin: 0
                Accessible.role: Accessible.StaticText
                Accessible.name: (row.isFirstInMessage ? (row.isUser ? qsTr("You: ") : qsTr("Assistant: ")) : "")
                                 + row.text
                // A link in a reply opens in the browser when clicked, and
                // only if it is http(s); the QML engine itself never goes
                // online, so images in a reply are not fetched.
                onLinkActivated: link => row.chat.openLink(link)

                HoverHandler {
                    cursorShape: body.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
                }
            }

            MonochromeText {
                document: body.textDocument
                enabled: Theme.isEink
            }

            MarkdownStyle {
                document: body.textDocument
                linkColor: Theme.accent
                tableBorderColor: Theme.border
            }

            InkButton {
                id: copyCode

                objectName: "copyCodeButton"
                activeFocusOnTab: false
                visible: row.hasCodeHeader
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 4
                padding: 4
                font.pixelSize: Math.round(Theme.fontPixelSize * 0.8)
                text: row.copiedFrom === copyCode ? qsTr("Copied") : qsTr("Copy")
                Accessible.name: row.language.length > 0 ? qsTr("Copy %1 code").arg(row.language) : qsTr("Copy code")
                onClicked: row.copy(false)
            }
        }

        // The end of a message: how it ended, and what can be done about it.
        Row {
            visible: row.isLastInMessage && !row.isUser
            spacing: 8

            Text {
                objectName: "endText"
                anchors.verticalCenter: parent.verticalCenter
                visible: row.status !== Message.Complete
                font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
                // While it streams, a quiet note; how it ended early, in plain words.
                font.italic: row.status === Message.Streaming
                color: row.status === Message.Streaming ? Theme.muted : Theme.foreground
                wrapMode: Text.Wrap
                width: Math.min(implicitWidth, column.width)
                text: row.status === Message.Streaming ? (row.chat.isReceiving ? qsTr("● writing…")
                                                                               : qsTr("○ waiting for the connection…"))
                    : row.status === Message.Stopped ? qsTr("Stopped.")
                    : row.status === Message.Interrupted ? (row.errorText.length > 0 ? qsTr("Interrupted: %1").arg(row.errorText)
                                                                                     : qsTr("Interrupted."))
                    : row.status === Message.Error ? qsTr("Failed: %1").arg(row.errorText)
                    : ""
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            InkButton {
                id: copyMessage

                objectName: "copyMessageButton"
                // The transcript is one stop for Tab; Ctrl+C copies the block
                // the keyboard is on.
                activeFocusOnTab: false
                visible: row.status === Message.Complete
                padding: 4
                font.pixelSize: Math.round(Theme.fontPixelSize * 0.8)
                text: row.copiedFrom === copyMessage ? qsTr("Copied") : qsTr("Copy")
                Accessible.name: qsTr("Copy message")
                onClicked: row.copy(true)
            }
        }

        // The other versions of this turn (a reply asked for again, a
        // question edited), and asking for another. Plain buttons, no
        // animation: the same on a desktop and on e-ink.
        Row {
            objectName: "versionActions"
            visible: row.isLastInMessage && (row.versionCount > 1 || row.canEdit || row.canRegenerate)
            spacing: 8

            InkButton {
                id: previousVersion

                objectName: "previousVersionButton"
                activeFocusOnTab: false
                visible: row.versionCount > 1
                enabled: row.version > 1 && !row.chat.isBusy
                padding: 4
                text: "‹"
                Accessible.name: qsTr("Previous version")
                onClicked: row.chat.showVersion(row.messageIndex, row.version - 1)
            }
            Text {
                objectName: "versionText"
                anchors.verticalCenter: parent.verticalCenter
                visible: row.versionCount > 1
                font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
                color: Theme.foreground
                text: qsTr("version %1 of %2").arg(row.version).arg(row.versionCount)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            InkButton {
                id: nextVersion

                objectName: "nextVersionButton"
                activeFocusOnTab: false
                visible: row.versionCount > 1
                enabled: row.version < row.versionCount && !row.chat.isBusy
                padding: 4
                text: "›"
                Accessible.name: qsTr("Next version")
                onClicked: row.chat.showVersion(row.messageIndex, row.version + 1)
            }
            InkButton {
                id: editMessage

                objectName: "editButton"
                activeFocusOnTab: false
                visible: row.canEdit
                padding: 4
                font.pixelSize: Math.round(Theme.fontPixelSize * 0.8)
                text: qsTr("Edit")
                Accessible.name: qsTr("Edit and send again")
                onClicked: row.chat.beginEdit(row.messageIndex)
            }
            InkButton {
                id: regenerate

                objectName: "regenerateButton"
                activeFocusOnTab: false
                visible: row.canRegenerate
                padding: 4
                font.pixelSize: Math.round(Theme.fontPixelSize * 0.8)
                text: qsTr("Regenerate")
                Accessible.name: qsTr("Ask for this reply again; this version is kept")
                onClicked: row.chat.regenerate()
            }
        }

        // Who answered and what it cost, quietly, under the reply.
        Text {
            objectName: "replyFacts"
            visible: row.isLastInMessage && !row.isUser && row.facts.length > 0
            width: column.width
            elide: Text.ElideRight
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.75)
            color: Theme.muted
            text: row.facts
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Answered by %1").arg(row.facts)
        }
    }
}
