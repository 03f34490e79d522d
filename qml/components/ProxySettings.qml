pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat.App

// The proxy every reply goes through: the system's, none, or one the user
// names. Applied at once, to the next request.
Column {
    id: proxy

    required property SettingsController settings
    property string message: ""

    readonly property bool manual: modeBox.currentValue === "manual"

    function load() {
        modeBox.currentIndex = Math.max(0, modeBox.indexOfValue(proxy.settings.proxyMode))
        urlField.text = proxy.settings.proxyUrl
        proxy.message = ""
    }

    function apply() {
        const error = proxy.settings.setProxy(modeBox.currentValue, urlField.text)
        proxy.message = error.length > 0 ? error : qsTr("Proxy setting saved; the next reply uses it.")
    }

    spacing: 8
    Component.onCompleted: proxy.load()

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
            textRole: "text"
            valueRole: "value"
            implicitContentWidthPolicy: ComboBox.WidestText
            model: [
                { value: "system", text: qsTr("System settings") },
                { value: "none", text: qsTr("No proxy") },
                { value: "manual", text: qsTr("Manual") }
            ]
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
        text: modeBox.currentValue === "none"
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
