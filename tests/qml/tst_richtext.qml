pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Inkchat
import Inkchat.App
import InkchatTest

// Links and tables in a reply, as the pixels show them: a link is
// underlined (on e-ink it is as black as the text, so the line is all that
// marks it), and on e-ink a table is pure black on white, borders included.
Item {
    id: root

    width: 758
    height: 1024

    TestCase {
        id: testCase

        name: "RichText"
        when: windowShown

        Component {
            id: viewComponent

            MessageView {
                id: view

                required property AppFixture app

                width: root.width
                height: root.height
                chat: view.app.chat
                display: view.app.display
            }
        }

        function init() {
            failOnWarning(/.?/) // any QML warning fails the test
            for (const app of [TestApp.desktop, TestApp.eink]) {
                app.reset()
                tryCompare(app.chat, "isBusy", false, 10000)
            }
        }

        function apps_data() {
            return [{tag: "eink", app: TestApp.eink}, {tag: "desktop", app: TestApp.desktop}]
        }

        /// The text of the demo reply's row whose Markdown contains `part`.
        function replyText(app: AppFixture, part: string): Item {
            Theme.profile = app.theme.profile // the test window shows this app
            const view = createTemporaryObject(viewComponent, root, {app: app})
            verify(view)
            verify(app.chat.send("Hello"))
            tryCompare(app.chat, "isBusy", false, 10000)
            const rowShowing = () => {
                for (let row = 0; row < view.count; ++row) {
                    const item = view.itemAtIndex(row)
                    if (item !== null && testCase.textIn(item, part) !== null)
                        return row
                }
                return -1
            }
            tryVerify(() => rowShowing() >= 0, 5000, "a row shows " + part)
            const row = rowShowing()
            // In the window, to be grabbed.
            view.positionAt(row)
            waitForRendering(view)
            return testCase.textIn(view.itemAtIndex(row), part)
        }

        function textIn(item: var, part: string): Item {
            if (typeof item.linkAt === "function" && item.text.indexOf(part) >= 0)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = testCase.textIn(item.children[i], part)
                if (found !== null)
                    return found
            }
            return null
        }

        /// What the window shows of `item`, as `pixel(x, y)` in the item's
        /// coordinates. (grabImage() takes an item's place in its parent for
        /// its place in the window, right only for the window's children.)
        function grab(item: Item): var {
            const image = grabImage(root)
            const at = item.mapToItem(root, 0, 0)
            verify(at.y >= 0 && at.y + item.height <= root.height, "in the window: " + at.y + " + " + item.height)
            return {pixel: (x, y) => image.pixel(Math.round(at.x + x), Math.round(at.y + y))}
        }

        function isInk(pixel: color): bool {
            return pixel.a > 0 && pixel.hslLightness < 0.75
        }

        function test_linksAreUnderlined_data() {
            return testCase.apps_data()
        }

        function test_linksAreUnderlined(data) {
            const body = testCase.replyText(data.app, "](https://commonmark.org/help/)")
            // The link's characters: where linkAt finds it.
            let first = null
            let last = null
            for (let position = 0; position < body.length; ++position) {
                const r = body.positionToRectangle(position)
                const next = body.positionToRectangle(position + 1)
                if (next.y === r.y && body.linkAt((r.x + next.x) / 2, r.y + r.height / 2).length > 0) {
                    if (first === null)
                        first = r
                    last = next
                }
            }
            verify(first !== null, "the link is shown")
            compare(last.y, first.y, "the link is on one line")
            const image = testCase.grab(body)
            let underline = -1
            for (let y = Math.round(first.y + first.height / 2); y < first.y + first.height + 3 && underline < 0; ++y) {
                let inked = 0
                for (let x = Math.ceil(first.x); x < Math.floor(last.x); ++x) {
                    if (testCase.isInk(image.pixel(x, y)))
                        ++inked
                }
                if (inked >= 0.95 * (Math.floor(last.x) - Math.ceil(first.x)))
                    underline = y
            }
            verify(underline >= 0, "a line runs under the link, " + first.x + ".." + last.x)
            if (data.app.theme.isEink)
                verify(Qt.colorEqual(image.pixel(Math.round((first.x + last.x) / 2), underline), "black"),
                       "on e-ink the link is pure black")
        }

        function test_einkTablesArePureBlackOnWhite() {
            const body = testCase.replyText(TestApp.eink, "How a reply appears")
            const image = testCase.grab(body)
            let longestRun = 0
            let grey = ""
            for (let y = 0; y < body.height; ++y) {
                let run = 0
                for (let x = 0; x < body.width; ++x) {
                    const pixel = image.pixel(x, y)
                    if (grey === "" && !Qt.colorEqual(pixel, "black") && !Qt.colorEqual(pixel, "white") && pixel.a > 0)
                        grey = pixel + " at " + x + "," + y
                    run = Qt.colorEqual(pixel, "black") ? run + 1 : 0
                    longestRun = Math.max(longestRun, run)
                }
            }
            compare(grey, "", "every pixel is black or white")
            verify(longestRun > body.width / 3, "the table has black borders: the longest black line is "
                   + longestRun + " px")
        }
    }
}
