pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Inkchat
import Inkchat.App

// This conversation's system prompt and how its replies are asked for
// (temperature, maximum output, reasoning effort), stored with it. Shows
// only what the endpoint's provider takes; the values are checked in C++.
// Opens and closes without animation; Escape cancels.
Popup {
    id: panel

    required property ConversationSettingsController settings

    objectName: "conversationSettingsPanel"
    // Centred in the window it is declared in (Main.qml).
    x: Math.round((((parent as Item)?.width ?? 0) - width) / 2)
    y: 40
    width: Math.min(560, ((parent as Item)?.width ?? 584) - 24)
    modal: true
    // No grey veil on e-ink: it has black and white only.
    dim: !Theme.isEink
    focus: true
    padding: 16
    enter: null
    exit: null
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        prompt.text = panel.settings.systemPrompt
        temperature.text = panel.settings.temperatureText
        maxTokens.text = panel.settings.maxOutputTokensText
        effort.currentIndex = panel.settings.reasoningEffortIndex()
        error.text = ""
        prompt.forceActiveFocus()
    }

    function save() {
        error.text = panel.settings.save(prompt.text, temperature.text, maxTokens.text,
                                         panel.settings.reasoningEffortAt(effort.currentIndex))
        if (error.text.length === 0)
            panel.close()
    }

    background: Rectangle {
        color: Theme.background
        border.color: Theme.border
        border.width: Math.max(1, Theme.borderWidth)
    }

    Column {
        width: panel.availableWidth
        spacing: 8

        Text {
            text: qsTr("Conversation settings")
            font.pixelSize: Theme.fontPixelSize
            font.bold: true
            color: Theme.foreground
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Text {
            text: qsTr("System prompt")
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
            color: Theme.foreground
        }
        ScrollView {
            width: parent.width
            height: Math.round(Theme.fontPixelSize * 7)

            TextArea {
                id: prompt

                objectName: "systemPromptField"
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontPixelSize
                color: Theme.foreground
                selectionColor: Theme.foreground
                selectedTextColor: Theme.background
                placeholderText: qsTr("How the model should answer in this conversation")
                placeholderTextColor: Theme.muted
                Accessible.name: qsTr("System prompt")
                // Tab moves on, as in the other fields of the form.
                Keys.onTabPressed: prompt.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                background: Rectangle {
                    color: Theme.background
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    FocusRing {
                        shown: prompt.activeFocus
                    }
                }
            }
        }

        Text {
            visible: temperature.visible
            text: qsTr("Temperature")
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
            color: Theme.foreground
        }
        InkTextField {
            id: temperature

            objectName: "temperatureField"
            width: parent.width
            visible: panel.settings.maxTemperature > 0
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            placeholderText: qsTr("Provider's default (0 to %1)").arg(panel.settings.maxTemperature)
            Accessible.name: qsTr("Temperature")
            onAccepted: panel.save()
        }

        Text {
            visible: maxTokens.visible
            text: qsTr("Maximum output tokens")
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
            color: Theme.foreground
        }
        InkTextField {
            id: maxTokens

            objectName: "maxTokensField"
            width: parent.width
            visible: panel.settings.takesMaxOutputTokens
            inputMethodHints: Qt.ImhDigitsOnly
            placeholderText: qsTr("Provider's default")
            Accessible.name: qsTr("Maximum output tokens")
            onAccepted: panel.save()
        }

        Text {
            visible: effort.visible
            text: qsTr("Reasoning effort")
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
            color: Theme.foreground
        }
        InkComboBox {
            id: effort

            objectName: "reasoningEffortBox"
            width: parent.width
            visible: panel.settings.reasoningEfforts.length > 0
            model: panel.settings.reasoningEffortLabels
            Accessible.name: qsTr("Reasoning effort")
        }

        Text {
            id: error

            objectName: "conversationSettingsError"
            width: parent.width
            visible: text.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: Math.round(Theme.fontPixelSize * 0.85)
            font.bold: true
            color: Theme.foreground
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        Row {
            spacing: 8
            anchors.right: parent.right

            InkButton {
                objectName: "cancelConversationSettingsButton"
                text: qsTr("Cancel")
                onClicked: panel.close()
            }
            InkButton {
                objectName: "saveConversationSettingsButton"
                primary: true
                text: qsTr("Save")
                onClicked: panel.save()
            }
        }
    }
}
