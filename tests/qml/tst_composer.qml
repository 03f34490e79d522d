pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Inkchat
import Inkchat.App
import InkchatTest

// Composer: Enter sends, Shift+Enter starts a line, blank text is not sent,
// the button stops a streaming reply.
Item {
    id: root

    width: 640
    height: 200

    TestCase {
        id: testCase

        name: "Composer"
        when: windowShown

        readonly property AppFixture app: TestApp.desktop

        Component {
            id: composerComponent

            Composer {
                width: root.width
                chat: testCase.app.chat
            }
        }

        function init() {
            failOnWarning(/.?/) // any QML warning fails the test
            testCase.app.reset()
            tryCompare(testCase.app.chat, "isBusy", false, 10000)
        }

        function cleanup() {
            testCase.app.chat.stop()
            tryCompare(testCase.app.chat, "isBusy", false, 10000)
        }

        function makeComposer() {
            const composer = createTemporaryObject(composerComponent, root)
            verify(composer)
            const input = findChild(composer, "messageInput")
            verify(input)
            composer.focusInput()
            tryVerify(() => input.activeFocus)
            return composer
        }

        function type(text: string) {
            for (const c of text)
                keyClick(c)
        }

        /// Clicks `item` once its layout is done: an item that just became
        /// visible may not be in its place until its positioners' polish.
        function click(item: Item) {
            for (let parent = item; parent; parent = parent.parent)
                waitForItemPolished(parent)
            mouseClick(item)
        }

        function test_enterSends() {
            const composer = makeComposer()
            const input = findChild(composer, "messageInput")
            testCase.type("Hi there")
            compare(input.text, "Hi there")

            keyClick(Qt.Key_Return)
            compare(testCase.app.messageCount(), 2, "the message and the reply coming")
            compare(testCase.app.messageRole(0), Message.User)
            compare(testCase.app.messageText(0), "Hi there")
            compare(input.text, "", "the text is cleared once sent")
            tryCompare(testCase.app.chat, "isBusy", false, 10000)
            compare(testCase.app.messageStatus(1), Message.Complete)
        }

        function test_keypadEnterSends() {
            const composer = makeComposer()
            const input = findChild(composer, "messageInput")
            testCase.type("Hello")
            keyClick(Qt.Key_Enter, Qt.KeypadModifier)
            compare(testCase.app.messageText(0), "Hello")
            compare(input.text, "")
        }

        function test_shiftEnterInsertsNewlineAndDoesNotSend() {
            const composer = makeComposer()
            const input = findChild(composer, "messageInput")
            testCase.type("one")
            keyClick(Qt.Key_Return, Qt.ShiftModifier)
            testCase.type("two")
            compare(testCase.app.messageCount(), 0, "nothing was sent")
            compare(input.lineCount, 2)
            compare(input.text, "one\ntwo")

            keyClick(Qt.Key_Return)
            compare(testCase.app.messageText(0), "one\ntwo", "the line break is sent as a newline")
        }

        function test_blankTextIsNotSent() {
            const composer = makeComposer()
            const input = findChild(composer, "messageInput")
            const button = findChild(composer, "sendButton")
            keyClick(Qt.Key_Return)
            compare(testCase.app.messageCount(), 0)

            testCase.type("   ")
            keyClick(Qt.Key_Return, Qt.ShiftModifier)
            compare(button.enabled, false, "Send is disabled for blank text")
            keyClick(Qt.Key_Return)
            testCase.click(button)
            compare(testCase.app.messageCount(), 0)
            compare(testCase.app.chat.isBusy, false)
            verify(input.text.length > 0, "blank text stays where it was")
        }

        function test_sendButtonSends() {
            const composer = makeComposer()
            const input = findChild(composer, "messageInput")
            const button = findChild(composer, "sendButton")
            compare(button.text, "Send")
            testCase.type("By button")
            verify(button.enabled)
            testCase.click(button)
            compare(testCase.app.messageText(0), "By button")
            compare(input.text, "")
        }

        function test_buttonStopsAStreamingReply() {
            testCase.app.setDemoRate(5)
            const composer = makeComposer()
            const button = findChild(composer, "sendButton")
            testCase.type("Tell me")
            keyClick(Qt.Key_Return)
            compare(testCase.app.chat.isBusy, true)
            compare(button.text, "Stop")
            compare(button.Accessible.name, "Stop")
            verify(button.enabled, "Stop works with an empty input")
            compare(testCase.app.messageStatus(1), Message.Streaming)

            testCase.click(button)
            tryCompare(testCase.app.chat, "isBusy", false, 10000)
            compare(testCase.app.messageStatus(1), Message.Stopped)
            compare(button.text, "Send")
        }

        function test_inputIsNamedForAccessibility() {
            const composer = makeComposer()
            const input = findChild(composer, "messageInput")
            compare(input.Accessible.name, "Message")
            verify(input.Accessible.description.length > 0)
        }
    }
}
