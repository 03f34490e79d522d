pragma ComponentBehavior: Bound

import QtQuick
import Inkchat.App

// The proxy every reply goes through: the system's, none, or one the user
// names. Applied at once, to the next request.
Column {
    id: proxy

    required property SettingsController settings
    property string message: ""

    /// The modes in the order the box lists them.
    readonly property var modes: ["system", "none", "manual"]
    readonly property string mode: proxy.modes[modeBox.currentIndex] ?? "system"
    readonly property bool manual: proxy.mode === "manual"

    function load() {
        modeBox.currentIndex = Math.max(0, proxy.modes.indexOf(proxy.settings.proxyMode))
        urlField.text = proxy.settings.proxyUrl
        proxy.message = ""
    }

    function apply() {
        const error = proxy.settings.setProxy(proxy.mode, urlField.text)
        proxy.message = error.length > 0 ? error : qsTr("Proxy setting saved; the next reply uses it.")
        if (error.length === 0 && proxy.manual)
            urlField.text = proxy.settings.proxyUrl // the password went to the keychain
    }

    spacing: 8
    Component.onCompleted: proxy.load()

    TextMetrics {
        id: longestMode

        font: modeBox.font
        text: qsTr("System settings")
    }

    // Label beside control; under it where two do not fit.
    Grid {
        columns: proxy.width < 520 ? 1 : 2
        columnSpacing: 12
        rowSpacing: 8
        verticalItemAlignment: Grid.AlignVCenter

        Text {
            text: qsTr("Proxy")
            color: Theme.foreground
            font.pixelSize: Theme.fontPixelSize
        }
        InkComboBox {
            id: modeBox

            objectName: "proxyModeBox"
            // As wide as its longest choice, whichever is chosen.
            implicitWidth: Math.ceil(longestMode.advanceWidth) + modeBox.indicator.width + 24
            model: [qsTr("System settings"), qsTr("No proxy"), qsTr("Manual")]
            Accessible.name: qsTr("Proxy")
            onActivated: {
                if (!proxy.manual)
                    proxy.apply()
                else
                    urlField.forceActiveFocus()
            }
        }
    }

    Text {
        width: proxy.width
        visible: !proxy.manual
        wrapMode: Text.Wrap
        color: Theme.foreground
        font.pixelSize: Theme.fontPixelSize
        text: proxy.mode === "none"
              ? qsTr("Replies go directly to the provider, whatever the system or the environment says.")
              : qsTr("The http_proxy, https_proxy, all_proxy and no_proxy variables as curl reads them, else the system's proxy settings.")
    }

    InkTextField {
        id: urlField

        objectName: "proxyUrlField"
        width: proxy.width
        visible: proxy.manual
        placeholderText: qsTr("Proxy URL, e.g. http://proxy.example:3128 or socks5://127.0.0.1:1080")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Proxy URL")
        onAccepted: proxy.apply()
    }

    Text {
        objectName: "proxyPasswordNote"
        width: proxy.width
        visible: proxy.manual && proxy.settings.proxyHasPassword
        wrapMode: Text.Wrap
        color: Theme.foreground
        font.pixelSize: Theme.fontPixelSize
        text: qsTr("Its password is kept in the system keychain. Type the URL with a new password to change it.")
    }

    InkButton {
        objectName: "applyProxyButton"
        visible: proxy.manual
        text: qsTr("Use this proxy")
        onClicked: proxy.apply()
    }

    Text {
        objectName: "proxyMessage"
        width: proxy.width
        visible: proxy.message.length > 0
        wrapMode: Text.Wrap
        color: Theme.foreground
        font.pixelSize: Theme.fontPixelSize
        text: proxy.message
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
