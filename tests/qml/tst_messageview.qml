pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Inkchat
import Inkchat.App
import InkchatTest

// MessageView: on e-ink it pages (keys, whole page steps, a full refresh
// per turn) and never scrolls; on desktop it follows a streaming reply.
Item {
    id: root

    width: 480
    height: 320

    TestCase {
        id: testCase

        name: "MessageView"
        when: windowShown

        SignalSpy {
            id: frames

            target: TestApp.eink.display
            signalName: "refreshed"
        }

        Component {
            id: einkView

            MessageView {
                width: root.width
                height: root.height
                chat: TestApp.eink.chat
                theme: TestApp.eink.theme
                display: TestApp.eink.display
            }
        }

        Component {
            id: desktopView

            MessageView {
                width: root.width
                height: root.height
                chat: TestApp.desktop.chat
                theme: TestApp.desktop.theme
                display: TestApp.desktop.display
            }
        }

        function init() {
            failOnWarning(/.?/) // any QML warning fails the test
            for (const app of [TestApp.eink, TestApp.desktop]) {
                app.reset()
                tryCompare(app.chat, "isBusy", false, 10000)
            }
            // Only page turns ask for a full refresh in these tests.
            TestApp.eink.theme.fullRefreshEvery = 100
        }

        function cleanup() {
            for (const app of [TestApp.eink, TestApp.desktop]) {
                app.chat.stop()
                tryCompare(app.chat, "isBusy", false, 10000)
            }
        }

        function makeView(component: Component, app: AppFixture): MessageView {
            const view = createTemporaryObject(component, root)
            verify(view)
            app.watch(view)
            return view
        }

        /// Sends a message and waits for the whole reply.
        function converse(app: AppFixture, view: MessageView) {
            verify(app.chat.send("Hello"))
            tryCompare(app.chat, "isBusy", false, 10000)
            compare(app.messageStatus(1), Message.Complete)
            tryVerify(() => view.contentHeight > 3 * view.height, 5000, "the reply is longer than a few pages")
        }

        function isWholePages(offset: real, step: real): bool {
            return Math.abs(offset / step - Math.round(offset / step)) < 0.01
        }

        /// Lets the window draw frames until one is not a full refresh, so no
        /// page turn is pending any more; returns the full refreshes so far.
        function settledFullRefreshes(view: MessageView): int {
            for (let i = 0; i < 5; ++i) {
                const before = TestApp.eink.display.fullRefreshes
                frames.clear()
                view.Window.window.update()
                frames.wait(5000)
                if (TestApp.eink.display.fullRefreshes === before)
                    return before
            }
            fail("every frame is a full refresh")
        }

        /// Turns a page with `key` and checks that a full refresh follows.
        function turnWith(view: MessageView, key: int, expectedY: real) {
            const refreshes = testCase.settledFullRefreshes(view)
            keyClick(key)
            compare(view.contentY, expectedY)
            tryVerify(() => TestApp.eink.display.fullRefreshes > refreshes, 5000,
                      "the frame of the new page is a full refresh")
        }

        function test_einkPageKeysTurnPagesWithAFullRefresh() {
            const view = makeView(einkView, TestApp.eink)
            testCase.converse(TestApp.eink, view)
            view.forceActiveFocus()
            for (let i = 0; i < 50 && view.contentY > view.topY; ++i)
                keyClick(Qt.Key_PageUp)
            compare(view.contentY, view.topY, "PageUp goes back to the first page")
            compare(view.pageNumber, 1)

            const top = view.contentY
            testCase.turnWith(view, Qt.Key_PageDown, top + view.pageStep)
            compare(view.pageNumber, 2)
            testCase.turnWith(view, Qt.Key_Space, top + 2 * view.pageStep)
            testCase.turnWith(view, Qt.Key_PageUp, top + view.pageStep)
        }

        function test_einkViewDoesNotFlickAndHasNoScrollBar() {
            const view = makeView(einkView, TestApp.eink)
            testCase.converse(TestApp.eink, view)
            compare(view.interactive, false)
            const bar = findChild(view, "scrollBar")
            verify(bar)
            compare(bar.visible, false)

            const before = view.contentY
            mouseDrag(view, view.width / 2, view.height / 2, 0, -view.height / 3)
            wait(0)
            compare(view.contentY, before, "a drag does not scroll")
        }

        function test_einkStreamingReplyTurnsWholePages() {
            TestApp.eink.setDemoRate(120)
            const view = makeView(einkView, TestApp.eink)
            const top = view.contentY
            compare(top, view.topY)
            const positions = []
            const record = () => {
                if (positions.length === 0 || positions[positions.length - 1] !== view.contentY)
                    positions.push(view.contentY)
            }
            view.contentYChanged.connect(record)
            verify(TestApp.eink.chat.send("Hello"))
            tryCompare(TestApp.eink.chat, "isBusy", false, 10000)
            // The last rows may be laid out (and a last page turned) after the reply ended.
            tryVerify(() => {
                const last = view.itemAtIndex(view.count - 1)
                const end = last === null ? -1 : last.y + last.height
                return end > view.contentY && end <= view.contentY + view.height
            }, 5000, "the end of the reply is on the page shown")
            view.contentYChanged.disconnect(record)

            compare(TestApp.eink.messageStatus(1), Message.Complete)
            verify(view.contentHeight > 3 * view.height, "the reply is longer than a few pages")
            verify(positions.length >= 2, "pages were turned: " + JSON.stringify(positions))
            let previous = top
            for (const y of positions) {
                verify(testCase.isWholePages(y - top, view.pageStep),
                       "contentY " + y + " is a whole number of pages (" + view.pageStep + ") from " + top
                       + ": " + JSON.stringify(positions))
                verify(y > previous, "pages only go forward: " + JSON.stringify(positions))
                previous = y
            }
        }

        function test_desktopFollowsTheEndWhileStreaming() {
            TestApp.desktop.setDemoRate(150)
            const view = makeView(desktopView, TestApp.desktop)
            compare(view.interactive, true)
            verify(findChild(view, "scrollBar").visible)
            verify(TestApp.desktop.chat.send("Hello"))
            tryVerify(() => view.contentY > view.topY + view.height, 10000, "the view scrolled with the reply")
            verify(TestApp.desktop.chat.isBusy, "while the reply still streams")
            tryVerify(() => TestApp.desktop.chat.isBusy && testCase.showsTheEnd(view), 5000,
                      "the newest text is at the bottom of the view")
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            tryVerify(() => testCase.showsTheEnd(view), 5000, "the end of the reply is in view")
        }

        /// The last row ends at the bottom of the view (give or take the margin).
        function showsTheEnd(view: MessageView): bool {
            const last = view.itemAtIndex(view.count - 1)
            if (last === null)
                return false
            const bottom = view.contentY + view.height
            const end = last.y + last.height
            return end <= bottom + 1 && end >= bottom - view.bottomMargin - 1
        }
    }
}
