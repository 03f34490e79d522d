pragma ComponentBehavior: Bound

import QtQml
import QtQuick
import QtQuick.Controls.Basic
import Inkchat
import Inkchat.App

// The transcript. On desktop it scrolls and follows a streaming reply; on
// e-ink it pages as a book does: pages of whole lines (TranscriptPager lays
// them out from the rows' real lines; what lies beyond a page's lines is
// covered), turned by PageUp/PageDown or a tap (left or upper third: back,
// elsewhere: forward). A streaming reply fills the page shown and turns to
// the next when a line no longer fits. Each page turn asks the panel for a
// full refresh.
ListView {
    id: view

    objectName: "transcript"
    required property ChatController chat
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
        view.positionViewAtIndex(row, ListView.Beginning)
        if (!Theme.isEink)
            return
        const item = view.itemAtIndex(row)
        if (item === null)
            return
        pager.refresh()
        view.turnTo(pager.pageAt(item.y))
    }

    /// On e-ink: the page shown (0-based) of the pager's pages.
    property int page: 0
    readonly property int pageCount: pager.pageCount
    readonly property int pageNumber: view.page + 1
    /// Every row was made when the pages were laid out: the count is final.
    readonly property bool pagesComplete: pager.isComplete
    /// How much of the view a page's lines may take.
    readonly property real pageHeight: pager.pageHeight
    /// Where the page shown starts and ends, in content coordinates: the
    /// top of its first line, and the top of the first line it does not show.
    property real pageTop: 0
    property real pageEnd: 0
    /// Where the page shown starts, as a row and a distance into it, so the
    /// same text stays in view when the pages are laid out again.
    property int pageRow: 0
    property real pageRowOffset: 0

    model: view.chat.transcript
    clip: true
    spacing: 4
    leftMargin: Theme.margin
    rightMargin: Theme.margin
    topMargin: Theme.margin / 2
    // On e-ink the last page can end in white space. A blank page below the
    // transcript keeps such a page in bounds; out of bounds, the view would
    // pull it back by part of a page.
    bottomMargin: Theme.isEink ? Theme.margin / 2 + view.height : Theme.margin / 2
    interactive: !Theme.isEink
    boundsBehavior: Flickable.StopAtBounds
    // Delegates are made a page ahead, so a page turn finds them laid out;
    // on e-ink every row is made, as the pages are counted from their lines.
    cacheBuffer: Theme.isEink ? 100000000 : Math.max(0, view.height)
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
        if (item === null)
            return false
        if (Theme.isEink)
            return item.y >= view.pageTop && item.y + item.height <= view.pageEnd
        return item.y >= view.contentY && item.y + item.height <= view.contentY + view.height
    }

    /// Shows the block the keyboard moved to: scrolled into view on
    /// desktop, on its page on e-ink.
    function bringIntoView(index: int) {
        if (!Theme.isEink) {
            view.positionViewAtIndex(index, ListView.Contain)
            return
        }
        const item = view.itemAtIndex(index)
        if (item === null || view.isInView(index))
            return
        pager.refresh()
        view.turnTo(pager.pageAt(item.y))
    }

    delegate: BlockDelegate {
        id: block

        width: view.width - view.leftMargin - view.rightMargin
        chat: view.chat
        highlightTerms: block.messageIndex === view.highlightedMessage ? view.highlightTerms : ""
    }

    ScrollBar.vertical: ScrollBar {
        objectName: "scrollBar"
        visible: !Theme.isEink
        policy: ScrollBar.AsNeeded
    }

    readonly property real topY: view.originY - view.topMargin
    /// Where contentY shows the end of the transcript at the bottom of the
    /// view. Measured on the last row when it is made: while the list lays
    /// out, its originY and contentHeight are estimates, at times out of step.
    function endY(): real {
        const last = view.itemAtIndex(view.count - 1)
        const end = last ? last.y + last.height : view.originY + view.contentHeight
        return Math.max(view.topY, end + Theme.margin / 2 - view.height)
    }

    function turnPage(forward: bool) {
        if (Theme.isEink) {
            view.turnTo(view.page + (forward ? 1 : -1))
            return
        }
        const step = Math.max(view.height - Theme.fontPixelSize * 2, view.height / 2)
        const endY = view.endY()
        const target = Math.max(view.topY, Math.min(endY, view.contentY + (forward ? step : -step)))
        if (target === view.contentY)
            return
        view.contentY = target
        view.followTail = forward && target >= endY
    }

    /// On e-ink: shows page `page`, with a full refresh when it is another
    /// page than the one shown (the same page laid out again is redrawn
    /// where it changed); from the last page on, new text is followed.
    function turnTo(page: int) {
        if (page < 0 || page >= pager.pageCount)
            return
        const turned = page !== view.page
        const moved = view.show(page)
        view.followTail = page === pager.pageCount - 1
        if (turned && moved)
            view.display.pageTurned()
    }

    /// Puts page `page` in view, its first line a margin below the top;
    /// returns whether the view moved.
    function show(page: int): bool {
        view.page = page
        view.pageTop = pager.pageTop(page)
        view.pageEnd = pager.pageEnd(page)
        const row = Math.max(0, view.indexAt(0, view.pageTop + 1))
        const item = view.itemAtIndex(row)
        view.pageRow = row
        view.pageRowOffset = item === null ? 0 : view.pageTop - item.y
        const y = view.pageTop - view.topMargin
        if (y === view.contentY)
            return false
        view.contentY = y
        return true
    }

    function showEnd() {
        if (!Theme.isEink) {
            view.positionViewAtEnd()
            return
        }
        view.turnTo(pager.pageCount - 1)
    }

    // The lines moved (new text, another width, rows made): the end stays
    // in view while followed, else the page with the same first line.
    function keepPage() {
        if (view.followTail) {
            view.showEnd()
            return
        }
        const item = view.itemAtIndex(view.pageRow)
        const anchor = item === null ? view.pageTop : item.y + Math.min(view.pageRowOffset, item.height)
        view.show(pager.pageAt(anchor))
    }

    TranscriptPager {
        id: pager

        view: Theme.isEink ? view : null
        pageHeight: view.height - view.topMargin - Theme.margin / 2
        onPagesChanged: {
            if (Theme.isEink)
                view.keepPage()
        }
    }

    // What lies beyond the page's lines: covered, so no line shows cut.
    // (Items declared in a ListView are its children, above its content.)
    //
    // Not opaque to Qt's software renderer (the e-ink one), which skips
    // repainting where a moved item went from when an opaque item covers
    // where it went to: the last page's text stayed on screen. A radius
    // makes a Rectangle not opaque to it; one under a pixel is painted as
    // no radius at all: a plain, pure white rectangle.
    Rectangle {
        objectName: "pageHead"
        visible: Theme.isEink
        radius: 0.01
        z: 2
        width: view.width
        height: Math.max(0, view.pageTop - view.contentY)
        color: Theme.background
    }
    Rectangle {
        objectName: "pageFoot"
        visible: Theme.isEink
        radius: 0.01
        y: view.pageEnd - view.contentY
        z: 2
        width: view.width
        height: Math.max(0, view.height - y)
        color: Theme.background
    }

    onContentHeightChanged: {
        if (view.followTail && !Theme.isEink)
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
        if (event.key === Qt.Key_PageDown || (Theme.isEink && event.key === Qt.Key_Space)) {
            view.turnPage(true)
            event.accepted = true
        } else if (event.key === Qt.Key_PageUp) {
            view.turnPage(false)
            event.accepted = true
        } else if (event.key === Qt.Key_End) {
            view.followTail = true
            view.showEnd()
            event.accepted = true
        } else if (event.matches(StandardKey.Copy) && view.currentItem !== null) {
            (view.currentItem as BlockDelegate).copy(false)
            event.accepted = true
        }
    }

    // Tap zones, as on e-readers, over the rows, so a tap on text turns the
    // page too. A press on a link or a button is left to it. (A TapHandler
    // here would take every mouse press from the rows below, links and
    // buttons included; one in the view, below them, would never see a
    // press on text.)
    MouseArea {
        id: taps

        objectName: "tapZones"
        anchors.fill: parent
        z: 3
        enabled: Theme.isEink

        property point pressedAt

        onPressed: (mouse) => {
            mouse.accepted = !view.isActionAt(mouse.x + view.contentX, mouse.y + view.contentY)
            taps.pressedAt = Qt.point(mouse.x, mouse.y)
        }
        // A drag is not a tap.
        onClicked: (mouse) => {
            if (Math.hypot(mouse.x - taps.pressedAt.x, mouse.y - taps.pressedAt.y) <= Qt.styleHints.startDragDistance)
                view.turnPage(taps.pressedAt.x >= view.width / 3 && taps.pressedAt.y >= view.height / 3)
        }
    }

    /// Whether a link or a button of the page is at content position (x, y).
    function isActionAt(x: real, y: real): bool {
        if (y < view.pageTop || y >= view.pageEnd)
            return false
        const row = view.itemAt(x, y) as BlockDelegate
        return row !== null && row.isActionAt(row.mapFromItem(view.contentItem, x, y))
    }
}
