pragma ComponentBehavior: Bound

import QtQml
import QtQuick
import QtQuick.Controls.Basic
import Inkchat
import Inkchat.App

// The transcript. On desktop it scrolls and follows a streaming reply; on
// e-ink it pages: PageUp/PageDown or a tap (upper third: back, elsewhere:
// forward), and a streaming reply that fills the page turns to the next one
// instead of scrolling line by line. Each page turn asks the panel for a
// full refresh.
ListView {
    id: view

    objectName: "transcript"
    required property ChatController chat
    required property ThemeController theme
    required property DisplayController display

    /// Keep the newest text in view while it streams (until the user looks back).
    property bool followTail: true
    /// A search hit being shown: its message's index, and the words searched.
    property int highlightedMessage: -1
    property string highlightTerms: ""

    /// Shows the message stored as `storeId` (a search hit) at the top of
    /// the view, framed, with the first of `terms` selected in it.
    function showMessage(storeId: int, terms: string) {
        const message = view.chat.messageIndexOf(storeId)
        const row = view.chat.transcript.firstRowOf(message)
        if (row < 0)
            return
        view.followTail = false
        view.highlightTerms = terms
        view.highlightedMessage = message
        view.currentIndex = row
        view.positionAt(row)
        // Rows above it are laid out as they are made; look again after.
        Qt.callLater(view.positionAt, row)
    }

    function positionAt(row: int) {
        if (!view.theme.isEink) {
            view.positionViewAtIndex(row, ListView.Beginning)
            return
        }
        view.positionViewAtIndex(row, ListView.Beginning)
        view.display.pageTurned()
    }
    readonly property int pageStep: Math.max(view.height - view.theme.fontPixelSize * 2, view.height / 2)
    readonly property int pageCount: Math.max(1, Math.ceil(view.contentHeight / view.pageStep))
    readonly property int pageNumber: Math.min(view.pageCount,
                                               1 + Math.round((view.contentY - view.originY) / view.pageStep))

    model: view.chat.transcript
    clip: true
    spacing: 4
    leftMargin: view.theme.margin
    rightMargin: view.theme.margin
    topMargin: view.theme.margin / 2
    // On e-ink a page turn may go past the end, so the last page can end in
    // white space. A blank page below the transcript keeps such a page in
    // bounds; out of bounds, the view would pull it back by part of a page.
    bottomMargin: view.theme.isEink ? view.theme.margin / 2 + view.height : view.theme.margin / 2
    interactive: !view.theme.isEink
    boundsBehavior: Flickable.StopAtBounds
    // Delegates are made a page ahead, so a page turn finds them laid out.
    cacheBuffer: Math.max(0, view.height)
    reuseItems: false
    // There is no highlight to show, but a list view still moves an empty
    // one after its current item, with an animation: frames, and on e-ink
    // panel refreshes, in which nothing visible changes.
    highlightFollowsCurrentItem: false
    // One stop for Tab. Up and Down go from block to block (the ring shows
    // where), Ctrl+C copies the code block or else the message the ring is
    // on, PageUp/PageDown page.
    activeFocusOnTab: true
    keyNavigationEnabled: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Conversation")

    // Arriving by Tab starts on what is in view, not at the top.
    onActiveFocusChanged: {
        if (view.activeFocus && !view.isInView(view.currentIndex))
            view.currentIndex = Math.max(0, view.indexAt(0, view.contentY + view.topMargin + 1))
    }
    onCurrentIndexChanged: {
        if (view.activeFocus)
            view.bringIntoView(view.currentIndex)
    }

    function isInView(index: int): bool {
        const item = view.itemAtIndex(index)
        return item !== null && item.y >= view.contentY && item.y + item.height <= view.contentY + view.height
    }

    /// Shows the block the keyboard moved to: scrolled into view on
    /// desktop, on its page on e-ink.
    function bringIntoView(index: int) {
        if (!view.theme.isEink) {
            view.positionViewAtIndex(index, ListView.Contain)
            return
        }
        const item = view.itemAtIndex(index)
        for (let turns = 0; item && turns < 100; ++turns) {
            if (item.y + Math.min(item.height, view.height) > view.contentY + view.height)
                view.turnPage(true)
            else if (item.y < view.contentY)
                view.turnPage(false)
            else
                break
        }
    }

    delegate: BlockDelegate {
        id: block

        width: view.width - view.leftMargin - view.rightMargin
        chat: view.chat
        theme: view.theme
        highlightTerms: block.messageIndex === view.highlightedMessage ? view.highlightTerms : ""
    }

    ScrollBar.vertical: ScrollBar {
        objectName: "scrollBar"
        visible: !view.theme.isEink
        policy: ScrollBar.AsNeeded
    }

    readonly property real topY: view.originY - view.topMargin
    /// Where contentY shows the end of the transcript at the bottom of the
    /// view. Measured on the last row when it is made: while the list lays
    /// out, its originY and contentHeight are estimates, at times out of step.
    function endY(): real {
        const last = view.itemAtIndex(view.count - 1)
        const end = last ? last.y + last.height : view.originY + view.contentHeight
        return Math.max(view.topY, end + view.theme.margin / 2 - view.height)
    }

    // On e-ink, pages stay a whole page step apart, so the last page may
    // end in white space rather than being scrolled up line by line.
    function turnPage(forward: bool) {
        const endY = view.endY()
        let target = view.contentY + (forward ? view.pageStep : -view.pageStep)
        if (forward && view.contentY >= endY)
            return
        target = view.theme.isEink && forward ? target : Math.max(view.topY, Math.min(endY, target))
        if (target === view.contentY)
            return
        view.contentY = target
        view.followTail = forward && target >= endY
        if (view.theme.isEink)
            view.display.pageTurned()
    }

    function showEnd() {
        if (!view.theme.isEink) {
            view.positionViewAtEnd()
            return
        }
        // Turn as many pages as the new text needs; never scroll by lines.
        const endY = view.endY()
        if (view.contentY < endY) {
            view.contentY += view.pageStep * Math.ceil((endY - view.contentY) / view.pageStep)
            view.display.pageTurned()
        }
    }

    onContentHeightChanged: {
        if (view.followTail)
            view.showEnd()
    }
    onMovementEnded: view.followTail = view.atYEnd
    onCountChanged: {
        if (view.count === 0) {
            view.followTail = true
            view.highlightedMessage = -1
        }
    }

    Connections {
        target: view.chat
        function onBusyChanged() {
            if (view.chat.isBusy) {
                view.highlightedMessage = -1
                view.followTail = true
                view.showEnd()
            }
        }
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_PageDown || (view.theme.isEink && event.key === Qt.Key_Space)) {
            view.turnPage(true)
            event.accepted = true
        } else if (event.key === Qt.Key_PageUp) {
            view.turnPage(false)
            event.accepted = true
        } else if (event.key === Qt.Key_End) {
            view.followTail = true
            view.showEnd()
            event.accepted = true
        } else if (event.matches(StandardKey.Copy) && view.currentIndex >= 0) {
            const code = view.chat.transcript.codeText(view.currentIndex)
            view.chat.copyToClipboard(code.length > 0 ? code : view.chat.transcript.messageText(view.currentIndex))
            event.accepted = true
        }
    }

    // Tap zones, as on e-readers.
    TapHandler {
        enabled: view.theme.isEink
        onTapped: (eventPoint) => view.turnPage(eventPoint.position.y > view.height / 3)
    }
}
