pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Inkchat
import Inkchat.App
import InkchatTest

// MessageView on e-ink pages as a book does, at the sizes of real readers
// (758×1024, 1072×1448): pages of whole lines, checked against the lines
// the rows' text layouts really have and against the pixels shown; a
// streaming reply that fills a page before it turns; a counter that is
// right; taps that turn pages without taking a link's or a button's.
Item {
    id: root

    width: 1072
    height: 1448

    TestCase {
        id: testCase

        name: "Pages"
        when: windowShown

        SignalSpy {
            id: frames

            target: TestApp.eink.display
            signalName: "refreshed"
        }

        Component {
            id: einkView

            MessageView {
                chat: TestApp.eink.chat
                display: TestApp.eink.display
            }
        }

        function init() {
            failOnWarning(/.?/) // any QML warning fails the test
            Theme.profile = TestApp.eink.theme.profile // the test window shows this app
            TestApp.eink.reset()
            tryCompare(TestApp.eink.chat, "isBusy", false, 10000)
        }

        function cleanup() {
            TestApp.eink.chat.stop()
            tryCompare(TestApp.eink.chat, "isBusy", false, 10000)
        }

        function sizes_data() {
            return [{tag: "758x1024", width: 758, height: 1024}, {tag: "1072x1448", width: 1072, height: 1448}]
        }

        function makeView(width: real, height: real): MessageView {
            const view = createTemporaryObject(einkView, root, {width: width, height: height})
            verify(view)
            TestApp.eink.watch(view)
            return view
        }

        /// Asks `times` questions and waits for every reply and every row.
        function converse(view: MessageView, times: int) {
            for (let i = 0; i < times; ++i) {
                verify(TestApp.eink.chat.send("Question " + (i + 1)))
                tryCompare(TestApp.eink.chat, "isBusy", false, 10000)
            }
            testCase.waitForPages(view)
        }

        function waitForPages(view: MessageView) {
            tryVerify(() => view.pagesComplete, 5000, "every row is made and paged")
            waitForRendering(view)
        }

        /// Every line of text the rows show, in the view's coordinates: each
        /// line of each TextEdit as its cursor rectangles place it (one per
        /// character position), each Text (a label, a button's) whole.
        function linesOf(view: MessageView): list<var> {
            const lines = []
            const visit = (item, row) => {
                if (!item.visible || item.height <= 0)
                    return
                if (typeof item.positionToRectangle === "function") {
                    const tops = {}
                    for (let position = 0; position <= item.length; ++position) {
                        const r = item.positionToRectangle(position)
                        if (tops[Math.round(r.y)] === undefined) {
                            tops[Math.round(r.y)] = true
                            const at = item.mapToItem(view, 0, r.y)
                            lines.push({top: at.y, bottom: at.y + r.height, key: row + ":" + item.mapToItem(view.itemAtIndex(row), 0, r.y).y.toFixed(0)})
                        }
                    }
                    return
                }
                // Text, and buttons (which are not cut either) whole.
                if (item instanceof InkButton || (item.text !== undefined && item.font !== undefined && item.children.length === 0)) {
                    const at = item.mapToItem(view, 0, 0)
                    lines.push({top: at.y, bottom: at.y + item.height, key: row + ":" + item.mapToItem(view.itemAtIndex(row), 0, 0).y.toFixed(0)})
                    return
                }
                for (let i = 0; i < item.children.length; ++i)
                    visit(item.children[i], row)
            }
            for (let row = 0; row < view.count; ++row) {
                const item = view.itemAtIndex(row)
                verify(item !== null, "row " + row + " is made")
                visit(item, row)
            }
            return lines
        }

        /// The page shown holds whole lines only, and nothing of a line
        /// beyond it shows: the rows of pixels above and below it are blank.
        /// Returns the keys of the lines the page shows.
        function checkPage(view: MessageView, where: string): list<string> {
            const top = view.pageTop - view.contentY
            const end = view.pageEnd - view.contentY
            verify(top >= 0 && end <= view.height + 0.5 && end > top,
                   where + ": the page " + top + ".." + end + " is inside the view, 0.." + view.height)
            const shown = []
            for (const line of testCase.linesOf(view)) {
                if (line.bottom <= top + 0.5 || line.top >= end - 0.5)
                    continue
                verify(line.top >= top - 0.5 && line.bottom <= end + 0.5,
                       where + ": line " + line.key + " (" + line.top.toFixed(1) + ".." + line.bottom.toFixed(1)
                       + ") is cut by the page " + top.toFixed(1) + ".." + end.toFixed(1))
                shown.push(line.key)
            }
            verify(shown.length > 0, where + ": the page shows text")
            const image = grabImage(view)
            for (let y = 0; y < view.height; ++y) {
                if (y >= Math.ceil(top) && y < Math.floor(end))
                    continue
                for (let x = 0; x < view.width; x += 2) {
                    const pixel = image.pixel(x, y)
                    verify(pixel.a === 0 || pixel.hslLightness > 0.5,
                           where + ": ink at " + x + "," + y + " outside the page " + top + ".." + end)
                }
            }
            return shown
        }

        /// Turns from the first page to the last with PageDown, checking each
        /// page; returns how many pages there were.
        function walkPages(view: MessageView, where: string): int {
            view.forceActiveFocus()
            while (view.page > 0)
                keyClick(Qt.Key_PageUp)
            compare(view.contentY, view.topY, where + ": the first page is the top")
            const everyLine = testCase.linesOf(view).map(line => line.key)
            const seen = {}
            let pages = 1
            for (;;) {
                waitForRendering(view)
                compare(view.pageNumber, pages, where)
                for (const key of testCase.checkPage(view, where + ", page " + pages))
                    seen[key] = true
                if (view.page === view.pageCount - 1)
                    break
                const previousTop = view.pageTop
                keyClick(Qt.Key_PageDown)
                ++pages
                compare(view.page, pages - 1, where + ": PageDown turns one page")
                const first = testCase.linesOf(view).filter(line => line.top + view.contentY >= view.pageTop - 0.5)
                    .reduce((a, b) => (a.top <= b.top ? a : b))
                verify(first.bottom + view.contentY - previousTop > view.pageHeight,
                       where + ": page " + (pages - 1) + " was full: its next line starts page " + pages)
            }
            compare(view.pageNumber, view.pageCount, where + ": the counter ends at the last page")
            for (const key of everyLine)
                verify(seen[key], where + ": line " + key + " is shown whole on a page")
            return pages
        }

        function test_pagesAreWholeLinesAndTheCounterIsRight_data() {
            return testCase.sizes_data()
        }

        function test_pagesAreWholeLinesAndTheCounterIsRight(data) {
            const view = testCase.makeView(data.width, data.height)
            testCase.converse(view, 3)
            verify(view.pageCount >= 3, "three replies take pages: " + view.pageCount)
            compare(view.pageNumber, view.pageCount, "the end of the reply is shown")
            compare(testCase.walkPages(view, data.tag), view.pageCount)
        }

        function test_streamingReplyFillsThePageBeforeItTurns_data() {
            return testCase.sizes_data()
        }

        function test_streamingReplyFillsThePageBeforeItTurns(data) {
            const view = testCase.makeView(data.width, data.height)
            testCase.converse(view, 1)
            TestApp.eink.setDemoRate(400)
            // Only page turns flash here: none is scheduled against ghosting.
            TestApp.eink.theme.fullRefreshEvery = 1000
            const flashes = TestApp.eink.display.fullRefreshes
            verify(TestApp.eink.chat.send("Once more"))
            let page = view.page
            let turns = 0
            while (TestApp.eink.chat.isBusy) {
                frames.clear()
                frames.wait(5000)
                compare(view.pageNumber, view.pageCount, "the page shown is the newest")
                if (view.page === page)
                    continue
                compare(view.page, page + 1, "a page at a time")
                page = view.page
                ++turns
                testCase.checkPage(view, "turn " + turns)
            }
            verify(turns >= 1, "the reply turned pages")
            testCase.waitForPages(view)
            // The lines of the page shown move when text above them is laid
            // out again (a list or a code block takes shape): the same page,
            // redrawn where it changed, without a flash.
            compare(TestApp.eink.display.fullRefreshes - flashes, turns, "a flash for each page turn, and only then")
            compare(view.pageNumber, view.pageCount)
            testCase.walkPages(view, data.tag)
        }

        function test_resizeKeepsThePageAndItsCount() {
            const view = testCase.makeView(758, 1024)
            testCase.converse(view, 3)
            view.forceActiveFocus()
            keyClick(Qt.Key_PageUp)
            keyClick(Qt.Key_PageUp)
            waitForRendering(view)
            const before = testCase.checkPage(view, "before")
            const firstTop = view.pageTop
            const firstRow = view.indexAt(0, firstTop + 1)
            const firstText = view.itemAtIndex(firstRow)

            view.width = 1072
            view.height = 1448
            testCase.waitForPages(view)
            testCase.checkPage(view, "after")
            verify(firstText.y + 1 >= view.pageTop && firstText.y < view.pageEnd
                   || view.pageTop >= firstText.y && view.pageTop < firstText.y + firstText.height,
                   "the text at the top before is on the page shown")
            verify(before.length > 0)
            compare(testCase.walkPages(view, "after"), view.pageCount)
        }

        function test_aShortConversationIsOnePageAfterAResize() {
            const view = testCase.makeView(758, 500)
            testCase.converse(view, 1)
            verify(view.pageCount > 1)
            compare(view.pageNumber, view.pageCount)
            view.width = 1072
            view.height = 1448
            testCase.waitForPages(view)
            compare(view.pageCount, 1)
            compare(view.pageNumber, 1)
            compare(view.contentY, view.topY, "the top is shown")
            testCase.checkPage(view, "one page")
        }

        /// A reply with a link, a code block (Copy) and more pages.
        function tapView(): MessageView {
            const view = testCase.makeView(758, 1024)
            testCase.converse(view, 3)
            view.forceActiveFocus()
            while (view.page > 0)
                keyClick(Qt.Key_PageUp)
            return view
        }

        function test_tapsTurnPages_data() {
            return [{tag: "mouse", touch: false}, {tag: "touch", touch: true}]
        }

        function test_tapsTurnPages(data) {
            const view = testCase.tapView()
            const tap = (x, y) => {
                const refreshes = TestApp.eink.display.fullRefreshes
                if (data.touch)
                    touchEvent(view).press(0, view, x, y).commit().release(0, view, x, y).commit()
                else
                    mouseClick(view, x, y)
                waitForRendering(view)
                return refreshes
            }
            // Lower right: forward; on the text too, not only in its margins.
            const onText = view.width / 2
            tap(onText, view.height * 0.6)
            compare(view.pageNumber, 2, "a tap in the lower two thirds turns forward")
            tap(view.width - 5, view.height - 5)
            compare(view.pageNumber, 3)
            // Left third: back, at any height.
            tap(view.width / 6, view.height * 0.8)
            compare(view.pageNumber, 2, "a tap in the left third turns back")
            // Upper third: back, at any width.
            const refreshes = tap(view.width * 0.8, view.height / 6)
            compare(view.pageNumber, 1, "a tap in the upper third turns back")
            tryVerify(() => TestApp.eink.display.fullRefreshes > refreshes, 5000, "a turn by tap is a full refresh")
            tap(view.width / 6, view.height / 6)
            compare(view.pageNumber, 1, "no page before the first")
        }

        /// The first item in `item`'s tree for which `match` holds.
        function find(item: Item, match: var): Item {
            if (match(item))
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = testCase.find(item.children[i], match)
                if (found !== null)
                    return found
            }
            return null
        }

        /// Turns forward until `match` finds a shown item on the page; returns it.
        function pageWith(view: MessageView, match: var): Item {
            for (;;) {
                for (let row = 0; row < view.count; ++row) {
                    const found = testCase.find(view.itemAtIndex(row), match)
                    if (found === null)
                        continue
                    const at = found.mapToItem(view.contentItem, 0, 0)
                    if (at.y >= view.pageTop && at.y + found.height <= view.pageEnd)
                        return found
                }
                verify(view.page < view.pageCount - 1, "found on a page")
                keyClick(Qt.Key_PageDown)
            }
        }

        function test_aTapOnALinkOpensItAndTurnsNoPage() {
            const view = testCase.tapView()
            const body = testCase.pageWith(view, item => typeof item.linkAt === "function"
                                                      && item.text.indexOf("](https://commonmark.org/help/)") >= 0)
            let position = -1
            for (let p = 0; p < body.length && position < 0; ++p) {
                const r = body.positionToRectangle(p)
                if (body.linkAt(r.x + 2, r.y + r.height / 2).length > 0)
                    position = p
            }
            verify(position >= 0, "the link is in the text")
            const r = body.positionToRectangle(position)
            const point = body.mapToItem(view, r.x + 3, r.y + r.height / 2)
            const page = view.page
            const opened = TestApp.openedLinks.length
            mouseClick(view, point.x, point.y)
            tryCompare(TestApp.openedLinks, "length", opened + 1)
            compare(TestApp.openedLinks[opened], "https://commonmark.org/help/")
            compare(view.page, page, "the page stays")
        }

        function test_aTapOnCopyCopiesAndTurnsNoPage() {
            const view = testCase.tapView()
            const copy = testCase.pageWith(view, item => item.objectName === "copyCodeButton" && item.visible)
            const page = view.page
            const point = copy.mapToItem(view, copy.width / 2, copy.height / 2)
            let copied = 0
            const count = () => ++copied
            copy.clicked.connect(count)
            mouseClick(view, point.x, point.y)
            copy.clicked.disconnect(count)
            compare(copied, 1, "Copy was clicked")
            compare(view.page, page, "the page stays")
        }
    }
}
