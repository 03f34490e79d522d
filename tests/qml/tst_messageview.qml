pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Inkchat
import Inkchat.App
import InkchatTest

// MessageView: on e-ink it pages (keys, a full refresh per turn) and never
// scrolls (tst_pages checks the pages themselves); on desktop it follows a
// streaming reply.
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
                display: TestApp.eink.display
            }
        }

        Component {
            id: desktopView

            MessageView {
                width: root.width
                height: root.height
                chat: TestApp.desktop.chat
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
            Theme.profile = app.theme.profile // the test window shows this app
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
        function turnWith(view: MessageView, key: int, expectedPage: int) {
            const refreshes = testCase.settledFullRefreshes(view)
            keyClick(key)
            compare(view.pageNumber, expectedPage)
            compare(view.contentY, view.pageTop - view.topMargin, "the page's first line is a margin below the top")
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

            testCase.turnWith(view, Qt.Key_PageDown, 2)
            testCase.turnWith(view, Qt.Key_Space, 3)
            testCase.turnWith(view, Qt.Key_PageUp, 2)
            keyClick(Qt.Key_End)
            compare(view.pageNumber, view.pageCount, "End goes to the last page")
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
