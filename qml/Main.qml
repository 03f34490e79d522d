pragma ComponentBehavior: Bound

import QtQml
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Window
import Inkchat
import Inkchat.App

// The window: conversations on the left, the open conversation on the
// right, settings in place of the conversation when asked for. On e-ink and
// in narrow or portrait windows, the reader layout: one column, as in a
// book, with the conversations as a page of their own. Every state comes
// from the C++ objects below (Application fills them in).
ApplicationWindow {
    id: root

    required property ChatController chat
    /// The open conversation's model, system prompt and reply parameters.
    required property ConversationSettingsController conversationSettings
    required property ConversationListModel conversations
    required property SearchResultsModel search
    required property ExportController exporter
    required property SettingsController settings
    required property LanguageController language
    required property DisplayController display
    /// Full screen, no window chrome, and no closing by accident.
    required property bool kiosk
    /// Qt Virtual Keyboard at the bottom (kiosk, unless --no-keyboard).
    required property bool onScreenKeyboard

    property bool settingsOpen: false
    /// One column: the conversation list takes the place of the
    /// conversation instead of sitting beside it. On e-ink (a reader is
    /// held in portrait, and a column of text reads like a page), and in
    /// any window too narrow or too tall for two columns (758 px wide, the
    /// list took 30 % of it).
    readonly property bool readerLayout: Theme.isEink || root.width < 700 || root.height > root.width
    /// The conversation list is the page shown (reader layout only).
    property bool listOpen: false

    // A desktop window fits the screen it opens on; an e-reader's and a
    // kiosk's window is the screen, with or without a window manager to
    // make it so (Window.FullScreen alone leaves it in a corner without one).
    width: root.kiosk ? Screen.width
         : Theme.isEink ? Screen.desktopAvailableWidth
         : Math.min(960, Screen.desktopAvailableWidth)
    height: root.kiosk ? Screen.height
          : Theme.isEink ? Screen.desktopAvailableHeight
          : Math.min(720, Screen.desktopAvailableHeight)
    visible: true
    title: qsTr("Inkchat")
    color: Theme.background
    flags: root.kiosk ? Qt.Window | Qt.FramelessWindowHint : Qt.Window
    // With a window manager the e-reader's window is maximized: its frame and
    // title bar then fit the screen too (sized to the screen, they ran off it).
    visibility: root.kiosk ? Window.FullScreen
              : Theme.isEink ? Window.Maximized
              : Window.AutomaticVisibility
    font.pixelSize: Theme.fontPixelSize
    Component.onCompleted: {
        if (root.kiosk) {
            root.x = Screen.virtualX
            root.y = Screen.virtualY
        }
    }

    // The app ends through Qt.quit() (Application::quit()), never by the
    // window going away under it. A kiosk is not closed by accident.
    onClosing: (close) => {
        close.accepted = false
        if (!root.kiosk)
            Qt.quit()
    }

    function openSettings(open: bool) {
        root.settingsOpen = open
        root.listOpen = false
        if (open)
            settingsPage.focusFirst()
        else
            chatPage.focusComposer()
    }

    Shortcut {
        sequence: "Escape"
        enabled: root.listOpen
        onActivated: root.listOpen = false
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.settingsOpen
        onActivated: root.openSettings(false)
    }
    /// Opens an empty chat (the one there is, or a new one) and puts the
    /// keyboard in its composer.
    function newChat() {
        root.conversations.create()
        root.openSettings(false)
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: root.newChat()
    }
    Shortcut {
        sequence: "Ctrl+F"
        onActivated: {
            root.openSettings(false)
            if (root.readerLayout)
                root.listOpen = true
            sidebar.focusSearch()
        }
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: root.openSettings(!root.settingsOpen)
    }
    Shortcut {
        sequence: "Ctrl+Shift+S"
        enabled: !root.settingsOpen
        onActivated: conversationPanel.open()
    }
    Shortcut {
        sequence: "Ctrl+L"
        onActivated: root.openSettings(false)
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.chat.isBusy && !root.settingsOpen
        onActivated: root.chat.stop()
    }
    Shortcut {
        sequence: "PgDown"
        enabled: !root.settingsOpen
        onActivated: chatPage.turnPage(true)
    }
    Shortcut {
        sequence: "PgUp"
        enabled: !root.settingsOpen
        onActivated: chatPage.turnPage(false)
    }
    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: Qt.quit()
    }
    Shortcut {
        sequence: "F2"
        onActivated: sidebar.renameCurrent()
    }
    // Text size, as in browsers: Ctrl+= is Ctrl++ without Shift. Saved.
    Shortcut {
        sequences: ["Ctrl+=", "Ctrl++"]
        onActivated: Theme.enlargeText()
    }
    Shortcut {
        sequence: "Ctrl+-"
        onActivated: Theme.shrinkText()
    }
    Shortcut {
        sequence: "Ctrl+0"
        onActivated: Theme.resetTextSize()
    }

    ConversationList {
        id: sidebar

        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        width: root.readerLayout ? (root.listOpen ? root.width : 0) : Math.max(220, root.width / 4)
        visible: !root.readerLayout || root.listOpen
        asPage: root.readerLayout
        conversations: root.conversations
        search: root.search
        exporter: root.exporter
        kiosk: root.kiosk
        onConversationChosen: root.openSettings(false)
        onBackRequested: root.openSettings(false)
        onSearchResultOpened: (messageId, terms) => {
            root.settingsOpen = false
            if (root.readerLayout)
                root.listOpen = false
            chatPage.showMessage(messageId, terms)
        }
    }

    Rectangle {
        id: divider

        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: sidebar.right
        width: root.readerLayout ? 0 : Theme.borderWidth
        color: Theme.border
    }

    Item {
        anchors.top: parent.top
        anchors.bottom: keyboard.top
        anchors.left: divider.right
        anchors.right: parent.right
        // Under the conversations page nothing is drawn or reachable.
        visible: !(root.readerLayout && root.listOpen)

        Rectangle {
            id: header

            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            height: Math.max(settingsButton.implicitHeight, heading.implicitHeight) + 12
            color: Theme.background
            visible: !root.settingsOpen

            InkButton {
                id: chatsButton

                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 6
                objectName: "chatsButton"
                visible: root.readerLayout
                width: root.readerLayout ? implicitWidth : 0
                text: qsTr("Chats")
                Accessible.description: qsTr("Show the conversations")
                onClicked: root.listOpen = true
            }

            // The open conversation, and where its replies go.
            Column {
                id: heading

                anchors.left: chatsButton.right
                anchors.right: modelPicker.left
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: 8

                Text {
                    objectName: "conversationHeading"
                    width: parent.width
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontPixelSize
                    font.bold: true
                    color: Theme.foreground
                    text: root.conversations.currentTitle
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    objectName: "endpointLabel"
                    width: parent.width
                    elide: Text.ElideRight
                    font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
                    color: Theme.muted
                    text: root.chat.endpointLabel
                }
                // Settings allows it (a server on the LAN may be meant), so
                // the header says it every time the conversation is in view.
                Text {
                    objectName: "keyExposedWarning"
                    width: parent.width
                    visible: root.chat.isKeyExposed
                    wrapMode: Text.Wrap
                    font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
                    font.bold: true
                    color: Theme.foreground
                    text: qsTr("⚠ Not encrypted: the API key goes over plain http:// to another machine")
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            ModelPicker {
                id: modelPicker

                anchors.right: conversationSettingsButton.left
                anchors.verticalCenter: parent.verticalCenter
                anchors.rightMargin: 6
                width: Math.min(240, Math.round(header.width * 0.28))
                settings: root.conversationSettings
            }

            InkButton {
                id: conversationSettingsButton

                objectName: "conversationSettingsButton"
                anchors.right: settingsButton.left
                anchors.verticalCenter: parent.verticalCenter
                anchors.rightMargin: 6
                text: qsTr("Chat settings")
                Accessible.description: qsTr("This conversation's system prompt, temperature and maximum output (Ctrl+Shift+S)")
                onClicked: conversationPanel.open()
            }

            InkButton {
                id: settingsButton

                objectName: "settingsButton"
                anchors.right: quitButton.left
                anchors.verticalCenter: parent.verticalCenter
                anchors.rightMargin: 6
                text: qsTr("Settings")
                Accessible.description: qsTr("Providers, API keys and display (Ctrl+,)")
                onClicked: root.openSettings(true)
            }

            // A kiosk has no window button or keyboard shortcut a finger
            // can reach: Quit is in sight.
            InkButton {
                id: quitButton

                objectName: "quitButton"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.rightMargin: root.kiosk ? 6 : 0
                visible: root.kiosk
                width: root.kiosk ? implicitWidth : 0
                text: qsTr("Quit")
                Accessible.description: qsTr("Close Inkchat (Ctrl+Q)")
                onClicked: Qt.quit()
            }

            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: Theme.borderWidth
                color: Theme.border
            }
        }

        ChatPage {
            id: chatPage

            anchors.top: header.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            visible: !root.settingsOpen
            chat: root.chat
            display: root.display
            Component.onCompleted: chatPage.focusComposer()
        }

        // Made once and shown when asked for. (A Loader cannot make an
        // inline component of a ComponentBehavior: Bound file on Qt 6.4: it
        // is outside the component's creation context, and Settings came up
        // blank.)
        SettingsPage {
            id: settingsPage

            objectName: "settingsPage"
            anchors.fill: parent
            visible: root.settingsOpen
            settings: root.settings
            language: root.language
            kiosk: root.kiosk
            onClosed: root.openSettings(false)
            onQuitRequested: Qt.quit()
        }
    }

    ConversationSettingsPanel {
        id: conversationPanel

        settings: root.conversationSettings
        onClosed: chatPage.focusComposer()
    }

    Loader {
        id: keyboard

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        active: root.onScreenKeyboard
        source: "components/KioskKeyboard.qml"
    }
    Binding {
        target: keyboard.item
        property: "suppressed"
        value: root.chat.isBusy
        when: keyboard.status === Loader.Ready
    }
}
