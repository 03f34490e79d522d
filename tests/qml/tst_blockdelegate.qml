pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Inkchat
import Inkchat.App
import InkchatTest

// BlockDelegate, in a MessageView: the Copy button of a code block, how a
// reply ended, and Retry/Continue (in the Composer below the transcript)
// for a last reply that ended early, and only for that one.
Item {
    id: root

    width: 640
    height: 480

    TestCase {
        id: testCase

        name: "BlockDelegate"
        when: windowShown

        Component {
            id: viewComponent

            // Tall enough to make every row of a reply.
            MessageView {
                id: view

                required property AppFixture app

                width: root.width
                height: 4000
                chat: view.app.chat
                display: view.app.display
            }
        }

        FontMetrics {
            id: metrics
        }

        Component {
            id: composerComponent

            Composer {
                required property AppFixture app

                width: root.width
                chat: app.chat
            }
        }

        function makeComposer(app: AppFixture): Composer {
            const composer = createTemporaryObject(composerComponent, root, {app: app})
            verify(composer)
            return composer
        }

        function init() {
            failOnWarning(/.?/) // any QML warning fails the test
            for (const app of [TestApp.desktop, TestApp.configured]) {
                app.reset()
                tryCompare(app.chat, "isBusy", false, 10000)
            }
            tryCompare(TestApp.configured.settings, "isBusy", false, 5000)
        }

        function cleanup() {
            for (const app of [TestApp.desktop, TestApp.configured]) {
                app.chat.stop()
                tryCompare(app.chat, "isBusy", false, 10000)
            }
        }

        function makeView(app: AppFixture): MessageView {
            const view = createTemporaryObject(viewComponent, root, {app: app})
            verify(view)
            return view
        }

        /// The rows of the view, once it has made them all.
        function rows(view: MessageView): list<Item> {
            tryVerify(() => {
                for (let i = 0; i < view.count; ++i) {
                    if (view.itemAtIndex(i) === null)
                        return false
                }
                return true
            })
            const result = []
            for (let i = 0; i < view.count; ++i)
                result.push(view.itemAtIndex(i))
            return result
        }

        /// The last row of message `message`.
        function lastRowOf(view: MessageView, message: int): Item {
            const found = testCase.rows(view).filter(row => row.messageIndex === message && row.isLastInMessage)
            compare(found.length, 1)
            return found[0]
        }

        /// Clicks `item` once its layout is done: an item that just became
        /// visible may not be in its place until its positioners' polish.
        function click(item: Item) {
            for (let parent = item; parent; parent = parent.parent)
                waitForItemPolished(parent)
            mouseClick(item)
        }

        function test_codeBlockHasACopyButtonNamingItsLanguage() {
            const view = testCase.makeView(TestApp.desktop)
            verify(TestApp.desktop.chat.send("Show me code"))
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            const all = testCase.rows(view)
            const code = all.filter(row => row.kind === TranscriptModel.Code)
            compare(code.length, 1, "the demo reply has one code block")
            compare(code[0].language, "cpp")
            const copy = findChild(code[0], "copyCodeButton")
            verify(copy.visible)
            compare(copy.text, "Copy")
            verify(copy.Accessible.name.indexOf("cpp") >= 0, copy.Accessible.name)
            for (const row of all.filter(row => row.kind !== TranscriptModel.Code))
                verify(!findChild(row, "copyCodeButton").visible, "no Copy code on " + row.kind + " rows")
        }

        function test_codeBlockNamesItsLanguageAboveMonospacedCode() {
            const view = testCase.makeView(TestApp.desktop)
            verify(TestApp.desktop.chat.send("Show me code"))
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            const code = testCase.rows(view).filter(row => row.kind === TranscriptModel.Code)[0]
            const label = findChild(code, "codeLanguage")
            verify(label.visible)
            compare(label.text, "cpp")
            const body = findChild(code, "blockText")
            verify(label.mapToItem(code, 0, label.height).y <= body.mapToItem(code, 0, 0).y,
                   "the language sits above the code, not over it")
            compare(body.font.family, Theme.monospaceFamily)
            metrics.font = body.font
            compare(metrics.advanceWidth("iiii"), metrics.advanceWidth("WWWW"), "every letter of code is as wide")
            for (const row of testCase.rows(view).filter(row => row.kind !== TranscriptModel.Code))
                verify(!findChild(row, "codeLanguage").visible, "no language on " + row.kind + " rows")
        }

        function test_copySaysCopiedForAMoment() {
            const view = testCase.makeView(TestApp.desktop)
            verify(TestApp.desktop.chat.send("Show me code"))
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            const code = testCase.rows(view).filter(row => row.kind === TranscriptModel.Code)[0]
            const copyCode = findChild(code, "copyCodeButton")
            const copyMessage = findChild(testCase.lastRowOf(view, 1), "copyMessageButton")
            testCase.click(copyCode)
            compare(copyCode.text, "Copied")
            compare(copyMessage.text, "Copy", "only the button that copied says so")
            testCase.click(copyMessage)
            compare(copyMessage.text, "Copied")
            tryCompare(copyCode, "text", "Copy", 5000)
            tryCompare(copyMessage, "text", "Copy", 5000)
        }

        function test_completeReplyShowsNeitherRetryNorContinue() {
            const view = testCase.makeView(TestApp.desktop)
            const composer = testCase.makeComposer(TestApp.desktop)
            verify(TestApp.desktop.chat.send("Hello"))
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            const last = testCase.lastRowOf(view, 1)
            verify(!findChild(composer, "retryButton").visible)
            verify(!findChild(composer, "continueButton").visible)
            verify(!findChild(last, "endText").visible)
            verify(findChild(last, "copyMessageButton").visible)
        }

        function test_stoppedReplyWithTextShowsRetryAndContinue() {
            TestApp.desktop.setDemoRate(20)
            const view = testCase.makeView(TestApp.desktop)
            const composer = testCase.makeComposer(TestApp.desktop)
            verify(TestApp.desktop.chat.send("Hello"))
            tryVerify(() => TestApp.desktop.messageText(1).length > 0, 10000)
            TestApp.desktop.chat.stop()
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            compare(TestApp.desktop.messageStatus(1), Message.Stopped)

            const last = testCase.lastRowOf(view, 1)
            tryVerify(() => findChild(composer, "retryButton").visible)
            verify(findChild(composer, "continueButton").visible, "Continue: the reply has text")
            compare(findChild(last, "endText").text, "Stopped.")
            verify(!findChild(last, "copyMessageButton").visible)

            // Retry asks again from scratch; the new reply completes.
            TestApp.desktop.setDemoRate(0)
            testCase.click(findChild(composer, "retryButton"))
            verify(TestApp.desktop.chat.isBusy)
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            compare(TestApp.desktop.messageCount(), 2)
            compare(TestApp.desktop.messageStatus(1), Message.Complete)
        }

        function test_continueAsksForTheRest() {
            TestApp.desktop.setDemoRate(20)
            const view = testCase.makeView(TestApp.desktop)
            verify(TestApp.desktop.chat.send("Hello"))
            tryVerify(() => TestApp.desktop.messageText(1).length > 0, 10000)
            TestApp.desktop.chat.stop()
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            const partial = TestApp.desktop.messageText(1)

            TestApp.desktop.setDemoRate(0)
            const composer = testCase.makeComposer(TestApp.desktop)
            tryVerify(() => findChild(composer, "continueButton").visible)
            testCase.click(findChild(composer, "continueButton"))
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            compare(TestApp.desktop.messageCount(), 2)
            compare(TestApp.desktop.messageStatus(1), Message.Complete)
            verify(TestApp.desktop.messageText(1).startsWith(partial), "the reply goes on from what was received")
        }

        // The configured app with an endpoint whose key the keychain cannot
        // read: the reply fails before any byte is sent.
        function failNextReply(app: AppFixture) {
            const row = app.settings.addEndpoint("openai")
            // Nothing listens on the discard port, should anything get through.
            compare(app.settings.updateEndpoint(row, "Broken", "openai", "http://127.0.0.1:9/v1", "test-model"), "")
            app.settings.setApiKey(row, "sk-test")
            tryCompare(app.settings, "isBusy", false, 5000)
            compare(app.chat.isDemo, false)
            app.setKeychainFails(true)
        }

        function test_failedLastReplyShowsRetryOnly() {
            const app = TestApp.configured
            testCase.failNextReply(app)
            const view = testCase.makeView(app)
            const composer = testCase.makeComposer(app)
            verify(app.chat.send("Hello"))
            tryCompare(app.chat, "isBusy", false, 10000)
            compare(app.messageStatus(1), Message.Error)
            compare(app.messageText(1), "")

            const last = testCase.lastRowOf(view, 1)
            tryVerify(() => findChild(composer, "retryButton").visible)
            verify(!findChild(composer, "continueButton").visible, "nothing to continue")
            compare(findChild(last, "endText").text, "Failed: The test keychain is locked.")
        }

        function test_anOlderFailedReplyKeepsSayingHowItEnded() {
            const app = TestApp.configured
            testCase.failNextReply(app)
            const view = testCase.makeView(app)
            verify(app.chat.send("First"))
            tryCompare(app.chat, "isBusy", false, 10000)
            compare(app.messageStatus(1), Message.Error)

            // Back to the demo server; the next reply is stopped with text, so
            // the chat can retry and continue, but only that last reply.
            app.setKeychainFails(false)
            app.settings.removeEndpoint(0)
            tryCompare(app.settings, "isBusy", false, 5000)
            compare(app.chat.isDemo, true)
            app.setDemoRate(20)
            verify(app.chat.send("Second"))
            tryVerify(() => app.messageText(3).length > 0, 10000)
            app.chat.stop()
            tryCompare(app.chat, "isBusy", false, 10000)
            verify(app.chat.canRetry)
            verify(app.chat.canContinue)

            // Continue and Retry act on the last reply; the older one only
            // says how it ended.
            const older = testCase.lastRowOf(view, 1)
            compare(findChild(older, "endText").text, "Failed: The test keychain is locked.")
            compare(findChild(testCase.lastRowOf(view, 3), "endText").text, "Stopped.")
        }
    }
}
