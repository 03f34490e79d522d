pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Inkchat
import InkchatTest

// ConversationList: start, rename (F2 or the button; Enter saves, Escape
// cancels) and delete (asks first).
Item {
    id: root

    width: 320
    height: 600

    TestCase {
        id: testCase

        name: "ConversationList"
        when: windowShown

        readonly property AppFixture app: TestApp.desktop
        readonly property var conversations: testCase.app.conversations

        Component {
            id: listComponent

            ConversationList {
                width: root.width
                height: root.height
                conversations: testCase.app.conversations
                search: testCase.app.search
                exporter: testCase.app.exporter
            }
        }

        function init() {
            failOnWarning(/.?/) // any QML warning fails the test
            testCase.app.reset()
            tryCompare(testCase.app.chat, "isBusy", false, 10000)
            compare(testCase.conversations.count, 1)
        }

        function makeList() {
            const sidebar = createTemporaryObject(listComponent, root)
            verify(sidebar)
            return sidebar
        }

        function type(text: string) {
            for (const c of text)
                keyClick(c)
        }

        /// The delegate of `row`, once the list has made it.
        function rowItem(sidebar: Item, row: int): Item {
            const list = findChild(sidebar, "conversationList")
            tryVerify(() => list.itemAtIndex(row) !== null)
            return list.itemAtIndex(row)
        }

        /// Clicks `item` once its layout is done: an item that just became
        /// visible may not be in its place until its positioners' polish.
        function click(item: Item) {
            for (let parent = item; parent; parent = parent.parent)
                waitForItemPolished(parent)
            mouseClick(item)
        }

        function test_newChatAddsAndOpensAConversation() {
            testCase.conversations.rename(0, "Earlier")
            const sidebar = makeList()
            const list = findChild(sidebar, "conversationList")
            testCase.click(findChild(sidebar, "newChatButton"))
            compare(testCase.conversations.count, 2)
            compare(testCase.conversations.currentIndex, 0)
            compare(testCase.conversations.titleAt(0), "New chat")
            compare(testCase.conversations.titleAt(1), "Earlier")
            compare(list.currentIndex, 0, "the list shows the new one as current")
            compare(testCase.app.messageCount(), 0, "the new conversation is open")
        }

        function test_arrowKeysOpenTheNeighbours() {
            testCase.conversations.rename(0, "Older")
            const sidebar = testCase.makeList()
            testCase.click(findChild(sidebar, "newChatButton"))
            compare(testCase.conversations.currentIndex, 0)
            testCase.conversations.rename(0, "Newer") // an empty chat would go when left
            const list = findChild(sidebar, "conversationList")
            list.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(testCase.conversations.currentIndex, 1)
            compare(list.currentIndex, 1)
            keyClick(Qt.Key_Down)
            compare(testCase.conversations.currentIndex, 1, "the last one stays open")
            keyClick(Qt.Key_Up)
            compare(testCase.conversations.currentIndex, 0)
            keyClick(Qt.Key_Up)
            compare(testCase.conversations.currentIndex, 0)
        }

        function test_clickingAConversationOpensIt() {
            testCase.conversations.rename(0, "Older")
            testCase.conversations.create()
            testCase.conversations.rename(0, "Newer")
            const sidebar = testCase.makeList()
            testCase.click(findChild(testCase.rowItem(sidebar, 1), "conversationTitle"))
            compare(testCase.conversations.currentIndex, 1)
            compare(findChild(sidebar, "conversationList").currentIndex, 1)
        }

        function test_f2RenamesAndEnterSaves() {
            const sidebar = makeList()
            const list = findChild(sidebar, "conversationList")
            list.forceActiveFocus()
            keyClick(Qt.Key_F2)
            const field = findChild(testCase.rowItem(sidebar, 0), "renameField")
            tryVerify(() => field.visible && field.activeFocus)
            compare(field.text, "New chat")
            testCase.type("Plans")
            keyClick(Qt.Key_Return)
            compare(testCase.conversations.titleAt(0), "Plans")
            verify(!field.visible)
            compare(findChild(testCase.rowItem(sidebar, 0), "conversationTitle").text, "Plans")
            verify(list.activeFocus, "the list has the focus back")
        }

        function test_escapeCancelsARename() {
            const sidebar = makeList()
            const list = findChild(sidebar, "conversationList")
            list.forceActiveFocus()
            keyClick(Qt.Key_F2)
            const field = findChild(testCase.rowItem(sidebar, 0), "renameField")
            tryVerify(() => field.visible && field.activeFocus)
            testCase.type("Nope")
            keyClick(Qt.Key_Escape)
            verify(!field.visible)
            compare(testCase.conversations.titleAt(0), "New chat")
            verify(list.activeFocus)

            // Opening the field again starts from the saved name, not the typing.
            keyClick(Qt.Key_F2)
            tryVerify(() => field.visible && field.activeFocus)
            compare(field.text, "New chat")
        }

        function test_renameButtonRenamesAndSaves() {
            const sidebar = makeList()
            const item = testCase.rowItem(sidebar, 0)
            const button = findChild(item, "renameButton")
            const field = findChild(item, "renameField")
            compare(button.text, "Rename")
            testCase.click(button)
            tryVerify(() => field.visible && field.activeFocus)
            compare(button.text, "Save")
            testCase.type("Trip")
            testCase.click(button)
            compare(testCase.conversations.titleAt(0), "Trip")
            verify(!field.visible)
            compare(button.text, "Rename")
        }

        function test_renameCancelButtonKeepsTheName() {
            const sidebar = makeList()
            const item = testCase.rowItem(sidebar, 0)
            const field = findChild(item, "renameField")
            testCase.click(findChild(item, "renameButton"))
            tryVerify(() => field.visible && field.activeFocus)
            testCase.type("Nope")
            testCase.click(findChild(item, "cancelButton"))
            verify(!field.visible)
            compare(testCase.conversations.titleAt(0), "New chat")
        }

        function test_deleteAsksFirst() {
            testCase.conversations.rename(0, "Kept")
            testCase.conversations.create()
            testCase.conversations.rename(0, "Doomed")
            compare(testCase.conversations.currentIndex, 0)
            const sidebar = makeList()
            const item = testCase.rowItem(sidebar, 0)
            const confirmation = findChild(item, "deleteConfirmation")
            const deleteButton = findChild(item, "deleteButton")
            const cancelButton = findChild(item, "cancelButton")
            verify(!confirmation.visible)
            verify(!cancelButton.visible)

            testCase.click(deleteButton)
            verify(confirmation.visible, "Delete asks first")
            verify(confirmation.text.indexOf("Doomed") >= 0, confirmation.text)
            compare(testCase.conversations.count, 2, "nothing is deleted yet")
            verify(cancelButton.visible)

            testCase.click(cancelButton)
            verify(!confirmation.visible)
            compare(testCase.conversations.count, 2)
            compare(testCase.conversations.titleAt(0), "Doomed")

            testCase.click(deleteButton)
            verify(confirmation.visible)
            testCase.click(deleteButton)
            compare(testCase.conversations.count, 1)
            compare(testCase.conversations.titleAt(0), "Kept")
            compare(testCase.conversations.currentIndex, 0)
        }

        function test_deleteKeyAsksFirst() {
            testCase.conversations.rename(0, "Kept")
            testCase.conversations.create()
            testCase.conversations.rename(0, "Doomed")
            const sidebar = makeList()
            const list = findChild(sidebar, "conversationList")
            const item = testCase.rowItem(sidebar, 0)
            const confirmation = findChild(item, "deleteConfirmation")
            list.forceActiveFocus()
            keyClick(Qt.Key_Delete)
            verify(confirmation.visible)
            compare(testCase.conversations.count, 2)
            testCase.click(findChild(item, "deleteButton"))
            compare(testCase.conversations.count, 1)
            compare(testCase.conversations.titleAt(0), "Kept")
        }
    
        function test_searchFindsAMessageAndOpensItsConversation() {
            testCase.conversations.rename(0, "Zoo")
            verify(testCase.app.chat.send("Where do zebras sleep?"))
            tryCompare(testCase.app.chat, "isBusy", false, 10000)
            testCase.conversations.create()
            const sidebar = testCase.makeList()
            const results = findChild(sidebar, "searchResults")
            const list = findChild(sidebar, "conversationList")
            verify(!results.visible)

            testCase.click(findChild(sidebar, "searchField"))
            testCase.type("zebras")
            verify(results.visible)
            verify(!list.visible, "the results take the list's place")
            verify(results.count >= 1, "the question, and the demo's answer if it quotes it")
            tryVerify(() => results.itemAtIndex(0) !== null)
            testCase.click(results.itemAtIndex(0))
            compare(testCase.conversations.titleAt(testCase.conversations.currentIndex), "Zoo",
                    "the conversation of the result is open")
            compare(testCase.conversations.count, 1, "the unused new chat is gone")
            compare(testCase.app.messageText(0), "Where do zebras sleep?")

            keyClick(Qt.Key_Escape) // clears the search
            verify(list.visible)
        }

        function test_exportSavesTheOpenConversationAndSaysWhere() {
            verify(testCase.app.chat.send("Keep this for later"))
            tryCompare(testCase.app.chat, "isBusy", false, 10000)
            const sidebar = testCase.makeList()
            compare(findChild(sidebar, "exportFormatBox").currentText, "Markdown")
            testCase.click(findChild(sidebar, "exportButton"))
            const dialog = findChild(sidebar, "exportDialog")
            tryVerify(() => dialog.visible, 5000, "Export… asks where to save")
            const suggested = decodeURIComponent(String(dialog.selectedFile))
            verify(suggested.startsWith(String(testCase.app.exporter.folderUrl) + "/Keep this for later"), suggested)
            verify(suggested.endsWith(".md"), suggested)
            dialog.accept()
            tryVerify(() => testCase.app.exporter.result.startsWith("Saved as "), 10000)
            const result = findChild(sidebar, "exportResult")
            verify(result.visible)
            compare(result.text, "Saved as " + suggested.substring(suggested.lastIndexOf("/") + 1))
        }
}
}
