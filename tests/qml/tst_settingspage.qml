pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Inkchat
import InkchatTest

// SettingsPage: the endpoint form, its validation, and the write-only API
// key field.
Item {
    id: root

    width: 640
    height: 1000

    TestCase {
        id: testCase

        name: "SettingsPage"
        when: windowShown

        readonly property AppFixture app: TestApp.configured

        Component {
            id: pageComponent

            SettingsPage {
                width: root.width
                height: root.height
                settings: testCase.app.settings
                language: testCase.app.language
                kiosk: false
            }
        }

        function init() {
            failOnWarning(/.?/) // any QML warning fails the test
            testCase.app.reset()
            tryCompare(testCase.app.settings, "isBusy", false, 5000)
            compare(testCase.app.settings.endpoints.count, 0)
        }

        function makePage(): SettingsPage {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            return page
        }

        function type(text: string) {
            for (const c of text)
                keyClick(c)
        }

        /// Adds an endpoint of the first provider kind through the page.
        function addEndpoint(page: SettingsPage) {
            const form = findChild(page, "endpointForm")
            testCase.click(findChild(page, "addEndpointButton"))
            compare(testCase.app.settings.endpoints.count, 1)
            tryVerify(() => form.visible)
        }

        /// Clicks `item` once its layout is done: an item that just became
        /// visible may not be in its place until its positioners' polish.
        function click(item: Item) {
            for (let parent = item; parent; parent = parent.parent)
                waitForItemPolished(parent)
            mouseClick(item)
        }

        function test_theFullRefreshSettingSaysItCountsScreensOfPartialUpdates() {
            // The flash comes after N screens' worth of refreshed area, not
            // after N updates (a reply's updates touch a few lines each).
            const page = makePage()
            compare(findChild(page, "fullRefreshLabel").text, "Full refresh after N screens of updates")
            compare(findChild(page, "fullRefreshBox").Accessible.name,
                    "Full e-ink refresh after N screens of partial updates")
        }

        function test_numberBoxesOfferExactlyTheRangesTheAppApplies() {
            // The ranges are defined once in C++ (displaysettings.h); a box
            // with its own numbers would offer what the app refuses.
            const page = testCase.makePage()
            const boxes = [["fontSizeBox", Theme.fontPixelSizeSetting],
                           ["einkIntervalBox", Theme.einkIntervalSetting],
                           ["fullRefreshBox", Theme.fullRefreshSetting]]
            for (const [name, setting] of boxes) {
                const box = findChild(page, name)
                verify(box, name)
                verify(setting.maximum > setting.minimum, name)
                compare(box.from, setting.minimum, name + " from")
                compare(box.to, setting.maximum, name + " to")
                compare(box.stepSize, setting.step, name + " step")
            }
            compare(Theme.einkIntervalSetting.minimum, 100)
            compare(Theme.einkIntervalSetting.maximum, 2000)
            compare(Theme.fullRefreshSetting.defaultValue, 6)
        }

        function test_aProxyPasswordLeavesTheFormForTheKeychain() {
            const page = testCase.makePage()
            const modeBox = findChild(page, "proxyModeBox")
            modeBox.currentIndex = 2 // Manual
            modeBox.activated(2)
            const field = findChild(page, "proxyUrlField")
            tryVerify(() => field.visible)
            field.text = "http://alice:s3cret@127.0.0.1:3128"
            testCase.click(findChild(page, "applyProxyButton"))
            compare(field.text, "http://alice@127.0.0.1:3128", "no password left on screen")
            verify(findChild(page, "proxyPasswordNote").visible)
            compare(testCase.app.settings.setProxy("system", ""), "")
        }

        function test_theProfileBoxShowsTheProfileInUseFromTheStart() {
            Theme.profile = "eink"
            const page = testCase.makePage()
            compare(findChild(page, "profileBox").currentText, "eink")
            Theme.profile = "desktop"
            compare(findChild(page, "profileBox").currentText, "desktop")
        }

        function test_resetPutsEachNumberBackToItsDefault() {
            Theme.resetTextSize()
            Theme.resetEinkInterval()
            Theme.resetFullRefreshEvery()
            const page = testCase.makePage()
            const settings = [["fontSizeBox", "fontSizeResetButton", "fontPixelSize", Theme.fontPixelSizeSetting],
                              ["einkIntervalBox", "einkIntervalResetButton", "einkIntervalMs", Theme.einkIntervalSetting],
                              ["fullRefreshBox", "fullRefreshResetButton", "fullRefreshEvery", Theme.fullRefreshSetting]]
            for (const [boxName, resetName, property, setting] of settings) {
                const box = findChild(page, boxName)
                const reset = findChild(page, resetName)
                compare(Theme[property], setting.defaultValue, property + " starts at its default")
                verify(!reset.enabled, resetName + ": nothing to reset")

                box.contentItem.forceActiveFocus()
                keyClick(Qt.Key_Up)
                compare(Theme[property], setting.defaultValue + setting.step, property + " changed by the box")
                verify(reset.enabled, resetName)

                testCase.click(reset)
                compare(Theme[property], setting.defaultValue, property + " reset")
                compare(box.value, setting.defaultValue, boxName + " shows the default")
                verify(!reset.enabled, resetName + " after the reset")
            }
        }

        function test_addingAnEndpointShowsItsForm() {
            const page = testCase.makePage()
            const form = findChild(page, "endpointForm")
            verify(!form.visible, "no form without an endpoint")
            const provider = findChild(page, "newProviderBox").currentValue
            compare(provider, testCase.app.settings.providerIds[0])
            compare(findChild(page, "newProviderBox").currentText, testCase.app.settings.providerName(provider),
                    "the kinds are shown by name")

            testCase.addEndpoint(page)
            compare(testCase.app.settings.currentEndpoint, 0)
            compare(findChild(page, "nameField").text, testCase.app.settings.providerName(provider))
            compare(findChild(page, "providerBox").currentValue, provider)
            compare(findChild(page, "baseUrlField").text, testCase.app.settings.defaultBaseUrl(provider))
            compare(findChild(page, "modelField").text, "")
            compare(findChild(page, "apiKeyField").text, "")
            verify(!findChild(page, "formError").visible)
        }

        function test_savingAnInvalidUrlShowsTheError() {
            const page = testCase.makePage()
            testCase.addEndpoint(page)
            const url = findChild(page, "baseUrlField")
            const error = findChild(page, "formError")
            url.forceActiveFocus()
            url.selectAll()
            testCase.type("not a url")
            testCase.click(findChild(page, "saveEndpointButton"))
            verify(error.visible, "the error is shown")
            verify(error.text.indexOf("base URL") >= 0, error.text)
            compare(testCase.app.settings.endpointAt(0).name, findChild(page, "nameField").text,
                    "the endpoint is unchanged")

            url.forceActiveFocus()
            url.selectAll()
            testCase.type("http://localhost:8080/v1")
            testCase.click(findChild(page, "saveEndpointButton"))
            verify(!error.visible, "a valid URL saves")
        }

        function test_theServerBehindAnEndpointIsChosenSavedAndShownAgain() {
            const page = testCase.makePage()
            testCase.addEndpoint(page) // the first kind: OpenAI or compatible
            const box = findChild(page, "serverBox")
            verify(box.visible, "an OpenAI-compatible endpoint names its server")
            compare(box.displayText, "Server: Another server, or not known")
            compare(box.currentValue, "", "another server, or not known, until chosen")
            compare(box.Accessible.name, "Server behind this endpoint")

            // As a keyboard user picks it: focus the box, arrow down to vLLM.
            box.forceActiveFocus()
            const vllm = box.indexOfValue("vllm")
            verify(vllm > 0)
            for (let i = 0; i < vllm; ++i)
                keyClick(Qt.Key_Down)
            compare(box.currentText, "vLLM")
            compare(box.displayText, "Server: vLLM")
            testCase.click(findChild(page, "saveEndpointButton"))
            verify(!findChild(page, "formError").visible, findChild(page, "formError").text)
            compare(testCase.app.settings.endpointAt(0).server, "vllm")

            // The form shows what is stored when it opens again.
            const again = testCase.makePage()
            compare(findChild(again, "serverBox").currentValue, "vllm")

            // A kind without such servers hides the choice (saving it then
            // names no server: SettingsController's own test).
            const providers = findChild(again, "providerBox")
            providers.currentIndex = providers.indexOfValue("anthropic")
            verify(!findChild(again, "serverBox").visible)
        }

        function test_apiKeyFieldIsAPasswordFieldClearedAfterSaving() {
            const page = testCase.makePage()
            testCase.addEndpoint(page)
            const key = findChild(page, "apiKeyField")
            const save = findChild(page, "saveKeyButton")
            const message = findChild(page, "keychainMessage")
            compare(key.echoMode, TextInput.Password)
            compare(key.Accessible.name, "API key")
            verify(!save.enabled, "nothing to save yet")

            key.forceActiveFocus()
            testCase.type("sk-secret")
            compare(key.text, "sk-secret")
            verify(key.displayText.indexOf("sk-secret") < 0, "the key is not shown")
            verify(save.enabled)
            testCase.click(save)
            compare(key.text, "", "the field is cleared at once")
            tryCompare(message, "text", "API key saved in the system keychain.", 5000)
            verify(message.visible)
            tryCompare(testCase.app.settings, "isBusy", false, 5000)
            compare(key.text, "", "and the key never comes back")
        }

        function test_keychainFailureIsShown() {
            const page = testCase.makePage()
            testCase.addEndpoint(page)
            testCase.app.setKeychainFails(true)
            const key = findChild(page, "apiKeyField")
            const message = findChild(page, "keychainMessage")
            key.forceActiveFocus()
            testCase.type("sk-secret")
            keyClick(Qt.Key_Return)
            compare(key.text, "", "Enter saves the key too")
            tryCompare(message, "text", "The test keychain is locked.", 5000)
            verify(message.visible)
        }
    }
}
