pragma ComponentBehavior: Bound

import QtQml
import QtQuick
import Inkchat
import Inkchat.App

// Providers and their keys, and the display. API keys are write-only: the
// field is cleared once the key is in the keychain, and nothing reads it back.
Rectangle {
    id: page

    required property SettingsController settings
    required property LanguageController language
    required property bool kiosk

    signal closed()
    signal quitRequested()

    readonly property int row: page.settings.currentEndpoint
    readonly property bool hasEndpoint: page.row >= 0 && page.row < endpointList.count
    property string formError: ""

    function loadForm() {
        page.formError = ""
        if (!page.hasEndpoint)
            return
        const endpoint = page.settings.endpointAt(page.row)
        nameField.text = endpoint.name
        providerBox.currentIndex = providerBox.indexOfValue(endpoint.provider)
        serverBox.currentIndex = Math.max(0, serverBox.indexOfValue(endpoint.server))
        urlField.text = endpoint.baseUrl
        modelField.text = endpoint.model
        caFileField.text = endpoint.caFile
        keyField.clear()
        pairingCodeField.clear()
    }

    /// Where the keyboard starts when Settings opens.
    function focusFirst() {
        backButton.forceActiveFocus()
    }

    color: Theme.background
    Component.onCompleted: page.loadForm()
    onVisibleChanged: {
        if (page.visible) {
            page.loadForm()
            page.settings.refreshHeldBackTransports()
        }
    }

    Connections {
        target: page.settings
        function onCurrentEndpointChanged() { page.loadForm() }
    }

    Flickable {
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: column.implicitHeight
        clip: true
        interactive: !Theme.isEink
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column

            width: parent.width
            spacing: 10

            Row {
                spacing: 12
                InkButton {
                    id: backButton

                    objectName: "backButton"
                    text: qsTr("Back to chat")
                    Accessible.description: qsTr("Close the settings (Escape)")
                    onClicked: page.closed()
                }
                InkButton {
                    visible: page.kiosk
                    text: qsTr("Quit Inkchat")
                    onClicked: page.quitRequested()
                }
            }

            SettingsCard {
                width: parent.width
                title: qsTr("Providers")

                Text {
                    width: parent.width
                    visible: endpointList.count === 0
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    font.pixelSize: Theme.fontPixelSize
                    text: qsTr("No provider is set up, so replies come from the built-in offline demo.")
                }

                ListView {
                    id: endpointList

                    width: parent.width
                    height: endpointList.contentHeight
                    interactive: false
                    model: page.settings.endpoints
                    currentIndex: page.settings.currentEndpoint
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Endpoints")
                    onCurrentIndexChanged: page.settings.currentEndpoint = endpointList.currentIndex

                    delegate: Rectangle {
                        id: endpoint

                        required property int index
                        required property string name
                        required property string provider
                        required property string model
                        required property bool hasApiKey

                        width: ListView.view.width
                        height: label.implicitHeight + 12
                        color: Theme.background
                        border.color: Theme.border
                        border.width: endpoint.index === page.settings.currentEndpoint ? Theme.borderWidth * 2 : 0
                        Accessible.role: Accessible.ListItem
                        Accessible.name: label.text
                        Accessible.selected: endpoint.index === page.settings.currentEndpoint

                        Text {
                            id: label

                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.margins: 6
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontPixelSize
                            color: Theme.foreground
                            text: endpoint.name + " · " + page.settings.providerName(endpoint.provider)
                                  + (endpoint.model.length > 0 ? " · " + endpoint.model : "")
                                  + (endpoint.hasApiKey ? qsTr(" · key stored") : "")
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: page.settings.currentEndpoint = endpoint.index
                        }
                    }
                }

                // Rows of buttons flow onto the next line in a narrow window.
                Flow {
                    width: parent.width
                    spacing: 8
                    InkComboBox {
                        id: newProvider

                        objectName: "newProviderBox"
                        width: Math.min(implicitWidth, parent.width)
                        model: page.settings.providers
                        textRole: "name"
                        valueRole: "id"
                        Accessible.name: qsTr("Provider kind for a new endpoint")
                    }
                    InkButton {
                        objectName: "addEndpointButton"
                        text: qsTr("Add endpoint")
                        onClicked: page.settings.addEndpoint(newProvider.currentValue)
                    }
                }

                Column {
                    objectName: "endpointForm"
                    width: parent.width
                    spacing: 8
                    visible: page.hasEndpoint

                    InkTextField {
                        id: nameField

                        objectName: "nameField"
                        width: parent.width
                        placeholderText: qsTr("Name")
                    }
                    InkComboBox {
                        id: providerBox

                        objectName: "providerBox"
                        width: parent.width
                        model: page.settings.providers
                        textRole: "name"
                        valueRole: "id"
                        Accessible.name: qsTr("Provider kind")
                    }
                    // What the server changes is said by the box's description, not
                    // a paragraph: on e-ink every line pushes the key field down.
                    InkComboBox {
                        id: serverBox

                        objectName: "serverBox"
                        width: parent.width
                        visible: serverBox.count > 0
                        model: page.settings.compatibleServers(providerBox.currentValue)
                        textRole: "name"
                        valueRole: "id"
                        displayText: qsTr("Server: %1").arg(serverBox.currentText)
                        Accessible.name: qsTr("Server behind this endpoint")
                        Accessible.description: qsTr("The server decides how a reply cut off by the network is picked up: those that can carry on from a partial reply continue it, the others answer again from the start, kept as a new version.")
                    }
                    InkTextField {
                        id: urlField

                        objectName: "baseUrlField"
                        width: parent.width
                        placeholderText: qsTr("Base URL, e.g. %1").arg(page.settings.defaultBaseUrl(providerBox.currentValue)
                                                                       || "https://example.com/v1")
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    }
                    InkTextField {
                        id: modelField

                        objectName: "modelField"
                        width: parent.width
                        placeholderText: qsTr("Model, e.g. gpt-4o-mini")
                        inputMethodHints: Qt.ImhNoAutoUppercase
                    }
                    InkTextField {
                        id: caFileField

                        objectName: "caFileField"
                        width: parent.width
                        placeholderText: qsTr("CA certificate file for a self-hosted server (optional)")
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        Accessible.description: qsTr("A PEM file of certificate authorities to trust for this endpoint, besides the system's")
                    }
                    Flow {
                        width: parent.width
                        spacing: 8
                        InkButton {
                            objectName: "saveEndpointButton"
                            primary: true
                            text: qsTr("Save endpoint")
                            onClicked: page.formError = page.settings.updateEndpoint(
                                           page.row, nameField.text, providerBox.currentValue, urlField.text, modelField.text,
                                           caFileField.text, serverBox.visible ? serverBox.currentValue : "")
                        }
                        InkButton {
                            text: qsTr("Remove endpoint")
                            onClicked: page.settings.removeEndpoint(page.row)
                        }
                    }
                    Text {
                        objectName: "formError"
                        width: parent.width
                        visible: page.formError.length > 0
                        wrapMode: Text.Wrap
                        color: Theme.foreground
                        font.pixelSize: Theme.fontPixelSize
                        font.bold: true
                        text: page.formError
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }

                    InkTextField {
                        id: keyField

                        objectName: "apiKeyField"
                        width: parent.width
                        echoMode: TextInput.Password
                        placeholderText: providerBox.currentValue === "relay"
                                         ? qsTr("Device token: or pair with a code below")
                                         : qsTr("API key: stored in the system keychain, never shown again")
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                        Accessible.name: qsTr("API key")
                        onAccepted: saveKey.clicked()
                    }
                    Flow {
                        width: parent.width
                        spacing: 8
                        InkButton {
                            id: saveKey

                            objectName: "saveKeyButton"
                            text: qsTr("Save key")
                            enabled: keyField.text.length > 0 && !page.settings.isBusy
                            onClicked: {
                                page.settings.setApiKey(page.row, keyField.text)
                                keyField.clear()
                            }
                        }
                        InkButton {
                            text: qsTr("Forget key")
                            enabled: !page.settings.isBusy
                            onClicked: page.settings.setApiKey(page.row, "")
                        }
                    }
                    // A relay gives each device its own token in exchange for the
                    // one-time code that `inkchat-relay pair` shows.
                    Flow {
                        objectName: "relayPairing"
                        width: parent.width
                        spacing: 8
                        visible: providerBox.currentValue === "relay"
                        InkTextField {
                            id: pairingCodeField

                            objectName: "pairingCodeField"
                            width: Math.min(parent.width, 16 * Theme.fontPixelSize)
                            placeholderText: qsTr("Pairing code, e.g. 1234-5678")
                            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                            Accessible.name: qsTr("Pairing code shown by inkchat-relay pair")
                            onAccepted: pairButton.clicked()
                        }
                        InkButton {
                            id: pairButton

                            objectName: "pairRelayButton"
                            text: qsTr("Pair")
                            enabled: pairingCodeField.text.length > 0 && !page.settings.isBusy
                            onClicked: {
                                page.settings.pairRelay(page.row, pairingCodeField.text)
                                pairingCodeField.clear()
                            }
                        }
                    }
                    Text {
                        objectName: "keychainMessage"
                        width: parent.width
                        visible: page.settings.keychainMessage.length > 0
                        wrapMode: Text.Wrap
                        color: Theme.foreground
                        font.pixelSize: Theme.fontPixelSize
                        text: page.settings.keychainMessage
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }
            }

            SettingsCard {
                width: parent.width
                title: qsTr("Connection")

                Text {
                    objectName: "heldBackTransports"
                    width: parent.width
                    wrapMode: Text.Wrap
                    color: Theme.foreground
                    font.pixelSize: Theme.fontPixelSize
                    text: page.settings.heldBackTransports.length > 0
                          ? page.settings.heldBackTransports
                          : qsTr("Replies are streamed the best way each provider offers; none was found blocked.")
                    Accessible.name: text
                }

                InkButton {
                    objectName: "resetTransportsButton"
                    visible: page.settings.heldBackTransports.length > 0
                    text: qsTr("Reset: try every way again")
                    Accessible.description: qsTr("Forget the ways of connecting found blocked; the next reply tries the best one")
                    onClicked: page.settings.resetTransports()
                }

                ProxySettings {
                    width: parent.width
                    settings: page.settings
                }
            }

            DisplayCard {
                width: parent.width
                language: page.language
            }
        }
    }
}
