pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Inkchat
import InkchatTest
import Inkchat.App

// StatusLine: the demo hint when idle in demo mode, the controller's status
// while busy, the endpoint otherwise.
Item {
    id: root

    width: 640
    height: 60

    TestCase {
        id: testCase

        name: "StatusLine"
        when: windowShown

        Component {
            id: lineComponent

            StatusLine {
                id: line

                required property AppFixture app

                width: root.width
                chat: line.app.chat
            }
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

        function makeLine(app: AppFixture): StatusLine {
            const line = createTemporaryObject(lineComponent, root, {app: app})
            verify(line)
            return line
        }

        function test_idleInDemoModeShowsTheDemoHint() {
            const line = testCase.makeLine(TestApp.desktop)
            const text = findChild(line, "statusText")
            compare(TestApp.desktop.chat.isDemo, true)
            compare(TestApp.desktop.chat.status, "")
            verify(text.text.startsWith("Demo mode:"), text.text)
            compare(text.Accessible.name, text.text)
        }

        function test_theDemoHintIsReadWholeInANarrowWindow() {
            const line = testCase.makeLine(TestApp.desktop)
            line.width = 360
            const text = findChild(line, "statusText")
            verify(text.text.endsWith("Add a provider in Settings."), text.text)
            verify(!text.truncated, "the hint wraps instead of losing its end")
            verify(text.lineCount > 1)
            verify(line.height >= text.height, "the line grows with it")
        }

        function test_busyShowsTheControllersStatus() {
            TestApp.desktop.setDemoRate(5)
            const line = testCase.makeLine(TestApp.desktop)
            const text = findChild(line, "statusText")
            verify(TestApp.desktop.chat.send("Hello"))
            verify(TestApp.desktop.chat.isBusy)
            tryVerify(() => TestApp.desktop.chat.status === "streaming", 10000, TestApp.desktop.chat.status)
            compare(text.text, "● streaming")

            TestApp.desktop.chat.stop()
            tryCompare(TestApp.desktop.chat, "isBusy", false, 10000)
            verify(text.text.startsWith("Demo mode:"), "idle again: " + text.text)
        }

        function test_followsEveryStatusChange() {
            TestApp.desktop.setDemoRate(5)
            const line = testCase.makeLine(TestApp.desktop)
            const text = findChild(line, "statusText")
            const seen = []
            const check = () => {
                seen.push(TestApp.desktop.chat.status)
                if (TestApp.desktop.chat.status.length > 0 && TestApp.desktop.chat.isBusy)
                    compare(text.text, "● " + TestApp.desktop.chat.status)
            }
            TestApp.desktop.chat.statusChanged.connect(check)
            verify(TestApp.desktop.chat.send("Hello"))
            tryVerify(() => TestApp.desktop.chat.status === "streaming", 10000)
            TestApp.desktop.chat.statusChanged.disconnect(check)
            verify(seen.length >= 2, JSON.stringify(seen))
        }

        function test_aConfiguredEndpointIsNamedAndAFailureIsLeftToTheTranscript() {
            const app = TestApp.configured
            const line = testCase.makeLine(app)
            const text = findChild(line, "statusText")
            const row = app.settings.addEndpoint("openai")
            compare(app.settings.updateEndpoint(row, "Broken", "openai", "http://127.0.0.1:9/v1", "test-model"), "")
            compare(app.chat.isDemo, false)
            compare(text.text, "Broken · test-model", "idle: where replies go")

            app.settings.setApiKey(row, "sk-test")
            tryCompare(app.settings, "isBusy", false, 5000)
            app.setKeychainFails(true)
            verify(app.chat.send("Hello"))
            tryCompare(app.chat, "isBusy", false, 10000)
            compare(app.messageStatus(1), Message.Error)
            compare(text.text, "Broken · test-model",
                    "the error is said once, under the reply; the line goes back to where replies go")
        }
    }
}
