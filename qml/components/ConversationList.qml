pragma ComponentBehavior: Bound

import QtQuick
import Inkchat
import Inkchat.App

// The conversations, newest first: open, start, rename (F2) and delete
// (Delete, asks first); search every message (Ctrl+F); export the open
// conversation or all of them.
Rectangle {
    id: root

    required property ConversationListModel conversations
    required property SearchResultsModel search
    required property ExportController exporter
    /// No file manager to open a folder in.
    property bool kiosk: false
    /// Shown as a page of its own (the reader layout), with a way back.
    property bool asPage: false

    /// A conversation was opened or started with the mouse: the user wants
    /// to write in it.
    signal conversationChosen()
    /// A search result was opened: show the message stored as `messageId`.
    signal searchResultOpened(int messageId, string terms)
    /// Back to the open conversation, unchanged (the page's Back button).
    signal backRequested()

    function openResult(row: int) {
        const messageId = root.search.open(row)
        if (messageId > 0)
            root.searchResultOpened(messageId, root.search.query)
    }

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    /// The row being renamed or about to be deleted, or -1.
    property int editingRow: -1
    property int confirmingRow: -1

    function renameCurrent() {
        root.confirmingRow = -1
        root.editingRow = root.conversations.currentIndex
    }

    function deleteCurrent() {
        root.editingRow = -1
        root.confirmingRow = root.conversations.currentIndex
    }

    color: Theme.background
    border.color: Theme.border
    border.width: Theme.isEink ? Theme.borderWidth : 0

    InkButton {
        id: back

        objectName: "backToChatButton"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 8
        visible: root.asPage
        width: root.asPage ? implicitWidth : 0
        text: qsTr("Back")
        Accessible.description: qsTr("Back to the open conversation (Escape)")
        onClicked: root.backRequested()
    }

    InkButton {
        id: create

        objectName: "newChatButton"
        anchors.top: parent.top
        anchors.left: back.right
        anchors.right: parent.right
        anchors.margins: 8
        anchors.leftMargin: root.asPage ? 8 : 0
        text: qsTr("New chat")
        Accessible.description: qsTr("Start a new conversation (Ctrl+N)")
        onClicked: {
            root.conversations.create()
            root.conversationChosen()
        }
    }

    InkTextField {
        id: searchField

        objectName: "searchField"
        anchors.top: create.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 8
        placeholderText: qsTr("Search all messages")
        Accessible.description: qsTr("Finds messages in every conversation (Ctrl+F)")
        onTextChanged: root.search.query = searchField.text
        Keys.onEscapePressed: searchField.clear()
        Keys.onDownPressed: results.forceActiveFocus()
    }

    // Search results replace the list while there is a query.
    ListView {
        id: results

        objectName: "searchResults"
        anchors.top: searchField.bottom
        anchors.bottom: exportRow.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 8
        visible: root.search.query.length > 0
        clip: true
        spacing: 2
        model: root.search
        interactive: !Theme.isEink
        activeFocusOnTab: results.visible
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Search results")
        Keys.onReturnPressed: root.openResult(results.currentIndex)

        Text {
            anchors.centerIn: parent
            visible: results.count === 0
            text: qsTr("No message contains that.")
            font.pixelSize: Theme.fontPixelSize
            color: Theme.muted
        }

        delegate: Rectangle {
            id: hit

            required property int index
            required property string title
            required property string snippet
            /// The snippet as plain text.
            required property string display

            width: ListView.view.width
            height: hitColumn.implicitHeight + 12
            color: Theme.background
            Accessible.role: Accessible.ListItem
            Accessible.name: hit.title + ": " + hit.display

            FocusRing {
                inset: true
                shown: hit.ListView.isCurrentItem && results.activeFocus
            }

            MouseArea {
                anchors.fill: parent
                onClicked: root.openResult(hit.index)
            }

            Column {
                id: hitColumn

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: 6
                spacing: 2

                Text {
                    width: parent.width
                    text: hit.title
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontPixelSize
                    font.bold: true
                    color: Theme.foreground
                }
                Text {
                    objectName: "snippetText"
                    width: parent.width
                    text: hit.snippet
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
                    color: Theme.foreground
                }
            }
        }
    }

    ListView {
        id: list

        objectName: "conversationList"
        anchors.top: searchField.bottom
        anchors.bottom: exportRow.top
        visible: !results.visible
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 8
        clip: true
        spacing: 2
        model: root.conversations
        currentIndex: root.conversations.currentIndex
        interactive: !Theme.isEink
        highlightFollowsCurrentItem: true
        highlightMoveDuration: 0
        highlightResizeDuration: 0
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Conversations")

        // Pinned, Today, Yesterday, Previous 7 days, then by month. Each
        // group's first row shows the heading: Qt 6.4 cannot create a
        // section.delegate declared in a file with ComponentBehavior: Bound.
        section.property: "section"

        // One stop for Tab: the arrow keys open the neighbours, Enter goes
        // to the composer, F2 renames, Delete asks and Delete or Enter
        // again deletes, Escape cancels. (The buttons under the open
        // conversation are for the pointer; inside the list's focus scope
        // they broke the Tab order.)
        // The model's current row is the only state: the arrow keys change it
        // there. (Writing the list's currentIndex back to the model was a
        // binding loop: the list moves it by itself when a row is inserted.)
        Keys.onPressed: (event) => {
            const confirming = root.confirmingRow === root.conversations.currentIndex
            if (confirming && (event.key === Qt.Key_Delete || event.key === Qt.Key_Return
                               || event.key === Qt.Key_Enter)) {
                root.confirmingRow = -1
                root.conversations.remove(root.conversations.currentIndex)
                event.accepted = true
            } else if (event.key === Qt.Key_Escape && (root.confirmingRow >= 0 || root.editingRow >= 0)) {
                root.confirmingRow = -1
                root.editingRow = -1
                event.accepted = true
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                root.conversationChosen()
                event.accepted = true
            } else if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
                root.confirmingRow = -1
                root.editingRow = -1
                root.conversations.currentIndex = Math.max(0, Math.min(root.conversations.count - 1,
                    root.conversations.currentIndex + (event.key === Qt.Key_Down ? 1 : -1)))
                event.accepted = true
            } else if (event.key === Qt.Key_F2) {
                root.renameCurrent()
                event.accepted = true
            } else if (event.key === Qt.Key_Delete) {
                root.deleteCurrent()
                event.accepted = true
            }
        }

        delegate: Item {
            id: item

            required property int index
            required property string title
            required property bool isStreaming
            required property bool isPinned

            readonly property bool isCurrent: item.index === root.conversations.currentIndex

            width: ListView.view.width
            height: item.headingHeight + row.height
            readonly property real headingHeight: heading.visible ? heading.implicitHeight : 0

            Text {
                id: heading

                objectName: "sectionHeading"
                visible: item.ListView.section !== item.ListView.previousSection
                width: item.width
                topPadding: item.index > 0 ? 10 : 2
                bottomPadding: 2
                leftPadding: 6
                text: item.ListView.section
                font.pixelSize: Math.round(Theme.fontPixelSize * 0.8)
                font.bold: true
                color: Theme.muted
                Accessible.role: Accessible.Heading
                Accessible.name: heading.text
            }

            Rectangle {
                id: row

                y: item.headingHeight
                width: item.width
                height: column.implicitHeight + 12
                color: item.isCurrent && !Theme.isEink ? Theme.surface : Theme.background
                border.color: Theme.border
                border.width: item.isCurrent && Theme.isEink ? Theme.borderWidth : 0

                FocusRing {
                    inset: true
                    shown: item.isCurrent && list.activeFocus
                }
                Accessible.role: Accessible.ListItem
                Accessible.name: item.isStreaming ? qsTr("%1, reply coming").arg(item.title) : item.title
                Accessible.selected: item.isCurrent

                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        root.conversations.currentIndex = item.index
                        root.conversationChosen()
                    }
                }

                Column {
                    id: column

                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: 6
                    spacing: 6

                    Text {
                        objectName: "conversationTitle"
                        width: parent.width
                        visible: root.editingRow !== item.index
                        // A reply still coming in a conversation that is not
                        // shown: a static mark, no animation (e-ink).
                        text: item.isStreaming ? "● " + item.title : item.title
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontPixelSize
                        font.bold: item.isCurrent
                        color: Theme.foreground
                    }

                    InkTextField {
                        id: nameField

                        objectName: "renameField"
                        width: parent.width
                        visible: root.editingRow === item.index
                        text: item.title
                        Accessible.name: qsTr("New name")
                        onVisibleChanged: {
                            if (nameField.visible) {
                                nameField.text = item.title
                                nameField.selectAll()
                                nameField.forceActiveFocus()
                            }
                        }
                        // Enter is taken here: let through, it would go on to
                        // the list and open the composer.
                        Keys.onReturnPressed: (event) => nameField.save(event)
                        Keys.onEnterPressed: (event) => nameField.save(event)
                        function save(event: KeyEvent) {
                            root.conversations.rename(item.index, nameField.text)
                            root.editingRow = -1
                            nameField.focus = false // else the list hands focus back to it
                            list.forceActiveFocus()
                            event.accepted = true
                        }
                        Keys.onEscapePressed: {
                            root.editingRow = -1
                            nameField.focus = false
                            list.forceActiveFocus()
                        }
                    }

                    Text {
                        objectName: "deleteConfirmation"
                        width: parent.width
                        visible: root.confirmingRow === item.index
                        wrapMode: Text.Wrap
                        text: qsTr("Delete “%1”? This cannot be undone.").arg(item.title)
                        font.pixelSize: Theme.fontPixelSize
                        color: Theme.foreground
                    }

                    Flow {
                        width: parent.width
                        spacing: 6
                        visible: item.isCurrent

                        InkButton {
                            objectName: "renameButton"
                            activeFocusOnTab: false
                            visible: root.confirmingRow !== item.index
                            text: root.editingRow === item.index ? qsTr("Save") : qsTr("Rename")
                            Accessible.description: qsTr("Rename this conversation (F2)")
                            onClicked: {
                                if (root.editingRow === item.index) {
                                    root.conversations.rename(item.index, nameField.text)
                                    root.editingRow = -1
                                } else {
                                    root.renameCurrent()
                                }
                            }
                        }
                        InkButton {
                            objectName: "pinButton"
                            activeFocusOnTab: false
                            visible: root.confirmingRow !== item.index && root.editingRow !== item.index
                            text: item.isPinned ? qsTr("Unpin") : qsTr("Pin")
                            Accessible.description: item.isPinned ? qsTr("Put this conversation back among the others")
                                                                  : qsTr("Keep this conversation at the top of the list")
                            onClicked: root.conversations.setPinned(item.index, !item.isPinned)
                        }
                        InkButton {
                            id: deleteButton

                            objectName: "deleteButton"
                            activeFocusOnTab: false
                            primary: root.confirmingRow === item.index
                            text: qsTr("Delete")
                            Accessible.description: root.confirmingRow === item.index
                                                    ? qsTr("Delete this conversation for good")
                                                    : qsTr("Delete this conversation (asks first)")
                            onClicked: {
                                if (root.confirmingRow === item.index) {
                                    root.confirmingRow = -1
                                    root.conversations.remove(item.index)
                                } else {
                                    root.deleteCurrent()
                                    deleteButton.forceActiveFocus()
                                }
                            }
                        }
                        InkButton {
                            objectName: "cancelButton"
                            activeFocusOnTab: false
                            visible: root.confirmingRow === item.index || root.editingRow === item.index
                            text: qsTr("Cancel")
                            onClicked: {
                                root.confirmingRow = -1
                                root.editingRow = -1
                            }
                        }
                    }
                }
            }
        }
    }

    ExportPanel {
        id: exportRow

        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 8
        exporter: root.exporter
        kiosk: root.kiosk
    }
}
